#include "model/edit/replacedesigncommand.h"

#include "model/design.h"
#include "model/edit/undoguard.h"

namespace Scaleplan {

ReplaceDesignCommand::ReplaceDesignCommand(Design *design, UndoGuard *guard, const DesignData &data,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_design(design)
    , m_guard(guard)
    , m_data(data)
{
}

void ReplaceDesignCommand::redo()
{
    UndoGuard::Scope scope(m_guard);
    m_oldData = m_design->snapshot();
    m_data.reserveIdsBelow(m_oldData.nextId());
    m_design->reset(m_data);
}

void ReplaceDesignCommand::undo()
{
    UndoGuard::Scope scope(m_guard);
    m_design->reset(m_oldData);
}

} // namespace Scaleplan
