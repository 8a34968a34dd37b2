// Tests of the field-schema rules (model/validation/schemarules.cpp) through Validator::validate,
// on hand-made objects. Expected values: Kubernetes API reference v1.31 (autoscaling/v2
// HPAScalingPolicy periodSeconds 1..1800, HPAScalingRules stabilizationWindowSeconds 0..3600,
// DeploymentSpec.paused a boolean), the VPA / Chaos Mesh / Prometheus Operator CRDs in
// shared/schemas/crds, Route 53 API Reference (ResourceRecordSet Weight 0..255, HealthCheckConfig
// RequestInterval 10 or 30), Elastic Load Balancing API Reference (CreateTargetGroup), and the
// seed document (no new findings: see the report of this change).

#include "model/validation/validator.h"

#include "seeddesign.h"

#include <QTest>

using namespace Scaleplan;
using namespace Scaleplan::TestSupport;

namespace {

/// The schema.* diagnostics of a design holding one object of `kind` with `fields`.
QList<Diagnostic> schemaFindings(ObjectKind kind, const QVariantMap &fields, ObjectId *id = nullptr)
{
    DesignData design;
    const ObjectId added = add(design, kind, 0, QStringLiteral("x"), fields);
    if (id)
        *id = added;
    QList<Diagnostic> out;
    for (const Diagnostic &d : Validator::validate(design)) {
        if (d.rule.startsWith(QLatin1String("schema.")))
            out.append(d);
    }
    return out;
}

QVariantMap hpa(const char *specJson)
{
    QVariantMap m = json(R"J({"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "x"}})J");
    m.insert(QStringLiteral("spec"), json(specJson));
    return m;
}

