#pragma once

#include "model/objectkind.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Scaleplan {

/**
 * What one field of an object kind is: its type, unit, allowed values and bounds, as the owner's
 * documentation defines them (Kubernetes API reference / CRD schema, CloudFormation resource
 * reference, or the seed document's notation for the kinds AWS has no single resource for).
 *
 * `path` is a FieldPath pattern: list indices are written `[]` ("spec.metrics[].type"); a last
 * segment `*` stands for any key of a free-form map whose values share one type
 * ("spec.limits.*", "metadata.labels.*"). Paths are relative to DesignObject::fields.
 *
 * `enumValues`: for Enum, the allowed strings; for Int, the allowed numbers as text
 * (Route 53 RequestInterval "10", "30"); for Duration, extra literals besides a Go duration
 * ("Never"). `minimum`/`maximum` bound the number (Int, Number), the parsed quantity (Quantity)
 * or the seconds (Duration). `unit` names what the number counts ("percent", "seconds",
 * "replicas", "millicores", "bytes", ...); empty when the value has no unit.
 *
 * `keys` (Map only) says how the keys below the map are checked: Closed = every key the owner
 * defines is listed in the schema (any other key is unknown), Partial = only some are listed
 * (others are neither checked nor reported), FreeForm = the keys are user data (labels,
 * annotations, ConfigMap data, KEDA trigger metadata, environment variables); a List's `keys`
 * applies to its elements when they are maps.
 */
struct FieldSpec {
    enum class Type { String, Int, Number, Bool, Quantity, Duration, Cidr, Map, List, Enum };
    enum class Keys { Closed, Partial, FreeForm };

    QString path;
    Type type = Type::String;
    QStringList enumValues;
    QString unit;
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool required = false;
    QString description;
    QString source; // documentation page + section
    Keys keys = Keys::Closed;
    bool intOrString = false; // Kubernetes IntOrString (String type that also takes an integer)
};

/// Stable lower-case name of a field type ("string", "int", "number", "bool", "quantity",
/// "duration", "cidr", "map", "list", "enum"), as FieldTypeRole and messages show it.
QString fieldTypeName(FieldSpec::Type type);

/**
 * The hand-written field tables of every object kind (model/fieldschema_kubernetes.cpp,
 * fieldschema_aws.cpp, fieldschema_layout.cpp). Tables are built once and are read-only, so the
 * functions are safe to call from any thread.
 *
 * Kubernetes kinds whose schema differs between API versions (NodePool and EC2NodeClass
 * karpenter.sh / karpenter.k8s.aws v1beta1 and v1) have one table per apiVersion; for any other
 * apiVersion (or none) the newest table is used. Every other kind has one table.
 */
namespace FieldSchema {

/// Every field of `kind` (for `apiVersion` where it matters), parents before their children.
const QList<FieldSpec> &fieldsOf(ObjectKind kind, const QString &apiVersion = {});

/**
 * The spec of a concrete path ("spec.metrics[2].pods.target.averageValue",
 * `metadata.labels["node.kubernetes.io/x"]`): indices match `[]`, and when no spec names the
 * path exactly a `*` spec of its parent map matches the last key. nullptr when the schema has no
 * spec for it (an unknown field, or one below a Partial/FreeForm map) or the path is malformed.
 */
const FieldSpec *find(ObjectKind kind, const QString &concretePath, const QString &apiVersion = {});

/// The pattern of a concrete path: every "[n]" becomes "[]" ("a[2].b" -> "a[].b"); "" when the
/// path is malformed.
QString patternOf(const QString &concretePath);

/// The apiVersions the tables of `kind` were written for ("karpenter.sh/v1beta1",
/// "karpenter.sh/v1"); empty for the AWS and layout kinds.
QStringList apiVersions(ObjectKind kind);

/// The direct children of the map (or list element map) `parentPattern` ("" for the top level)
/// that the schema lists, in table order; `*` specs are left out. For an "Add field" menu.
QList<const FieldSpec *> childrenOf(ObjectKind kind, const QString &parentPattern, const QString &apiVersion = {});

/// How the keys directly below `parentPattern` are checked: Closed for the top level of every
/// kind; the spec's `keys` for a Map (or a List, for its element maps); Partial when the schema
/// has no spec for the parent.
FieldSpec::Keys keysBelow(ObjectKind kind, const QString &parentPattern, const QString &apiVersion = {});

} // namespace FieldSchema
} // namespace Scaleplan
