#include "widgets/canvasstyle.h"

#include "model/cidr/cidr.h"
#include "model/fieldpath.h"
#include "model/quantity.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

namespace Scaleplan {
namespace CanvasStyle {

namespace {

/// Translation context for the unit words of key facts ("replicas", "ACU", ...).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Scaleplan::CanvasStyle)
};

QString num(const QVariant &value)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok)
        return value.toString();
    return QLocale::c().toString(d, 'g', 8);
}

QString range(const QVariant &low, const QVariant &high, const QString &unit)
{
    if (!low.isValid() && !high.isValid())
        return {};
    // U+2013 EN DASH between the bounds, as typography uses for ranges.
    return QString(num(low) + QChar(0x2013) + num(high) + QLatin1Char(' ') + unit);
}

QString join(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.isEmpty())
            kept.append(p);
    }
    return kept.join(QStringLiteral(" · "));
}

QString firstContainerCpu(const DesignObject &object)
{
    const QVariantList containers = object.field(QStringLiteral("spec.template.spec.containers")).toList();
    if (containers.isEmpty())
        return {};
    const QVariant cpu = FieldPath::value(containers.first().toMap(), QStringLiteral("resources.requests.cpu"));
    return cpu.isValid() ? QString(cpu.toString() + Tr::tr(" CPU")) : QString();
}

} // namespace

QColor backgroundColor() { return QColor(0x1b, 0x1e, 0x24); }
QColor textColor() { return QColor(0xec, 0xef, 0xf4); }
QColor dimTextColor() { return QColor(0xb0, 0xb8, 0xc4); }
QColor selectionColor() { return QColor(0x4f, 0xc3, 0xf7); }

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xef, 0x53, 0x50);
    case Severity::Warning:
        return QColor(0xff, 0xb3, 0x00);
    case Severity::Info:
        break;
    }
    return QColor(0x42, 0xa5, 0xf5);
}

QColor tierColor(const QString &tier)
{
    const QString t = tier.toLower();
    if (t == QLatin1String("public"))
        return QColor(0x66, 0xbb, 0x6a);
    if (t == QLatin1String("private"))
        return QColor(0x42, 0xa5, 0xf5);
    if (t == QLatin1String("database"))
        return QColor(0xba, 0x68, 0xc8);
    return QColor(0x90, 0xa4, 0xae);
}

QColor accentColor(const DesignObject &object)
{
    switch (object.kind) {
    case ObjectKind::Region:
        return QColor(0x79, 0x86, 0xcb);
    case ObjectKind::Vpc:
        return QColor(0x4d, 0xb6, 0xac);
    case ObjectKind::AvailabilityZone:
        return QColor(0x90, 0xa4, 0xae);
    case ObjectKind::Subnet:
        return tierColor(object.field(QStringLiteral("Tier")).toString());
    case ObjectKind::EksCluster:
        return QColor(0xff, 0xa7, 0x26);
    case ObjectKind::Deployment:
    case ObjectKind::Job:
        return QColor(0x42, 0xa5, 0xf5);
    case ObjectKind::HorizontalPodAutoscaler:
    case ObjectKind::VerticalPodAutoscaler:
    case ObjectKind::ScaledObject:
    case ObjectKind::NodePool:
    case ObjectKind::EC2NodeClass:
        return QColor(0x66, 0xbb, 0x6a);
    case ObjectKind::AuroraCluster:
    case ObjectKind::DynamoDBTable:
    case ObjectKind::ElastiCacheReplicationGroup:
        return QColor(0xba, 0x68, 0xc8);
    case ObjectKind::ApplicationLoadBalancer:
    case ObjectKind::TargetGroup:
    case ObjectKind::CloudFrontDistribution:
    case ObjectKind::Route53HealthCheck:
    case ObjectKind::Route53RecordSet:
    case ObjectKind::DestinationRule:
        return QColor(0xff, 0x8a, 0x65);
    case ObjectKind::LambdaFunction:
    case ObjectKind::SqsQueue:
        return QColor(0xff, 0xd5, 0x4f);
    case ObjectKind::GlobalReplication:
    case ObjectKind::LoadScenario:
        return QColor(0xf0, 0x62, 0x92);
    case ObjectKind::ExternalNetwork:
        return QColor(0x4d, 0xb6, 0xac);
    case ObjectKind::Connection:
        return QColor(0xb0, 0xbe, 0xc5);
    case ObjectKind::EksAddon:
    case ObjectKind::ConfigMap:
    case ObjectKind::PrometheusRule:
    case ObjectKind::PodChaos:
        break;
    }
    return QColor(0x90, 0xa4, 0xae);
}

