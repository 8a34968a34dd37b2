#include "model/validation/awsrules.h"

#include <algorithm>

#include "model/fieldpath.h"

#include <QRegularExpression>

namespace Scaleplan::AwsRules {

using RuleSupport::makeDiagnostic;
using RuleSupport::text;

namespace {

/// True when an event source ARN denotes an SQS queue: a literal "arn:<partition>:sqs:..." ARN, a
/// "${...}" reference whose name mentions SQS ("${SQSQueue.Arn}"), or a reference naming an
/// SqsQueue object of the design.
bool isSqsSource(const DesignData &design, const QString &arn)
{
    static const QRegularExpression literal(QStringLiteral("^arn:[a-z0-9-]+:sqs:"));
    if (literal.match(arn).hasMatch())
        return true;
    static const QRegularExpression reference(QStringLiteral("^\\$\\{([^}.]+)(\\.[^}]*)?\\}$"));
    const QRegularExpressionMatch m = reference.match(arn.trimmed());
    if (!m.hasMatch())
        return false;
    const QString name = m.captured(1);
    if (name.contains(QLatin1String("sqs"), Qt::CaseInsensitive))
        return true;
    return design.findByName(ObjectKind::SqsQueue, name) != 0;
}

void checkLambda(const DesignData &design, const DesignObject &function, QList<Diagnostic> &out)
{
    const QString api = QStringLiteral("AWS Lambda API Reference, CreateEventSourceMapping");
    const QVariantList mappings = function.field(QStringLiteral("EventSourceMappings")).toList();
    for (int i = 0; i < mappings.size(); ++i) {
        const QVariantMap mapping = mappings.at(i).toMap();
        const QString arn = text(mapping.value(QStringLiteral("EventSourceArn")));
        if (!isSqsSource(design, arn))
            continue;
        const QString base = FieldPath::element(QStringLiteral("EventSourceMappings"), i);
        if (mapping.contains(QStringLiteral("StartingPosition"))) {
            const QString path = QString(base + QStringLiteral(".StartingPosition"));
            Diagnostic d = makeDiagnostic(design, function, Severity::Error, QStringLiteral("aws.lambda.sqs-starting-position"), path,
                QStringLiteral("StartingPosition (%1) is set on the event source mapping of %2, an SQS queue; "
                               "StartingPosition is only valid for stream sources - Kinesis, DynamoDB Streams, Amazon "
                               "MSK and self-managed Kafka - and CreateEventSourceMapping rejects it for SQS (%3, "
                               "StartingPosition).")
                    .arg(text(mapping.value(QStringLiteral("StartingPosition"))), arn, api));
            d.fix = {FieldChange{function.id, path, QVariant()}};
            d.fixDescription = QStringLiteral("Remove StartingPosition from event source mapping %1 (SQS queues have no "
                                              "stream position).")
                                   .arg(i);
            out.append(d);
        }
        if (mapping.contains(QStringLiteral("ParallelizationFactor"))) {
            const QString path = QString(base + QStringLiteral(".ParallelizationFactor"));
            Diagnostic d = makeDiagnostic(design, function, Severity::Error, QStringLiteral("aws.lambda.sqs-parallelization-factor"), path,
                QStringLiteral("ParallelizationFactor (%1) is set on the event source mapping of %2, an SQS queue; it "
                               "applies to Kinesis and DynamoDB Streams shards only (%3, ParallelizationFactor). SQS "
                               "concurrency is governed by ScalingConfig.MaximumConcurrency and the function's "
                               "reserved concurrency.")
                    .arg(text(mapping.value(QStringLiteral("ParallelizationFactor"))), arn, api));
            d.fix = {FieldChange{function.id, path, QVariant()}};
            d.fixDescription = QStringLiteral("Remove ParallelizationFactor from event source mapping %1.").arg(i);
            out.append(d);
        }
    }
}

void checkDynamoDb(const DesignData &design, const DesignObject &table, QList<Diagnostic> &out)
{
    const QString cfn = QStringLiteral("AWS CloudFormation User Guide, AWS::DynamoDB::Table");
    const QVariant billing = table.field(QStringLiteral("BillingMode"));
    if (billing.isValid()) {
        const QString mode = text(billing);
        if (mode != QLatin1String("PROVISIONED") && mode != QLatin1String("PAY_PER_REQUEST")) {
            Diagnostic d = makeDiagnostic(design, table, Severity::Error, QStringLiteral("aws.dynamodb.billing-mode"),
                QStringLiteral("BillingMode"),
                QStringLiteral("BillingMode \"%1\" is not a DynamoDB billing mode: the API and CloudFormation accept "
                               "PROVISIONED or PAY_PER_REQUEST (%2, BillingMode; \"on-demand\" is the console's name "
                               "for PAY_PER_REQUEST).")
                    .arg(mode, cfn));
            const QString upper = mode.toUpper().remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
            QString meant;
            if (upper == QLatin1String("ONDEMAND") || upper == QLatin1String("PAYPERREQUEST"))
                meant = QStringLiteral("PAY_PER_REQUEST");
            else if (upper == QLatin1String("PROVISIONED"))
                meant = QStringLiteral("PROVISIONED");
            if (!meant.isEmpty()) {
                d.fix = {FieldChange{table.id, QStringLiteral("BillingMode"), meant}};
                d.fixDescription = QStringLiteral("Set BillingMode to %1.").arg(meant);
            }
            out.append(d);
        }
    }
    const QVariantList indexes = table.field(QStringLiteral("GlobalSecondaryIndexes")).toList();
    for (int i = 0; i < indexes.size(); ++i) {
        const QVariantMap index = indexes.at(i).toMap();
        if (!index.contains(QStringLiteral("BillingMode")))
            continue;
        const QString path = QString(FieldPath::element(QStringLiteral("GlobalSecondaryIndexes"), i) + QStringLiteral(".BillingMode"));
        Diagnostic d = makeDiagnostic(design, table, Severity::Error, QStringLiteral("aws.dynamodb.gsi-billing-mode"), path,
            QStringLiteral("Global secondary index %1 sets BillingMode, but billing mode is a table property: the "
                           "GlobalSecondaryIndex type has no BillingMode (an index follows its table's mode; %2, "
                           "GlobalSecondaryIndex), so CloudFormation rejects the template.")
                .arg(text(index.value(QStringLiteral("IndexName"))).isEmpty() ? QString::number(i)
                                                                               : text(index.value(QStringLiteral("IndexName"))),
                     cfn));
        d.fix = {FieldChange{table.id, path, QVariant()}};
        d.fixDescription = QStringLiteral("Remove BillingMode from the index; the table's BillingMode applies to it.");
        out.append(d);
    }
}

void checkElastiCache(const DesignData &design, const DesignObject &group, QList<Diagnostic> &out)
{
    if (!RuleSupport::isMap(group.field(QStringLiteral("AutoScaling"))))
        return;
    const bool clusterModeEnabled = group.field(QStringLiteral("NumNodeGroups")).isValid()
        || group.field(QStringLiteral("ReplicasPerNodeGroup")).isValid()
        || group.field(QStringLiteral("NodeGroupConfiguration")).isValid()
        || text(group.field(QStringLiteral("ClusterMode"))).compare(QLatin1String("enabled"), Qt::CaseInsensitive) == 0;
    if (clusterModeEnabled || !group.field(QStringLiteral("NumCacheClusters")).isValid())
        return;
    out.append(makeDiagnostic(design, group, Severity::Warning, QStringLiteral("aws.elasticache.autoscaling-mode"),
        QStringLiteral("AutoScaling"),
        QStringLiteral("AutoScaling is configured on a replication group defined by NumCacheClusters (%1), i.e. with "
                       "cluster mode disabled; ElastiCache auto scaling of shards or replicas requires cluster mode "
                       "enabled (NumNodeGroups / ReplicasPerNodeGroup) (Amazon ElastiCache User Guide, \"Auto Scaling "
                       "ElastiCache for Redis clusters\", prerequisites), so these policies would never register.")
            .arg(text(group.field(QStringLiteral("NumCacheClusters"))))));
}

void checkLoadBalancer(const DesignData &design, const DesignObject &alb, QList<Diagnostic> &out)
{
    const QVariantList attributes = alb.field(QStringLiteral("LoadBalancerAttributes")).toList();
    int enabledIndex = -1;
    bool hasBucket = false;
    for (int i = 0; i < attributes.size(); ++i) {
        const QVariantMap attribute = attributes.at(i).toMap();
        const QString key = text(attribute.value(QStringLiteral("Key")));
        if (key == QLatin1String("access_logs.s3.enabled") && RuleSupport::isTrue(attribute.value(QStringLiteral("Value"))))
            enabledIndex = i;
        else if (key == QLatin1String("access_logs.s3.bucket") && !text(attribute.value(QStringLiteral("Value"))).isEmpty())
            hasBucket = true;
    }
    if (enabledIndex < 0 || hasBucket)
        return;
    out.append(makeDiagnostic(design, alb, Severity::Error, QStringLiteral("aws.alb.access-logs-bucket"),
        QString(FieldPath::element(QStringLiteral("LoadBalancerAttributes"), enabledIndex) + QStringLiteral(".Value")),
        QStringLiteral("access_logs.s3.enabled is true but no access_logs.s3.bucket attribute names the S3 bucket; the "
                       "bucket is required when access logs are enabled (Elastic Load Balancing User Guide for "
                       "Application Load Balancers, \"Access logs\" / load balancer attributes), and "
                       "ModifyLoadBalancerAttributes fails without it. Add access_logs.s3.bucket (a bucket in the same "
                       "region whose policy lets Elastic Load Balancing write).")));
}

/// Aurora replica auto scaling: AutoScaling.{TargetCPU, TargetConnections, cooldowns} are the
/// parameters of Application Auto Scaling target-tracking policies on the dimension
/// rds:cluster:ReadReplicaCount, so Min/MaxCapacity count Aurora Replicas, and an Aurora DB
/// cluster holds at most 15 of them (Amazon Aurora User Guide, "Amazon Aurora Auto Scaling with
/// Aurora Replicas" and "Aurora Replicas": up to 15).
void checkAuroraReplicaCapacity(const DesignData &design, const DesignObject &cluster, QList<Diagnostic> &out)
{
    const QVariant maxValue = cluster.field(QStringLiteral("AutoScaling.MaxCapacity"));
    bool ok = false;
    const double maxCapacity = maxValue.toDouble(&ok);
    if (!ok || !maxValue.isValid())
        return;
    constexpr int kMaxReplicas = 15;
    if (maxCapacity > kMaxReplicas) {
        Diagnostic d = makeDiagnostic(design, cluster, Severity::Error, QStringLiteral("aws.aurora.replica-capacity"),
            QStringLiteral("AutoScaling.MaxCapacity"),
            QStringLiteral("AutoScaling.MaxCapacity is %1, but with TargetCPU/TargetConnections this is Aurora Replica auto "
                           "scaling (Application Auto Scaling, rds:cluster:ReadReplicaCount) and an Aurora DB cluster holds "
                           "at most %2 Aurora Replicas (Amazon Aurora User Guide, \"Amazon Aurora Auto Scaling with Aurora "
                           "Replicas\"); RegisterScalableTarget rejects a larger MaxCapacity.")
                .arg(maxCapacity)
                .arg(kMaxReplicas));
        d.fix = {FieldChange{cluster.id, QStringLiteral("AutoScaling.MaxCapacity"), kMaxReplicas}};
        d.fixDescription = QStringLiteral("Set AutoScaling.MaxCapacity to %1, the most Aurora Replicas a cluster can have.")
                               .arg(kMaxReplicas);
        out.append(d);
    }
    // ReadReplicas.{Min,Max} describe the same replica count a second time: say when they disagree.
    const QVariant rrMin = cluster.field(QStringLiteral("ReadReplicas.Min"));
    const QVariant rrMax = cluster.field(QStringLiteral("ReadReplicas.Max"));
    const QVariant asMin = cluster.field(QStringLiteral("AutoScaling.MinCapacity"));
    if (rrMin.isValid() && rrMax.isValid() && asMin.isValid()
        && (rrMin.toDouble() != asMin.toDouble() || rrMax.toDouble() != std::min(maxCapacity, double(kMaxReplicas)))) {
        out.append(makeDiagnostic(design, cluster, Severity::Warning, QStringLiteral("aws.aurora.replica-range-conflict"),
            QStringLiteral("ReadReplicas"),
            QStringLiteral("ReadReplicas says %1 to %2 replicas but AutoScaling.MinCapacity/MaxCapacity says %3 to %4; "
                           "both describe the cluster's Aurora Replica count (one scalable target, "
                           "rds:cluster:ReadReplicaCount), so only one range can apply — Scaleplan simulates AutoScaling's.")
                .arg(rrMin.toString(), rrMax.toString(), asMin.toString(), maxValue.toString())));
    }
}

void checkAurora(const DesignData &design, const DesignObject &cluster, QList<Diagnostic> &out)
{
    checkAuroraReplicaCapacity(design, cluster, out);
    const QString engine = text(cluster.field(QStringLiteral("Engine")));
    if (!engine.startsWith(QLatin1String("aurora-postgresql"))
        || !RuleSupport::isTrue(cluster.field(QStringLiteral("ReadReplicas.CrossRegion"))))
        return;
    // A GlobalReplication of type Aurora Global Database whose primary is this cluster already
    // gives the cross-region readers.
    QString globalName;
    QStringList globalRegions;
    for (ObjectId id : design.objectsOfKind(ObjectKind::GlobalReplication)) {
        const DesignObject &global = *design.object(id);
        if (text(global.field(QStringLiteral("Type"))) != QLatin1String("Aurora Global Database"))
            continue;
        const QString primary = text(global.field(QStringLiteral("PrimaryCluster")));
        if (!primary.isEmpty() && primary != cluster.name)
            continue;
        globalName = global.name;
        for (const QVariant &r : global.field(QStringLiteral("SecondaryRegions")).toList())
            globalRegions.append(text(r));
        break;
    }
    Diagnostic d = makeDiagnostic(design, cluster, Severity::Warning, QStringLiteral("aws.aurora.cross-region-replica"),
        QStringLiteral("ReadReplicas.CrossRegion"),
        QStringLiteral("ReadReplicas.CrossRegion is true on an aurora-postgresql cluster, but cross-region read replicas "
                       "(binlog replication) exist only for Aurora MySQL; Aurora PostgreSQL reaches other regions "
                       "through an Aurora Global Database (Amazon Aurora User Guide, \"Replicating Amazon Aurora MySQL "
                       "DB clusters across AWS Regions\" and \"Using Amazon Aurora Global Database\").%1")
            .arg(globalName.isEmpty()
                     ? QStringLiteral(" The design declares no Aurora Global Database for it.")
                     : QStringLiteral(" The design's GlobalReplication %1 already declares that Global Database (%2).")
                           .arg(globalName, globalRegions.join(QStringLiteral(", ")))));
    const QStringList replicaRegions = [&] {
        QStringList regions;
        for (const QVariant &r : cluster.field(QStringLiteral("ReadReplicas.Regions")).toList())
            regions.append(text(r));
        return regions;
    }();
    bool covered = !globalName.isEmpty();
    for (const QString &region : replicaRegions)
        covered = covered && globalRegions.contains(region);
    if (covered) {
        d.fix = {FieldChange{cluster.id, QStringLiteral("ReadReplicas.CrossRegion"), false}};
        d.fixDescription = QStringLiteral("Set ReadReplicas.CrossRegion to false: GlobalReplication %1 (Aurora Global "
                                          "Database) already serves %2.")
                               .arg(globalName, globalRegions.join(QStringLiteral(", ")));
    }
    out.append(d);
}

} // namespace

QList<RuleSupport::RuleInfo> rules()
{
    return {
        {QStringLiteral("aws.alb.access-logs-bucket"), Severity::Error,
         QStringLiteral("access_logs.s3.enabled=true without access_logs.s3.bucket"),
         QStringLiteral("Elastic Load Balancing User Guide (ALB), Access logs")},
        {QStringLiteral("aws.aurora.replica-capacity"), Severity::Error,
         QStringLiteral("AutoScaling.MaxCapacity (Aurora Replica auto scaling, rds:cluster:ReadReplicaCount) above 15; fix: 15"),
         QStringLiteral("Amazon Aurora User Guide, \"Amazon Aurora Auto Scaling with Aurora Replicas\"")},
        {QStringLiteral("aws.aurora.replica-range-conflict"), Severity::Warning,
         QStringLiteral("ReadReplicas.Min/Max disagree with AutoScaling.MinCapacity/MaxCapacity (the same replica count)"),
         QStringLiteral("Amazon Aurora User Guide, \"Amazon Aurora Auto Scaling with Aurora Replicas\"")},
        {QStringLiteral("aws.aurora.cross-region-replica"), Severity::Warning,
         QStringLiteral("aurora-postgresql with ReadReplicas.CrossRegion (MySQL only; PostgreSQL uses Global Database)"),
         QStringLiteral("Amazon Aurora User Guide, cross-Region replicas (MySQL); Aurora Global Database")},
        {QStringLiteral("aws.dynamodb.billing-mode"), Severity::Error,
         QStringLiteral("BillingMode not PROVISIONED or PAY_PER_REQUEST (fix ON_DEMAND -> PAY_PER_REQUEST)"),
         QStringLiteral("AWS::DynamoDB::Table BillingMode")},
        {QStringLiteral("aws.dynamodb.gsi-billing-mode"), Severity::Error,
         QStringLiteral("BillingMode inside a GlobalSecondaryIndexes entry"),
         QStringLiteral("AWS::DynamoDB::Table GlobalSecondaryIndex")},
        {QStringLiteral("aws.elasticache.autoscaling-mode"), Severity::Warning,
         QStringLiteral("AutoScaling on a NumCacheClusters (cluster mode disabled) replication group"),
         QStringLiteral("Amazon ElastiCache User Guide, Auto Scaling ElastiCache for Redis clusters")},
        {QStringLiteral("aws.lambda.sqs-parallelization-factor"), Severity::Error,
         QStringLiteral("ParallelizationFactor on an SQS event source mapping (Kinesis/DynamoDB Streams only)"),
         QStringLiteral("AWS Lambda API Reference, CreateEventSourceMapping, ParallelizationFactor")},
        {QStringLiteral("aws.lambda.sqs-starting-position"), Severity::Error,
         QStringLiteral("StartingPosition on an SQS event source mapping"),
         QStringLiteral("AWS Lambda API Reference, CreateEventSourceMapping, StartingPosition")},
    };
}

void check(const DesignData &design, QList<Diagnostic> &out)
{
    for (ObjectId id : design.preorder()) {
        const DesignObject &object = *design.object(id);
        switch (object.kind) {
        case ObjectKind::LambdaFunction:
            checkLambda(design, object, out);
            break;
        case ObjectKind::DynamoDBTable:
            checkDynamoDb(design, object, out);
            break;
        case ObjectKind::ElastiCacheReplicationGroup:
            checkElastiCache(design, object, out);
            break;
        case ObjectKind::ApplicationLoadBalancer:
            checkLoadBalancer(design, object, out);
            break;
        case ObjectKind::AuroraCluster:
            checkAurora(design, object, out);
            break;
        default:
            break;
        }
    }
}

} // namespace Scaleplan::AwsRules
