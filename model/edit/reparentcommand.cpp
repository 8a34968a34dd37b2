#include "model/edit/reparentcommand.h"

#include "model/design.h"
#include "model/edit/commandid.h"
#include "model/edit/undoguard.h"

#include <QCoreApplication>

namespace Scaleplan {

ReparentCommand::ReparentCommand(Design *design, UndoGuard *guard, ObjectId objectId, ObjectId newParent,
                                 int row, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_design(design)
    , m_guard(guard)
    , m_objectId(objectId)
    , m_newParent(newParent)
    , m_row(row)
{
    const DesignObject *obj = design->data().object(objectId);
    setText(QCoreApplication::translate("Scaleplan::ReparentCommand", "Move \"%1\"").arg(obj ? obj->name : QString()));
}

int ReparentCommand::id() const
{
    return int(CommandId::Reparent);
}

void ReparentCommand::redo()
{
    UndoGuard::Scope scope(m_guard);
    const DesignObject *obj = m_design->data().object(m_objectId);
    m_moved = false;
    if (!obj)
        return;
    m_oldParent = obj->parentId;
    m_oldRow = m_design->data().rowOf(m_objectId);
    m_moved = m_design->applyReparent(m_objectId, m_newParent, m_row);
}

void ReparentCommand::undo()
{
    UndoGuard::Scope scope(m_guard);
    if (m_moved)
        m_design->applyReparent(m_objectId, m_oldParent, m_oldRow);
}

} // namespace Scaleplan
