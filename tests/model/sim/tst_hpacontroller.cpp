#include "model/sim/hpacontroller.h"

#include "tests/model/sim/simfixtures.h"

#include <QTest>
#include <cmath>

using namespace Scaleplan;

// Expected values are hand calculations with the formulas of kubernetes.io "Horizontal Pod
// Autoscaling" -> "Algorithm details" (desired = ceil(current x currentValue / target), tolerance
// 0.1) and "Configurable scaling behavior" (stabilisation windows, policies, selectPolicy), as
// implemented in pkg/controller/podautoscaler/horizontal.go. Each case writes its arithmetic.

namespace {

HpaMetricSpec cpuUtilization(double percent)
{
    return HpaMetricSpec{HpaMetricSourceType::Resource, QStringLiteral("cpu"), HpaMetricTargetType::Utilization, percent};
}

/// min 1, max 100, one cpu metric at 70 %, default behavior unless overridden.
HpaSpec baseSpec()
{
    HpaSpec spec;
    spec.name = QStringLiteral("test-hpa");
    spec.minReplicas = 1;
    spec.maxReplicas = 100;
    spec.metrics = {cpuUtilization(70)};
    return spec;
}

/// No stabilisation and policies generous enough never to limit (for isolating one rule).
HpaScalingRules unlimited(int windowSeconds = 0)
{
    return HpaScalingRules{windowSeconds, HpaSelectPolicy::Max, {{HpaPolicyType::Percent, 1000, 15}}};
}

} // namespace

class tst_HpaController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratio_data();
    void ratio();
    void multipleMetricsTakeTheMax();
    void missingMetricBlocksScaleDown();
    void clamps_data();
    void clamps();
    void scaleUpStabilizationWindow();
    void scaleDownWindowKeepsTheMax();
    void firstSyncRecordsCurrentReplicas();
    void percentPolicyDoublesPerPeriod();
    void seedPercentScaleDownPolicy();
    void podsPolicy();
    void selectPolicy_data();
    void selectPolicy();
    void defaultBehavior();
    void unreadyPodsOnScaleUp_data();
    void unreadyPodsOnScaleUp();
    void limitNames();
};

void tst_HpaController::ratio_data()
{
    QTest::addColumn<int>("sourceType");
    QTest::addColumn<int>("targetType");
    QTest::addColumn<double>("target");
    QTest::addColumn<int>("current");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("limitedBy");

    const int resource = int(HpaMetricSourceType::Resource);
    const int utilization = int(HpaMetricTargetType::Utilization);
    // 4 x 140 / 70 = 8
    QTest::newRow("4 pods at 140% of 70%") << resource << utilization << 70.0 << 4 << 140.0 << 8 << int(HpaLimit::None);
    // 75 / 70 = 1.071: |1.071 - 1| <= 0.1 -> stays 4
    QTest::newRow("75/70 inside tolerance") << resource << utilization << 70.0 << 4 << 75.0 << 4 << int(HpaLimit::Tolerance);
    // 66 / 70 = 0.943: inside the band -> stays 4
    QTest::newRow("66/70 inside tolerance") << resource << utilization << 70.0 << 4 << 66.0 << 4 << int(HpaLimit::Tolerance);
    // 78 / 70 = 1.114 > 1.1: ceil(4 x 1.114) = ceil(4.457) = 5
    QTest::newRow("78/70 outside tolerance") << resource << utilization << 70.0 << 4 << 78.0 << 5 << int(HpaLimit::None);
    // 10 x 35 / 70 = 5 (first sync: no history, so no stabilisation yet)
    QTest::newRow("scale down 35/70") << resource << utilization << 70.0 << 10 << 35.0 << 5 << int(HpaLimit::None);
    // 10 x 150 / 100 = 15
    QTest::newRow("Pods AverageValue 150/100") << int(HpaMetricSourceType::Pods) << int(HpaMetricTargetType::AverageValue)
                                               << 100.0 << 10 << 150.0 << 15 << int(HpaLimit::None);
    // Object Value: ceil(2500 / 1000 x 4 ready) = 10
    QTest::newRow("Object Value 2500/1000") << int(HpaMetricSourceType::Object) << int(HpaMetricTargetType::Value)
                                            << 1000.0 << 4 << 2500.0 << 10 << int(HpaLimit::None);
    // External AverageValue: per-pod 45 vs 30 -> ceil(1.5 x 4) = 6
    QTest::newRow("External AverageValue 45/30") << int(HpaMetricSourceType::External) << int(HpaMetricTargetType::AverageValue)
                                                 << 30.0 << 4 << 45.0 << 6 << int(HpaLimit::None);
}

