#pragma once

#include "model/designdata.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace Scaleplan {

/// One changed leaf of an object's field tree (FieldPath::leaves granularity).
struct FieldDifference {
    QString path;      ///< FieldPath of the leaf, e.g. `spec.metrics[0].resource.target.averageUtilization`
    QVariant oldValue; ///< invalid when !inOld
    QVariant newValue; ///< invalid when !inNew
    bool inOld = true; ///< false: the leaf was added
    bool inNew = true; ///< false: the leaf was removed
};

/// What happened to one object between design A (old) and design B (new).
struct ObjectDifference {
    enum class Change { Added, Removed, Changed };
    Change change = Change::Changed;
    ObjectKind kind = ObjectKind::Region;
    ObjectId oldId = 0;  ///< 0 when added
    ObjectId newId = 0;  ///< 0 when removed
    QString oldPath;     ///< DesignData::pathOf in A ("us-east-1/production-vpc"); empty when added
    QString newPath;     ///< DesignData::pathOf in B; empty when removed
    QString oldName;
    QString newName;
    bool renamed = false;  ///< Changed only: the name differs
    bool moved = false;    ///< Changed only: the parent differs (not the same object, by the matching below)
    QString oldParentPath; ///< set when moved ("" = top level)
    QString newParentPath;
    QList<FieldDifference> fields; ///< Changed only, in leaf path order (old leaves, then leaves only in new)
};

/**
 * The differences between two designs, for code review of design files (`scaleplan-cli diff`) and
 * the GUI's revision comparison: objects added and removed, and for objects present in both their
 * renames, moves and changed fields leaf by leaf (old and new value).
 *
 * Matching objects of A to objects of B, in this order (each object matched at most once):
 *  1. same id, same kind and same path: the usual case for two revisions of one design;
 *  2. same kind and same path (DesignData::pathOf, with the n-th duplicate matched to the n-th):
 *     two separate imports of one document, whose ids need not agree;
 *  3. same id and same kind, and either the same name (moved) or parents already matched to each
 *     other (renamed in place): an edit of one design;
 *  4. same kind and same name, unique on both sides: moved in a separate import.
 * Whatever is left is removed (A) or added (B). A change of kind is a removal plus an addition.
 * Sibling order, source locations and import diagnostics are not compared; the design name is.
 *
 * Values are compared with their YAML type: 70 and 70.0 differ (Kubernetes rejects a float
 * where the API wants an int32), 3 (int) and 3 (int64) do not.
 */
class DesignDiff
{
public:
    static DesignDiff compare(const DesignData &a, const DesignData &b);

    bool isEmpty() const { return m_objects.isEmpty() && m_oldName == m_newName; }
    /// Removed objects (A's preorder) first, then added and changed ones in B's preorder.
    const QList<ObjectDifference> &objects() const { return m_objects; }
    int addedCount() const;
    int removedCount() const;
    int changedCount() const;
    QString oldDesignName() const { return m_oldName; }
    QString newDesignName() const { return m_newName; }

    /**
     * A unified, line-oriented text for code review, one line per fact:
     *   `- us-east-1/old-queue  (SqsQueue)`                             removed object
     *   `+ us-west-2/production-vpc  (Vpc)`                             added object
     *   `~ us-east-1/production-vpc  CidrBlock: "10.0.0.0/8" -> "10.0.0.0/16"`   changed field
     *   `~ us-east-1/production-vpc  Tags[0]: (none) -> "x"`          added leaf
     *   `~ us-east-1/cache  renamed: "cache" -> "redis"` / `moved: us-east-1 -> us-west-2`
     * then a summary line `N added, N removed, N changed`; "no differences" when empty. Values
     * are YAML-like: strings in double quotes, floats with a '.', `null`, `{}`, `[]`.
     */
    QString toText() const;

    /// The same as indented JSON: {"equal", "design": {"old","new"} (when the names differ),
    /// "added": [{id, kind, path}], "removed": [{id, kind, path}], "changed": [{oldId, newId, kind,
    /// oldPath, path, renamed?, moved?, fields: [{path, old?, new?}]}], "summary": {added, removed,
    /// changed}}. A missing "old"/"new" means the leaf is absent on that side.
    QByteArray toJson() const;

private:
    QList<ObjectDifference> m_objects;
    QString m_oldName;
    QString m_newName;
};

} // namespace Scaleplan
