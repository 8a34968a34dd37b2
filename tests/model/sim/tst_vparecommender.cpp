#include "model/sim/vparecommender.h"

#include "tests/model/sim/simfixtures.h"

#include <QTest>
#include <cmath>

using namespace Scaleplan;
using namespace Scaleplan::TestFixtures;

// Expected values are hand calculations of the VPA recommender (kubernetes/autoscaler
// vertical-pod-autoscaler/pkg/recommender: histogram_options.go, histogram.go, estimator.go,
// recommender.go, container.go), computed with a calculator:
//  CPU buckets (first 0.001 core, ratio 1.05): end of the bucket holding
//    0.2 core  = 0.209347995715 core, 0.8 core = 0.836260724619 core, 0.5 core = 0.505669807330 core;
//  memory buckets (first 1e7 B, ratio 1.05): end of the bucket holding
//    300 MiB = 330659541.03 B, 600 MiB = 664388475.03 B, 50 MiB = 55256312.5 B, 100 MiB = 110265643.2 B.
//  Margin: x 1.15. Per-pod minimum: 25m, 250 MiB = 262144000 B.

namespace {

/// The seed's web-app-vpa (resourcePolicy minAllowed 100m / 128Mi, maxAllowed 2 / 4Gi).
DesignObject seedVpa()
{
    const QVariantMap policy = map({{QStringLiteral("containerName"), QStringLiteral("web-app")},
                                    {QStringLiteral("minAllowed"), map({{QStringLiteral("cpu"), QStringLiteral("100m")},
                                                                       {QStringLiteral("memory"), QStringLiteral("128Mi")}})},
                                    {QStringLiteral("maxAllowed"), map({{QStringLiteral("cpu"), 2},
                                                                       {QStringLiteral("memory"), QStringLiteral("4Gi")}})}});
    return object(ObjectKind::VerticalPodAutoscaler, QStringLiteral("web-app-vpa"),
                  map({{QStringLiteral("apiVersion"), QStringLiteral("autoscaling.k8s.io/v1")},
                       {QStringLiteral("kind"), QStringLiteral("VerticalPodAutoscaler")},
                       {QStringLiteral("spec"),
                        map({{QStringLiteral("targetRef"), map({{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                                                                {QStringLiteral("kind"), QStringLiteral("Deployment")},
                                                                {QStringLiteral("name"), QStringLiteral("web-app")}})},
                             {QStringLiteral("updatePolicy"), map({{QStringLiteral("updateMode"), QStringLiteral("Auto")}})},
                             {QStringLiteral("resourcePolicy"), map({{QStringLiteral("containerPolicies"), QVariantList{policy}}})}})}}));
}

bool near(double actual, double expected, double tolerance = 1e-6)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

constexpr double MiB = 1024.0 * 1024.0;

} // namespace

class tst_VpaRecommender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentilesWithMargin();
    void cappedBySeedPolicy();
    void confidenceAfterOneDay();
    void memoryPeakPerWindow();
    void policyFromObject();
    void noSamples();
};

void tst_VpaRecommender::percentilesWithMargin()
{
    // 85 pods use 200m / 300 MiB, 15 use 800m / 600 MiB, request 500m
    // (weight 0.5 each), all sampled at t = 0.
    // CPU: total weight 50; p50 threshold 25 and p90 threshold 45 vs 85 x 0.5 = 42.5 in the 200m bucket:
    //   target (p90) = 0.836261 x 1.15 = 961.6998 m; lower (p50) x (1 + 0.001/0)^-2 = 0 -> the 25m minimum;
    //   upper (p95) x (1 + 1/0) = +inf (one instant of history: confidence 0).
    // Memory peaks (weight 1 each): p90 threshold 90 > 85 -> 664388475.03 x 1.15 = 764046746.28 B.
    VpaRecommender recommender;
    for (int pod = 0; pod < 100; ++pod) {
        const bool heavy = pod >= 85;
        recommender.addCpuSample(0, heavy ? 800 : 200, 500);
        recommender.addMemorySample(pod, 0, (heavy ? 600 : 300) * MiB);
    }
    QCOMPARE(recommender.cpuSampleCount(), 100);
    QCOMPARE(recommender.confidence(), 0.0);
    const VpaRecommendation r = recommender.recommend();
    QVERIFY(r.valid);
    QVERIFY2(near(r.targetCpuMillicores, 961.6998333), qPrintable(QString::number(r.targetCpuMillicores, 'g', 12)));
    QCOMPARE(r.lowerBoundCpuMillicores, 25.0);
    QVERIFY(std::isinf(r.upperBoundCpuMillicores));
    QVERIFY2(near(r.targetMemoryBytes, 764046746.28), qPrintable(QString::number(r.targetMemoryBytes, 'g', 12)));
    QCOMPARE(r.lowerBoundMemoryBytes, 262144000.0);
    QVERIFY(std::isinf(r.upperBoundMemoryBytes));
}

