// Tests of RequestMix: the load a workload passes on along `calls` connections, and the called
// tiers' target tracking. Expected values are hand calculations written beside each case; the
// target tracking rules are those of tests/model/sim/tst_targettracking.cpp (Application Auto
// Scaling: 3 datapoints above the target to scale out, 15 below 90 % of it to scale in,
// desired = ceil(current x metric / target)).

#include "model/connectionspec.h"
#include "model/sim/requestmix.h"
#include "model/sim/simulator.h"

#include <QtTest>

using namespace Scaleplan;

namespace {

struct Design {
    DesignData d;
    ObjectId webApp = 0, api = 0, aurora = 0, redis = 0;

    ObjectId add(ObjectKind kind, const QString &name, const QVariantMap &fields = {})
    {
        DesignObject o;
        o.kind = kind;
        o.name = name;
        o.fields = fields;
        return d.insert(o);
    }
    ObjectId calls(ObjectId from, ObjectId to, std::optional<double> share)
    {
        ConnectionSpec spec;
        spec.fromId = from;
        spec.toId = to;
        spec.type = ConnectionType::Calls;
        spec.requestShare = share;
        return d.insert(spec.toObject(d));
    }

    /// web-app → redis 0.3, web-app → aurora 0.1, web-app → api 0.5, api → aurora 0.2.
    Design()
    {
        webApp = add(ObjectKind::Deployment, QStringLiteral("web-app"));
        api = add(ObjectKind::Deployment, QStringLiteral("api"));
        // Aurora read replica target tracking: 70 % CPU, 1..4 replicas, scale-out cooldown 60 s.
        aurora = add(ObjectKind::AuroraCluster, QStringLiteral("aurora"),
                     QVariantMap{{QStringLiteral("AutoScaling"),
                                  QVariantMap{{QStringLiteral("TargetCPU"), 70}, {QStringLiteral("MinCapacity"), 1},
                                              {QStringLiteral("MaxCapacity"), 4}, {QStringLiteral("ScaleOutCooldown"), 60},
                                              {QStringLiteral("ScaleInCooldown"), 300}}}});
        redis = add(ObjectKind::ElastiCacheReplicationGroup, QStringLiteral("redis")); // no AutoScaling
        calls(webApp, redis, 0.3);
        calls(webApp, aurora, 0.1);
        calls(webApp, api, 0.5);
        calls(api, aurora, 0.2);
    }
};

const DependentSeries *seriesFor(const RequestMixResult &r, const QString &name)
{
    for (const DependentSeries &s : r.series) {
        if (s.target == name)
            return &s;
    }
    return nullptr;
}

QVector<double> seconds(int n)
{
    QVector<double> t;
    for (int i = 0; i < n; ++i)
        t.append(i);
    return t;
}

} // namespace

class tst_RequestMix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shares_data();
    void shares();
    void offeredSeries();
    void missingShareCountsAsAll();
    void targetTrackingScalesOut();
    void provisioningDelay();
    void simulatorCarriesDependents();
};

void tst_RequestMix::shares_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<double>("share");
    // Direct edges: 0.3 and 0.5. Aurora: 0.1 directly + 0.5 x 0.2 via api = 0.2.
    QTest::newRow("redis") << "redis" << 0.3;
    QTest::newRow("api") << "api" << 0.5;
    QTest::newRow("aurora, two paths") << "aurora" << 0.2;
}

void tst_RequestMix::shares()
{
    QFETCH(QString, tier);
    QFETCH(double, share);
    Design f;
    const RequestMixResult r = RequestMix::compute(f.d, f.webApp, seconds(3), {0, 100, 1000});
    const DependentSeries *s = seriesFor(r, tier);
    QVERIFY(s);
    QVERIFY(qFuzzyCompare(s->requestShare, share));
}

