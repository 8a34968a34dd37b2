#pragma once

#include "model/designdata.h"

#include <QUndoCommand>

namespace Scaleplan {

class Design;
class UndoGuard;

/// Replaces the whole content of the design (restoring a named revision) as one undo step; undo
/// puts back the content it had before the redo. Views see Design::aboutToReset / resetDone both
/// ways. The new content's nextId is raised to the old one's, so ids handed out after the
/// replacement never collide with ids of the replaced content (which undo may bring back).
class ReplaceDesignCommand : public QUndoCommand
{
public:
    ReplaceDesignCommand(Design *design, UndoGuard *guard, const DesignData &data, const QString &text,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Design *m_design;
    UndoGuard *m_guard;
    DesignData m_data;
    DesignData m_oldData;
};

} // namespace Scaleplan
