#pragma once

#include "model/objectkind.h"
#include "model/sourcelocation.h"

#include <QHash>
#include <QVariantMap>

namespace Scaleplan {

/// Stable identity of an object inside one design; never reused within the design. 0 = none.
using ObjectId = quint64;

/**
 * One object of a design, as a plain value.
 *
 * `fields` holds the object's configuration exactly as its owner spells it:
 *  - Kubernetes kinds: the whole manifest (`apiVersion`, `kind`, `metadata`, `spec`, `data`, ...);
 *  - AWS kinds: the properties as CloudFormation (or the seed document) names them
 *    (`CidrBlock`, `Engine`, `AutoScaling.MinCapacity`, ...);
 *  - containers: Region `{RegionName, Role}`, Vpc `{CidrBlock, ...}`, AvailabilityZone
 *    `{AvailabilityZone}`, Subnet `{CidrBlock, Tier}`.
 * Typed views with units (HpaSpec, ScenarioSpec, ...) are parsed from `fields` on demand.
 *
 * Invariant: `id != 0` once inserted in a design; `parentId` is 0 (top level) or a container.
 */
struct DesignObject {
    ObjectId id = 0;
    ObjectKind kind = ObjectKind::Region;
    ObjectId parentId = 0;
    QString name;
    QVariantMap fields;
    SourceLocation source;
    /// Import-time only: the document line of each field (FieldPath -> 1-based line), so that a
    /// diagnostic can point at the field rather than the object's first line. Not saved in the
    /// project file and not part of equality.
    QHash<QString, int> fieldLines;

    QVariant field(const QString &path) const;
    /// The document line of `path`, or of its nearest enclosing field, else of the object.
    int lineOf(const QString &path) const;
    bool operator==(const DesignObject &other) const
    {
        return id == other.id && kind == other.kind && parentId == other.parentId && name == other.name
            && fields == other.fields && source == other.source;
    }
};

} // namespace Scaleplan
