#include "model/sim/hpaspec.h"

#include "model/fieldpath.h"
#include "tests/model/sim/simfixtures.h"

#include <QTest>

using namespace Scaleplan;
using namespace Scaleplan::TestFixtures;

class tst_HpaSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedManifest();
    void defaultBehaviorWhenAbsent();
    void partialBehaviorKeepsOtherDefaults();
    void defaultMetricWhenAbsent();
    void autoscalingV1();
    void errors_data();
    void errors();
    void fromObjectChecksKind();
};

void tst_HpaSpec::seedManifest()
{
    // Expected values: the seed's web-app-hpa block, field by field.
    QStringList errors;
    const auto spec = HpaSpec::fromManifest(seedHpaManifest(), &errors);
    QVERIFY2(spec, qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(errors.isEmpty());
    QCOMPARE(spec->name, QStringLiteral("web-app-hpa"));
    QCOMPARE(spec->scaleTargetKind, QStringLiteral("Deployment"));
    QCOMPARE(spec->scaleTargetName, QStringLiteral("web-app"));
    QCOMPARE(spec->minReplicas, 3);
    QCOMPARE(spec->maxReplicas, 50);
    QCOMPARE(spec->metrics.size(), 3);
    QCOMPARE(spec->metrics[0].sourceType, HpaMetricSourceType::Resource);
    QCOMPARE(spec->metrics[0].metricName, QStringLiteral("cpu"));
    QCOMPARE(spec->metrics[0].targetType, HpaMetricTargetType::Utilization);
    QCOMPARE(spec->metrics[0].targetValue, 70.0);
    QCOMPARE(spec->metrics[1].metricName, QStringLiteral("memory"));
    QCOMPARE(spec->metrics[1].targetValue, 80.0);
    QCOMPARE(spec->metrics[2].sourceType, HpaMetricSourceType::Pods);
    QCOMPARE(spec->metrics[2].metricName, QStringLiteral("requests_per_second"));
    QCOMPARE(spec->metrics[2].targetType, HpaMetricTargetType::AverageValue);
    QCOMPARE(spec->metrics[2].targetValue, 100.0); // averageValue: "100" (a quantity string)
    QCOMPARE(spec->metrics[2].label(), QStringLiteral("pods/requests_per_second"));

    QCOMPARE(spec->scaleUp.stabilizationWindowSeconds, 60);
    QCOMPARE(spec->scaleUp.selectPolicy, HpaSelectPolicy::Max); // not in the seed: API default Max
    QCOMPARE(spec->scaleUp.policies.size(), 1);
    QCOMPARE(spec->scaleUp.policies[0], (HpaScalingPolicy{HpaPolicyType::Percent, 100, 60}));
    QCOMPARE(spec->scaleDown.stabilizationWindowSeconds, 300);
    QCOMPARE(spec->scaleDown.policies.size(), 1);
    QCOMPARE(spec->scaleDown.policies[0], (HpaScalingPolicy{HpaPolicyType::Percent, 10, 60}));
}

void tst_HpaSpec::defaultBehaviorWhenAbsent()
{
    // kubernetes.io "Horizontal Pod Autoscaling" -> "Default Behavior":
    // scaleDown: window 300, Percent 100 / 15 s; scaleUp: window 0, Percent 100 / 15 s and
    // Pods 4 / 15 s, selectPolicy Max.
    QVariantMap manifest = seedHpaManifest();
    FieldPath::setValue(manifest, QStringLiteral("spec.behavior"), QVariant());
    QStringList errors;
    const auto spec = HpaSpec::fromManifest(manifest, &errors);
    QVERIFY(spec);
    QCOMPARE(spec->scaleUp.stabilizationWindowSeconds, 0);
    QCOMPARE(spec->scaleUp.selectPolicy, HpaSelectPolicy::Max);
    QCOMPARE(spec->scaleUp.policies.size(), 2);
    QVERIFY(spec->scaleUp.policies.contains((HpaScalingPolicy{HpaPolicyType::Percent, 100, 15})));
    QVERIFY(spec->scaleUp.policies.contains((HpaScalingPolicy{HpaPolicyType::Pods, 4, 15})));
    QCOMPARE(spec->scaleDown.stabilizationWindowSeconds, 300);
    QCOMPARE(spec->scaleDown.selectPolicy, HpaSelectPolicy::Max);
    QCOMPARE(spec->scaleDown.policies, (QList<HpaScalingPolicy>{{HpaPolicyType::Percent, 100, 15}}));
}

void tst_HpaSpec::partialBehaviorKeepsOtherDefaults()
{
    // defaults.go copyHPAScalingRules: only the fields given replace the defaults.
    QVariantMap manifest = seedHpaManifest();
    FieldPath::setValue(manifest, QStringLiteral("spec.behavior"),
                        map({{QStringLiteral("scaleUp"), map({{QStringLiteral("stabilizationWindowSeconds"), 30}})},
                             {QStringLiteral("scaleDown"), map({{QStringLiteral("selectPolicy"), QStringLiteral("Disabled")}})}}));
    const auto spec = HpaSpec::fromManifest(manifest);
    QVERIFY(spec);
    QCOMPARE(spec->scaleUp.stabilizationWindowSeconds, 30);
    QCOMPARE(spec->scaleUp.policies.size(), 2); // Percent 100/15 and Pods 4/15 kept
    QCOMPARE(spec->scaleDown.selectPolicy, HpaSelectPolicy::Disabled);
    QCOMPARE(spec->scaleDown.stabilizationWindowSeconds, 300);
}

void tst_HpaSpec::defaultMetricWhenAbsent()
{
    // autoscaling/v2 defaulting: no metrics -> Resource cpu, Utilization 80 %.
    QVariantMap manifest = seedHpaManifest();
    FieldPath::setValue(manifest, QStringLiteral("spec.metrics"), QVariant());
    FieldPath::setValue(manifest, QStringLiteral("spec.minReplicas"), QVariant());
    const auto spec = HpaSpec::fromManifest(manifest);
    QVERIFY(spec);
    QCOMPARE(spec->minReplicas, 1); // API default
    QCOMPARE(spec->metrics.size(), 1);
    QCOMPARE(spec->metrics[0].metricName, QStringLiteral("cpu"));
    QCOMPARE(spec->metrics[0].targetValue, 80.0);
}

void tst_HpaSpec::autoscalingV1()
{
    // autoscaling/v1 (kubernetes.io API reference, HorizontalPodAutoscalerSpec v1):
    // targetCPUUtilizationPercentage, defaulted to 80 when absent; no metrics, no behavior.
    QVariantMap v1{{QStringLiteral("apiVersion"), QStringLiteral("autoscaling/v1")},
                   {QStringLiteral("kind"), QStringLiteral("HorizontalPodAutoscaler")},
                   {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("name"), QStringLiteral("api")}}},
                   {QStringLiteral("spec"),
                    QVariantMap{{QStringLiteral("scaleTargetRef"),
                                 QVariantMap{{QStringLiteral("kind"), QStringLiteral("Deployment")}, {QStringLiteral("name"), QStringLiteral("api")}}},
                                {QStringLiteral("minReplicas"), 2},
                                {QStringLiteral("maxReplicas"), 10},
                                {QStringLiteral("targetCPUUtilizationPercentage"), 50}}}};
    auto spec = HpaSpec::fromManifest(v1);
    QVERIFY(spec);
    QCOMPARE(spec->metrics.size(), 1);
    QCOMPARE(spec->metrics[0].metricName, QStringLiteral("cpu"));
    QCOMPARE(spec->metrics[0].targetType, HpaMetricTargetType::Utilization);
    QCOMPARE(spec->metrics[0].targetValue, 50.0); // not the 80 % default
    QCOMPARE(spec->scaleDown.stabilizationWindowSeconds, 300); // v2 default behavior

    FieldPath::setValue(v1, QStringLiteral("spec.targetCPUUtilizationPercentage"), QVariant());
    spec = HpaSpec::fromManifest(v1);
    QVERIFY(spec);
    QCOMPARE(spec->metrics[0].targetValue, 80.0);

    // A v2 field in a v1 manifest, and the v1 field in a v2 manifest, are refused.
    QStringList errors;
    QVariantMap mixed = v1;
    FieldPath::setValue(mixed, QStringLiteral("spec.behavior"), QVariantMap{});
    QVERIFY(!HpaSpec::fromManifest(mixed, &errors));
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(QStringLiteral("spec.behavior: not a field of autoscaling/v1")),
             qPrintable(errors.join(QLatin1Char('\n'))));
    errors.clear();
    QVariantMap v2 = seedHpaManifest();
    FieldPath::setValue(v2, QStringLiteral("spec.targetCPUUtilizationPercentage"), 50);
    QVERIFY(!HpaSpec::fromManifest(v2, &errors));
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(QStringLiteral("spec.targetCPUUtilizationPercentage: an autoscaling/v1 field")),
             qPrintable(errors.join(QLatin1Char('\n'))));
}

