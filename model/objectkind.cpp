#include "model/objectkind.h"

#include <array>

namespace Scaleplan {

namespace {
struct KindEntry {
    ObjectKind kind;
    const char *name;
};
constexpr std::array kKinds{
    KindEntry{ObjectKind::Region, "Region"},
    KindEntry{ObjectKind::Vpc, "Vpc"},
    KindEntry{ObjectKind::AvailabilityZone, "AvailabilityZone"},
    KindEntry{ObjectKind::Subnet, "Subnet"},
    KindEntry{ObjectKind::EksCluster, "EksCluster"},
    KindEntry{ObjectKind::EksAddon, "EksAddon"},
    KindEntry{ObjectKind::NodePool, "NodePool"},
    KindEntry{ObjectKind::EC2NodeClass, "EC2NodeClass"},
    KindEntry{ObjectKind::Deployment, "Deployment"},
    KindEntry{ObjectKind::Job, "Job"},
    KindEntry{ObjectKind::HorizontalPodAutoscaler, "HorizontalPodAutoscaler"},
    KindEntry{ObjectKind::VerticalPodAutoscaler, "VerticalPodAutoscaler"},
    KindEntry{ObjectKind::ScaledObject, "ScaledObject"},
    KindEntry{ObjectKind::DestinationRule, "DestinationRule"},
    KindEntry{ObjectKind::ConfigMap, "ConfigMap"},
    KindEntry{ObjectKind::PrometheusRule, "PrometheusRule"},
    KindEntry{ObjectKind::PodChaos, "PodChaos"},
    KindEntry{ObjectKind::AuroraCluster, "AuroraCluster"},
    KindEntry{ObjectKind::DynamoDBTable, "DynamoDBTable"},
    KindEntry{ObjectKind::ElastiCacheReplicationGroup, "ElastiCacheReplicationGroup"},
    KindEntry{ObjectKind::ApplicationLoadBalancer, "ApplicationLoadBalancer"},
    KindEntry{ObjectKind::TargetGroup, "TargetGroup"},
    KindEntry{ObjectKind::CloudFrontDistribution, "CloudFrontDistribution"},
    KindEntry{ObjectKind::Route53HealthCheck, "Route53HealthCheck"},
    KindEntry{ObjectKind::Route53RecordSet, "Route53RecordSet"},
    KindEntry{ObjectKind::LambdaFunction, "LambdaFunction"},
    KindEntry{ObjectKind::SqsQueue, "SqsQueue"},
    KindEntry{ObjectKind::GlobalReplication, "GlobalReplication"},
    KindEntry{ObjectKind::LoadScenario, "LoadScenario"},
    KindEntry{ObjectKind::ExternalNetwork, "ExternalNetwork"},
    KindEntry{ObjectKind::Connection, "Connection"},
};
} // namespace

QList<ObjectKind> allObjectKinds()
{
    QList<ObjectKind> kinds;
    for (const auto &entry : kKinds)
        kinds.append(entry.kind);
    return kinds;
}

QString kindName(ObjectKind kind)
{
    for (const auto &entry : kKinds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("Unknown");
}

std::optional<ObjectKind> kindFromName(QStringView name)
{
    for (const auto &entry : kKinds) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

bool isKubernetesKind(ObjectKind kind)
{
    return kind >= ObjectKind::NodePool && kind <= ObjectKind::PodChaos;
}

bool isContainerKind(ObjectKind kind)
{
    return kind == ObjectKind::Region || kind == ObjectKind::Vpc || kind == ObjectKind::AvailabilityZone
        || kind == ObjectKind::Subnet || kind == ObjectKind::EksCluster;
}

} // namespace Scaleplan
