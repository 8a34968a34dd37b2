#pragma once

// Internal to model/fieldschema*.cpp: the builder the hand-written tables use and the entry
// points of the three table families. Not part of the public API (include model/fieldschema.h).

#include "model/fieldschema.h"

namespace Scaleplan::FieldSchemaTables {

/// One spec under construction: `Spec("spec.minReplicas", Type::Int, "...").unit("replicas").min(1)`.
class Spec
{
public:
    Spec(const QString &path, FieldSpec::Type type, const char *description);

    Spec &unit(const char *unit);
    Spec &min(double minimum);
    Spec &max(double maximum);
    Spec &range(double minimum, double maximum);
    Spec &required();
    Spec &values(const QStringList &values);
    Spec &partial();  // a Map/List whose keys are only partly listed
    Spec &freeForm(); // a Map whose keys are user data
    Spec &intOrString();
    Spec &source(const char *source);

    FieldSpec spec;
};

/// Collects specs; a spec without a source gets the table's source.
class Table
{
public:
    explicit Table(const char *source);
    Table &operator<<(const Spec &spec);
    QList<FieldSpec> specs;

private:
    QString m_source;
};

/// One table of a kind: for `apiVersion` ("" = the only or the default table).
struct VersionedTable {
    QString apiVersion;
    QList<FieldSpec> specs;
};

/// Kubernetes kinds (fieldschema_kubernetes.cpp): one or more tables (the default one first).
QList<VersionedTable> kubernetesTables(ObjectKind kind);
/// AWS kinds (fieldschema_aws.cpp).
QList<FieldSpec> awsTable(ObjectKind kind);
/// Layout and design kinds: Region, Vpc, AvailabilityZone, Subnet, EksCluster, EksAddon,
/// GlobalReplication, LoadScenario, ExternalNetwork, Connection (fieldschema_layout.cpp).
QList<FieldSpec> layoutTable(ObjectKind kind);

} // namespace Scaleplan::FieldSchemaTables