void tst_HpaSpec::errors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("errorPrefix");

    QTest::newRow("maxReplicas missing") << "spec.maxReplicas" << QVariant() << false << "spec.maxReplicas: required";
    QTest::newRow("maxReplicas string") << "spec.maxReplicas" << QVariant(QStringLiteral("50")) << false
                                        << "spec.maxReplicas: must be an integer";
    QTest::newRow("min above max") << "spec.minReplicas" << QVariant(60) << false
                                   << "spec.maxReplicas: must be greater than or equal to minReplicas";
    QTest::newRow("minReplicas zero") << "spec.minReplicas" << QVariant(0) << false << "spec.minReplicas: must be at least 1";
    QTest::newRow("policy type") << "spec.behavior.scaleUp.policies[0].type" << QVariant(QStringLiteral("Nodes")) << false
                                 << "spec.behavior.scaleUp.policies[0].type: must be Pods or Percent";
    QTest::newRow("policy period too long") << "spec.behavior.scaleDown.policies[0].periodSeconds" << QVariant(1801)
                                            << false << "spec.behavior.scaleDown.policies[0].periodSeconds: must be between 1 and 1800";
    QTest::newRow("window too long") << "spec.behavior.scaleDown.stabilizationWindowSeconds" << QVariant(3601) << false
                                     << "spec.behavior.scaleDown.stabilizationWindowSeconds: must be between 0 and 3600";
    QTest::newRow("selectPolicy") << "spec.behavior.scaleUp.selectPolicy" << QVariant(QStringLiteral("Fastest")) << false
                                  << "spec.behavior.scaleUp.selectPolicy: must be Max, Min or Disabled";
    QTest::newRow("empty policies") << "spec.behavior.scaleUp.policies" << QVariant(QVariantList{}) << false
                                    << "spec.behavior.scaleUp.policies: must specify at least one policy";
    // A bad metric is reported and dropped; the rest of the spec stays usable.
    QTest::newRow("Utilization on Pods") << "spec.metrics[2].pods.target.type" << QVariant(QStringLiteral("Utilization"))
                                         << true << "spec.metrics[2].pods.target.type: Utilization is only valid";
    QTest::newRow("bad quantity") << "spec.metrics[2].pods.target.averageValue" << QVariant(QStringLiteral("lots")) << true
                                  << "spec.metrics[2].pods.target.averageValue: must be a Kubernetes quantity";
}

