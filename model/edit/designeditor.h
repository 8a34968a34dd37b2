#pragma once

#include "model/designdata.h"
#include "model/edit/undoguard.h"

#include <QObject>

class QUndoStack;

namespace Scaleplan {

class Design;

/**
 * The edit facade: the only way the UI changes a design. Each call validates its arguments
 * against the current document, does nothing when the edit is impossible or a no-op, and
 * otherwise pushes exactly one command on the undo stack (one finished gesture = one undo step;
 * pattern of Subsurface's commands/command.h facade). Views never create commands themselves.
 *
 * Owns the undo stack; does not own the Design. Invariant: every change to the document since the
 * last replaceDesign() is on the undo stack, so undoing everything restores that document exactly.
 */
class DesignEditor : public QObject
{
    Q_OBJECT
public:
    explicit DesignEditor(Design *design, QObject *parent = nullptr);
    ~DesignEditor() override;

    Design *design() const { return m_design; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Adds `object` under object.parentId (0 = top level, else an existing container kind, see
    /// isContainerKind) at `row` among its siblings (-1 or past the end = append). object.id is
    /// ignored: a fresh id is assigned and returned. One undo step. Returns 0 (nothing pushed)
    /// when the parent is missing or not a container.
    ObjectId addObject(const DesignObject &object, int row = -1);

    /// Removes the objects and their subtrees as one undo step; ids that are missing, or inside
    /// another removed subtree, are ignored. Undo restores ids, fields and sibling order.
    void removeObjects(const QList<ObjectId> &ids);

    /// Sets one field (FieldPath syntax; an invalid value removes it). Nothing is pushed when the
    /// object is missing, the path is malformed or walks through a scalar, or the value is
    /// unchanged. Consecutive edits of the same id+path merge into one undo step.
    void setField(ObjectId id, const QString &path, const QVariant &value);

    /// Renames an object; nothing is pushed when it is missing or the name is unchanged.
    void rename(ObjectId id, const QString &name);

    /// Moves an object and its subtree under `newParent` (0 = top level, else a container) at
    /// `row`, counted after the object has left its old place (-1 = append). Nothing is pushed for
    /// a missing object or parent, a non-container parent, a move into its own subtree, or a move
    /// that leaves it where it is.
    void reparent(ObjectId id, ObjectId newParent, int row = -1);

    /// Applies diagnostic.fix (field changes, possibly on several objects) as one undo step.
    /// Changes whose object is missing or whose path cannot be set are left out; nothing is
    /// pushed when no change remains or the fix changes nothing.
    void applyFix(const Diagnostic &diagnostic);

    /// Replaces the whole design (open, import) and clears the undo stack. Marking the stack
    /// clean is the caller's job (after a save).
    void replaceDesign(const DesignData &data);

    /// Replaces the whole design with `data` (e.g. a named revision being restored) as one undo
    /// step titled `description`; undo brings back the design as it was. Nothing is pushed when
    /// `data` equals the current design. Unlike replaceDesign() the undo history is kept.
    void restoreDesign(const DesignData &data, const QString &description);

    /// True while a command's redo()/undo() runs (including the first redo inside push()).
    /// Views reacting to Design signals must not call the editor while it is true.
    bool isUndoing() const { return m_guard.isActive(); }

private:
    bool canBeParent(ObjectId parent) const;

    Design *m_design;
    QUndoStack *m_undoStack;
    UndoGuard m_guard;
};

} // namespace Scaleplan