void tst_HpaController::ratio()
{
    QFETCH(int, sourceType);
    QFETCH(int, targetType);
    QFETCH(double, target);
    QFETCH(int, current);
    QFETCH(double, value);
    QFETCH(int, expected);
    QFETCH(int, limitedBy);

    HpaSpec spec = baseSpec();
    spec.metrics = {HpaMetricSpec{HpaMetricSourceType(sourceType), QStringLiteral("m"), HpaMetricTargetType(targetType), target}};
    spec.scaleUp = unlimited();
    spec.scaleDown = unlimited();
    HpaController hpa(spec);
    const HpaDecision d = hpa.sync(0, current, {value});
    QCOMPARE(d.metricDesiredReplicas.value(0), expected);
    QCOMPARE(d.desiredReplicas, expected);
    QCOMPARE(d.finalReplicas, expected);
    QCOMPARE(int(d.limitedBy), limitedBy);
    QVERIFY(d.metricsAvailable);
}

void tst_HpaController::multipleMetricsTakeTheMax()
{
    // cpu 140/70 -> 4 x 2 = 8; memory 40/80 -> ceil(4 x 0.5) = 2; pods 100/100 -> tolerance, 4.
    // max(8, 2, 4) = 8.
    HpaSpec spec = baseSpec();
    spec.metrics = {cpuUtilization(70),
                    HpaMetricSpec{HpaMetricSourceType::Resource, QStringLiteral("memory"), HpaMetricTargetType::Utilization, 80},
                    HpaMetricSpec{HpaMetricSourceType::Pods, QStringLiteral("requests_per_second"),
                                  HpaMetricTargetType::AverageValue, 100}};
    spec.scaleUp = unlimited();
    HpaController hpa(spec);
    const HpaDecision d = hpa.sync(0, 4, {140, 40, 100});
    QCOMPARE(d.metricDesiredReplicas, (QVector<int>{8, 2, 4}));
    QCOMPARE(d.desiredReplicas, 8);
    QCOMPARE(d.finalReplicas, 8);

    // All below target: cpu 35/70 -> 2, memory 40/80 -> 2, pods 25/100 -> 1; max = 2.
    spec.scaleDown = unlimited();
    HpaController down(spec);
    const HpaDecision d2 = down.sync(0, 4, {35, 40, 25});
    QCOMPARE(d2.metricDesiredReplicas, (QVector<int>{2, 2, 1}));
    QCOMPARE(d2.finalReplicas, 2);
}

void tst_HpaController::missingMetricBlocksScaleDown()
{
    // horizontal.go computeReplicasForMetrics: with an invalid metric the HPA may scale up but
    // never down. cpu 35/70 would give 2 of 4, memory is unavailable -> keep 4.
    HpaSpec spec = baseSpec();
    spec.metrics = {cpuUtilization(70),
                    HpaMetricSpec{HpaMetricSourceType::Resource, QStringLiteral("memory"), HpaMetricTargetType::Utilization, 80}};
    spec.scaleUp = unlimited();
    spec.scaleDown = unlimited();
    HpaController hpa(spec);
    const HpaDecision down = hpa.sync(0, 4, {35, std::nan("")});
    QVERIFY(!down.metricsAvailable);
    QCOMPARE(down.finalReplicas, 4);
    // cpu 140/70 -> 8: a scale-up goes ahead.
    const HpaDecision up = hpa.sync(15, 4, {140, std::nan("")});
    QVERIFY(up.metricsAvailable);
    QCOMPARE(up.finalReplicas, 8);
    QCOMPARE(up.metricDesiredReplicas, (QVector<int>{8, -1}));
}

