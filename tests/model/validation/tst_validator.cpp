// Tests of Validator (all rules over a design, ordering, rule ids) and FixApplier (applying the
// fixes of a seed-like design, then re-validating). The expected findings on the seed come from
// reading the seed document against the rule sources listed in model/validation/RULES.md.

#include "model/validation/validator.h"

#include "model/fieldpath.h"

#include "seeddesign.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Scaleplan;
using namespace Scaleplan::TestSupport;

namespace {

struct Expected {
    QString rule;
    ObjectId objectId;
    QString field;
    Severity severity;
};

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleIds()
    {
        const QStringList ids = Validator::ruleIds();
        // Every rule the design brief requires.
        const QStringList required = {
            QStringLiteral("cidr.syntax"), QStringLiteral("aws.vpc.cidr-size"), QStringLiteral("aws.vpc.cidr-count"),
            QStringLiteral("aws.vpc.secondary-overlap"), QStringLiteral("aws.subnet.cidr-size"),
            QStringLiteral("aws.subnet.outside-vpc"), QStringLiteral("aws.subnet.overlap"),
            QStringLiteral("aws.eks.service-cidr-overlap"), QStringLiteral("k8s.hpa.min-max"),
            QStringLiteral("k8s.hpa.target-missing"), QStringLiteral("k8s.keda.target-missing"),
            QStringLiteral("k8s.vpa-hpa-conflict"), QStringLiteral("karpenter.consolidation-policy"),
            QStringLiteral("karpenter.field-placement"), QStringLiteral("istio.outlier-in-connection-pool"),
            QStringLiteral("aws.lambda.sqs-starting-position"), QStringLiteral("k8s.deployment.selector"),
            QStringLiteral("aws.dynamodb.gsi-billing-mode"), QStringLiteral("aws.elasticache.autoscaling-mode"),
            QStringLiteral("aws.alb.access-logs-bucket"), QStringLiteral("chaos.podchaos-scheduler"),
            QStringLiteral("keda.prometheus-metric-name"), QStringLiteral("aws.aurora.cross-region-replica"),
            QStringLiteral("aws.vpc.az-count"), QStringLiteral("prometheus.rule-engine-mismatch"),
            QStringLiteral("karpenter.ec2nodeclass-required"),
        };
        for (const QString &id : required)
            QVERIFY2(ids.contains(id), qPrintable(id));
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    }