QString badgeText(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Region: return QStringLiteral("REGION");
    case ObjectKind::Vpc: return QStringLiteral("VPC");
    case ObjectKind::AvailabilityZone: return QStringLiteral("AZ");
    case ObjectKind::Subnet: return QStringLiteral("SUBNET");
    case ObjectKind::EksCluster: return QStringLiteral("EKS");
    case ObjectKind::EksAddon: return QStringLiteral("ADD-ON");
    case ObjectKind::NodePool: return QStringLiteral("NODEPOOL");
    case ObjectKind::EC2NodeClass: return QStringLiteral("NODECLASS");
    case ObjectKind::Deployment: return QStringLiteral("DEPLOY");
    case ObjectKind::Job: return QStringLiteral("JOB");
    case ObjectKind::HorizontalPodAutoscaler: return QStringLiteral("HPA");
    case ObjectKind::VerticalPodAutoscaler: return QStringLiteral("VPA");
    case ObjectKind::ScaledObject: return QStringLiteral("KEDA");
    case ObjectKind::DestinationRule: return QStringLiteral("ISTIO DR");
    case ObjectKind::ConfigMap: return QStringLiteral("CONFIGMAP");
    case ObjectKind::PrometheusRule: return QStringLiteral("ALERTS");
    case ObjectKind::PodChaos: return QStringLiteral("CHAOS");
    case ObjectKind::AuroraCluster: return QStringLiteral("AURORA");
    case ObjectKind::DynamoDBTable: return QStringLiteral("DYNAMODB");
    case ObjectKind::ElastiCacheReplicationGroup: return QStringLiteral("REDIS");
    case ObjectKind::ApplicationLoadBalancer: return QStringLiteral("ALB");
    case ObjectKind::TargetGroup: return QStringLiteral("TG");
    case ObjectKind::CloudFrontDistribution: return QStringLiteral("CLOUDFRONT");
    case ObjectKind::Route53HealthCheck: return QStringLiteral("HEALTH");
    case ObjectKind::Route53RecordSet: return QStringLiteral("ROUTE 53");
    case ObjectKind::LambdaFunction: return QStringLiteral("LAMBDA");
    case ObjectKind::SqsQueue: return QStringLiteral("SQS");
    case ObjectKind::GlobalReplication: return QStringLiteral("GLOBAL");
    case ObjectKind::LoadScenario: return QStringLiteral("LOAD");
    case ObjectKind::ExternalNetwork: return QStringLiteral("EXTERNAL");
    case ObjectKind::Connection: return QStringLiteral("LINK");
    }
    return QStringLiteral("?");
}