void tst_HpaController::clamps_data()
{
    QTest::addColumn<int>("minReplicas");
    QTest::addColumn<int>("maxReplicas");
    QTest::addColumn<int>("current");
    QTest::addColumn<double>("cpu");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("limitedBy");
    // 4 x 140/70 = 8 > max 6 -> 6
    QTest::newRow("max") << 1 << 6 << 4 << 140.0 << 6 << int(HpaLimit::MaxReplicas);
    // ceil(4 x 10/70) = ceil(0.571) = 1 < min 3 -> 3
    QTest::newRow("min") << 3 << 50 << 4 << 10.0 << 3 << int(HpaLimit::MinReplicas);
    // current 60 above max 50: clamped to 50 before looking at metrics
    QTest::newRow("current above max") << 3 << 50 << 60 << 140.0 << 50 << int(HpaLimit::MaxReplicas);
    // current 2 below min 3: clamped to 3
    QTest::newRow("current below min") << 3 << 50 << 2 << 10.0 << 3 << int(HpaLimit::MinReplicas);
    // 4 x 105/70 = 6 within [1, 6]
    QTest::newRow("inside") << 1 << 6 << 4 << 105.0 << 6 << int(HpaLimit::None);
}

void tst_HpaController::clamps()
{
    QFETCH(int, minReplicas);
    QFETCH(int, maxReplicas);
    QFETCH(int, current);
    QFETCH(double, cpu);
    QFETCH(int, expected);
    QFETCH(int, limitedBy);
    HpaSpec spec = baseSpec();
    spec.minReplicas = minReplicas;
    spec.maxReplicas = maxReplicas;
    spec.scaleUp = unlimited();
    spec.scaleDown = unlimited();
    HpaController hpa(spec);
    const HpaDecision d = hpa.sync(0, current, {cpu});
    QCOMPARE(d.finalReplicas, expected);
    QCOMPARE(hpaLimitName(d.limitedBy), hpaLimitName(HpaLimit(limitedBy)));
}

void tst_HpaController::scaleUpStabilizationWindow()
{
    // scaleUp window 60 s: the recommendation is the minimum of the recommendations of the last
    // 60 s (an entry exactly 60 s old is outside, as Go's time.After). t=0: 70/70 -> 4.
    // t=15,30,45: 140/70 -> 8, but the 4 from t=0 is in the window -> min = 4.
    // t=60: the window (0, 60] holds 8, 8, 8 (t=15,30,45) and 8 -> 8.
    HpaSpec spec = baseSpec();
    spec.scaleUp = unlimited(60);
    spec.scaleDown = unlimited();
    HpaController hpa(spec);
    int current = 4;
    QCOMPARE(hpa.sync(0, current, {70}).finalReplicas, 4);
    for (int t : {15, 30, 45}) {
        const HpaDecision d = hpa.sync(t, current, {140});
        QCOMPARE(d.desiredReplicas, 8);
        QCOMPARE(d.stabilizedReplicas, 4);
        QCOMPARE(d.finalReplicas, 4);
        QCOMPARE(d.limitedBy, HpaLimit::Stabilization);
    }
    const HpaDecision d = hpa.sync(60, current, {140});
    QCOMPARE(d.finalReplicas, 8);
    QCOMPARE(d.limitedBy, HpaLimit::None);
}

void tst_HpaController::scaleDownWindowKeepsTheMax()
{
    // scaleDown window 300 s keeps the highest recommendation of the last 300 s.
    // t=0: 70/70 -> 10. t=15: 56/70 = 0.8 -> 8. t=30..285: 35/70 -> 5.
    // Up to t=285 the 10 of t=0 is in the window -> 10.
    // t=300: window (0, 300] holds 8 (t=15) and 5s -> 8. t=315: window (15, 315] -> 5.
    HpaSpec spec = baseSpec();
    spec.scaleUp = unlimited();
    spec.scaleDown = HpaSpec::defaultScaleDownRules(); // window 300, Percent 100 / 15 s
    HpaController hpa(spec);
    int current = 10;
    current = hpa.sync(0, current, {70}).finalReplicas;
    QCOMPARE(current, 10);
    HpaDecision d = hpa.sync(15, current, {56});
    QCOMPARE(d.desiredReplicas, 8);
    QCOMPARE(d.finalReplicas, 10);
    QCOMPARE(d.limitedBy, HpaLimit::Stabilization);
    for (int t = 30; t <= 285; t += 15) {
        d = hpa.sync(t, current, {35});
        QCOMPARE(d.desiredReplicas, 5);
        QCOMPARE(d.finalReplicas, 10);
    }
    d = hpa.sync(300, current, {35});
    QCOMPARE(d.stabilizedReplicas, 8);
    QCOMPARE(d.finalReplicas, 8);
    QCOMPARE(d.limitedBy, HpaLimit::Stabilization);
    current = d.finalReplicas;
    // 8 x 35/70 = 4 now; window (15, 315] holds only 5s and 4 -> max 5.
    d = hpa.sync(315, current, {35});
    QCOMPARE(d.desiredReplicas, 4);
    QCOMPARE(d.finalReplicas, 5);
}