void tst_RequestMix::offeredSeries()
{
    Design f;
    const RequestMixResult r = RequestMix::compute(f.d, f.webApp, seconds(3), {0, 100, 1000});
    // Breadth first: web-app's own edges in connection order (redis, aurora, api); aurora is not
    // repeated when reached again through api.
    QCOMPARE(r.series.size(), 3);
    QCOMPARE(r.series.at(0).target, QStringLiteral("redis"));
    QCOMPARE(r.series.at(1).target, QStringLiteral("aurora"));
    QCOMPARE(r.series.at(2).target, QStringLiteral("api"));
    // served x share: redis 0.3 x {0, 100, 1000} = {0, 30, 300}; aurora 0.2 x ... = {0, 20, 200}.
    const DependentSeries *redis = seriesFor(r, QStringLiteral("redis"));
    const DependentSeries *aurora = seriesFor(r, QStringLiteral("aurora"));
    QCOMPARE(redis->offeredRps.size(), 3);
    QVERIFY(qFuzzyCompare(redis->offeredRps.at(1), 30.0));
    QVERIFY(qFuzzyCompare(redis->offeredRps.at(2), 300.0));
    QVERIFY(qFuzzyCompare(aurora->offeredRps.at(2), 200.0));
    QVERIFY(qFuzzyCompare(aurora->peakOfferedRps, 200.0));
    // redis has no AutoScaling: not driven.
    QVERIFY(redis->capacity.isEmpty());
    QCOMPARE(aurora->capacity.size(), 3);
    // A note per tier names the share in percent.
    QVERIFY(r.notes.join(QLatin1Char('\n')).contains(QLatin1String("aurora receives 20 % of web-app's requests")));
}

void tst_RequestMix::missingShareCountsAsAll()
{
    Design f;
    const ObjectId lambda = f.add(ObjectKind::LambdaFunction, QStringLiteral("fn"));
    f.calls(f.api, lambda, std::nullopt); // api → fn, no RequestShare
    const RequestMixResult r = RequestMix::compute(f.d, f.webApp, seconds(1), {100});
    // 0.5 (web-app → api) x 1 (no share) = 0.5 → 50 rps.
    const DependentSeries *fn = seriesFor(r, QStringLiteral("fn"));
    QVERIFY(fn);
    QVERIFY(qFuzzyCompare(fn->offeredRps.at(0), 50.0));
    QVERIFY(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("api → fn has no RequestShare")));
}

void tst_RequestMix::targetTrackingScalesOut()
{
    // Served 1000 rps constant for 20 minutes → aurora offered 200 rps. With 250 rps per replica at
    // 100 % CPU: 1 replica → 80 % > 70 %. Datapoints at t = 60, 120, 180: the third one scales out
    // to ceil(1 x 80 / 70) = 2 (immediate here: provisioning 0), serving from t = 181.
    // Then 200 / (2 x 250) = 40 %: below 63 % (90 % of 70) from t = 240 on; after 15 datapoints
    // (t = 1080) ceil(2 x 40 / 70) = 2 = current: no scale-in. So capacity 1 for t <= 180, then 2.
    Design f;
    RequestMixOptions options;
    options.auroraReaderRpsAtFullCpu = 250;
    options.replicaProvisioningSeconds = 0;
    const int n = 1201;
    const RequestMixResult r = RequestMix::compute(f.d, f.webApp, seconds(n), QVector<double>(n, 1000.0), options);
    const DependentSeries *aurora = seriesFor(r, QStringLiteral("aurora"));
    QVERIFY(aurora);
    QCOMPARE(aurora->capacity.at(0), 1.0);
    QCOMPARE(aurora->capacity.at(180), 1.0);
    QCOMPARE(aurora->desiredCapacity.at(180), 2.0);
    QCOMPARE(aurora->capacity.at(181), 2.0);
    QCOMPARE(aurora->capacity.at(1200), 2.0);
    QVERIFY(qFuzzyCompare(aurora->utilisationPercent.at(0), 80.0));
    QVERIFY(qFuzzyCompare(aurora->utilisationPercent.at(181), 40.0));
    QCOMPARE(aurora->peakCapacity, 2.0);
    QVERIFY(r.notes.join(QLatin1Char('\n')).contains(QLatin1String("1 scale-out(s), 0 scale-in(s)")));
}

