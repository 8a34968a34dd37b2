#include "model/sim/kedacontroller.h"

#include "tests/model/sim/simfixtures.h"

#include <QTest>
#include <cmath>

using namespace Scaleplan;
using namespace Scaleplan::TestFixtures;

// Defaults from keda.sh docs "Scaling Deployments" -> ScaledObject spec (pollingInterval 30,
// cooldownPeriod 300, minReplicaCount 0, maxReplicaCount 100) and the scalers' pages
// (aws-sqs-queue queueLength default 5); decisions are hand calculations written beside each case.

namespace {

QVariantMap trigger(const QString &type, const QVariantMap &metadata)
{
    return map({{QStringLiteral("type"), type}, {QStringLiteral("metadata"), metadata}});
}

/// The seed's queue-processor-scaler, verbatim.
QVariantMap seedScaledObject()
{
    return map({{QStringLiteral("apiVersion"), QStringLiteral("keda.sh/v1alpha1")},
                {QStringLiteral("kind"), QStringLiteral("ScaledObject")},
                {QStringLiteral("metadata"), map({{QStringLiteral("name"), QStringLiteral("queue-processor-scaler")}})},
                {QStringLiteral("spec"),
                 map({{QStringLiteral("scaleTargetRef"), map({{QStringLiteral("name"), QStringLiteral("queue-processor")}})},
                      {QStringLiteral("minReplicaCount"), 1},
                      {QStringLiteral("maxReplicaCount"), 50},
                      {QStringLiteral("triggers"),
                       QVariantList{trigger(QStringLiteral("aws-sqs-queue"),
                                            map({{QStringLiteral("queueURL"), QStringLiteral("https://sqs.us-east-1.amazonaws.com/123456789/processing-queue")},
                                                 {QStringLiteral("queueLength"), QStringLiteral("10")},
                                                 {QStringLiteral("awsRegion"), QStringLiteral("us-east-1")}})),
                                    trigger(QStringLiteral("prometheus"),
                                            map({{QStringLiteral("metricName"), QStringLiteral("queue_processing_lag")},
                                                 {QStringLiteral("threshold"), QStringLiteral("100")}}))}}})}});
}

KedaSpec spec(int minReplicas, std::optional<int> idle, int cooldown, double queueLength, double activation)
{
    KedaSpec s;
    s.name = QStringLiteral("worker");
    s.scaleTargetName = QStringLiteral("worker");
    s.minReplicaCount = minReplicas;
    s.maxReplicaCount = 10;
    s.idleReplicaCount = idle;
    s.cooldownPeriodSeconds = cooldown;
    s.triggers = {KedaTrigger{QStringLiteral("aws-sqs-queue"), QStringLiteral("backlog"), queueLength, activation}};
    return s;
}

} // namespace

class tst_KedaController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSeedWithDefaults();
    void createdHpa();
    void behaviorIsHonoured();
    void activationAndCooldown();
    void idleReplicaCount();
    void raisedToMinWhenInactive();
    void hpaAverageValueIsExact();
};

void tst_KedaController::parsesSeedWithDefaults()
{
    QStringList errors;
    const auto s = KedaSpec::fromManifest(seedScaledObject(), &errors);
    QVERIFY2(s, qPrintable(errors.join(QLatin1Char(';'))));
    QCOMPARE(s->pollingIntervalSeconds, 30);
    QCOMPARE(s->cooldownPeriodSeconds, 300);
    QCOMPARE(s->minReplicaCount, 1);
    QCOMPARE(s->maxReplicaCount, 50);
    QCOMPARE(s->triggers.size(), 2);
    QCOMPARE(s->triggers[0].targetValue, 10.0);
    QCOMPARE(s->triggers[0].activationValue, 0.0);
    QCOMPARE(s->triggers[1].metricName, QStringLiteral("queue_processing_lag"));
    QCOMPARE(s->triggers[1].targetValue, 100.0);

    // An sqs trigger without queueLength: 5.
    QVariantMap m = seedScaledObject();
    QVariantMap sp = m.value(QStringLiteral("spec")).toMap();
    sp.insert(QStringLiteral("triggers"), QVariantList{trigger(QStringLiteral("aws-sqs-queue"), map({{QStringLiteral("queueURL"), QStringLiteral("q")}}))});
    sp.remove(QStringLiteral("minReplicaCount"));
    sp.remove(QStringLiteral("maxReplicaCount"));
    m.insert(QStringLiteral("spec"), sp);
    const auto d = KedaSpec::fromManifest(m);
    QVERIFY(d);
    QCOMPARE(d->triggers[0].targetValue, 5.0);
    QCOMPARE(d->minReplicaCount, 0);
    QCOMPARE(d->maxReplicaCount, 100);
}