void tst_HpaController::firstSyncRecordsCurrentReplicas()
{
    // horizontal.go reconcileAutoscaler calls recordInitialRecommendation(currentReplicas) before
    // it stabilises: an HPA first seen at 10 replicas whose metric asks for 2 (14/70 x 10 = 2)
    // keeps 10 while that record is in the 300 s window, i.e. for t in [0, 285], and drops at
    // t = 300 (window (0, 300] holds only the 2s).
    HpaSpec spec = baseSpec();
    spec.scaleUp = unlimited();
    spec.scaleDown = HpaSpec::defaultScaleDownRules();
    HpaController hpa(spec);
    HpaDecision d = hpa.sync(0, 10, {14});
    QCOMPARE(d.desiredReplicas, 2);
    QCOMPARE(d.finalReplicas, 10);
    QCOMPARE(d.limitedBy, HpaLimit::Stabilization);
    for (int t = 15; t <= 285; t += 15)
        QCOMPARE(hpa.sync(t, 10, {14}).finalReplicas, 10);
    d = hpa.sync(300, 10, {14});
    QCOMPARE(d.finalReplicas, 2);
    // A scale-up is not held back by the record (scaleUp window 0 here).
    HpaController fresh(spec);
    QCOMPARE(fresh.sync(0, 2, {140}).finalReplicas, 4);
}

void tst_HpaController::percentPolicyDoublesPerPeriod()
{
    // scaleUp Percent 100 / 60 s: limit = ceil(periodStart x 2), periodStart = current minus the
    // replicas added in the last 60 s. cpu 700/70 = ratio 10 wants 10 x current throughout.
    // t=0: 2 -> ceil(2 x 2) = 4. t=15,30,45: periodStart = 4 - 2 = 2 -> 4 (policy).
    // t=60: the +2 of t=0 is 60 s old (outside) -> periodStart 4 -> 8.
    HpaSpec spec = baseSpec();
    spec.scaleUp = HpaScalingRules{0, HpaSelectPolicy::Max, {{HpaPolicyType::Percent, 100, 60}}};
    HpaController hpa(spec);
    int current = 2;
    HpaDecision d = hpa.sync(0, current, {700});
    QCOMPARE(d.desiredReplicas, 20);
    QCOMPARE(d.finalReplicas, 4);
    QCOMPARE(d.limitedBy, HpaLimit::Policy);
    current = d.finalReplicas;
    for (int t : {15, 30, 45}) {
        d = hpa.sync(t, current, {700});
        QCOMPARE(d.finalReplicas, 4);
        QCOMPARE(d.limitedBy, HpaLimit::Policy);
    }
    d = hpa.sync(60, current, {700});
    QCOMPARE(d.finalReplicas, 8);
    current = d.finalReplicas;
    d = hpa.sync(120, current, {700});
    QCOMPARE(d.finalReplicas, 16); // ceil(8 x 2)
}

