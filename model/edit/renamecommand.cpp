#include "model/edit/renamecommand.h"

#include "model/design.h"
#include "model/edit/commandid.h"
#include "model/edit/undoguard.h"

#include <QCoreApplication>

namespace Scaleplan {

RenameCommand::RenameCommand(Design *design, UndoGuard *guard, ObjectId objectId, const QString &name,
                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_design(design)
    , m_guard(guard)
    , m_objectId(objectId)
    , m_name(name)
{
    setText(QCoreApplication::translate("Scaleplan::RenameCommand", "Rename to \"%1\"").arg(name));
}

int RenameCommand::id() const
{
    return int(CommandId::Rename);
}

void RenameCommand::redo()
{
    UndoGuard::Scope scope(m_guard);
    const DesignObject *obj = m_design->data().object(m_objectId);
    if (!obj)
        return;
    m_oldName = obj->name;
    m_design->applySetName(m_objectId, m_name);
}

void RenameCommand::undo()
{
    UndoGuard::Scope scope(m_guard);
    m_design->applySetName(m_objectId, m_oldName);
}

} // namespace Scaleplan