void tst_VpaRecommender::cappedBySeedPolicy()
{
    // The same recommendation capped by the seed's policy: CPU target 961.7m stays in
    // [100m, 2000m]; the lower bound 25m rises to 100m; the infinite upper bounds fall to 2000m and
    // 4Gi = 4294967296 B; memory target and lower bound (250 MiB > 128 MiB) stay.
    VpaRecommendation uncapped;
    uncapped.valid = true;
    uncapped.targetCpuMillicores = 961.6998333;
    uncapped.lowerBoundCpuMillicores = 25;
    uncapped.upperBoundCpuMillicores = std::numeric_limits<double>::infinity();
    uncapped.targetMemoryBytes = 764046746.28;
    uncapped.lowerBoundMemoryBytes = 262144000;
    uncapped.upperBoundMemoryBytes = std::numeric_limits<double>::infinity();
    QStringList errors;
    const VpaContainerPolicy policy = VpaContainerPolicy::fromObject(seedVpa(), QStringLiteral("web-app"), &errors);
    QVERIFY(errors.isEmpty());
    const VpaRecommendation r = VpaRecommender::capped(uncapped, policy);
    QCOMPARE(r.targetCpuMillicores, 961.6998333);
    QCOMPARE(r.lowerBoundCpuMillicores, 100.0);
    QCOMPARE(r.upperBoundCpuMillicores, 2000.0);
    QCOMPARE(r.targetMemoryBytes, 764046746.28);
    QCOMPARE(r.lowerBoundMemoryBytes, 262144000.0);
    QCOMPARE(r.upperBoundMemoryBytes, 4294967296.0);

    // A tiny workload: target 30m < minAllowed 100m -> 100m; memory 50 MiB < 128 MiB -> 128 MiB.
    VpaRecommendation small = uncapped;
    small.targetCpuMillicores = 30;
    small.targetMemoryBytes = 50 * MiB;
    const VpaRecommendation raised = VpaRecommender::capped(small, policy);
    QCOMPARE(raised.targetCpuMillicores, 100.0);
    QCOMPARE(raised.targetMemoryBytes, 128 * MiB);
}

void tst_VpaRecommender::confidenceAfterOneDay()
{
    // One container at 500m (request 500m) sampled once a minute, t = 0 .. 1439 min: 1440 samples,
    // lifespan 1439/1440 day -> confidence = min(0.999306, 1440/1440) = 0.999306.
    // All samples share one bucket, so decay does not move the percentiles: base 0.505670 core x 1.15
    // = 581.5203 m; upper x (1 + 1/0.999306) = 2.000695 -> 1163.4447 m;
    // lower x (1 + 0.001/0.999306)^-2 = 0.998002 -> 580.3583 m.
    VpaRecommender recommender;
    for (int minute = 0; minute < 1440; ++minute)
        recommender.addCpuSample(minute * 60.0, 500, 500);
    QVERIFY(near(recommender.confidence(), 1439.0 / 1440.0, 1e-12));
    const VpaRecommendation r = recommender.recommend();
    QVERIFY2(near(r.targetCpuMillicores, 581.520278), qPrintable(QString::number(r.targetCpuMillicores, 'g', 12)));
    QVERIFY2(near(r.upperBoundCpuMillicores, 581.520278 * 2.000694927), qPrintable(QString::number(r.upperBoundCpuMillicores, 'g', 12)));
    QVERIFY2(near(r.lowerBoundCpuMillicores, 581.520278 * 0.998001610), qPrintable(QString::number(r.lowerBoundCpuMillicores, 'g', 12)));
}

