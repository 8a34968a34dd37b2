#pragma once

#include "model/designobject.h"
#include "model/diagnostic.h"

#include <QHash>
#include <QList>
#include <optional>

namespace Scaleplan {

/**
 * The content of a design as a copyable value: objects keyed by stable id, their nesting and
 * order, and the diagnostics the importer produced. Validation, simulation and export are pure
 * functions of a DesignData, so a snapshot can be handed to another thread.
 *
 * Invariants: every id in `children` lists exists in `objects`; each object appears in exactly the
 * child list of its parentId (0 = top level); ids are never reused (nextId only grows).
 */
class DesignData
{
public:
    /// Human name of the design (e.g. "Scalability Design").
    QString name;
    /// The document the design was imported from, if any (shown in diagnostics).
    QString sourceFile;
    /// Findings of the import (unrecognised blocks, YAML errors, applied corrections).
    QList<Diagnostic> importDiagnostics;

    bool contains(ObjectId id) const { return m_objects.contains(id); }
    const DesignObject *object(ObjectId id) const;
    int size() const { return int(m_objects.size()); }
    bool isEmpty() const { return m_objects.isEmpty(); }

    /// Children of `parent` (0 = top level) in their order.
    QList<ObjectId> children(ObjectId parent) const { return m_children.value(parent); }
    /// Index of `id` among its siblings, -1 when absent.
    int rowOf(ObjectId id) const;
    /// All ids, parents before children, siblings in order.
    QList<ObjectId> preorder() const;
    QList<ObjectId> objectsOfKind(ObjectKind kind) const;
    /// First object of `kind` named `name` (preorder), 0 when none.
    ObjectId findByName(ObjectKind kind, const QString &name) const;
    /// Nearest ancestor (or the object itself) of `kind`, 0 when none.
    ObjectId enclosing(ObjectId id, ObjectKind kind) const;
    /// Names from the top level down joined by '/', e.g. "us-east-1/production-vpc/public-a".
    QString pathOf(ObjectId id) const;
    ObjectId nextId() const { return m_nextId; }
    /// Raises nextId to at least `next` (a loaded file keeps ids of removed objects retired).
    void reserveIdsBelow(ObjectId next) { m_nextId = std::max(m_nextId, next); }

    /// Inserts `object` under object.parentId at `row` (-1 = append). Assigns a new id when
    /// object.id is 0; keeps a given id (undo of a removal) and raises nextId past it.
    /// Returns the id, or 0 when the parent does not exist or the id is taken.
    ObjectId insert(DesignObject object, int row = -1);
    /// Removes `id` and its whole subtree; returns the removed objects, parents first.
    QList<DesignObject> removeSubtree(ObjectId id);
    /// Sets a field (FieldPath syntax); an invalid value removes it. False on a bad path.
    bool setField(ObjectId id, const QString &path, const QVariant &value);
    bool setName(ObjectId id, const QString &name);
    /// Moves `id` under `newParent` at `row` (-1 = append). False when that would make a cycle.
    bool reparent(ObjectId id, ObjectId newParent, int row = -1);
    /// Replaces an object's whole value (same id and parent).
    bool replace(const DesignObject &object);

    bool operator==(const DesignData &other) const;

private:
    QHash<ObjectId, DesignObject> m_objects;
    QHash<ObjectId, QList<ObjectId>> m_children;
    ObjectId m_nextId = 1;
};

/// A diagnostic about `object` of `design`: its id, path and source location filled in.
Diagnostic objectDiagnostic(const DesignData &design, const DesignObject &object, Severity severity, const QString &rule,
                            const QString &field, const QString &message);

} // namespace Scaleplan
