#pragma once

#include "model/designobject.h"

#include <QUndoCommand>

namespace Scaleplan {

class Design;
class UndoGuard;

/// Changes an object's name (the tree label and the last part of its path); undo restores the name
/// it had before the redo.
class RenameCommand : public QUndoCommand
{
public:
    RenameCommand(Design *design, UndoGuard *guard, ObjectId objectId, const QString &name,
                  QUndoCommand *parent = nullptr);

    int id() const override;
    void redo() override;
    void undo() override;

private:
    Design *m_design;
    UndoGuard *m_guard;
    ObjectId m_objectId;
    QString m_name;
    QString m_oldName;
};

} // namespace Scaleplan