    void rulesTableListsEveryRule()
    {
        QFile file(QStringLiteral(SCALEPLAN_SOURCE_DIR "/model/validation/RULES.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString table = QString::fromUtf8(file.readAll());
        for (const QString &id : Validator::ruleIds())
            QVERIFY2(table.contains(QStringLiteral("`%1`").arg(id)), qPrintable(id));
    }

    void seedFindings()
    {
        SeedIds s;
        const DesignData design = seedDesign(&s);
        const QList<Diagnostic> found = Validator::validate(design);
        // In preorder of the objects, then by rule id.
        const QList<Expected> expected = {
            {QStringLiteral("aws.vpc.az-count"), s.vpc, QStringLiteral("AvailabilityZoneCount"), Severity::Warning}, // 6 vs 3 zones
            {QStringLiteral("aws.vpc.cidr-size"), s.vpc, QStringLiteral("CidrBlock"), Severity::Error},              // 10.0.0.0/8
            {QStringLiteral("k8s.hpa.target-missing"), s.hpa, QStringLiteral("spec.scaleTargetRef.name"), Severity::Warning}, // no web-app
            {QStringLiteral("k8s.vpa-hpa-conflict"), s.vpa, QStringLiteral("spec.updatePolicy.updateMode"), Severity::Warning},
            {QStringLiteral("k8s.vpa.target-missing"), s.vpa, QStringLiteral("spec.targetRef.name"), Severity::Warning},
            {QStringLiteral("karpenter.consolidation-policy"), s.nodePool, QStringLiteral("spec.disruption.consolidationPolicy"), Severity::Error},
            {QStringLiteral("karpenter.ec2nodeclass-required"), s.nodeClass, QStringLiteral("spec.role"), Severity::Error},
            {QStringLiteral("istio.outlier-in-connection-pool"), s.destinationRule,
             QStringLiteral("spec.trafficPolicy.connectionPool.http.consecutiveGatewayErrors"), Severity::Error},
            {QStringLiteral("istio.outlier-in-connection-pool"), s.destinationRule,
             QStringLiteral("spec.trafficPolicy.connectionPool.http.interval"), Severity::Error},
            {QStringLiteral("istio.outlier-in-connection-pool"), s.destinationRule,
             QStringLiteral("spec.trafficPolicy.connectionPool.http.baseEjectionTime"), Severity::Error},
            {QStringLiteral("k8s.keda.target-missing"), s.queueScaler, QStringLiteral("spec.scaleTargetRef.name"), Severity::Warning},
            {QStringLiteral("keda.prometheus-metric-name"), s.queueScaler, QStringLiteral("spec.triggers[1].metadata.metricName"), Severity::Warning},
            {QStringLiteral("k8s.deployment.selector"), s.jenkins, QStringLiteral("spec.selector"), Severity::Error},
            {QStringLiteral("k8s.keda.target-missing"), s.jenkinsScaler, QStringLiteral("spec.scaleTargetRef.name"), Severity::Warning},
            {QStringLiteral("keda.prometheus-metric-name"), s.jenkinsScaler, QStringLiteral("spec.triggers[0].metadata.metricName"), Severity::Warning},
            {QStringLiteral("keda.prometheus-metric-name"), s.jenkinsScaler, QStringLiteral("spec.triggers[1].metadata.metricName"), Severity::Warning},
            {QStringLiteral("prometheus.rule-engine-mismatch"), s.prometheusRule, QStringLiteral("spec.groups[0].rules[1].expr"), Severity::Warning},
            {QStringLiteral("chaos.podchaos-scheduler"), s.podChaos, QStringLiteral("spec.scheduler"), Severity::Warning},
            {QStringLiteral("aws.aurora.cross-region-replica"), s.aurora, QStringLiteral("ReadReplicas.CrossRegion"), Severity::Warning},
            // Seed: AutoScaling MaxCapacity 16 > 15 Aurora Replicas; ReadReplicas 1..5 vs AutoScaling 2..16.
            {QStringLiteral("aws.aurora.replica-capacity"), s.aurora, QStringLiteral("AutoScaling.MaxCapacity"), Severity::Error},
            {QStringLiteral("aws.aurora.replica-range-conflict"), s.aurora, QStringLiteral("ReadReplicas"), Severity::Warning},
            {QStringLiteral("aws.elasticache.autoscaling-mode"), s.redis, QStringLiteral("AutoScaling"), Severity::Warning},
            {QStringLiteral("aws.alb.access-logs-bucket"), s.alb, QStringLiteral("LoadBalancerAttributes[2].Value"), Severity::Error},
            {QStringLiteral("aws.dynamodb.billing-mode"), s.dynamo, QStringLiteral("BillingMode"), Severity::Error},
            {QStringLiteral("aws.dynamodb.gsi-billing-mode"), s.dynamo, QStringLiteral("GlobalSecondaryIndexes[0].BillingMode"), Severity::Error},
            {QStringLiteral("aws.lambda.sqs-parallelization-factor"), s.lambda, QStringLiteral("EventSourceMappings[0].ParallelizationFactor"), Severity::Error},
            {QStringLiteral("aws.lambda.sqs-starting-position"), s.lambda, QStringLiteral("EventSourceMappings[0].StartingPosition"), Severity::Error},
        };
        QStringList actualLines;
        for (const Diagnostic &d : found)
            actualLines.append(QStringLiteral("%1 %2 %3 %4").arg(d.rule, design.object(d.objectId)->name, d.field, severityName(d.severity)));
        QStringList expectedLines;
        for (const Expected &e : expected)
            expectedLines.append(QStringLiteral("%1 %2 %3 %4").arg(e.rule, design.object(e.objectId)->name, e.field, severityName(e.severity)));
        QCOMPARE(actualLines, expectedLines);
    }

    void everyDiagnosticIsComplete()
    {
        const DesignData design = seedDesign();
        const QList<Diagnostic> found = Validator::validate(design);
        const QStringList ids = Validator::ruleIds();
        const QList<ObjectId> order = design.preorder();
        int lastIndex = -1;
        for (const Diagnostic &d : found) {
            const DesignObject *object = design.object(d.objectId);
            QVERIFY(object);
            QVERIFY2(ids.contains(d.rule), qPrintable(d.rule));
            QCOMPARE(d.objectPath, design.pathOf(d.objectId));
            QCOMPARE(d.source, object->source);
            QVERIFY(d.source.isValid());
            QVERIFY(!d.message.isEmpty());
            QVERIFY(!FieldPath::parse(d.field).isEmpty());
            QCOMPARE(d.fix.isEmpty(), d.fixDescription.isEmpty());
            for (const FieldChange &c : d.fix) {
                QVERIFY(design.contains(c.objectId));
                QVERIFY2(!FieldPath::parse(c.path).isEmpty(), qPrintable(c.path));
            }
            const int index = int(order.indexOf(d.objectId));
            QVERIFY(index >= lastIndex);
            lastIndex = index;
        }
        // Deterministic: a second run gives the same list.
        QCOMPARE(Validator::validate(design), found);
    }

    void emptyDesign()
    {
        QCOMPARE(Validator::validate(DesignData()).size(), 0);
    }

    void applyAllFixesSeed()
    {
        SeedIds s;
        const DesignData design = seedDesign(&s);
        const QList<Diagnostic> before = Validator::validate(design);
        QList<Diagnostic> applied;
        const DesignData fixed = FixApplier::applyAll(design, before, &applied);

        // 15 fixes: VPC re-plan, NodePool policy, EC2NodeClass role, 3 DestinationRule fields,
        // 3 KEDA metricName removals, Deployment selector, Aurora CrossRegion, DynamoDB billing
        // mode and GSI billing mode, Lambda StartingPosition and ParallelizationFactor, Aurora
        // AutoScaling.MaxCapacity 16 -> 15.
        QCOMPARE(applied.size(), 16);
        for (const Diagnostic &info : applied) {
            QCOMPARE(info.severity, Severity::Info);
            QVERIFY(info.rule.startsWith(QLatin1String("fix.")));
            QVERIFY(info.message.startsWith(QLatin1String("Corrected: ")));
            QVERIFY(info.message.contains(QStringLiteral(" \u2014 ")));
            QVERIFY(info.fix.isEmpty());
        }
        QCOMPARE(applied.first().rule, QStringLiteral("fix.aws.vpc.cidr-size"));
        QCOMPARE(applied.first().objectId, s.vpc);
        QVERIFY(applied.first().message.endsWith(before.at(1).fixDescription));

        // The fixed values (hand-checked against the rules' sources).
        QCOMPARE(fixed.object(s.vpc)->field(QStringLiteral("CidrBlock")), QVariant(QStringLiteral("10.0.0.0/16")));
        QCOMPARE(fixed.object(s.subnets.at(1))->field(QStringLiteral("CidrBlock")), QVariant(QStringLiteral("10.0.0.0/18")));
        QCOMPARE(fixed.object(s.nodePool)->field(QStringLiteral("spec.disruption.consolidationPolicy")), QVariant(QStringLiteral("WhenUnderutilized")));
        QVERIFY(!fixed.object(s.nodePool)->field(QStringLiteral("spec.disruption.consolidateAfter")).isValid());
        QCOMPARE(fixed.object(s.nodePool)->field(QStringLiteral("spec.disruption.expireAfter")), QVariant(QStringLiteral("30m")));
        QCOMPARE(fixed.object(s.dynamo)->field(QStringLiteral("BillingMode")), QVariant(QStringLiteral("PAY_PER_REQUEST")));
        QCOMPARE(fixed.object(s.dynamo)->field(QStringLiteral("GlobalSecondaryIndexes[0]")),
                 QVariant(QVariantMap{{QStringLiteral("IndexName"), QStringLiteral("GSI1")}}));
        QVERIFY(!fixed.object(s.lambda)->field(QStringLiteral("EventSourceMappings[0].StartingPosition")).isValid());
        QCOMPARE(fixed.object(s.lambda)->field(QStringLiteral("EventSourceMappings[0].BatchSize")).toInt(), 10);
        QVERIFY(!fixed.object(s.destinationRule)->field(QStringLiteral("spec.trafficPolicy.connectionPool.http.interval")).isValid());
        QCOMPARE(fixed.object(s.destinationRule)->field(QStringLiteral("spec.trafficPolicy.connectionPool.http.maxRetries")).toInt(), 3);
        QCOMPARE(fixed.object(s.destinationRule)->field(QStringLiteral("spec.trafficPolicy.outlierDetection.interval")), QVariant(QStringLiteral("30s")));

        // Re-validation: no finding of a rule whose fix was applied is left, and the only error
        // left is the one without an automatic fix (the ALB log bucket name cannot be guessed).
        const QList<Diagnostic> after = Validator::validate(fixed);
        QSet<QString> fixedRules;
        for (const Diagnostic &info : applied)
            fixedRules.insert(info.rule.mid(4));
        QStringList errors;
        for (const Diagnostic &d : after) {
            QVERIFY2(!fixedRules.contains(d.rule), qPrintable(d.rule + QLatin1Char(' ') + d.message));
            if (d.severity == Severity::Error)
                errors.append(d.rule);
        }
        QCOMPARE(errors, QStringList{QStringLiteral("aws.alb.access-logs-bucket")});
        // Fixing twice changes nothing more.
        QList<Diagnostic> appliedAgain;
        QCOMPARE(FixApplier::applyAll(fixed, after, &appliedAgain), fixed);
        QCOMPARE(appliedAgain.size(), 0);
    }

    void firstFixWins()
    {
        // A VPC re-plan and a subnet's own host-bits fix both set the subnet's CidrBlock: the
        // re-plan (earlier in preorder) wins and the subnet fix is skipped.
        DesignData design;
        const ObjectId vpc = add(design, ObjectKind::Vpc, 0, QStringLiteral("vpc"), {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/8")}});
        const ObjectId zone = add(design, ObjectKind::AvailabilityZone, vpc, QStringLiteral("az"), {});
        const ObjectId subnet = add(design, ObjectKind::Subnet, zone, QStringLiteral("private-a"),
                                    {{QStringLiteral("CidrBlock"), QStringLiteral("10.1.0.5/16")}, {QStringLiteral("Tier"), QStringLiteral("private")}});
        const QList<Diagnostic> found = Validator::validate(design);
        QCOMPARE(ofRule(found, QStringLiteral("cidr.syntax")).size(), 1);
        QList<Diagnostic> applied;
        const DesignData fixed = FixApplier::applyAll(design, found, &applied);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().rule, QStringLiteral("fix.aws.vpc.cidr-size"));
        // One private subnet alone in 10.0.0.0/16: 16 + ceil(log2(1)) = /16.
        QCOMPARE(fixed.object(subnet)->field(QStringLiteral("CidrBlock")), QVariant(QStringLiteral("10.0.0.0/16")));
        QCOMPARE(Validator::validate(fixed).size(), 0);
    }

    void unusableFixesAreSkipped()
    {
        DesignData design;
        const ObjectId table = add(design, ObjectKind::DynamoDBTable, 0, QStringLiteral("t"), {{QStringLiteral("BillingMode"), QStringLiteral("X")}});
        Diagnostic missingObject;
        missingObject.rule = QStringLiteral("test.missing");
        missingObject.fix = {FieldChange{999, QStringLiteral("BillingMode"), 1}};
        missingObject.fixDescription = QStringLiteral("n/a");
        Diagnostic throughScalar;
        throughScalar.rule = QStringLiteral("test.scalar");
        // The first change is fine, the second walks through a string: nothing is applied.
        throughScalar.fix = {FieldChange{table, QStringLiteral("StreamSpecification.StreamViewType"), QStringLiteral("KEYS_ONLY")},
                             FieldChange{table, QStringLiteral("BillingMode.Mode"), 1}};
        throughScalar.fixDescription = QStringLiteral("n/a");
        QList<Diagnostic> applied;
        const DesignData result = FixApplier::applyAll(design, {missingObject, throughScalar}, &applied);
        QCOMPARE(applied.size(), 0);
        QCOMPARE(result, design);
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