void tst_HpaController::seedPercentScaleDownPolicy()
{
    // The seed's scaleDown policy, Percent 10 / 60 s (window set to 0 to isolate the policy):
    // limit = trunc(periodStart x 0.9). cpu 7/70 = 0.1 wants ~2 throughout; min 3.
    // t=0: trunc(20 x 0.9) = 18. t=15: periodStart = 18 + 2 = 20 -> 18 (no change).
    // t=60: the -2 of t=0 is outside -> trunc(18 x 0.9) = trunc(16.2) = 16.
    // t=120: trunc(16 x 0.9) = trunc(14.4) = 14.
    HpaSpec spec = baseSpec();
    spec.minReplicas = 3;
    spec.scaleUp = unlimited();
    spec.scaleDown = HpaScalingRules{0, HpaSelectPolicy::Max, {{HpaPolicyType::Percent, 10, 60}}};
    HpaController hpa(spec);
    int current = 20;
    HpaDecision d = hpa.sync(0, current, {7});
    QCOMPARE(d.desiredReplicas, 2);
    QCOMPARE(d.finalReplicas, 18);
    QCOMPARE(d.limitedBy, HpaLimit::Policy);
    current = d.finalReplicas;
    d = hpa.sync(15, current, {7});
    QCOMPARE(d.finalReplicas, 18);
    QCOMPARE(d.limitedBy, HpaLimit::Policy);
    d = hpa.sync(60, current, {7});
    QCOMPARE(d.finalReplicas, 16);
    current = d.finalReplicas;
    d = hpa.sync(120, current, {7});
    QCOMPARE(d.finalReplicas, 14);
}

void tst_HpaController::podsPolicy()
{
    // scaleUp Pods 4 / 60 s: limit = periodStart + 4.
    // t=0: 2 + 4 = 6. t=15: periodStart = 6 - 4 = 2 -> 6. t=60: 6 + 4 = 10.
    HpaSpec spec = baseSpec();
    spec.scaleUp = HpaScalingRules{0, HpaSelectPolicy::Max, {{HpaPolicyType::Pods, 4, 60}}};
    HpaController hpa(spec);
    int current = 2;
    HpaDecision d = hpa.sync(0, current, {700});
    QCOMPARE(d.finalReplicas, 6);
    current = d.finalReplicas;
    QCOMPARE(hpa.sync(15, current, {700}).finalReplicas, 6);
    QCOMPARE(hpa.sync(60, current, {700}).finalReplicas, 10);
}

void tst_HpaController::selectPolicy_data()
{
    QTest::addColumn<bool>("scaleUp");
    QTest::addColumn<int>("select");
    QTest::addColumn<int>("expected");
    // Scale-up from 10 wanting 40 (280/70 = 4), policies Pods 4/60 -> 14 and Percent 100/60 -> 20.
    QTest::newRow("up Max") << true << int(HpaSelectPolicy::Max) << 20;      // max(14, 20)
    QTest::newRow("up Min") << true << int(HpaSelectPolicy::Min) << 14;      // min(14, 20)
    QTest::newRow("up Disabled") << true << int(HpaSelectPolicy::Disabled) << 10;
    // Scale-down from 20 wanting 2 (7/70 = 0.1), policies Pods 4/60 -> 16 and Percent 50/60 -> 10.
    QTest::newRow("down Max") << false << int(HpaSelectPolicy::Max) << 10;   // largest change: min(16, 10)
    QTest::newRow("down Min") << false << int(HpaSelectPolicy::Min) << 16;   // smallest change: max(16, 10)
    QTest::newRow("down Disabled") << false << int(HpaSelectPolicy::Disabled) << 20;
}

void tst_HpaController::selectPolicy()
{
    QFETCH(bool, scaleUp);
    QFETCH(int, select);
    QFETCH(int, expected);
    HpaSpec spec = baseSpec();
    spec.scaleUp = unlimited();
    spec.scaleDown = unlimited();
    HpaScalingRules &rules = scaleUp ? spec.scaleUp : spec.scaleDown;
    rules = HpaScalingRules{0, HpaSelectPolicy(select),
                            {{HpaPolicyType::Pods, 4, 60}, {HpaPolicyType::Percent, scaleUp ? 100 : 50, 60}}};
    HpaController hpa(spec);
    const HpaDecision d = scaleUp ? hpa.sync(0, 10, {280}) : hpa.sync(0, 20, {7});
    QCOMPARE(d.finalReplicas, expected);
    QCOMPARE(d.limitedBy, HpaLimit::Policy);
}

