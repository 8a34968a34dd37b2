#include "model/edit/setfieldcommand.h"

#include "model/design.h"
#include "model/edit/commandid.h"
#include "model/edit/undoguard.h"
#include "model/fieldpath.h"

#include <QCoreApplication>

namespace Scaleplan {

SetFieldCommand::SetFieldCommand(Design *design, UndoGuard *guard, ObjectId objectId, const QString &path,
                                 const QVariant &value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_design(design)
    , m_guard(guard)
    , m_objectId(objectId)
    , m_path(path)
    , m_value(value)
{
    const QList<FieldPath::Step> steps = FieldPath::parse(path);
    if (!steps.isEmpty() && !steps.first().isIndex())
        m_topPath = FieldPath::child(QString(), steps.first().key);
    setText(QCoreApplication::translate("Scaleplan::SetFieldCommand", "Set %1").arg(path));
}

int SetFieldCommand::id() const
{
    return int(CommandId::SetField);
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id())
        return false;
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (next->m_objectId != m_objectId || next->m_path != m_path || next->m_design != m_design)
        return false;
    m_value = next->m_value;
    return true;
}

void SetFieldCommand::redo()
{
    UndoGuard::Scope scope(m_guard);
    const DesignObject *obj = m_design->data().object(m_objectId);
    if (!obj || m_topPath.isEmpty())
        return;
    // Captured on every redo: the document is then in the same state as before the first one.
    m_oldTop = FieldPath::value(obj->fields, m_topPath);
    m_design->applySetField(m_objectId, m_path, m_value);
}

void SetFieldCommand::undo()
{
    UndoGuard::Scope scope(m_guard);
    if (m_topPath.isEmpty() || !m_design->data().contains(m_objectId))
        return;
    m_design->applySetField(m_objectId, m_topPath, m_oldTop);
}

} // namespace Scaleplan
