#pragma once

#include "model/designobject.h"

#include <QList>
#include <QUndoCommand>

namespace Scaleplan {

class Design;
class UndoGuard;

/**
 * Removes several objects with their whole subtrees as one undo step (one multi-select delete).
 *
 * Ids that are missing or lie inside another removed subtree are skipped. redo() records, for
 * each removed root, its parent, its row at the moment of removal and the removed objects
 * (parents first, siblings in order); undo() re-inserts them in reverse order with the same ids,
 * the root at its old row and every descendant appended to its parent, which rebuilds the exact
 * child order because the removed list is breadth-first in sibling order.
 */
class RemoveObjectsCommand : public QUndoCommand
{
public:
    RemoveObjectsCommand(Design *design, UndoGuard *guard, const QList<ObjectId> &ids,
                         QUndoCommand *parent = nullptr);

    int id() const override;
    void redo() override;
    void undo() override;

private:
    struct RemovedSubtree {
        int row = -1;
        QList<DesignObject> objects; // parents first; objects.first() is the root
    };

    Design *m_design;
    UndoGuard *m_guard;
    QList<ObjectId> m_ids;
    QList<RemovedSubtree> m_removed;
};

} // namespace Scaleplan