void tst_HpaController::defaultBehavior()
{
    // No spec.behavior: the documented defaults apply ("Default Behavior").
    QVariantMap manifest = TestFixtures::seedHpaManifest();
    QVariantMap specMap = manifest.value(QStringLiteral("spec")).toMap();
    specMap.remove(QStringLiteral("behavior"));
    specMap.insert(QStringLiteral("minReplicas"), 1);
    specMap.insert(QStringLiteral("metrics"), QVariantList{TestFixtures::resourceMetric(QStringLiteral("cpu"), 70)});
    manifest.insert(QStringLiteral("spec"), specMap);
    const auto spec = HpaSpec::fromManifest(manifest);
    QVERIFY(spec);

    // Scale-up from 2 wanting 20 (700/70): max(Percent ceil(2 x 2) = 4, Pods 2 + 4 = 6) = 6.
    HpaController up(*spec);
    HpaDecision d = up.sync(0, 2, {700});
    QCOMPARE(d.finalReplicas, 6);
    // 15 s later the period (15 s) has passed: max(ceil(6 x 2) = 12, 6 + 4 = 10) = 12.
    d = up.sync(15, 6, {700});
    QCOMPARE(d.finalReplicas, 12);

    // Scale-down: window 300 s. t=0: 70/70 -> 10. t=15: 7/70 -> 1, but max(10, 1) = 10.
    HpaController down(*spec);
    QCOMPARE(down.sync(0, 10, {70}).finalReplicas, 10);
    d = down.sync(15, 10, {7});
    QCOMPARE(d.desiredReplicas, 1);
    QCOMPARE(d.finalReplicas, 10);
    QCOMPARE(d.limitedBy, HpaLimit::Stabilization);
    // t=300: the window (0, 300] holds only 1s -> 1 (Percent 100 / 15 s allows it).
    for (int t = 30; t < 300; t += 15)
        down.sync(t, 10, {7});
    QCOMPARE(down.sync(300, 10, {7}).finalReplicas, 1);
}

void tst_HpaController::unreadyPodsOnScaleUp_data()
{
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("ready");
    QTest::addColumn<double>("cpu");
    QTest::addColumn<int>("expected");
    // replica_calculator.go: on a scale-up unready pods count as 0 %.
    // 126/70 = 1.8 over 3 ready of 5: ratio' = 1.8 x 3 / 5 = 1.08 -> inside tolerance -> 5
    // (counting only the ready pods would give ceil(1.8 x 3) = 6).
    QTest::newRow("unready damp scale-up") << 5 << 3 << 126.0 << 5;
    // 280/70 = 4 over 2 ready of 4: ratio' = 2 -> ceil(2 x 4) = 8
    QTest::newRow("scale-up with unready") << 4 << 2 << 280.0 << 8;
    // Scale-down ignores unready pods: 35/70 = 0.5 x 3 ready -> ceil(1.5) = 2
    QTest::newRow("scale-down ready only") << 5 << 3 << 35.0 << 2;
}

void tst_HpaController::unreadyPodsOnScaleUp()
{
    QFETCH(int, current);
    QFETCH(int, ready);
    QFETCH(double, cpu);
    QFETCH(int, expected);
    HpaSpec spec = baseSpec();
    spec.scaleUp = unlimited();
    spec.scaleDown = unlimited();
    HpaController hpa(spec);
    const HpaDecision d = hpa.sync(0, current, {cpu}, ready);
    QCOMPARE(d.desiredReplicas, expected);
}

void tst_HpaController::limitNames()
{
    QCOMPARE(hpaLimitName(HpaLimit::None), QStringLiteral("none"));
    QCOMPARE(hpaLimitName(HpaLimit::Tolerance), QStringLiteral("tolerance"));
    QCOMPARE(hpaLimitName(HpaLimit::Stabilization), QStringLiteral("stabilization"));
    QCOMPARE(hpaLimitName(HpaLimit::Policy), QStringLiteral("policy"));
    QCOMPARE(hpaLimitName(HpaLimit::MinReplicas), QStringLiteral("min"));
    QCOMPARE(hpaLimitName(HpaLimit::MaxReplicas), QStringLiteral("max"));
    QCOMPARE(hpaLimitName(HpaLimit::ScalingDisabled), QStringLiteral("scaling-disabled"));
    // A target at 0 replicas (minReplicas 1): the HPA does not act, whatever the metric says.
    HpaController hpa(baseSpec());
    const HpaDecision d = hpa.sync(0, 0, {700});
    QCOMPARE(d.finalReplicas, 0);
    QCOMPARE(d.limitedBy, HpaLimit::ScalingDisabled);
}

QTEST_GUILESS_MAIN(tst_HpaController)
#include "tst_hpacontroller.moc"