QString summary(const QList<Diagnostic> &found)
{
    QStringList lines;
    for (const Diagnostic &d : found)
        lines.append(QStringLiteral("%1 %2").arg(d.rule, d.field));
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestSchemaRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedHasNoSchemaFindings()
    {
        // Every field of the seed document is spelled, typed and bounded as its owner documents
        // it; the seed's real mistakes are reported by the specific rules (no duplicates here).
        QList<Diagnostic> schema;
        for (const Diagnostic &d : Validator::validate(seedDesign())) {
            if (d.rule.startsWith(QLatin1String("schema.")))
                schema.append(d);
        }
        QVERIFY2(schema.isEmpty(), qPrintable(summary(schema)));
    }

    void cloudFormationIntrinsics()
    {
        // !Ref / !GetAtt / !Sub (read as {"Ref": ...}, {"Fn::GetAtt": [...]}, {"Fn::Sub": ...}) stand
        // for values known at stack creation, of any type (CloudFormation User Guide, "Intrinsic
        // function reference"): no schema.type finding for a Lambda's Role, Timeout or MemorySize.
        const QVariantMap fields = json(R"J({"FunctionName": "f", "Runtime": "python3.12",
            "Role": {"Fn::GetAtt": ["LambdaRole", "Arn"]}, "Timeout": {"Ref": "TimeoutParameter"},
            "MemorySize": {"Fn::Sub": "${Memory}"}})J");
        const QList<Diagnostic> found = schemaFindings(ObjectKind::LambdaFunction, fields);
        QVERIFY2(found.isEmpty(), qPrintable(summary(found)));
        // A map with two keys is no intrinsic function: still a type error.
        const QList<Diagnostic> wrong = schemaFindings(ObjectKind::LambdaFunction,
                                                       json(R"J({"FunctionName": "f", "Role": {"Ref": "A", "Other": 1}})J"));
        QCOMPARE(summary(wrong), QStringLiteral("schema.type Role"));
    }

    void ruleIds()
    {
        const QStringList ids = Validator::ruleIds();
        for (const char *id : {"schema.enum", "schema.range", "schema.required", "schema.type", "schema.unknown-field"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
    }

    void findings_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QVariantMap>("fields");
        QTest::addColumn<QString>("rule");  // "" = no schema finding
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("mentions"); // a word the message must hold

        const int H = int(ObjectKind::HorizontalPodAutoscaler);
        const int E = int(Severity::Error);
        const int W = int(Severity::Warning);
        const char *ok = R"J({"scaleTargetRef": {"kind": "Deployment", "name": "w"}, "maxReplicas": 5})J";
        QTest::newRow("valid hpa") << H << hpa(ok) << "" << "" << 0 << "";
        // --- unknown fields
        QTest::newRow("typo under spec") << H
                                         << hpa(R"J({"scaleTargetRef": {"kind": "Deployment", "name": "w"}, "maxReplicas": 5, "minReplica": 2})J")
                                         << "schema.unknown-field" << "spec.minReplica" << W << "minReplicas";
        QTest::newRow("label is free-form") << H << [&] {
            QVariantMap m = hpa(ok);
            m.insert(QStringLiteral("metadata"), json(R"J({"name": "x", "labels": {"anything.io/goes": "yes"}})J"));
            return m;
        }() << "" << "" << 0 << "";
        QTest::newRow("unknown apiVersion not checked") << H << [&] {
            QVariantMap m = hpa(R"J({"scaleTargetRef": {"kind": "Deployment", "name": "w"}, "maxReplicas": 5, "targetCPUUtilizationPercentage": 50})J");
            m.insert(QStringLiteral("apiVersion"), QStringLiteral("autoscaling/v1"));
            return m;
        }() << "" << "" << 0 << "";
        QTest::newRow("keda metadata is free-form") << int(ObjectKind::ScaledObject)
                                                    << json(R"J({"apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject",
                                                                 "spec": {"scaleTargetRef": {"name": "w"},
                                                                          "triggers": [{"type": "cron", "metadata": {"timezone": "UTC", "start": "0 8 * * *"}}]}})J")
                                                    << "" << "" << 0 << "";
        QTest::newRow("configmap data is free-form") << int(ObjectKind::ConfigMap)
                                                     << json(R"J({"apiVersion": "v1", "kind": "ConfigMap", "data": {"app.properties": "a=1"}})J")
                                                     << "" << "" << 0 << "";
        QTest::newRow("partial pod spec") << int(ObjectKind::Deployment)
                                          << json(R"J({"apiVersion": "apps/v1", "kind": "Deployment",
                                                       "spec": {"selector": {"matchLabels": {"app": "a"}},
                                                                "template": {"metadata": {"labels": {"app": "a"}},
                                                                             "spec": {"containers": [{"name": "a"}],
                                                                                      "affinity": {"nodeAffinity": {"anything": 1}}}}}})J")
                                          << "" << "" << 0 << "";
        QTest::newRow("container typo") << int(ObjectKind::Deployment)
                                        << json(R"J({"apiVersion": "apps/v1", "kind": "Deployment",
                                                     "spec": {"selector": {"matchLabels": {"app": "a"}},
                                                              "template": {"metadata": {"labels": {"app": "a"}},
                                                                           "spec": {"containers": [{"name": "a", "resource": {}}]}}}})J")
                                        << "schema.unknown-field" << "spec.template.spec.containers[0].resource" << W << "resources";
        QTest::newRow("aws top level") << int(ObjectKind::Route53RecordSet)
                                       << json(R"J({"Name": "a.example.com", "Type": "A", "Weigth": 10})J")
                                       << "schema.unknown-field" << "Weigth" << W << "Weight";
        // Reported by other rules: outlier fields under connectionPool.http, PodChaos scheduler,
        // GSI BillingMode.
        QTest::newRow("istio outlier field skipped") << int(ObjectKind::DestinationRule)
                                                     << json(R"J({"apiVersion": "networking.istio.io/v1beta1", "kind": "DestinationRule",
                                                                  "spec": {"host": "h", "trafficPolicy": {"connectionPool": {"http": {"interval": "30s"}}}}})J")
                                                     << "" << "" << 0 << "";
        QTest::newRow("istio real typo") << int(ObjectKind::DestinationRule)
                                         << json(R"J({"apiVersion": "networking.istio.io/v1beta1", "kind": "DestinationRule",
                                                      "spec": {"host": "h", "trafficPolicy": {"connectionPool": {"tcp": {"maxConnection": 10}}}}})J")
                                         << "schema.unknown-field" << "spec.trafficPolicy.connectionPool.tcp.maxConnection" << W << "maxConnections";
        QTest::newRow("podchaos scheduler skipped") << int(ObjectKind::PodChaos)
                                                    << json(R"J({"apiVersion": "chaos-mesh.org/v1alpha1", "kind": "PodChaos",
                                                                 "spec": {"action": "pod-kill", "mode": "one", "selector": {}, "scheduler": {"cron": "@every 1h"}}})J")
                                                    << "" << "" << 0 << "";
        QTest::newRow("gsi billing skipped") << int(ObjectKind::DynamoDBTable)
                                             << json(R"J({"BillingMode": "ON_DEMAND", "GlobalSecondaryIndexes": [{"IndexName": "g", "BillingMode": "ON_DEMAND"}]})J")
                                             << "" << "" << 0 << "";
        // --- types
        QTest::newRow("string for int") << H << hpa(R"J({"scaleTargetRef": {"kind": "Deployment", "name": "w"}, "maxReplicas": "5"})J")
                                        << "schema.type" << "spec.maxReplicas" << E << "integer";
        QTest::newRow("map for list") << H << hpa(R"J({"scaleTargetRef": {"kind": "Deployment", "name": "w"}, "maxReplicas": 5, "metrics": {}})J")
                                      << "schema.type" << "spec.metrics" << E << "list";
        QTest::newRow("k8s bool as string") << int(ObjectKind::Deployment)
                                            << json(R"J({"apiVersion": "apps/v1", "kind": "Deployment", "spec": {"paused": "true",
                                                         "selector": {"matchLabels": {"app": "a"}},
                                                         "template": {"metadata": {"labels": {"app": "a"}}, "spec": {"containers": [{"name": "a"}]}}}})J")
                                            << "schema.type" << "spec.paused" << E << "true or false";
        QTest::newRow("aws bool as string is fine") << int(ObjectKind::ElastiCacheReplicationGroup)
                                                    << json(R"J({"MultiAZEnabled": "true"})J") << "" << "" << 0 << "";
        QTest::newRow("bad quantity") << int(ObjectKind::VerticalPodAutoscaler)
                                      << json(R"J({"apiVersion": "autoscaling.k8s.io/v1", "kind": "VerticalPodAutoscaler",
                                                   "spec": {"targetRef": {"kind": "Deployment", "name": "w"},
                                                            "resourcePolicy": {"containerPolicies": [{"maxAllowed": {"cpu": "2 cores"}}]}}})J")
                                      << "schema.type" << "spec.resourcePolicy.containerPolicies[0].maxAllowed.cpu" << E << "quantity";
        QTest::newRow("bad duration") << int(ObjectKind::DestinationRule)
                                      << json(R"J({"apiVersion": "networking.istio.io/v1beta1", "kind": "DestinationRule",
                                                   "spec": {"host": "h", "trafficPolicy": {"outlierDetection": {"interval": "thirty seconds"}}}})J")
                                      << "schema.type" << "spec.trafficPolicy.outlierDetection.interval" << E << "duration";
        QTest::newRow("keda metadata value must be text") << int(ObjectKind::ScaledObject)
                                                          << json(R"J({"apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject",
                                                                       "spec": {"scaleTargetRef": {"name": "w"},
                                                                                "triggers": [{"type": "aws-sqs-queue", "metadata": {"queueLength": 10}}]}})J")
                                                          << "schema.type" << "spec.triggers[0].metadata.queueLength" << E << "string";
        QTest::newRow("external network cidr") << int(ObjectKind::ExternalNetwork) << json(R"J({"CidrBlocks": ["192.168.0.0/33"]})J")
                                               << "schema.type" << "CidrBlocks[0]" << E << "CIDR";
        // --- enums
        QTest::newRow("vpa updateMode") << int(ObjectKind::VerticalPodAutoscaler)
                                        << json(R"J({"apiVersion": "autoscaling.k8s.io/v1", "kind": "VerticalPodAutoscaler",
                                                     "spec": {"targetRef": {"kind": "Deployment", "name": "w"}, "updatePolicy": {"updateMode": "Always"}}})J")
                                        << "schema.enum" << "spec.updatePolicy.updateMode" << E << "InPlaceOrRecreate";
        QTest::newRow("chaos mode") << int(ObjectKind::PodChaos)
                                    << json(R"J({"apiVersion": "chaos-mesh.org/v1alpha1", "kind": "PodChaos",
                                                 "spec": {"action": "pod-failure", "mode": "percent", "selector": {}}})J")
                                    << "schema.enum" << "spec.mode" << E << "fixed-percent";
        QTest::newRow("request interval 20") << int(ObjectKind::Route53HealthCheck) << json(R"J({"Type": "HTTPS", "RequestInterval": 20})J")
                                             << "schema.enum" << "RequestInterval" << E << "10 or 30";
        QTest::newRow("consolidationPolicy left to karpenter rule") << int(ObjectKind::NodePool)
                                                                    << json(R"J({"apiVersion": "karpenter.sh/v1beta1", "kind": "NodePool",
                                                                                 "spec": {"template": {"spec": {"nodeClassRef": {"name": "d"}, "requirements": []}},
                                                                                          "disruption": {"consolidationPolicy": "WhenNodeUnderutilized"}}})J")
                                                                    << "" << "" << 0 << "";
        QTest::newRow("billing mode left to dynamodb rule") << int(ObjectKind::DynamoDBTable) << json(R"J({"BillingMode": "ON_DEMAND"})J")
                                                            << "" << "" << 0 << "";
        // --- ranges
        QTest::newRow("period 0") << H << hpa(R"J({"scaleTargetRef": {"kind": "Deployment", "name": "w"}, "maxReplicas": 5,
                                                   "behavior": {"scaleUp": {"policies": [{"type": "Pods", "value": 4, "periodSeconds": 0}]}}})J")
                                  << "schema.range" << "spec.behavior.scaleUp.policies[0].periodSeconds" << E << "1800";
        QTest::newRow("period 1801") << H << hpa(R"J({"scaleTargetRef": {"kind": "Deployment", "name": "w"}, "maxReplicas": 5,
                                                      "behavior": {"scaleUp": {"policies": [{"type": "Pods", "value": 4, "periodSeconds": 1801}]}}})J")
                                     << "schema.range" << "spec.behavior.scaleUp.policies[0].periodSeconds" << E << "1800";
        QTest::newRow("period 1800 ok") << H << hpa(R"J({"scaleTargetRef": {"kind": "Deployment", "name": "w"}, "maxReplicas": 5,
                                                         "behavior": {"scaleUp": {"policies": [{"type": "Pods", "value": 4, "periodSeconds": 1800}]}}})J")
                                        << "" << "" << 0 << "";
        QTest::newRow("window 3601") << H << hpa(R"J({"scaleTargetRef": {"kind": "Deployment", "name": "w"}, "maxReplicas": 5,
                                                      "behavior": {"scaleDown": {"stabilizationWindowSeconds": 3601}}})J")
                                     << "schema.range" << "spec.behavior.scaleDown.stabilizationWindowSeconds" << E << "3600";
        QTest::newRow("minReplicas 0 left to hpa rule") << H << hpa(R"J({"scaleTargetRef": {"kind": "Deployment", "name": "w"}, "maxReplicas": 5, "minReplicas": 0})J")
                                                        << "" << "" << 0 << "";
        QTest::newRow("weight 256") << int(ObjectKind::Route53RecordSet) << json(R"J({"Name": "a", "Type": "A", "Weight": 256})J")
                                    << "schema.range" << "Weight" << E << "255";
        QTest::newRow("healthy threshold 1") << int(ObjectKind::ApplicationLoadBalancer)
                                             << json(R"J({"TargetGroups": [{"HealthCheck": {"HealthyThresholdCount": 1}}]})J")
                                             << "schema.range" << "TargetGroups[0].HealthCheck.HealthyThresholdCount" << E << "between 2 and 10";
        QTest::newRow("max ejection 150") << int(ObjectKind::DestinationRule)
                                          << json(R"J({"apiVersion": "networking.istio.io/v1", "kind": "DestinationRule",
                                                       "spec": {"host": "h", "trafficPolicy": {"outlierDetection": {"maxEjectionPercent": 150}}}})J")
                                          << "schema.range" << "spec.trafficPolicy.outlierDetection.maxEjectionPercent" << E << "percent";
        // --- required
        QTest::newRow("policy without periodSeconds") << H << hpa(R"J({"scaleTargetRef": {"kind": "Deployment", "name": "w"}, "maxReplicas": 5,
                                                                   "behavior": {"scaleUp": {"policies": [{"type": "Pods", "value": 4}]}}})J")
                                                      << "schema.required" << "spec.behavior.scaleUp.policies[0].periodSeconds" << E << "1800";
        QTest::newRow("rule without expr") << int(ObjectKind::PrometheusRule)
                                           << json(R"J({"apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule",
                                                        "spec": {"groups": [{"name": "g", "rules": [{"alert": "A"}]}]}})J")
                                           << "schema.required" << "spec.groups[0].rules[0].expr" << E << "PromQL";
        QTest::newRow("attribute without Key") << int(ObjectKind::ApplicationLoadBalancer)
                                               << json(R"J({"LoadBalancerAttributes": [{"Value": "60"}]})J")
                                               << "schema.required" << "LoadBalancerAttributes[0].Key" << E << "Attribute";
        QTest::newRow("job without restartPolicy") << int(ObjectKind::Job)
                                                   << json(R"J({"apiVersion": "batch/v1", "kind": "Job",
                                                                "spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}})J")
                                                   << "schema.required" << "spec.template.spec.restartPolicy" << E << "restart";
    }
    void findings()
    {
        QFETCH(int, kind);
        QFETCH(QVariantMap, fields);
        QFETCH(QString, rule);
        QFETCH(QString, field);
        QFETCH(int, severity);
        QFETCH(QString, mentions);
        const QList<Diagnostic> found = schemaFindings(ObjectKind(kind), fields);
        if (rule.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(summary(found)));
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().rule, rule);
        QCOMPARE(found.first().field, field);
        QCOMPARE(int(found.first().severity), severity);
        QVERIFY2(found.first().message.contains(mentions, Qt::CaseInsensitive), qPrintable(found.first().message));
    }

    void fixes()
    {
        // A numeric string in an int field is converted; a wrongly cased enum value and a wrongly
        // cased key are corrected (Kubernetes field names are case-sensitive).
        ObjectId id = 0;
        QList<Diagnostic> found = schemaFindings(
            ObjectKind::HorizontalPodAutoscaler, hpa(R"J({"scaleTargetRef": {"kind": "Deployment", "name": "w"}, "maxReplicas": "12"})J"), &id);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fix, (QList<FieldChange>{FieldChange{id, QStringLiteral("spec.maxReplicas"), QVariant(qlonglong(12))}}));

        found = schemaFindings(ObjectKind::VerticalPodAutoscaler,
                               json(R"J({"apiVersion": "autoscaling.k8s.io/v1", "kind": "VerticalPodAutoscaler",
                                        "spec": {"targetRef": {"kind": "Deployment", "name": "w"}, "updatePolicy": {"updateMode": "auto"}}})J"),
                               &id);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fix, (QList<FieldChange>{FieldChange{id, QStringLiteral("spec.updatePolicy.updateMode"), QStringLiteral("Auto")}}));

        found = schemaFindings(ObjectKind::HorizontalPodAutoscaler,
                               hpa(R"J({"scaleTargetRef": {"kind": "Deployment", "name": "w"}, "maxReplicas": 5, "MinReplicas": 2})J"), &id);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fix, (QList<FieldChange>{FieldChange{id, QStringLiteral("spec.MinReplicas"), QVariant()},
                                                        FieldChange{id, QStringLiteral("spec.minReplicas"), QVariant(2)}}));

        // Kubernetes durations are text: 30 becomes "30s".
        found = schemaFindings(ObjectKind::DestinationRule,
                               json(R"J({"apiVersion": "networking.istio.io/v1beta1", "kind": "DestinationRule",
                                        "spec": {"host": "h", "trafficPolicy": {"outlierDetection": {"baseEjectionTime": 30}}}})J"),
                               &id);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fix.first().value, QVariant(QStringLiteral("30s")));
    }
};

QTEST_GUILESS_MAIN(TestSchemaRules)
#include "tst_schemarules.moc"
