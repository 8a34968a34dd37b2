// Tests of FieldSchema: pattern matching of concrete paths, per-apiVersion tables and the facts the
// tables carry. Expected values come from the documents named beside each case.

#include "model/fieldschema.h"

#include <QTest>

using namespace Scaleplan;

class TestFieldSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patternOf_data()
    {
        QTest::addColumn<QString>("concrete");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("plain") << "spec.minReplicas" << "spec.minReplicas";
        QTest::newRow("index") << "spec.metrics[2].pods.target.averageValue" << "spec.metrics[].pods.target.averageValue";
        QTest::newRow("nested indices") << "spec.groups[0].rules[11].expr" << "spec.groups[].rules[].expr";
        QTest::newRow("quoted key") << "metadata.labels[\"node.kubernetes.io/x\"]" << "metadata.labels[\"node.kubernetes.io/x\"]";
        QTest::newRow("malformed") << "spec..x" << "";
    }
    void patternOf()
    {
        QFETCH(QString, concrete);
        QFETCH(QString, pattern);
        QCOMPARE(FieldSchema::patternOf(concrete), pattern);
    }

    void find_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("type");     // fieldTypeName, "" = no spec
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("minimum");   // NaN = none
        QTest::addColumn<double>("maximum");
        const double none = qQNaN();
        const int hpa = int(ObjectKind::HorizontalPodAutoscaler);
        // Kubernetes API reference, autoscaling/v2 HorizontalPodAutoscalerSpec / HPAScalingRules /
        // HPAScalingPolicy: minReplicas >= 1, stabilizationWindowSeconds 0..3600, periodSeconds 1..1800.
        QTest::newRow("hpa minReplicas") << hpa << "autoscaling/v2" << "spec.minReplicas" << "int" << "replicas" << 1.0 << none;
        QTest::newRow("hpa pods averageValue") << hpa << "" << "spec.metrics[2].pods.target.averageValue" << "quantity" << "" << 0.0 << none;
        QTest::newRow("hpa utilization") << hpa << "" << "spec.metrics[0].resource.target.averageUtilization" << "int" << "percent" << 1.0 << none;
        QTest::newRow("hpa window") << hpa << "" << "spec.behavior.scaleDown.stabilizationWindowSeconds" << "int" << "seconds" << 0.0 << 3600.0;
        QTest::newRow("hpa period") << hpa << "" << "spec.behavior.scaleUp.policies[0].periodSeconds" << "int" << "seconds" << 1.0 << 1800.0;
        QTest::newRow("hpa unknown") << hpa << "" << "spec.minReplica" << "" << "" << none << none;
        // Free-form maps: a '*' spec types every value; a quoted key matches it too.
        QTest::newRow("label") << hpa << "" << "metadata.labels.app" << "string" << "" << none << none;
        QTest::newRow("quoted label") << hpa << "" << "metadata.labels[\"node.kubernetes.io/x\"]" << "string" << "" << none << none;
        QTest::newRow("keda metadata") << int(ObjectKind::ScaledObject) << "keda.sh/v1alpha1" << "spec.triggers[0].metadata.queueLength"
                                       << "string" << "" << none << none;
        QTest::newRow("limits cpu") << int(ObjectKind::Deployment) << "apps/v1"
                                    << "spec.template.spec.containers[0].resources.limits.cpu" << "quantity" << "cores" << 0.0 << none;
        QTest::newRow("limits gpu") << int(ObjectKind::Deployment) << "apps/v1"
                                    << "spec.template.spec.containers[1].resources.limits[\"nvidia.com/gpu\"]" << "quantity" << "" << 0.0
                                    << none;
        // Below a Partial map nothing is known.
        QTest::newRow("affinity child") << int(ObjectKind::Deployment) << "" << "spec.template.spec.affinity.nodeAffinity" << "" << ""
                                        << none << none;
        // Elastic Load Balancing API Reference, CreateTargetGroup: HealthyThresholdCount 2..10,
        // HealthCheckTimeoutSeconds 2..120, HealthCheckIntervalSeconds 5..300.
        const int alb = int(ObjectKind::ApplicationLoadBalancer);
        QTest::newRow("alb healthy") << alb << "" << "TargetGroups[0].HealthCheck.HealthyThresholdCount" << "int" << "" << 2.0 << 10.0;
        QTest::newRow("alb timeout") << alb << "" << "TargetGroups[3].HealthCheck.TimeoutSeconds" << "int" << "seconds" << 2.0 << 120.0;
        QTest::newRow("alb interval") << alb << "" << "TargetGroups[0].HealthCheck.IntervalSeconds" << "int" << "seconds" << 5.0 << 300.0;
        // Route 53 API Reference, ResourceRecordSet Weight 0..255; HealthCheckConfig FailureThreshold 1..10.
        QTest::newRow("weight") << int(ObjectKind::Route53RecordSet) << "" << "Weight" << "int" << "" << 0.0 << 255.0;
        QTest::newRow("failure threshold") << int(ObjectKind::Route53HealthCheck) << "" << "FailureThreshold" << "int" << "" << 1.0 << 10.0;
        // AWS Lambda API Reference, CreateEventSourceMapping: BatchSize 1..10000, window 0..300.
        const int lambda = int(ObjectKind::LambdaFunction);
        QTest::newRow("batch size") << lambda << "" << "EventSourceMappings[0].BatchSize" << "int" << "records" << 1.0 << 10000.0;
        QTest::newRow("batching window") << lambda << "" << "EventSourceMappings[0].MaximumBatchingWindowInSeconds" << "int" << "seconds"
                                         << 0.0 << 300.0;
        // Istio OutlierDetection maxEjectionPercent: a percentage.
        QTest::newRow("max ejection") << int(ObjectKind::DestinationRule) << "networking.istio.io/v1beta1"
                                      << "spec.trafficPolicy.outlierDetection.maxEjectionPercent" << "int" << "percent" << 0.0 << 100.0;
        QTest::newRow("vpc cidr") << int(ObjectKind::Vpc) << "" << "SecondaryCidrBlocks[1]" << "cidr" << "" << none << none;
        QTest::newRow("bad path") << hpa << "" << "spec..minReplicas" << "" << "" << none << none;
    }
    void find()
    {
        QFETCH(int, kind);
        QFETCH(QString, apiVersion);
        QFETCH(QString, path);
        QFETCH(QString, type);
        QFETCH(QString, unit);
        QFETCH(double, minimum);
        QFETCH(double, maximum);
        const FieldSpec *spec = FieldSchema::find(ObjectKind(kind), path, apiVersion);
        if (type.isEmpty()) {
            QVERIFY2(!spec, qPrintable(path));
            return;
        }
        QVERIFY2(spec, qPrintable(path));
        QCOMPARE(fieldTypeName(spec->type), type);
        QCOMPARE(spec->unit, unit);
        QCOMPARE(spec->minimum.has_value(), !qIsNaN(minimum));
        if (spec->minimum)
            QCOMPARE(*spec->minimum, minimum);
        QCOMPARE(spec->maximum.has_value(), !qIsNaN(maximum));
        if (spec->maximum)
            QCOMPARE(*spec->maximum, maximum);
        QVERIFY(!spec->source.isEmpty());
        QVERIFY(!spec->description.isEmpty());
    }

    void enums_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("values");
        // Karpenter NodePool CRDs: v1beta1 consolidationPolicy enum [WhenEmpty, WhenUnderutilized];
        // v1 [WhenEmpty, WhenEmptyOrUnderutilized, Balanced].
        QTest::newRow("v1beta1 consolidation") << int(ObjectKind::NodePool) << "karpenter.sh/v1beta1" << "spec.disruption.consolidationPolicy"
                                               << QStringList{"WhenEmpty", "WhenUnderutilized"};
        QTest::newRow("v1 consolidation") << int(ObjectKind::NodePool) << "karpenter.sh/v1" << "spec.disruption.consolidationPolicy"
                                          << QStringList{"WhenEmpty", "WhenEmptyOrUnderutilized", "Balanced"};
        QTest::newRow("default is v1") << int(ObjectKind::NodePool) << "" << "spec.disruption.consolidationPolicy"
                                       << QStringList{"WhenEmpty", "WhenEmptyOrUnderutilized", "Balanced"};
        // v1 adds Gte / Lte to the requirement operators.
        QTest::newRow("v1beta1 operators") << int(ObjectKind::NodePool) << "karpenter.sh/v1beta1" << "spec.template.spec.requirements[0].operator"
                                           << QStringList{"In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"};
        QTest::newRow("v1 operators") << int(ObjectKind::NodePool) << "karpenter.sh/v1" << "spec.template.spec.requirements[0].operator"
                                      << QStringList{"In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt", "Gte", "Lte"};
        QTest::newRow("hpa metric type") << int(ObjectKind::HorizontalPodAutoscaler) << "" << "spec.metrics[0].type"
                                         << QStringList{"Resource", "Pods", "Object", "External", "ContainerResource"};
        QTest::newRow("hpa target type") << int(ObjectKind::HorizontalPodAutoscaler) << "" << "spec.metrics[1].external.target.type"
                                         << QStringList{"Utilization", "AverageValue", "Value"};
        QTest::newRow("hpa selectPolicy") << int(ObjectKind::HorizontalPodAutoscaler) << "" << "spec.behavior.scaleUp.selectPolicy"
                                          << QStringList{"Max", "Min", "Disabled"};
        QTest::newRow("hpa policy type") << int(ObjectKind::HorizontalPodAutoscaler) << "" << "spec.behavior.scaleDown.policies[0].type"
                                         << QStringList{"Pods", "Percent"};
        QTest::newRow("vpa updateMode") << int(ObjectKind::VerticalPodAutoscaler) << "" << "spec.updatePolicy.updateMode"
                                        << QStringList{"Off", "Initial", "Recreate", "Auto", "InPlaceOrRecreate"};
        QTest::newRow("job restartPolicy") << int(ObjectKind::Job) << "batch/v1" << "spec.template.spec.restartPolicy"
                                           << QStringList{"Never", "OnFailure"};
        QTest::newRow("chaos action") << int(ObjectKind::PodChaos) << "" << "spec.action"
                                      << QStringList{"pod-kill", "pod-failure", "container-kill"};
        QTest::newRow("chaos mode") << int(ObjectKind::PodChaos) << "" << "spec.mode"
                                    << QStringList{"one", "all", "fixed", "fixed-percent", "random-max-percent"};
        QTest::newRow("dynamodb billing") << int(ObjectKind::DynamoDBTable) << "" << "BillingMode" << QStringList{"PROVISIONED", "PAY_PER_REQUEST"};
        QTest::newRow("stream view") << int(ObjectKind::DynamoDBTable) << "" << "StreamSpecification.StreamViewType"
                                     << QStringList{"KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"};
        QTest::newRow("alb scheme") << int(ObjectKind::ApplicationLoadBalancer) << "" << "Scheme" << QStringList{"internet-facing", "internal"};
        QTest::newRow("price class") << int(ObjectKind::CloudFrontDistribution) << "" << "PriceClass"
                                     << QStringList{"PriceClass_100", "PriceClass_200", "PriceClass_All", "None"};
        QTest::newRow("viewer policy") << int(ObjectKind::CloudFrontDistribution) << "" << "DefaultCacheBehavior.ViewerProtocolPolicy"
                                       << QStringList{"allow-all", "https-only", "redirect-to-https"};
        QTest::newRow("request interval") << int(ObjectKind::Route53HealthCheck) << "" << "RequestInterval" << QStringList{"10", "30"};
    }
    void enums()
    {
        QFETCH(int, kind);
        QFETCH(QString, apiVersion);
        QFETCH(QString, path);
        QFETCH(QStringList, values);
        const FieldSpec *spec = FieldSchema::find(ObjectKind(kind), path, apiVersion);
        QVERIFY2(spec, qPrintable(path));
        QCOMPARE(spec->enumValues, values);
    }

    void versionedPlacement()
    {
        // Karpenter "Upgrading to 1.0.0": expireAfter moved from spec.disruption to
        // spec.template.spec; v1 has disruption.budgets[].reasons, v1beta1 has template kubelet.
        const ObjectKind np = ObjectKind::NodePool;
        QVERIFY(FieldSchema::find(np, QStringLiteral("spec.disruption.expireAfter"), QStringLiteral("karpenter.sh/v1beta1")));
        QVERIFY(!FieldSchema::find(np, QStringLiteral("spec.disruption.expireAfter"), QStringLiteral("karpenter.sh/v1")));
        QVERIFY(FieldSchema::find(np, QStringLiteral("spec.template.spec.expireAfter"), QStringLiteral("karpenter.sh/v1")));
        QVERIFY(!FieldSchema::find(np, QStringLiteral("spec.template.spec.expireAfter"), QStringLiteral("karpenter.sh/v1beta1")));
        QVERIFY(FieldSchema::find(np, QStringLiteral("spec.disruption.budgets[0].reasons"), QStringLiteral("karpenter.sh/v1")));
        QVERIFY(!FieldSchema::find(np, QStringLiteral("spec.disruption.budgets[0].reasons"), QStringLiteral("karpenter.sh/v1beta1")));
        const FieldSpec *expire = FieldSchema::find(np, QStringLiteral("spec.template.spec.expireAfter"), QStringLiteral("karpenter.sh/v1"));
        QCOMPARE(expire->type, FieldSpec::Type::Duration);
        QCOMPARE(expire->enumValues, QStringList{QStringLiteral("Never")});
        QCOMPARE(FieldSchema::apiVersions(np), (QStringList{QStringLiteral("karpenter.sh/v1"), QStringLiteral("karpenter.sh/v1beta1")}));
        QVERIFY(FieldSchema::apiVersions(ObjectKind::Vpc).isEmpty());
        // EC2NodeClass: Ubuntu is a v1beta1 amiFamily only; Windows2025 is v1 only.
        const FieldSpec *v1beta1 = FieldSchema::find(ObjectKind::EC2NodeClass, QStringLiteral("spec.amiFamily"),
                                                     QStringLiteral("karpenter.k8s.aws/v1beta1"));
        const FieldSpec *v1 = FieldSchema::find(ObjectKind::EC2NodeClass, QStringLiteral("spec.amiFamily"), QStringLiteral("karpenter.k8s.aws/v1"));
        QVERIFY(v1beta1->enumValues.contains(QStringLiteral("Ubuntu")));
        QVERIFY(!v1->enumValues.contains(QStringLiteral("Ubuntu")));
        QVERIFY(v1->enumValues.contains(QStringLiteral("Windows2025")));
    }

    void keysAndChildren()
    {
        using Keys = FieldSpec::Keys;
        const ObjectKind hpa = ObjectKind::HorizontalPodAutoscaler;
        QCOMPARE(FieldSchema::keysBelow(hpa, QString()), Keys::Closed);
        QCOMPARE(FieldSchema::keysBelow(hpa, QStringLiteral("spec")), Keys::Closed);
        QCOMPARE(FieldSchema::keysBelow(hpa, QStringLiteral("metadata.labels")), Keys::FreeForm);
        QCOMPARE(FieldSchema::keysBelow(hpa, QStringLiteral("spec.metrics[]")), Keys::Closed);
        QCOMPARE(FieldSchema::keysBelow(ObjectKind::ConfigMap, QStringLiteral("data")), Keys::FreeForm);
        QCOMPARE(FieldSchema::keysBelow(ObjectKind::ScaledObject, QStringLiteral("spec.triggers[].metadata")), Keys::FreeForm);
        QCOMPARE(FieldSchema::keysBelow(ObjectKind::Deployment, QStringLiteral("spec.template.spec.affinity")), Keys::Partial);
        QCOMPARE(FieldSchema::keysBelow(ObjectKind::Deployment, QStringLiteral("no.such.map")), Keys::Partial);
        // autoscaling/v2 HorizontalPodAutoscalerSpec has exactly these five fields.
        QStringList names;
        for (const FieldSpec *s : FieldSchema::childrenOf(hpa, QStringLiteral("spec")))
            names.append(s->path);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("spec.behavior"), QStringLiteral("spec.maxReplicas"), QStringLiteral("spec.metrics"),
                                     QStringLiteral("spec.minReplicas"), QStringLiteral("spec.scaleTargetRef")}));
    }

    void everyKindHasATable()
    {
        for (ObjectKind kind : allObjectKinds()) {
            const QList<FieldSpec> &specs = FieldSchema::fieldsOf(kind);
            QVERIFY2(!specs.isEmpty(), qPrintable(kindName(kind)));
            for (const FieldSpec &s : specs) {
                QVERIFY2(!s.source.isEmpty(), qPrintable(s.path));
                if (s.type == FieldSpec::Type::Enum)
                    QVERIFY2(!s.enumValues.isEmpty(), qPrintable(s.path));
                if (s.minimum && s.maximum)
                    QVERIFY2(*s.minimum <= *s.maximum, qPrintable(s.path));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFieldSchema)
#include "tst_fieldschema.moc"