QString keyFact(const DesignObject &o)
{
    auto f = [&o](const char *path) { return o.field(QString::fromLatin1(path)); };
    switch (o.kind) {
    case ObjectKind::Region:
        return f("Role").toString();
    case ObjectKind::Vpc: {
        const int azs = f("AvailabilityZoneCount").toInt();
        return join({f("CidrBlock").toString(),
                     azs > 0 ? Tr::tr("%1 AZs").arg(azs) : QString()});
    }
    case ObjectKind::AvailabilityZone:
        return {};
    case ObjectKind::Subnet: {
        const QString text = f("CidrBlock").toString();
        const auto cidr = Cidr::parseLoose(text);
        if (cidr && cidr->isIPv4())
            return join({text, Tr::tr("%1 IPs").arg(QLocale::c().toString(cidr->awsUsableAddressCount()))});
        return text;
    }
    case ObjectKind::EksCluster:
        return f("Version").isValid() ? QString(Tr::tr("Kubernetes ") + f("Version").toString()) : QString();
    case ObjectKind::EksAddon:
        return f("AddonVersion").toString();
    case ObjectKind::NodePool: {
        const QVariant cpu = f("spec.limits.cpu");
        return join({cpu.isValid() ? QString(QStringLiteral("≤ ") + num(cpu) + Tr::tr(" vCPU")) : QString(),
                     f("spec.disruption.consolidationPolicy").toString()});
    }
    case ObjectKind::EC2NodeClass:
        return f("spec.amiFamily").toString();
    case ObjectKind::Deployment: {
        const QVariant replicas = f("spec.replicas");
        return join({replicas.isValid() ? QString(num(replicas) + Tr::tr(" replicas")) : QString(),
                     firstContainerCpu(o)});
    }
    case ObjectKind::Job:
        return join({f("spec.parallelism").isValid() ? QString(Tr::tr("parallelism ") + num(f("spec.parallelism"))) : QString(),
                     f("spec.completions").isValid() ? QString(num(f("spec.completions")) + Tr::tr(" completions")) : QString()});
    case ObjectKind::HorizontalPodAutoscaler:
        return range(f("spec.minReplicas").isValid() ? f("spec.minReplicas") : QVariant(1), f("spec.maxReplicas"),
                     Tr::tr("replicas"));
    case ObjectKind::VerticalPodAutoscaler:
        return f("spec.updatePolicy.updateMode").isValid()
            ? QString(Tr::tr("mode ") + f("spec.updatePolicy.updateMode").toString()) : QString();
    case ObjectKind::ScaledObject:
        return range(f("spec.minReplicaCount").isValid() ? f("spec.minReplicaCount") : QVariant(0),
                     f("spec.maxReplicaCount").isValid() ? f("spec.maxReplicaCount") : QVariant(100),
                     Tr::tr("replicas"));
    case ObjectKind::DestinationRule:
        return f("spec.host").toString();
    case ObjectKind::ConfigMap:
        return Tr::tr("%1 keys").arg(f("data").toMap().size());
    case ObjectKind::PrometheusRule: {
        int rules = 0;
        for (const QVariant &g : f("spec.groups").toList())
            rules += int(g.toMap().value(QStringLiteral("rules")).toList().size());
        return Tr::tr("%1 rules").arg(rules);
    }
    case ObjectKind::PodChaos:
        return f("spec.action").toString();
    case ObjectKind::AuroraCluster:
        return range(f("AutoScaling.MinCapacity"), f("AutoScaling.MaxCapacity"), Tr::tr("replicas"));
    case ObjectKind::DynamoDBTable:
        return f("BillingMode").toString();
    case ObjectKind::ElastiCacheReplicationGroup:
        if (f("AutoScaling.MinCapacity").isValid())
            return range(f("AutoScaling.MinCapacity"), f("AutoScaling.MaxCapacity"), Tr::tr("nodes"));
        return f("NumCacheClusters").isValid() ? QString(num(f("NumCacheClusters")) + Tr::tr(" nodes")) : QString();
    case ObjectKind::ApplicationLoadBalancer: {
        const int groups = int(f("TargetGroups").toList().size());
        return join({f("Scheme").toString(), groups > 0 ? Tr::tr("%1 target groups").arg(groups) : QString()});
    }
    case ObjectKind::TargetGroup:
        return join({f("Protocol").toString(), f("Port").toString()});
    case ObjectKind::CloudFrontDistribution:
        return f("PriceClass").toString();
    case ObjectKind::Route53HealthCheck:
        return join({f("Type").toString(), f("ResourcePath").toString()});
    case ObjectKind::Route53RecordSet:
        return join({f("Type").toString(),
                     f("Weight").isValid() ? QString(Tr::tr("weight ") + num(f("Weight"))) : QString()});
    case ObjectKind::LambdaFunction:
        return join({f("Runtime").toString(),
                     f("ReservedConcurrencyLimit").isValid()
                         ? QString(QStringLiteral("≤ ") + num(f("ReservedConcurrencyLimit")) + Tr::tr(" concurrent"))
                         : QString()});
    case ObjectKind::SqsQueue:
        return f("QueueName").toString();
    case ObjectKind::GlobalReplication:
        return f("Type").toString();
    case ObjectKind::ExternalNetwork: {
        QStringList blocks;
        for (const QVariant &v : f("CidrBlocks").toList())
            blocks << v.toString();
        return blocks.join(QStringLiteral(", "));
    }
    case ObjectKind::Connection: {
        const QVariant share = f("RequestShare");
        return join({f("Type").toString(),
                     share.isValid() ? Tr::tr("%1 % of requests").arg(num(share.toDouble() * 100)) : QString()});
    }
    case ObjectKind::LoadScenario: {
        const auto duration = Quantity::durationSeconds(f("Duration"));
        return join({f("VirtualUsers").isValid() ? QString(num(f("VirtualUsers")) + Tr::tr(" VUs")) : QString(),
                     duration ? Quantity::formatDuration(*duration) : QString()});
    }
    }
    return {};
}

QFont titleFont()
{
    QFont font;
    font.setPointSizeF(12);
    font.setBold(true);
    return font;
}

QFont nameFont()
{
    QFont font;
    font.setPointSizeF(11);
    font.setBold(true);
    return font;
}

QFont factFont()
{
    QFont font;
    font.setPointSizeF(10.5);
    return font;
}

QFont badgeFont()
{
    QFont font;
    font.setPointSizeF(8);
    font.setBold(true);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.5);
    return font;
}

void paintDiagnosticMarker(QPainter *painter, const QPointF &center, qreal radius, Severity severity)
{
    painter->save();
    painter->setPen(QPen(backgroundColor(), 1.5));
    painter->setBrush(severityColor(severity));
    painter->drawEllipse(center, radius, radius);
    QFont font = nameFont();
    font.setPixelSize(int(radius * 1.5));
    painter->setFont(font);
    painter->setPen(backgroundColor());
    const QRectF box(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius);
    painter->drawText(box, Qt::AlignCenter, severity == Severity::Info ? QStringLiteral("i") : QStringLiteral("!"));
    painter->restore();
}

} // namespace CanvasStyle
} // namespace Scaleplan
