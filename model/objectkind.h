#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace Scaleplan {

/**
 * The kinds of object a design holds. Containers (Region > Vpc > AvailabilityZone > Subnet,
 * EksCluster) nest; everything else is a leaf placed in the innermost container it runs in.
 *
 * Kubernetes kinds keep the Kubernetes spelling of `kind`; AWS kinds keep the CloudFormation
 * resource name without the `AWS::Service::` prefix, or the seed document's notation where AWS has
 * no single resource (GlobalReplication, LoadScenario).
 */
enum class ObjectKind {
    Region,
    Vpc,
    AvailabilityZone,
    Subnet,
    EksCluster,
    EksAddon,
    // Kubernetes objects (fields = the whole manifest: apiVersion, kind, metadata, spec, ...)
    NodePool,
    EC2NodeClass,
    Deployment,
    Job,
    HorizontalPodAutoscaler,
    VerticalPodAutoscaler,
    ScaledObject,
    DestinationRule,
    ConfigMap,
    PrometheusRule,
    PodChaos,
    // AWS objects (fields as CloudFormation / the design document spell them)
    AuroraCluster,
    DynamoDBTable,
    ElastiCacheReplicationGroup,
    ApplicationLoadBalancer,
    TargetGroup,
    CloudFrontDistribution,
    Route53HealthCheck,
    Route53RecordSet,
    LambdaFunction,
    SqsQueue,
    GlobalReplication,
    LoadScenario,
    // Networks outside the design that its VPCs connect to (peered VPCs, on-premises ranges over
    // VPN / Direct Connect): fields `CidrBlocks` (list of CIDR text) and `Description`. Top level.
    ExternalNetwork,
    // A relationship between two objects of the design (model/connectionspec.h): fields `FromId`,
    // `ToId` (object ids), `Type` (calls, targets, aliases, origin, replicates, triggers, scales),
    // optional `RequestShare` and `Description`. Top level.
    Connection,
};

/// Every kind, in declaration order.
QList<ObjectKind> allObjectKinds();

/// The stable spelling used in files, diagnostics and the CLI (e.g. "HorizontalPodAutoscaler",
/// "Vpc", "AuroraCluster").
QString kindName(ObjectKind kind);

/// Inverse of kindName(); std::nullopt for an unknown name.
std::optional<ObjectKind> kindFromName(QStringView name);

/// True for kinds whose fields are a Kubernetes manifest (apiVersion/kind/metadata/...).
bool isKubernetesKind(ObjectKind kind);

/// True for the nesting containers: Region, Vpc, AvailabilityZone, Subnet, EksCluster.
bool isContainerKind(ObjectKind kind);

} // namespace Scaleplan
