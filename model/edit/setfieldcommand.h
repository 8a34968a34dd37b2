#pragma once

#include "model/designobject.h"

#include <QUndoCommand>
#include <QVariant>

namespace Scaleplan {

class Design;
class UndoGuard;

/**
 * Sets one field of one object (FieldPath syntax, e.g. `spec.maxReplicas`); an invalid value
 * removes the field.
 *
 * Undo must also drop the intermediate maps the set may have created and must re-insert a removed
 * list element rather than overwrite its successor, so redo() keeps the whole old value of the
 * path's first key (`spec` for `spec.maxReplicas`) and undo() puts that value back (or removes the
 * key when it did not exist). Consecutive commands on the same object and path merge into one
 * undo step (typing in a property editor), as Qt's undoframework example merges moves.
 */
class SetFieldCommand : public QUndoCommand
{
public:
    SetFieldCommand(Design *design, UndoGuard *guard, ObjectId objectId, const QString &path,
                    const QVariant &value, QUndoCommand *parent = nullptr);

    ObjectId objectId() const { return m_objectId; }
    QString path() const { return m_path; }
    QVariant value() const { return m_value; }

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    Design *m_design;
    UndoGuard *m_guard;
    ObjectId m_objectId;
    QString m_path;
    QVariant m_value;
    QString m_topPath;  // FieldPath of the first key of m_path; empty when m_path is malformed
    QVariant m_oldTop;  // value of m_topPath before the first redo (invalid = absent)
};

} // namespace Scaleplan