void tst_RequestMix::provisioningDelay()
{
    // Same load, replicas serve 300 s after the decision at t = 180: capacity 2 from t = 480.
    // Meanwhile the metric stays 80 % on 1 replica: the datapoint at t = 240 is the 4th above the
    // target and asks ceil(2 x 80 / 70) = 3 (the 60 s scale-out cooldown ended at 240) → 3,
    // serving from t = 540. At t = 300 the metric is still 80 %: ceil(3 x 80 / 70) = 4 → 4,
    // serving from t = 600 (at 360: ceil(4 x 80 / 70) = 5 > MaxCapacity 4, held at 4): the
    // overshoot a provisioning delay causes. From t = 600: 200 / (4 x 250) = 20 %.
    Design f;
    RequestMixOptions options;
    options.auroraReaderRpsAtFullCpu = 250;
    options.replicaProvisioningSeconds = 300;
    const int n = 701;
    const RequestMixResult r = RequestMix::compute(f.d, f.webApp, seconds(n), QVector<double>(n, 1000.0), options);
    const DependentSeries *aurora = seriesFor(r, QStringLiteral("aurora"));
    QCOMPARE(aurora->capacity.at(479), 1.0);
    QCOMPARE(aurora->capacity.at(480), 2.0);
    QCOMPARE(aurora->capacity.at(540), 3.0);
    QCOMPARE(aurora->capacity.at(600), 4.0);
    QCOMPARE(aurora->desiredCapacity.at(300), 4.0);
    QVERIFY(qFuzzyCompare(aurora->utilisationPercent.at(600), 20.0));
}

void tst_RequestMix::simulatorCarriesDependents()
{
    // A scenario of 10 VUs (1 request/s each) on web-app without HPA: 1 pod of 500m (limit 1000m:
    // 200 rps) serves all 10 rps. The whole design is simulated: api is a workload of its own and
    // receives 0.5 x 10 = 5 rps; redis is offered 0.3 x 10 = 3 rps; aurora 0.1 x 10 from web-app
    // plus 0.2 x 5 from api = 2 rps, in the same step.
    Design f;
    DesignObject scenario;
    scenario.kind = ObjectKind::LoadScenario;
    scenario.name = QStringLiteral("s");
    scenario.fields = QVariantMap{{QStringLiteral("VirtualUsers"), 10}, {QStringLiteral("Duration"), QStringLiteral("2m")},
                                  {QStringLiteral("RampUp"), QStringLiteral("0s")},
                                  {QStringLiteral("TargetWorkload"), QStringLiteral("web-app")}};
    const ObjectId scenarioId = f.d.insert(scenario);
    SimulationOptions options;
    options.modelNodes = false;
    const ScenarioResult r = Simulator::runScenario(f.d, scenarioId, options);
    QVERIFY2(!r.series.timeSeconds.isEmpty(), qPrintable(r.notes.join(QLatin1Char('\n'))));
    QCOMPARE(r.dependents.size(), 2); // redis and aurora; api is simulated as a workload
    const DependentSeries &redis = r.dependents.at(0);
    QCOMPARE(redis.target, QStringLiteral("redis"));
    QCOMPARE(redis.offeredRps.size(), r.series.servedRps.size());
    for (qsizetype i = 0; i < r.series.servedRps.size(); ++i)
        QVERIFY(qFuzzyCompare(1.0 + redis.offeredRps.at(i), 1.0 + 0.3 * r.series.servedRps.at(i)));
    QVERIFY(qFuzzyCompare(redis.peakOfferedRps, 3.0));
    const DependentSeries &aurora = r.dependents.at(1);
    QCOMPARE(aurora.target, QStringLiteral("aurora"));
    QVERIFY(qFuzzyCompare(aurora.offeredRps.at(10), 2.0));
    QVERIFY(qFuzzyCompare(aurora.requestShare, 0.2));
    QVERIFY(r.notes.join(QLatin1Char('\n')).contains(QLatin1String("redis receives 30 %")));

    const ObjectResult *api = r.objectResult(f.api);
    QVERIFY(api);
    QCOMPARE(api->kind, ObjectKind::Deployment);
    QVERIFY(qFuzzyCompare(api->series.offeredRps.at(10), 5.0));
    QVERIFY(qFuzzyCompare(api->series.servedRps.at(10), 5.0));
    QCOMPARE(r.objects.first().objectId, f.webApp);
    QVERIFY(r.objectResult(f.aurora));
}

QTEST_GUILESS_MAIN(tst_RequestMix)
#include "tst_requestmix.moc"
