#include "model/sim/targettracking.h"

#include "tests/model/sim/simfixtures.h"

#include <QTest>

using namespace Scaleplan;
using namespace Scaleplan::TestFixtures;

// Hand calculations with the rules of targettracking.h (Application Auto Scaling User Guide,
// "Target tracking scaling policies" and "Define cooldown periods"): desired = ceil(current x
// metric / target); scale-out after 3 one-minute datapoints above target, scale-in after 15 below
// 90 % of it; scale-in blocked by both cooldowns, scale-out only by its own.

class tst_TargetTracking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedAurora();
    void seedElastiCache();
    void scaleOutThenIn();
};

void tst_TargetTracking::seedAurora()
{
    // The seed's AuroraCluster AutoScaling block.
    const DesignObject aurora = object(ObjectKind::AuroraCluster, QStringLiteral("aurora-cluster-primary"),
                                       map({{QStringLiteral("AutoScaling"),
                                             map({{QStringLiteral("MinCapacity"), 2}, {QStringLiteral("MaxCapacity"), 16},
                                                  {QStringLiteral("TargetCPU"), 70}, {QStringLiteral("TargetConnections"), 700},
                                                  {QStringLiteral("ScaleInCooldown"), 300}, {QStringLiteral("ScaleOutCooldown"), 60}})}}));
    const auto s = TargetTrackingSpec::fromAurora(aurora);
    QVERIFY(s);
    QCOMPARE(s->targetValue, 70.0);
    QCOMPARE(s->minCapacity, 2);
    QCOMPARE(s->maxCapacity, 16);
    QCOMPARE(s->scaleInCooldownSeconds, 300.0);
    QCOMPARE(s->scaleOutCooldownSeconds, 60.0);
    QStringList errors;
    QVERIFY(!TargetTrackingSpec::fromAurora(object(ObjectKind::AuroraCluster, QStringLiteral("x"), {}), &errors));
    QVERIFY(!errors.isEmpty());
}

void tst_TargetTracking::seedElastiCache()
{
    const DesignObject redis = object(ObjectKind::ElastiCacheReplicationGroup, QStringLiteral("redis-cluster-primary"),
                                      map({{QStringLiteral("AutoScaling"),
                                            map({{QStringLiteral("TargetValue"), 70.0}, {QStringLiteral("ScaleInCooldown"), 300},
                                                 {QStringLiteral("ScaleOutCooldown"), 60}, {QStringLiteral("MinCapacity"), 3},
                                                 {QStringLiteral("MaxCapacity"), 10}})}}));
    const auto s = TargetTrackingSpec::fromElastiCache(redis);
    QVERIFY(s);
    QCOMPARE(s->targetValue, 70.0);
    QCOMPARE(s->minCapacity, 3);
    QCOMPARE(s->maxCapacity, 10);
}

void tst_TargetTracking::scaleOutThenIn()
{
    TargetTrackingSpec spec;
    spec.targetValue = 70;
    spec.minCapacity = 1;
    spec.maxCapacity = 16;
    spec.scaleOutCooldownSeconds = 60;
    spec.scaleInCooldownSeconds = 300;
    TargetTrackingController c(spec);
    int capacity = 2;
    // 140 % at t = 0, 60: alarm pending (1st, 2nd datapoint); t = 120: 3rd -> ceil(2 x 140 / 70) = 4.
    QCOMPARE(c.evaluate(0, capacity, 140).reason, QStringLiteral("alarm-pending"));
    QCOMPARE(c.evaluate(60, capacity, 140).reason, QStringLiteral("alarm-pending"));
    TargetTrackingDecision d = c.evaluate(120, capacity, 140);
    QCOMPARE(d.reason, QStringLiteral("scale-out"));
    QCOMPARE(d.desiredCapacity, 4);
    capacity = 4;
    // 30 % (< 63 = 90 % of 70) from t = 180: the 15th low datapoint is t = 180 + 14 x 60 = 1020;
    // ceil(4 x 30 / 70) = ceil(1.71) = 2.
    for (int t = 180; t < 1020; t += 60)
        QCOMPARE(c.evaluate(t, capacity, 30).reason, QStringLiteral("alarm-pending"));
    d = c.evaluate(1020, capacity, 30);
    QCOMPARE(d.reason, QStringLiteral("scale-in"));
    QCOMPARE(d.desiredCapacity, 2);
    capacity = 2;
    // t = 1080: ceil(2 x 30 / 70) = 1 but the scale-in cooldown runs until 1020 + 300 = 1320.
    QCOMPARE(c.evaluate(1080, capacity, 30).reason, QStringLiteral("scale-in-cooldown"));
    d = c.evaluate(1320, capacity, 30);
    QCOMPARE(d.reason, QStringLiteral("scale-in"));
    QCOMPARE(d.desiredCapacity, 1);
    capacity = 1;
    // A scale-out is not blocked by the scale-in cooldown: 3 datapoints of 210 % -> ceil(1 x 3) = 3.
    c.evaluate(1380, capacity, 210);
    c.evaluate(1440, capacity, 210);
    d = c.evaluate(1500, capacity, 210);
    QCOMPARE(d.reason, QStringLiteral("scale-out"));
    QCOMPARE(d.desiredCapacity, 3);
    // Clamped at max: ceil(3 x 1000 / 70) = 43 -> 16.
    c.evaluate(1560, 3, 1000);
    c.evaluate(1620, 3, 1000);
    QCOMPARE(c.evaluate(1680, 3, 1000).desiredCapacity, 16);
}

QTEST_GUILESS_MAIN(tst_TargetTracking)
#include "tst_targettracking.moc"