void tst_HpaSpec::errors()
{
    QFETCH(QString, path);
    QFETCH(QVariant, value);
    QFETCH(bool, usable);
    QFETCH(QString, errorPrefix);
    QVariantMap manifest = seedHpaManifest();
    QVERIFY(FieldPath::setValue(manifest, path, value));
    QStringList errors;
    const auto spec = HpaSpec::fromManifest(manifest, &errors);
    QCOMPARE(bool(spec), usable);
    QVERIFY2(!errors.isEmpty(), "an error is reported");
    QVERIFY2(errors.first().startsWith(errorPrefix), qPrintable(errors.first()));
    if (spec)
        QCOMPARE(spec->metrics.size(), 2);
}

void tst_HpaSpec::fromObjectChecksKind()
{
    const DesignObject deployment = object(ObjectKind::Deployment, QStringLiteral("web-app"),
                                           deploymentManifest(QStringLiteral("web-app"), 3, QStringLiteral("500m")));
    QStringList errors;
    QVERIFY(!HpaSpec::fromObject(deployment, &errors));
    QCOMPARE(errors.size(), 1);
    const DesignObject hpa = object(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"), seedHpaManifest());
    QVERIFY(HpaSpec::fromObject(hpa));
}

QTEST_GUILESS_MAIN(tst_HpaSpec)
#include "tst_hpaspec.moc"
