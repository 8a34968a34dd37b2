#include "model/edit/removeobjectscommand.h"

#include "model/design.h"
#include "model/edit/commandid.h"
#include "model/edit/undoguard.h"

#include <QCoreApplication>
#include <QSet>

namespace Scaleplan {

RemoveObjectsCommand::RemoveObjectsCommand(Design *design, UndoGuard *guard, const QList<ObjectId> &ids,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_design(design)
    , m_guard(guard)
    , m_ids(ids)
{
    if (ids.size() == 1) {
        const DesignObject *obj = design->data().object(ids.first());
        setText(QCoreApplication::translate("Scaleplan::RemoveObjectsCommand", "Remove \"%1\"")
                    .arg(obj ? obj->name : QString()));
    } else {
        setText(QCoreApplication::translate("Scaleplan::RemoveObjectsCommand", "Remove %n object(s)",
                                            nullptr, int(ids.size())));
    }
}

int RemoveObjectsCommand::id() const
{
    return int(CommandId::RemoveObjects);
}

void RemoveObjectsCommand::redo()
{
    UndoGuard::Scope scope(m_guard);
    m_removed.clear();
    const DesignData &data = m_design->data();
    const QSet<ObjectId> selected(m_ids.cbegin(), m_ids.cend());
    QList<ObjectId> roots;
    for (ObjectId id : m_ids) {
        if (!data.contains(id) || roots.contains(id))
            continue;
        bool insideAnother = false;
        for (ObjectId p = data.object(id)->parentId; p != 0 && data.contains(p); p = data.object(p)->parentId) {
            if (selected.contains(p)) {
                insideAnother = true;
                break;
            }
        }
        if (!insideAnother)
            roots.append(id);
    }
    for (ObjectId id : roots) {
        RemovedSubtree removed;
        removed.row = m_design->data().rowOf(id);
        removed.objects = m_design->applyRemove(id);
        if (!removed.objects.isEmpty())
            m_removed.append(removed);
    }
}

void RemoveObjectsCommand::undo()
{
    UndoGuard::Scope scope(m_guard);
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it) {
        bool first = true;
        for (const DesignObject &obj : it->objects) {
            m_design->applyInsert(obj, first ? it->row : -1);
            first = false;
        }
    }
}

} // namespace Scaleplan
