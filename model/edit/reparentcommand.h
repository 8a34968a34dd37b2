#pragma once

#include "model/designobject.h"

#include <QUndoCommand>

namespace Scaleplan {

class Design;
class UndoGuard;

/**
 * Moves an object (with its subtree) under `newParent` at `row` (-1 = append), row counted after
 * the object has left its old place (DesignData::reparent). redo() records the old parent and row;
 * undo() moves it back there, which restores the old sibling order exactly.
 */
class ReparentCommand : public QUndoCommand
{
public:
    ReparentCommand(Design *design, UndoGuard *guard, ObjectId objectId, ObjectId newParent, int row = -1,
                    QUndoCommand *parent = nullptr);

    int id() const override;
    void redo() override;
    void undo() override;

private:
    Design *m_design;
    UndoGuard *m_guard;
    ObjectId m_objectId;
    ObjectId m_newParent;
    int m_row;
    ObjectId m_oldParent = 0;
    int m_oldRow = -1;
    bool m_moved = false;
};

} // namespace Scaleplan