void tst_VpaRecommender::memoryPeakPerWindow()
{
    // One container, 24 h aggregation windows, per-pod minimum 0 to expose the percentiles:
    //  t = 0: 100 MiB opens the window ending at 86400 (peak stamped 86400, weight 2^1 = 2);
    //  t = 60: 300 MiB > 100 MiB replaces the peak (the 100 MiB one is subtracted);
    //  t = 120: 200 MiB < 300 MiB is ignored;
    //  -> one peak, 300 MiB: p50 = 330659541.03 x 1.15 = 380258472.18 B
    //     (had the 100 MiB peak stayed, p50 would be its bucket: 110265643.2 x 1.15).
    VpaRecommenderOptions options;
    options.podMinMemoryMb = 0;
    options.targetMemoryPercentile = 0.5;
    VpaRecommender recommender(options);
    recommender.addMemorySample(7, 0, 100 * MiB);
    recommender.addMemorySample(7, 60, 300 * MiB);
    recommender.addMemorySample(7, 120, 200 * MiB);
    QVERIFY2(near(recommender.recommend().targetMemoryBytes, 380258472.18),
             qPrintable(QString::number(recommender.recommend().targetMemoryBytes, 'g', 12)));
    //  t = 86400 (the window end): 50 MiB opens the next window (end 172800, weight 2^2 = 4);
    //  peaks {300 MiB: 2, 50 MiB: 4}, total 6: p50 threshold 3 <= 4 -> the 50 MiB bucket:
    //  55256312.5 x 1.15 = 63544759.375 B (without the new window it would stay at 300 MiB).
    recommender.addMemorySample(7, 86400, 50 * MiB);
    QVERIFY2(near(recommender.recommend().targetMemoryBytes, 63544759.375),
             qPrintable(QString::number(recommender.recommend().targetMemoryBytes, 'g', 12)));
    // An older sample than the last one is ignored (container.go: outdated).
    recommender.addMemorySample(7, 10, 900 * MiB);
    QVERIFY(near(recommender.recommend().targetMemoryBytes, 63544759.375));
}

void tst_VpaRecommender::policyFromObject()
{
    QStringList errors;
    const VpaContainerPolicy policy = VpaContainerPolicy::fromObject(seedVpa(), QStringLiteral("web-app"), &errors);
    QCOMPARE(policy.containerName, QStringLiteral("web-app"));
    QCOMPARE(policy.mode, QStringLiteral("Auto"));
    QCOMPARE(policy.minAllowedCpuMillicores, 100.0);
    QCOMPARE(policy.minAllowedMemoryBytes, 134217728.0); // 128Mi
    QCOMPARE(policy.maxAllowedCpuMillicores, 2000.0);
    QCOMPARE(policy.maxAllowedMemoryBytes, 4294967296.0); // 4Gi
    // Another container has no policy: unbounded.
    const VpaContainerPolicy other = VpaContainerPolicy::fromObject(seedVpa(), QStringLiteral("sidecar"), &errors);
    QVERIFY(std::isnan(other.maxAllowedCpuMillicores));
    // mode Off: no recommendation.
    VpaContainerPolicy off;
    off.mode = QStringLiteral("Off");
    VpaRecommendation valid;
    valid.valid = true;
    QVERIFY(!VpaRecommender::capped(valid, off).valid);
}

void tst_VpaRecommender::noSamples()
{
    const VpaRecommendation r = VpaRecommender().recommend();
    QVERIFY(!r.valid);
    QCOMPARE(r.targetCpuMillicores, 0.0);
}

QTEST_GUILESS_MAIN(tst_VpaRecommender)
#include "tst_vparecommender.moc"
