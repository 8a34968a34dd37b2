#pragma once

#include "model/designdata.h"

#include <QList>
#include <QString>
#include <optional>

namespace Scaleplan {

/// What a Connection says about its two ends (field `Type`, spelled in lowercase as listed).
enum class ConnectionType {
    Calls,      ///< "calls": a workload sends requests to a service, database or cache
    Targets,    ///< "targets": an ALB (target group) forwards to a workload
    Aliases,    ///< "aliases": a Route 53 alias record resolves to an ALB or CloudFront
    Origin,     ///< "origin": a CloudFront distribution fetches from an ALB
    Replicates, ///< "replicates": a secondary copies a primary (Aurora Global Database, Global Datastore, a region's cluster)
    Triggers,   ///< "triggers": a queue (or a table stream) starts a consumer (Lambda, KEDA-scaled workload)
    Scales,     ///< "scales": an autoscaler (HPA, VPA, ScaledObject) sizes a workload
};

/**
 * Typed view of a Connection object: a relationship between two objects of the same design,
 * stored as an ordinary top-level object so that saving, design YAML, undo, diff and the property
 * editor handle it like any other. Fields (model/OBJECTS.md): `FromId`, `ToId` (object ids,
 * integers), `Type` (connectionTypeName()), optional `RequestShare` (0..1, for `calls`: the share
 * of the source's served requests sent along the edge) and `Description`.
 *
 * The direction is that of the traffic or of the dependency: from the caller / the router / the
 * secondary / the trigger / the autoscaler to what it calls, routes to, follows, starts or scales.
 */
struct ConnectionSpec {
    ObjectId fromId = 0;
    ObjectId toId = 0;
    ConnectionType type = ConnectionType::Calls;
    std::optional<double> requestShare;
    QString description;

    /// Reads a Connection object; std::nullopt (and *error says why) when it is not a Connection,
    /// FromId/ToId are not positive integers or Type is unknown. Does not check that the ids exist.
    static std::optional<ConnectionSpec> fromObject(const DesignObject &object, QString *error = nullptr);

    /// A top-level Connection object (id 0, parent 0) named "<from name> → <to name>" with these
    /// fields; `RequestShare` only when set, `Description` only when not empty.
    DesignObject toObject(const DesignData &design) const;
};

/// "calls", "targets", "aliases", "origin", "replicates", "triggers", "scales".
QString connectionTypeName(ConnectionType type);
/// Inverse of connectionTypeName() (exact spelling); std::nullopt for anything else.
std::optional<ConnectionType> connectionTypeFromName(const QString &name);
/// Every type in declaration order.
QList<ConnectionType> allConnectionTypes();

/**
 * True when a connection of `type` may go from an object of kind `from` to one of kind `to`:
 *  - calls: Deployment, Job or LambdaFunction → Deployment, LambdaFunction, AuroraCluster,
 *    DynamoDBTable, ElastiCacheReplicationGroup, SqsQueue, ApplicationLoadBalancer (internal) or
 *    ExternalNetwork;
 *  - targets: ApplicationLoadBalancer or TargetGroup → Deployment or LambdaFunction (ALB target
 *    types instance/ip and lambda: Elastic Load Balancing User Guide, "Target groups for your
 *    Application Load Balancers", Target type);
 *  - aliases: Route53RecordSet → ApplicationLoadBalancer or CloudFrontDistribution (Route 53
 *    Developer Guide, "Choosing between alias and non-alias records");
 *  - origin: CloudFrontDistribution → ApplicationLoadBalancer (CloudFront Developer Guide, "Use
 *    various origins", custom origins);
 *  - replicates: the same kind on both ends, one of AuroraCluster (Aurora Global Database),
 *    ElastiCacheReplicationGroup (Global Datastore), DynamoDBTable (global tables), EksCluster;
 *  - triggers: SqsQueue or DynamoDBTable (streams) → LambdaFunction (event source mapping),
 *    Deployment or Job (a KEDA-scaled consumer);
 *  - scales: HorizontalPodAutoscaler, VerticalPodAutoscaler or ScaledObject → Deployment.
 */
bool connectionFits(ConnectionType type, ObjectKind from, ObjectKind to);

/// The kinds connectionFits() accepts at each end of `type`, as kind names joined by ", " (for
/// messages).
QString connectionEndsText(ConnectionType type);

} // namespace Scaleplan