void tst_KedaController::createdHpa()
{
    const auto s = KedaSpec::fromManifest(seedScaledObject());
    QVERIFY(s);
    const HpaSpec hpa = s->hpaSpec();
    QCOMPARE(hpa.minReplicas, 1);
    QCOMPARE(hpa.maxReplicas, 50);
    QCOMPARE(hpa.metrics.size(), 2);
    QCOMPARE(hpa.metrics[0].sourceType, HpaMetricSourceType::External);
    QCOMPARE(hpa.metrics[0].targetType, HpaMetricTargetType::AverageValue);
    QCOMPARE(hpa.metrics[0].targetValue, 10.0);
    QCOMPARE(hpa.metrics[1].targetValue, 100.0);
    QCOMPARE(hpa.scaleDown.stabilizationWindowSeconds, 300); // HPA default behavior
}

void tst_KedaController::behaviorIsHonoured()
{
    QVariantMap m = seedScaledObject();
    QVariantMap sp = m.value(QStringLiteral("spec")).toMap();
    sp.insert(QStringLiteral("advanced"),
              map({{QStringLiteral("horizontalPodAutoscalerConfig"),
                    map({{QStringLiteral("behavior"),
                          map({{QStringLiteral("scaleDown"), map({{QStringLiteral("stabilizationWindowSeconds"), 60},
                                                                  {QStringLiteral("policies"), QVariantList{policy(QStringLiteral("Pods"), 1, 30)}}})}})}})}}));
    m.insert(QStringLiteral("spec"), sp);
    const auto s = KedaSpec::fromManifest(m);
    QVERIFY(s);
    QCOMPARE(s->hpaSpec().scaleDown.stabilizationWindowSeconds, 60);
    QCOMPARE(s->hpaSpec().scaleDown.policies.size(), 1);
    QCOMPARE(s->hpaSpec().scaleDown.policies[0].type, HpaPolicyType::Pods);
    QCOMPARE(s->hpaSpec().scaleUp, HpaSpec::defaultScaleUpRules());
}

void tst_KedaController::activationAndCooldown()
{
    // min 0, cooldown 60, queueLength 5, activation 2.
    KedaController keda(spec(0, std::nullopt, 60, 5, 2));
    KedaDecision d = keda.poll(0, 0, {2});  // 2 is not > 2: inactive, stays 0
    QVERIFY(!d.active);
    QCOMPARE(d.finalReplicas, 0);
    d = keda.poll(30, 0, {3});              // 3 > 2: activation to max(0, 1) = 1
    QVERIFY(d.active);
    QCOMPARE(d.finalReplicas, 1);
    QCOMPARE(d.rule, QStringLiteral("activation"));
    d = keda.hpaSync(30, 1, {3});           // ceil(3 / 5) = 1, ratio 0.6 outside tolerance
    QCOMPARE(d.hpa->metricDesiredReplicas[0], 1);
    d = keda.poll(60, 1, {0});              // inactive; last active 30 + 60 = 90 not before 60
    QCOMPARE(d.rule, QStringLiteral("cooldown-wait"));
    QCOMPARE(d.finalReplicas, 1);
    d = keda.poll(90, 1, {0});              // 90 is not before 90 (strict)
    QCOMPARE(d.finalReplicas, 1);
    d = keda.poll(120, 1, {0});             // 90 < 120: scale to zero
    QCOMPARE(d.rule, QStringLiteral("cooldown"));
    QCOMPARE(d.finalReplicas, 0);
    d = keda.hpaSync(120, 0, {0});          // the HPA does nothing at 0
    QVERIFY(!d.hpa);
    QCOMPARE(d.finalReplicas, 0);
}

void tst_KedaController::idleReplicaCount()
{
    // min 2, idle 0: activation goes to minReplicaCount 2; after the cooldown back to idle 0.
    KedaController keda(spec(2, 0, 60, 5, 0));
    KedaDecision d = keda.poll(0, 0, {1});
    QCOMPARE(d.finalReplicas, 2);
    d = keda.poll(30, 2, {0});
    QCOMPARE(d.rule, QStringLiteral("cooldown-wait"));
    d = keda.poll(90, 2, {0});              // 0 + 60 < 90
    QCOMPARE(d.finalReplicas, 0);
}

void tst_KedaController::raisedToMinWhenInactive()
{
    // min 2 without idle: an inactive ScaledObject at 1 replica is raised to 2.
    KedaController keda(spec(2, std::nullopt, 60, 5, 0));
    const KedaDecision d = keda.poll(0, 1, {0});
    QCOMPARE(d.finalReplicas, 2);
    QCOMPARE(d.rule, QStringLiteral("min"));
}

void tst_KedaController::hpaAverageValueIsExact()
{
    // total 70, target 10, 3 replicas: ratio 70 / 30 = 2.33, proposal ceil(70 / 10) = 7 (a
    // floating-point ceil(70/3/10 x 3) could give 8); default scale-up limit max(3 x 2, 3 + 4) = 7.
    KedaController keda(spec(1, std::nullopt, 300, 10, 0));
    const KedaDecision d = keda.hpaSync(0, 3, {70});
    QVERIFY(d.hpa);
    QCOMPARE(d.hpa->metricDesiredReplicas[0], 7);
    QCOMPARE(d.finalReplicas, 7);
}

QTEST_GUILESS_MAIN(tst_KedaController)
#include "tst_kedacontroller.moc"
