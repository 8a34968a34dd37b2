#pragma once

#include "model/designobject.h"

#include <QUndoCommand>

namespace Scaleplan {

class Design;
class UndoGuard;

/**
 * Adds one object (without children) under object.parentId at `row` (-1 = append).
 *
 * The first redo() lets the design assign the id (object.id 0) and remembers it, so every later
 * redo() re-inserts the same id at the same row and commands pushed after this one stay valid.
 * undo() removes the object; by then every later command that added children has been undone.
 */
class InsertObjectCommand : public QUndoCommand
{
public:
    InsertObjectCommand(Design *design, UndoGuard *guard, const DesignObject &object, int row = -1,
                        QUndoCommand *parent = nullptr);

    /// The id given by the first redo(), 0 before it (or when the insert failed).
    ObjectId objectId() const { return m_object.id; }

    int id() const override;
    void redo() override;
    void undo() override;

private:
    Design *m_design;
    UndoGuard *m_guard;
    DesignObject m_object;
    int m_row;
};

} // namespace Scaleplan
