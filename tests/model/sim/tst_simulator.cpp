#include "model/sim/simulator.h"

#include "model/connectionspec.h"
#include "model/fieldpath.h"
#include "tests/model/sim/simfixtures.h"

#include <QDataStream>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace Scaleplan;
using namespace Scaleplan::TestFixtures;

// Expected values are hand calculations with the simulator's documented model (simulator.h):
// capacity per pod = CPU limit / cpuMillicoresPerRequest (no limit: request x 2), cpu % =
// served rps per pod x 5 m / request, latency p95 = 50 ms / (1 - rho), rho capped at 0.99 (the
// ProcessorSharing latency model, set explicitly where a latency is checked; the default M/M/c
// model has its own cases below), and the HPA arithmetic of kubernetes.io "Horizontal Pod Autoscaling" (ceil(current x value / target)).

namespace {

struct Fixture {
    DesignData design;
    ObjectId cluster = 0;
    ObjectId hpa = 0;
    ObjectId deployment = 0;
    QList<ObjectId> scenarios;
};

/// The seed's web-app HPA (min 3, max 50) and four scenarios, plus a web-app Deployment with a
/// 500m CPU request in the same cluster.
Fixture seedLikeDesign(bool withDeployment = true)
{
    Fixture f;
    f.cluster = f.design.insert(object(ObjectKind::EksCluster, QStringLiteral("production-eks-us-east-1"), {}));
    f.hpa = f.design.insert(object(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"), seedHpaManifest(), f.cluster));
    if (withDeployment)
        f.deployment = f.design.insert(object(ObjectKind::Deployment, QStringLiteral("web-app"),
                                              deploymentManifest(QStringLiteral("web-app"), 3, QStringLiteral("500m")), f.cluster));
    for (const DesignObject &s : TestFixtures::seedScenarios())
        f.scenarios.append(f.design.insert(s));
    return f;
}

QByteArray serialize(const ScenarioResult &r)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    const TimeSeries &s = r.series;
    out << r.scenario << r.workload << s.timeSeconds << s.offeredRps << s.servedRps << s.desiredReplicas << s.readyReplicas
        << s.cpuUtilisationPercent << s.latencyP95Ms << r.peakReplicas << r.peakCpuUtilisationPercent << r.peakLatencyP95Ms
        << r.droppedRequests << r.notes;
    return bytes;
}

bool notesContain(const ScenarioResult &r, const QString &text)
{
    return std::any_of(r.notes.cbegin(), r.notes.cend(), [&](const QString &n) { return n.contains(text); });
}

} // namespace

class tst_Simulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixedReplicasCapacity_data();
    void fixedReplicasCapacity();
    void podStartupDelaysCapacity();
    void deterministic();
    void seedPlausibility();
    void missingDeploymentUsesDefaults();
    void unmodelledMetricIsNoted();
    void targetWorkloadWithoutHpa();
    void unknownScenario();
    void nodesFromNodePool();
    void pendingPodsWhenLimited();
    void scaleUpWaitsForNodes();
    void mmcLatency_data();
    void mmcLatency();
    void vpaFromSimulatedUsage();
    void recordedTrafficFromOptions();
    void stagesScenario();
    void deterministicAcrossShapes();
    void costBreakdown_data();
    void costBreakdown();
    void lambdaCostThroughQueue();
    void kedaScalesQueueConsumer();
    void kedaScalesFromZero();
    void refusesWhatItCannotSimulate();
    void dynamoDbOnDemandThrottles();
    void stridedSamplesKeepPeaks();
    void zeroReplicasRunNoPod();
    void stalledQueueWaitGrows();
    void kedaIdleWhileFedIsNoted();
    void kedaCpuCountsReadyPods();
};

void tst_Simulator::fixedReplicasCapacity_data()
{
    QTest::addColumn<int>("virtualUsers");
    QTest::addColumn<QString>("cpuLimit");
    QTest::addColumn<double>("served");
    QTest::addColumn<double>("cpuPercent");
    QTest::addColumn<double>("latencyMs");
    QTest::addColumn<double>("dropped");

    // 2 pods, request 500m, no limit -> limit 1000m -> 1000/5 = 200 rps per pod, 400 in all.
    // 200 VU: served 200, 100 per pod -> 100 x 5 / 500 = 100 %; rho = 200/400 = 0.5 -> 50/0.5 = 100 ms.
    QTest::newRow("half load") << 200 << QString() << 200.0 << 100.0 << 100.0 << 0.0;
    // 600 VU: served 400 (200 per pod -> 200 %), rho = 1.5 capped 0.99 -> 50/0.01 = 5000 ms;
    // dropped 200 rps x 60 s = 12000 requests.
    QTest::newRow("overload") << 600 << QString() << 400.0 << 200.0 << 5000.0 << 12000.0;
    // limit 1500m -> 300 rps per pod, 600 in all. 450 VU: 225 per pod -> 225 %;
    // rho = 450/600 = 0.75 -> 50/0.25 = 200 ms.
    QTest::newRow("cpu limit") << 450 << QStringLiteral("1500m") << 450.0 << 225.0 << 200.0 << 0.0;
}

void tst_Simulator::fixedReplicasCapacity()
{
    QFETCH(int, virtualUsers);
    QFETCH(QString, cpuLimit);
    QFETCH(double, served);
    QFETCH(double, cpuPercent);
    QFETCH(double, latencyMs);
    QFETCH(double, dropped);

    DesignData design;
    QVariantMap manifest = deploymentManifest(QStringLiteral("api"), 2, QStringLiteral("500m"));
    if (!cpuLimit.isEmpty())
        QVERIFY(FieldPath::setValue(manifest, QStringLiteral("spec.template.spec.containers[0].resources.limits.cpu"), cpuLimit));
    design.insert(object(ObjectKind::Deployment, QStringLiteral("api"), manifest));
    const ObjectId id = design.insert(scenario(QStringLiteral("flat"), virtualUsers, QStringLiteral("1m"), QStringLiteral("0s")));

    SimulationOptions options;
    options.cooldownSeconds = 0;
    options.latencyModel = SimulationOptions::LatencyModel::ProcessorSharing;
    const ScenarioResult r = Simulator::runScenario(design, id, options);
    QCOMPARE(r.workload, QStringLiteral("api"));
    QVERIFY(notesContain(r, QStringLiteral("no HorizontalPodAutoscaler")));
    // t = 0, 1, ..., 60: 61 samples, load during t < 60.
    QCOMPARE(r.series.timeSeconds.size(), 61);
    QCOMPARE(r.series.timeSeconds.last(), 60.0);
    QCOMPARE(r.series.offeredRps[30], double(virtualUsers));
    QCOMPARE(r.series.servedRps[30], served);
    QCOMPARE(r.series.cpuUtilisationPercent[30], cpuPercent);
    QCOMPARE(r.series.latencyP95Ms[30], latencyMs);
    QCOMPARE(r.series.desiredReplicas[30], 2.0);
    QCOMPARE(r.series.readyReplicas[30], 2.0);
    QCOMPARE(r.series.offeredRps[60], 0.0);
    QCOMPARE(r.series.latencyP95Ms[60], 50.0); // idle: rho = 0
    QCOMPARE(r.droppedRequests, dropped);
    QCOMPARE(r.peakReplicas, 2.0);
    QCOMPARE(r.peakLatencyP95Ms, latencyMs);
}

void tst_Simulator::podStartupDelaysCapacity()
{
    // HPA min 1, max 10, cpu 50 %, default behavior; 1 pod (500m -> 200 rps); 300 VU for 60 s.
    // t=0: 1 ready pod serves 200 (cpu 200 %) -> ratio 4 -> 4; default limit max(ceil(1 x 2),
    //      1 + 4) = 5 -> 4 replicas; the 3 new pods are ready at t = 30.
    // t=15: 1 of 4 ready at 200 %: unready count as 0 -> 4 x 1/4 = 1.0 -> tolerance -> 4.
    // t=0..29: 100 rps dropped per second -> 3000 requests; from t=30 4 x 200 = 800 >= 300.
    // t=30: the 3 new pods turned Ready at 30; within the CPU initialisation period (300 s after
    //       their start) a sample taken less than one metric window (15 s) after the Ready
    //       transition is set aside (replica_calculator.go groupPods), so they count as unready:
    //       the old pod at 75 rps -> 75 % -> ratio 1.5, x 1/4 ready = 0.375 < 1 -> no scale-up: 4.
    // t=45: all 4 ready at 75 % -> ratio 1.5 -> ceil(1.5 x 4) = 6 (limit max(8, 8) = 8); the 2
    //       new pods are ready at t = 75, after the run.
    DesignData design;
    QVariantMap hpa = seedHpaManifest();
    QVariantMap spec = hpa.value(QStringLiteral("spec")).toMap();
    spec.insert(QStringLiteral("minReplicas"), 1);
    spec.insert(QStringLiteral("maxReplicas"), 10);
    spec.insert(QStringLiteral("metrics"), QVariantList{resourceMetric(QStringLiteral("cpu"), 50)});
    spec.remove(QStringLiteral("behavior"));
    hpa.insert(QStringLiteral("spec"), spec);
    design.insert(object(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"), hpa));
    design.insert(object(ObjectKind::Deployment, QStringLiteral("web-app"),
                         deploymentManifest(QStringLiteral("web-app"), 1, QStringLiteral("500m"))));
    const ObjectId id = design.insert(scenario(QStringLiteral("step"), 300, QStringLiteral("1m"), QStringLiteral("0s")));

    SimulationOptions options;
    options.cooldownSeconds = 0;
    const ScenarioResult r = Simulator::runScenario(design, id, options);
    const TimeSeries &s = r.series;
    QCOMPARE(s.timeSeconds.size(), 61);
    QCOMPARE(s.desiredReplicas[0], 4.0);
    QCOMPARE(s.servedRps[0], 200.0);
    QCOMPARE(s.cpuUtilisationPercent[0], 200.0);
    QCOMPARE(s.desiredReplicas[15], 4.0);
    QCOMPARE(s.readyReplicas[29], 1.0);
    QCOMPARE(s.readyReplicas[30], 4.0);
    QCOMPARE(s.cpuUtilisationPercent[30], 75.0);
    QCOMPARE(s.desiredReplicas[30], 4.0);
    QCOMPARE(s.desiredReplicas[44], 4.0);
    QCOMPARE(s.desiredReplicas[45], 6.0);
    QCOMPARE(s.readyReplicas[60], 4.0);
    QCOMPARE(r.droppedRequests, 3000.0);
    QCOMPARE(r.peakReplicas, 6.0);
    QCOMPARE(r.peakCpuUtilisationPercent, 200.0);
}

void tst_Simulator::deterministic()
{
    const Fixture f = seedLikeDesign();
    const QList<ScenarioResult> first = Simulator::runScenarios(f.design);
    const DesignData copy = f.design;
    const QList<ScenarioResult> second = Simulator::runScenarios(copy);
    QCOMPARE(first.size(), 4);
    QCOMPARE(second.size(), 4);
    for (int i = 0; i < first.size(); ++i) {
        QVERIFY(!first[i].series.timeSeconds.isEmpty());
        QCOMPARE(serialize(first[i]), serialize(second[i]));
    }
}

void tst_Simulator::seedPlausibility()
{
    const Fixture f = seedLikeDesign();
    const QList<ScenarioResult> results = Simulator::runScenarios(f.design);
    QCOMPARE(results.size(), 4);
    const QStringList names{QStringLiteral("baseline-load"), QStringLiteral("peak-load"), QStringLiteral("stress-test"),
                            QStringLiteral("spike-test")};
    for (int i = 0; i < results.size(); ++i) {
        const ScenarioResult &r = results[i];
        QCOMPARE(r.scenario, names[i]);
        QCOMPARE(r.scenarioId, f.scenarios[i]);
        QCOMPARE(r.workload, QStringLiteral("web-app"));
        QCOMPARE(r.workloadId, f.deployment);
        const TimeSeries &s = r.series;
        QVERIFY(!s.timeSeconds.isEmpty());
        for (const QVector<double> *v : {&s.offeredRps, &s.servedRps, &s.desiredReplicas, &s.readyReplicas,
                                         &s.cpuUtilisationPercent, &s.latencyP95Ms})
            QCOMPARE(v->size(), s.timeSeconds.size());
        // The HPA keeps spec.replicas within [minReplicas 3, maxReplicas 50].
        const auto [lo, hi] = std::minmax_element(s.desiredReplicas.cbegin(), s.desiredReplicas.cend());
        QVERIFY2(*lo >= 3 && *hi <= 50, qPrintable(QStringLiteral("%1: %2..%3").arg(r.scenario).arg(*lo).arg(*hi)));
        for (int k = 0; k < s.timeSeconds.size(); ++k)
            QVERIFY(s.servedRps[k] <= s.offeredRps[k] + 1e-9);
    }
    const ScenarioResult &baseline = results[0];
    const ScenarioResult &peak = results[1];
    const ScenarioResult &stress = results[2];
    // Baseline 100 rps on 3 pods: cpu 100 x 5 / (3 x 500) = 33 % < 70 % -> stays at min 3.
    QCOMPARE(baseline.peakReplicas, 3.0);
    QCOMPARE(baseline.droppedRequests, 0.0);
    // Peak 1000 rps: n pods run at 1000 x 5 / (n x 500) = 10/n of request; the HPA settles once
    // |10/(0.7 n) - 1| <= 0.1, i.e. n in [12.99, 15.87] -> at least 13 pods.
    QVERIFY(peak.peakReplicas > baseline.peakReplicas);
    QVERIFY2(peak.peakReplicas >= 13, qPrintable(QString::number(peak.peakReplicas)));
    // Stress 5000 rps would need 72 pods: capped at maxReplicas 50.
    QCOMPARE(stress.peakReplicas, 50.0);
    QVERIFY(stress.droppedRequests > 0);

    // After the load stops (t = 2100 s for peak-load) the replicas fall back towards 3: the last
    // loaded sync (t = 2085) recommended the full count, and the 300 s window keeps it until
    // t = 2085 + 300 = 2385 (an entry exactly 300 s old is outside); then the 10 %/60 s policy
    // removes pods: trunc(n x 0.9) per minute.
    const TimeSeries &s = peak.series;
    const int loadEnd = int(s.timeSeconds.indexOf(2100.0));
    QVERIFY(loadEnd > 0);
    const double atLoadEnd = s.desiredReplicas[loadEnd];
    QCOMPARE(s.desiredReplicas[loadEnd + 284], atLoadEnd); // t = 2384: still inside the window
    QCOMPARE(s.desiredReplicas[loadEnd + 285], std::trunc(atLoadEnd * 0.9)); // t = 2385
    QVERIFY(s.desiredReplicas.last() < atLoadEnd);
    QVERIFY(s.desiredReplicas.last() >= 3);
    for (int k = loadEnd + 1; k < s.timeSeconds.size(); ++k)
        QVERIFY(s.desiredReplicas[k] <= s.desiredReplicas[k - 1]);
}

void tst_Simulator::missingDeploymentUsesDefaults()
{
    // No web-app Deployment (as in the raw seed): the defaults (500m request) apply and a note says so.
    const Fixture f = seedLikeDesign(false);
    const ScenarioResult r = Simulator::runScenario(f.design, f.scenarios[0]);
    QCOMPARE(r.workload, QStringLiteral("web-app"));
    QCOMPARE(r.workloadId, ObjectId(0));
    QVERIFY(!r.series.timeSeconds.isEmpty());
    QVERIFY(notesContain(r, QStringLiteral("Deployment web-app is not in the design")));
    // Same numbers as with the 500m Deployment.
    const Fixture g = seedLikeDesign(true);
    QCOMPARE(Simulator::runScenario(g.design, g.scenarios[0]).series.desiredReplicas, r.series.desiredReplicas);
}

void tst_Simulator::unmodelledMetricIsNoted()
{
    Fixture f = seedLikeDesign();
    const QVariantMap external = map(
        {{QStringLiteral("type"), QStringLiteral("External")},
         {QStringLiteral("external"),
          map({{QStringLiteral("metric"), map({{QStringLiteral("name"), QStringLiteral("queue_depth")}})},
               {QStringLiteral("target"), map({{QStringLiteral("type"), QStringLiteral("Value")},
                                               {QStringLiteral("value"), QStringLiteral("30")}})}})}});
    QVERIFY(f.design.setField(f.hpa, QStringLiteral("spec.metrics[3]"), external));
    const ScenarioResult r = Simulator::runScenario(f.design, f.scenarios[1]);
    QVERIFY(notesContain(r, QStringLiteral("external/queue_depth is not modelled")));
    // The other metrics still scale the workload (a missing metric only blocks scale-down).
    QVERIFY(r.peakReplicas >= 13); // see seedPlausibility
}

void tst_Simulator::targetWorkloadWithoutHpa()
{
    Fixture f = seedLikeDesign();
    f.design.insert(object(ObjectKind::Deployment, QStringLiteral("api"),
                           deploymentManifest(QStringLiteral("api"), 5, QStringLiteral("250m")), f.cluster));
    DesignObject s = scenario(QStringLiteral("api-load"), 100, QStringLiteral("1m"), QStringLiteral("0s"));
    s.fields.insert(QStringLiteral("TargetWorkload"), QStringLiteral("api"));
    const ObjectId id = f.design.insert(s);
    SimulationOptions options;
    options.cooldownSeconds = 0;
    const ScenarioResult r = Simulator::runScenario(f.design, id, options);
    QCOMPARE(r.workload, QStringLiteral("api"));
    QVERIFY(notesContain(r, QStringLiteral("no HorizontalPodAutoscaler targets api")));
    QCOMPARE(r.peakReplicas, 5.0);
    // 100 rps over 5 pods = 20 rps x 5 m = 100 m of a 250 m request = 40 %.
    QCOMPARE(r.series.cpuUtilisationPercent[10], 40.0);
}

void tst_Simulator::unknownScenario()
{
    const Fixture f = seedLikeDesign();
    const ScenarioResult r = Simulator::runScenario(f.design, f.hpa);
    QVERIFY(r.series.timeSeconds.isEmpty());
    QCOMPARE(r.notes.size(), 1);
    const ScenarioResult missing = Simulator::runScenario(f.design, 9999);
    QVERIFY(missing.series.timeSeconds.isEmpty());
    QVERIFY(!missing.notes.isEmpty());
}

namespace {

/// A NodePool allowing only c5.large (2 vCPU, 4 GiB, $0.085/h on-demand in us-east-1), no
/// consolidation, optional spec.limits.cpu (cores).
QVariantMap c5NodePool(int limitCpuCores = 0)
{
    const QVariantList requirements{
        map({{QStringLiteral("key"), QStringLiteral("node.kubernetes.io/instance-type")}, {QStringLiteral("operator"), QStringLiteral("In")},
             {QStringLiteral("values"), QStringList{QStringLiteral("c5.large")}}})};
    QVariantMap spec{{QStringLiteral("template"), map({{QStringLiteral("spec"), map({{QStringLiteral("requirements"), requirements}})}})},
                     {QStringLiteral("disruption"), map({{QStringLiteral("consolidateAfter"), QStringLiteral("Never")}})}};
    if (limitCpuCores > 0)
        spec.insert(QStringLiteral("limits"), map({{QStringLiteral("cpu"), limitCpuCores}}));
    return map({{QStringLiteral("apiVersion"), QStringLiteral("karpenter.sh/v1")}, {QStringLiteral("kind"), QStringLiteral("NodePool")},
                {QStringLiteral("metadata"), map({{QStringLiteral("name"), QStringLiteral("c5")}})}, {QStringLiteral("spec"), spec}});
}

/// One cluster with the NodePool, a Deployment "api" (500m / 512Mi, `replicas`), no HPA, and a
/// scenario of `virtualUsers` for 60 s with no ramp-up; run with no cool-down (61 samples).
ScenarioResult runApi(int replicas, int virtualUsers, int limitCpuCores)
{
    DesignData design;
    const ObjectId cluster = design.insert(object(ObjectKind::EksCluster, QStringLiteral("eks"), {}));
    design.insert(object(ObjectKind::NodePool, QStringLiteral("c5"), c5NodePool(limitCpuCores), cluster));
    design.insert(object(ObjectKind::Deployment, QStringLiteral("api"),
                         deploymentManifest(QStringLiteral("api"), replicas, QStringLiteral("500m")), cluster));
    DesignObject s = scenario(QStringLiteral("api-load"), virtualUsers, QStringLiteral("60s"), QStringLiteral("0s"));
    s.fields.insert(QStringLiteral("TargetWorkload"), QStringLiteral("api"));
    const ObjectId id = design.insert(s);
    SimulationOptions options;
    options.cooldownSeconds = 0;
    options.latencyModel = SimulationOptions::LatencyModel::ProcessorSharing;
    return Simulator::runScenario(design, id, options);
}

} // namespace

void tst_Simulator::nodesFromNodePool()
{
    // 2 pods of 500m fit one c5.large (2000m): one node all along, $0.085/h; 61 one-second samples
    // cost 61 x 0.085 / 3600 USD. 10 rps on 2 pods of capacity 1000m / 5m = 200 rps: rho = 10 / 400
    // = 0.025, p95 = 50 / 0.975; p50 = p95 x ln 2 / ln 20, p99 = p95 x ln 100 / ln 20.
    const ScenarioResult r = runApi(2, 10, 0);
    const TimeSeries &s = r.series;
    QCOMPARE(s.timeSeconds.size(), 61);
    for (const QVector<double> *v : {&s.nodes, &s.pendingPods, &s.costUsdPerHour, &s.latencyP50Ms, &s.latencyP99Ms, &s.errors})
        QCOMPARE(v->size(), 61);
    QCOMPARE(s.nodes[0], 1.0);
    QCOMPARE(s.nodes[60], 1.0);
    QCOMPARE(s.readyReplicas[0], 2.0);
    QCOMPARE(s.pendingPods[30], 0.0);
    // Plus the data transfer out (EC2 pricing, us-east-1, $0.09/GB, GB = 2^30 bytes): 10 rps x
    // 20 KiB x 3600 s = 737,280,000 bytes/h = 0.6866455078125 GB/h -> $0.061798095703125/h during
    // the 60 loaded samples (t = 0..59); none at t = 60.
    const double transferUsdPerHour = 0.061798095703125;
    QVERIFY(std::abs(s.costUsdPerHour[30] - (0.085 + transferUsdPerHour)) < 1e-12);
    QVERIFY(std::abs(s.costUsdPerHour[60] - 0.085) < 1e-12);
    QVERIFY(std::abs(r.costBreakdownUsd.value(QStringLiteral("nodes")) - 61 * 0.085 / 3600) < 1e-12);
    QVERIFY(std::abs(r.costBreakdownUsd.value(QStringLiteral("dataTransfer")) - 60 * transferUsdPerHour / 3600) < 1e-12);
    QVERIFY(std::abs(r.totalCostUsd - (61 * 0.085 + 60 * transferUsdPerHour) / 3600) < 1e-12);
    QCOMPARE(r.peakNodes, 1.0);
    const double p95 = 50 / 0.975;
    QCOMPARE(s.latencyP95Ms[30], p95);
    QVERIFY(std::abs(s.latencyP50Ms[30] - p95 * std::log(2.0) / std::log(20.0)) < 1e-9);
    QVERIFY(std::abs(s.latencyP99Ms[30] - p95 * std::log(100.0) / std::log(20.0)) < 1e-9);
    QCOMPARE(r.secondsOverSlo, 0.0);
    QVERIFY(!r.catalogueDate.isEmpty());
}

void tst_Simulator::pendingPodsWhenLimited()
{
    // limits.cpu 2: one c5.large; 4 of the 6 pods run, 2 stay pending. 1000 rps on 4 x 200 rps:
    // 200 rps dropped in each of the 60 loaded seconds (t = 0..59; the load ends at t = 60) -> 12,000
    // requests; rho capped at 0.99 -> p95 5000 ms > the 500 ms SLO in those 60 samples.
    const ScenarioResult r = runApi(6, 1000, 2);
    QCOMPARE(r.series.readyReplicas[30], 4.0);
    QCOMPARE(r.series.pendingPods[30], 2.0);
    QCOMPARE(r.series.errors[30], 200.0);
    QCOMPARE(r.droppedRequests, 12000.0);
    QCOMPARE(r.secondsOverSlo, 60.0);
    QVERIFY(notesContain(r, QStringLiteral("do not fit the NodePool")));
}

void tst_Simulator::scaleUpWaitsForNodes()
{
    // The seed-like HPA design plus a c5.large NodePool (4 pods of 500m per node). The 3 initial pods
    // share one node, leaving room for one: the first scale-up (3 -> 4) binds its pod at once, ready
    // 30 s later (pod start-up). The first scale-up that needs a new node (at step j) launches it:
    // Ready 60 s later, its pods ready 60 + 30 = 90 s after j — until then at most the 4 pods per
    // older node can be ready.
    Fixture f = seedLikeDesign();
    f.design.insert(object(ObjectKind::NodePool, QStringLiteral("c5"), c5NodePool(), f.cluster));
    const ScenarioResult r = Simulator::runScenario(f.design, f.scenarios[1]);
    const TimeSeries &s = r.series;
    int first = -1;
    int j = -1;
    for (int i = 1; i < s.desiredReplicas.size(); ++i) {
        if (first < 0 && s.desiredReplicas[i] > s.desiredReplicas[i - 1])
            first = i;
        if (j < 0 && s.nodes[i] > s.nodes[i - 1])
            j = i;
    }
    QVERIFY(first > 0 && j > first);
    QCOMPARE(s.desiredReplicas[first], 4.0);
    QCOMPARE(s.nodes[first], 1.0);
    QCOMPARE(s.readyReplicas[first + 29], 3.0);
    QCOMPARE(s.readyReplicas[first + 30], 4.0);
    const double olderCapacity = 4 * s.nodes[j - 1];
    QVERIFY(s.desiredReplicas[j] > olderCapacity);
    QVERIFY(s.readyReplicas[j + 89] <= olderCapacity);
    QVERIFY(s.readyReplicas[j + 90] > olderCapacity);
    QVERIFY(r.peakNodes >= 2);
    QVERIFY(r.totalCostUsd > 0);
}

void tst_Simulator::mmcLatency_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p95");
    QTest::addColumn<double>("p99");
    // 2 pods, limit 1000m (request 500m x 2) / 5m = 200 rps each, 200 rps offered: rho = 0.5.
    // Concurrency 1: c = 2 servers, mu = 200/s, lambda = 200/s, a = 1: C = 1/3 (tst_MmcQueue);
    // c mu - lambda = 200/s. W quantile q = ln(C / (1 - q)) / 200 s when C > 1 - q:
    //   p50: C = 0.333 <= 0.5 -> 0 -> 50 ms; p95: ln(6.6667)/200 = 9.4856 ms -> 59.4856 ms;
    //   p99: ln(33.333)/200 = 17.5328 ms -> 67.5328 ms.
    QTest::newRow("one worker per pod") << 1 << 50.0 << 59.4855999244294 << 67.53278948659991;
    // Concurrency 2: c = 4 servers of mu = 100/s, a = 2: a^4/4! x 4/2 = 4/3; 1 + 2 + 2 + 4/3 = 19/3;
    // C = (4/3) / (19/3 + 4/3) = 4/23 = 0.173913; c mu - lambda = 200/s.
    //   p95: ln(3.47826)/200 = 6.2327 ms -> 56.2327 ms; p99: ln(17.3913)/200 = 14.2799 ms -> 64.2799 ms.
    QTest::newRow("two workers per pod") << 2 << 50.0 << 56.232662093723654 << 64.27985165589416;
}

void tst_Simulator::mmcLatency()
{
    QFETCH(int, concurrency);
    QFETCH(double, p50);
    QFETCH(double, p95);
    QFETCH(double, p99);
    DesignData design;
    design.insert(object(ObjectKind::Deployment, QStringLiteral("api"), deploymentManifest(QStringLiteral("api"), 2, QStringLiteral("500m"))));
    const ObjectId id = design.insert(scenario(QStringLiteral("flat"), 200, QStringLiteral("1m"), QStringLiteral("0s")));
    SimulationOptions options;
    options.cooldownSeconds = 0;
    options.concurrencyPerPod = concurrency;
    const ScenarioResult r = Simulator::runScenario(design, id, options);
    const TimeSeries &s = r.series;
    QCOMPARE(s.timeSeconds.size(), 61);
    QVERIFY(std::abs(s.latencyP50Ms[30] - p50) < 1e-9);
    QVERIFY(std::abs(s.latencyP95Ms[30] - p95) < 1e-9);
    QVERIFY(std::abs(s.latencyP99Ms[30] - p99) < 1e-9);
    QVERIFY(std::abs(r.peakLatencyP95Ms - p95) < 1e-9);
    // Idle (t = 60, the load has stopped): no queueing, the service time alone.
    QCOMPARE(s.latencyP50Ms[60], 50.0);
    QCOMPARE(s.latencyP95Ms[60], 50.0);
    QCOMPARE(s.latencyP99Ms[60], 50.0);
}

namespace {

/// The seed's web-app-vpa: targetRef Deployment web-app, container web-app, minAllowed 100m /
/// 128Mi, maxAllowed 2 / 4Gi.
QVariantMap seedVpaManifest()
{
    const QVariantMap policy = map({{QStringLiteral("containerName"), QStringLiteral("web-app")},
                                    {QStringLiteral("minAllowed"), map({{QStringLiteral("cpu"), QStringLiteral("100m")},
                                                                       {QStringLiteral("memory"), QStringLiteral("128Mi")}})},
                                    {QStringLiteral("maxAllowed"), map({{QStringLiteral("cpu"), 2},
                                                                       {QStringLiteral("memory"), QStringLiteral("4Gi")}})}});
    return map({{QStringLiteral("apiVersion"), QStringLiteral("autoscaling.k8s.io/v1")},
                {QStringLiteral("kind"), QStringLiteral("VerticalPodAutoscaler")},
                {QStringLiteral("metadata"), map({{QStringLiteral("name"), QStringLiteral("web-app-vpa")}})},
                {QStringLiteral("spec"),
                 map({{QStringLiteral("targetRef"), map({{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                                                         {QStringLiteral("kind"), QStringLiteral("Deployment")},
                                                         {QStringLiteral("name"), QStringLiteral("web-app")}})},
                      {QStringLiteral("updatePolicy"), map({{QStringLiteral("updateMode"), QStringLiteral("Auto")}})},
                      {QStringLiteral("resourcePolicy"), map({{QStringLiteral("containerPolicies"), QVariantList{policy}}})}})}});
}

QByteArray serializeAll(const ScenarioResult &r)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    const TimeSeries &s = r.series;
    out << serialize(r) << s.nodes << s.pendingPods << s.costUsdPerHour << s.latencyP50Ms << s.latencyP99Ms << s.errors
        << r.peakNodes << r.totalCostUsd << r.secondsOverSlo << r.catalogueDate << r.vpa << r.vpaTargetCpuMillicores
        << r.vpaTargetMemoryBytes << r.vpaLowerBoundCpuMillicores << r.vpaLowerBoundMemoryBytes
        << r.vpaUpperBoundCpuMillicores << r.vpaUpperBoundMemoryBytes;
    // Every simulated object's series and summary too (the whole design is one deterministic run).
    for (const ObjectResult &o : r.objects) {
        const TimeSeries &t = o.series;
        out << o.objectId << o.name << o.scaler << o.sampleStride << t.timeSeconds << t.offeredRps << t.servedRps
            << t.desiredReplicas << t.readyReplicas << t.cpuUtilisationPercent << t.latencyP95Ms << t.nodes << t.pendingPods
            << t.costUsdPerHour << t.latencyP50Ms << t.latencyP99Ms << t.errors << o.queueDepth << o.peakReplicas
            << o.peakOfferedRps << o.droppedRequests << o.costUsd;
    }
    return bytes;
}

} // namespace

void tst_Simulator::vpaFromSimulatedUsage()
{
    // baseline-load on the seed-like design (3 pods all along, 500m request): one sample per ready
    // pod every 60 s, t = 0 .. 1320 -> 23 per pod. CPU per pod = served rps / 3 x 5m:
    //   t = 0 and t = 720 .. 1320 (load over): 0 (12 samples); t = 60 (50 rps): 83.3m (1);
    //   t = 120 .. 660 (100 rps): 166.7m (10).
    // p90: 13/23 = 0.57 of the weight lies below 166.7m -> its bucket (45: ln(0.16667 x 50 + 1) /
    //   ln 1.05 = 45.78), end 0.02 x (1.05^46 - 1) = 0.168685 core; x 1.15 = 193.9879 m.
    // p50: the zero bucket (12/23 > 0.5) -> 1m x 1.15 x (1 + 0.001/conf)^-2 < 25m -> 25m -> minAllowed 100m.
    // p95 x (1 + 1/conf), conf = min(1320 s / 1 day, 69 / 1440) = 0.0153 -> far above maxAllowed: 2000m.
    // Memory: peak 128 MiB + 33.3 MiB = 161.3 MiB per pod, x 1.15 < the 250 MiB per-pod minimum ->
    //   262144000 B for target and lower bound; upper bound capped at 4Gi = 4294967296 B.
    Fixture f = seedLikeDesign();
    f.design.insert(object(ObjectKind::VerticalPodAutoscaler, QStringLiteral("web-app-vpa"), seedVpaManifest(), f.cluster));
    const ScenarioResult r = Simulator::runScenario(f.design, f.scenarios[0]);
    QCOMPARE(r.peakReplicas, 3.0);
    QCOMPARE(r.vpa, QStringLiteral("web-app-vpa"));
    QVERIFY2(std::abs(r.vpaTargetCpuMillicores - 193.98793821285167) < 1e-6, qPrintable(QString::number(r.vpaTargetCpuMillicores)));
    QCOMPARE(r.vpaLowerBoundCpuMillicores, 100.0);
    QCOMPARE(r.vpaUpperBoundCpuMillicores, 2000.0);
    QCOMPARE(r.vpaTargetMemoryBytes, 262144000.0);
    QCOMPARE(r.vpaLowerBoundMemoryBytes, 262144000.0);
    QCOMPARE(r.vpaUpperBoundMemoryBytes, 4294967296.0);
    QVERIFY(notesContain(r, QStringLiteral("the VPA updater is not simulated")));

    // Without a VPA the fields stay empty.
    const ScenarioResult none = Simulator::runScenario(seedLikeDesign().design, f.scenarios[0]);
    QVERIFY(none.vpa.isEmpty());
    QCOMPARE(none.vpaTargetCpuMillicores, 0.0);
}

void tst_Simulator::recordedTrafficFromOptions()
{
    // Traffic 0 rps at t = 0 rising to 100 at t = 10, flat to t = 20: 21 samples without cool-down;
    // offered at t = 5: 50 rps (linear). 2 pods x 200 rps: nothing dropped.
    DesignData design;
    design.insert(object(ObjectKind::Deployment, QStringLiteral("api"), deploymentManifest(QStringLiteral("api"), 2, QStringLiteral("500m"))));
    const ObjectId id = design.insert(object(ObjectKind::LoadScenario, QStringLiteral("replay"),
                                             map({{QStringLiteral("TrafficCsv"), QStringLiteral("monday.csv")}})));
    SimulationOptions options;
    options.cooldownSeconds = 0;
    const ScenarioResult missing = Simulator::runScenario(design, id, options);
    QVERIFY(missing.series.timeSeconds.isEmpty());
    QVERIFY(notesContain(missing, QStringLiteral("TrafficCsv: 'monday.csv' was not loaded")));

    TrafficCsvError error;
    const auto traffic = RecordedTraffic::parseCsv("time_s,rps\n0,0\n10,100\n20,100\n", QStringLiteral("monday.csv"), &error);
    QVERIFY2(traffic, qPrintable(error.toString()));
    options.recordedTraffic.insert(QStringLiteral("monday.csv"), *traffic);
    const ScenarioResult r = Simulator::runScenario(design, id, options);
    QCOMPARE(r.series.timeSeconds.size(), 21);
    QCOMPARE(r.series.offeredRps[5], 50.0);
    QCOMPARE(r.series.offeredRps[15], 100.0);
    QCOMPARE(r.series.offeredRps[20], 100.0);
    QCOMPARE(r.droppedRequests, 0.0);
}

void tst_Simulator::stagesScenario()
{
    // k6 stages from 0 VUs: 10 s -> 600, 10 s hold, 10 s -> 0, on 2 pods of 200 rps (400 in all).
    // t = 5: 300 rps served; t = 15: 600 offered, 400 served, 200 refused.
    DesignData design;
    design.insert(object(ObjectKind::Deployment, QStringLiteral("api"), deploymentManifest(QStringLiteral("api"), 2, QStringLiteral("500m"))));
    const ObjectId id = design.insert(object(
        ObjectKind::LoadScenario, QStringLiteral("staged"),
        map({{QStringLiteral("StartVUs"), 0},
             {QStringLiteral("Stages"), QVariantList{map({{QStringLiteral("Duration"), QStringLiteral("10s")}, {QStringLiteral("Target"), 600}}),
                                                     map({{QStringLiteral("Duration"), QStringLiteral("10s")}, {QStringLiteral("Target"), 600}}),
                                                     map({{QStringLiteral("Duration"), QStringLiteral("10s")}, {QStringLiteral("Target"), 0}})}}})));
    SimulationOptions options;
    options.cooldownSeconds = 0;
    const ScenarioResult r = Simulator::runScenario(design, id, options);
    QCOMPARE(r.series.timeSeconds.size(), 31);
    QCOMPARE(r.series.servedRps[5], 300.0);
    QCOMPARE(r.series.offeredRps[15], 600.0);
    QCOMPARE(r.series.servedRps[15], 400.0);
    QCOMPARE(r.series.errors[15], 200.0);
}

void tst_Simulator::deterministicAcrossShapes()
{
    // Every load shape, the VPA, the HPA and a NodePool in one design, simulated twice (once from a
    // copy): the results must be byte-identical, new series and VPA fields included.
    Fixture f = seedLikeDesign();
    f.design.insert(object(ObjectKind::VerticalPodAutoscaler, QStringLiteral("web-app-vpa"), seedVpaManifest(), f.cluster));
    f.design.insert(object(ObjectKind::NodePool, QStringLiteral("c5"), c5NodePool(), f.cluster));
    f.design.insert(object(ObjectKind::LoadScenario, QStringLiteral("staged"),
                           map({{QStringLiteral("Stages"), QVariantList{map({{QStringLiteral("Duration"), QStringLiteral("5m")},
                                                                             {QStringLiteral("Target"), 800}})}}})));
    f.design.insert(object(ObjectKind::LoadScenario, QStringLiteral("daily"),
                           map({{QStringLiteral("Pattern"), QStringLiteral("diurnal")}, {QStringLiteral("PeakRps"), 900},
                                {QStringLiteral("TroughRps"), 100}, {QStringLiteral("PeakHour"), 1},
                                {QStringLiteral("Duration"), QStringLiteral("2h")}})));
    f.design.insert(object(ObjectKind::LoadScenario, QStringLiteral("spiky"),
                           map({{QStringLiteral("BaseRps"), 100}, {QStringLiteral("Duration"), QStringLiteral("20m")},
                                {QStringLiteral("Spikes"), QVariantList{map({{QStringLiteral("At"), QStringLiteral("5m")},
                                                                             {QStringLiteral("Height"), 1500},
                                                                             {QStringLiteral("Duration"), QStringLiteral("2m")}})}}})));
    f.design.insert(object(ObjectKind::LoadScenario, QStringLiteral("replay"),
                           map({{QStringLiteral("TrafficCsv"), QStringLiteral("t.csv")}})));
    SimulationOptions options;
    options.recordedTraffic.insert(QStringLiteral("t.csv"), RecordedTraffic({0, 300, 900}, {50, 1200, 80}));

    const QList<ScenarioResult> first = Simulator::runScenarios(f.design, options);
    const DesignData copy = f.design;
    const QList<ScenarioResult> second = Simulator::runScenarios(copy, options);
    QCOMPARE(first.size(), 8);
    QCOMPARE(second.size(), 8);
    for (int i = 0; i < first.size(); ++i) {
        QVERIFY2(!first[i].series.timeSeconds.isEmpty(), qPrintable(first[i].notes.join(QLatin1Char('\n'))));
        QCOMPARE(first[i].vpa, QStringLiteral("web-app-vpa"));
        QCOMPARE(first[i].objects.size(), 1); // web-app, the design's only Deployment
        QVERIFY(first[i].vpaTargetCpuMillicores >= 100 && first[i].vpaTargetCpuMillicores <= 2000);
        QCOMPARE(serializeAll(first[i]), serializeAll(second[i]));
    }
}

namespace {

ObjectId addConnection(DesignData &design, ObjectId from, ObjectId to, ConnectionType type, std::optional<double> share)
{
    ConnectionSpec spec;
    spec.fromId = from;
    spec.toId = to;
    spec.type = type;
    spec.requestShare = share;
    return design.insert(spec.toObject(design));
}

/// A LoadScenario of `virtualUsers` for `duration` (no ramp-up) whose load enters `target`.
ObjectId targetedScenario(DesignData &design, const QString &name, int virtualUsers, const QString &duration,
                          const QString &target)
{
    DesignObject s = TestFixtures::scenario(name, virtualUsers, duration, QStringLiteral("0s"));
    s.fields.insert(QStringLiteral("TargetWorkload"), target);
    return design.insert(s);
}

/// "api" (2 pods of 500m: 400 rps) sends every request to the SQS queue "jobs" (calls,
/// RequestShare 1), which "worker" (`workerReplicas` pods requesting `workerCpu`) consumes through
/// a `triggers` connection unless `triggersConnection` is false (a KEDA trigger then names it).
struct QueueDesign {
    DesignData design;
    ObjectId api = 0, worker = 0, queue = 0;
    QueueDesign(int workerReplicas, const QString &workerCpu, bool triggersConnection = true)
    {
        api = design.insert(object(ObjectKind::Deployment, QStringLiteral("api"),
                                   deploymentManifest(QStringLiteral("api"), 2, QStringLiteral("500m"))));
        worker = design.insert(object(ObjectKind::Deployment, QStringLiteral("worker"),
                                      deploymentManifest(QStringLiteral("worker"), workerReplicas, workerCpu)));
        queue = design.insert(object(ObjectKind::SqsQueue, QStringLiteral("jobs"),
                                     {{QStringLiteral("QueueName"), QStringLiteral("jobs")}}));
        addConnection(design, api, queue, ConnectionType::Calls, 1.0);
        if (triggersConnection)
            addConnection(design, queue, worker, ConnectionType::Triggers, std::nullopt);
    }
};

/// A Deployment "api" (2 pods of 500m: 400 rps of capacity, no HPA, no NodePool) under 16 rps for
/// 64 s (65 one-second samples, t = 0..64, load during t = 0..63).
struct CostFixture {
    DesignData design;
    ObjectId api = 0;
    ObjectId scenario = 0;
    CostFixture()
    {
        api = design.insert(object(ObjectKind::Deployment, QStringLiteral("api"),
                                   deploymentManifest(QStringLiteral("api"), 2, QStringLiteral("500m"))));
        scenario = design.insert(TestFixtures::scenario(QStringLiteral("flat"), 16, QStringLiteral("64s"), QStringLiteral("0s")));
    }
};

SimulationOptions costOptions(double responseBytes)
{
    SimulationOptions options;
    options.cooldownSeconds = 0;
    options.responseBytesPerRequest = responseBytes;
    return options;
}

} // namespace

void tst_Simulator::costBreakdown_data()
{
    QTest::addColumn<bool>("auroraTargetTracking");
    // Aurora without AutoScaling keeps ReadReplicas.Min = 2 readers; with target tracking at
    // MinCapacity = MaxCapacity = 2 the readers in service are 2 all along. Either way: 1 writer +
    // 2 readers = 3 x $0.26/h (Aurora pricing, db.r6g.large) = $0.78/h.
    QTest::newRow("fixed readers") << false;
    QTest::newRow("target tracking") << true;
}

void tst_Simulator::costBreakdown()
{
    QFETCH(bool, auroraTargetTracking);
    CostFixture f;
    QVariantMap auroraFields{{QStringLiteral("ReadReplicas"), QVariantMap{{QStringLiteral("Min"), 2}}}};
    if (auroraTargetTracking)
        auroraFields.insert(QStringLiteral("AutoScaling"),
                            QVariantMap{{QStringLiteral("TargetCPU"), 70}, {QStringLiteral("MinCapacity"), 2},
                                        {QStringLiteral("MaxCapacity"), 2}, {QStringLiteral("ScaleOutCooldown"), 60},
                                        {QStringLiteral("ScaleInCooldown"), 300}});
    const ObjectId aurora = f.design.insert(object(ObjectKind::AuroraCluster, QStringLiteral("aurora"), auroraFields));
    const ObjectId redis = f.design.insert(object(ObjectKind::ElastiCacheReplicationGroup, QStringLiteral("redis"),
                                                  {{QStringLiteral("NumCacheClusters"), 2}}));
    addConnection(f.design, f.api, aurora, ConnectionType::Calls, 0.2);
    addConnection(f.design, f.api, redis, ConnectionType::Calls, 0.5);

    // 1 MiB per response: 16 rps x 64 s = 1024 requests = 1 GB (2^30 bytes) x $0.09/GB = $0.09.
    const ScenarioResult r = Simulator::runScenario(f.design, f.scenario, costOptions(1024.0 * 1024));
    QCOMPARE(r.series.timeSeconds.size(), 65);
    const QMap<QString, double> &b = r.costBreakdownUsd;
    QCOMPARE(b.keys(), (QStringList{QStringLiteral("cache"), QStringLiteral("dataTransfer"), QStringLiteral("database"),
                                    QStringLiteral("dynamodb"), QStringLiteral("lambda"), QStringLiteral("nodes"),
                                    QStringLiteral("sqs")}));
    QCOMPARE(b.value(QStringLiteral("sqs")), 0.0); // no SqsQueue
    QCOMPARE(b.value(QStringLiteral("dynamodb")), 0.0); // no DynamoDBTable
    QCOMPARE(b.value(QStringLiteral("nodes")), 0.0); // no NodePool
    QCOMPARE(b.value(QStringLiteral("lambda")), 0.0); // no LambdaFunction
    QVERIFY(std::abs(b.value(QStringLiteral("dataTransfer")) - 0.09) < 1e-12);
    // 65 samples of 1 s: $0.78/h x 65 / 3600 = $0.0140833...
    QVERIFY(std::abs(b.value(QStringLiteral("database")) - 0.78 * 65 / 3600) < 1e-12);
    // 2 nodes x $0.206/h (ElastiCache pricing, cache.r6g.large) = $0.412/h x 65 / 3600.
    QVERIFY(std::abs(b.value(QStringLiteral("cache")) - 0.412 * 65 / 3600) < 1e-12);
    QVERIFY(std::abs(r.totalCostUsd - (0.09 + (0.78 + 0.412) * 65 / 3600)) < 1e-12);
    // Per hour while loaded: 0.78 + 0.412 + transfer 16 x 2^20 B x 3600 / 2^30 = 56.25 GB/h x 0.09
    // = 5.0625 -> 6.2545; idle at t = 64: 1.192.
    QVERIFY(std::abs(r.series.costUsdPerHour[10] - 6.2545) < 1e-12);
    QVERIFY(std::abs(r.series.costUsdPerHour[64] - 1.192) < 1e-12);

    // Deterministic: the same design and options give the same cost, sample for sample.
    const ScenarioResult again = Simulator::runScenario(f.design, f.scenario, costOptions(1024.0 * 1024));
    QCOMPARE(again.costBreakdownUsd, r.costBreakdownUsd);
    QCOMPARE(again.series.costUsdPerHour, r.series.costUsdPerHour);
    QCOMPARE(again.totalCostUsd, r.totalCostUsd);
}

void tst_Simulator::lambdaCostThroughQueue()
{
    // api --calls 0.5--> queue --triggers--> fn (MemorySize 512 MiB): 8 messages/s, one invocation
    // each, 0.1 s (lambdaDurationSeconds): concurrency 0.8, far below the 100 per second of growth.
    // Per hour (AWS Lambda pricing): 28,800 invocations x 0.1 s x 0.5 GB = 1,440 GB-s x
    // $0.0000166667 = $0.024000048, + 0.0288 M x $0.20 = $0.00576 -> $0.029760048/h, during the 64
    // loaded seconds.
    CostFixture f;
    const ObjectId queue = f.design.insert(object(ObjectKind::SqsQueue, QStringLiteral("jobs"),
                                                  {{QStringLiteral("QueueName"), QStringLiteral("jobs")}}));
    const ObjectId fn = f.design.insert(object(ObjectKind::LambdaFunction, QStringLiteral("worker"),
                                               {{QStringLiteral("FunctionName"), QStringLiteral("worker")},
                                                {QStringLiteral("MemorySize"), 512}}));
    addConnection(f.design, f.api, queue, ConnectionType::Calls, 0.5);
    addConnection(f.design, queue, fn, ConnectionType::Triggers, std::nullopt);
    const ScenarioResult r = Simulator::runScenario(f.design, f.scenario, costOptions(0));
    QVERIFY(std::abs(r.costBreakdownUsd.value(QStringLiteral("lambda")) - 0.029760048 * 64 / 3600) < 1e-12);
    // The queue (Amazon SQS pricing, $0.40 per million requests, 3 requests per message):
    // 8 x 3600 x 3 = 86,400 requests per hour = $0.03456/h.
    QVERIFY(std::abs(r.costBreakdownUsd.value(QStringLiteral("sqs")) - 0.03456 * 64 / 3600) < 1e-12);
    QVERIFY(std::abs(r.series.costUsdPerHour[10] - (0.029760048 + 0.03456)) < 1e-12);
    QCOMPARE(r.costBreakdownUsd.value(QStringLiteral("dataTransfer")), 0.0);
    QVERIFY(std::abs(r.totalCostUsd - (0.029760048 + 0.03456) * 64 / 3600) < 1e-12);
    QVERIFY(std::abs(r.objectResult(queue)->costUsd - 0.03456 * 64 / 3600) < 1e-12);
}

void tst_Simulator::kedaScalesQueueConsumer()
{
    // api (2 pods of 500m, no HPA) serves 100 VUs = 100 rps for 2 min and sends every request to
    // the queue "jobs" (calls, RequestShare 1): 100 messages/s. worker (1 pod of 50m: limit 100m ->
    // 100 / 5 = 20 messages/s) is scaled by a ScaledObject: aws-sqs-queue on ".../jobs",
    // queueLength 10, min 1, max 10 (no `triggers` connection: the trigger's queueURL names the
    // queue). KEDA's HPA (External AverageValue 10, default behavior: +100 % or +4 pods per 15 s,
    // the larger) syncs every 15 s; the metric is ApproximateNumberOfMessages + in flight
    // (received x 50 ms).
    //  t=0:  worker takes 20, 80 wait -> 80 + 20 x 0.05 = 81 -> ceil(81 / 10) = 9, limit
    //        max(1 x 2, 1 + 4) = 5 -> 5 (ready at 30).
    //  t=15: 80 x 16 = 1280 waiting -> 1281 -> 129; the t=0 event is 15 s old (outside the
    //        window): limit max(5 x 2, 5 + 4) = 10 -> 10 = maxReplicaCount (ready at 45).
    //  depth: +80 per step up to t=29 (2400), flat while 5 pods take 100/s, then -100 per step
    //        from t=45: 2300 after t=45, 100 after t=67, 0 after t=68.
    DesignData design;
    const ObjectId api = design.insert(object(ObjectKind::Deployment, QStringLiteral("api"),
                                              deploymentManifest(QStringLiteral("api"), 2, QStringLiteral("500m"))));
    const ObjectId worker = design.insert(object(ObjectKind::Deployment, QStringLiteral("worker"),
                                                 deploymentManifest(QStringLiteral("worker"), 1, QStringLiteral("50m"))));
    const ObjectId queue = design.insert(object(ObjectKind::SqsQueue, QStringLiteral("jobs"), {{QStringLiteral("QueueName"), QStringLiteral("jobs")}}));
    const QVariantMap scaledObject{
        {QStringLiteral("apiVersion"), QStringLiteral("keda.sh/v1alpha1")},
        {QStringLiteral("kind"), QStringLiteral("ScaledObject")},
        {QStringLiteral("metadata"), map({{QStringLiteral("name"), QStringLiteral("worker-scaler")}})},
        {QStringLiteral("spec"),
         map({{QStringLiteral("scaleTargetRef"), map({{QStringLiteral("name"), QStringLiteral("worker")}})},
              {QStringLiteral("minReplicaCount"), 1},
              {QStringLiteral("maxReplicaCount"), 10},
              {QStringLiteral("triggers"),
               QVariantList{map({{QStringLiteral("type"), QStringLiteral("aws-sqs-queue")},
                                 {QStringLiteral("metadata"),
                                  map({{QStringLiteral("queueURL"), QStringLiteral("https://sqs.us-east-1.amazonaws.com/123456789/jobs")},
                                       {QStringLiteral("queueLength"), QStringLiteral("10")}})}})}}})}};
    design.insert(object(ObjectKind::ScaledObject, QStringLiteral("worker-scaler"), scaledObject));
    addConnection(design, api, queue, ConnectionType::Calls, 1.0);
    const ObjectId id = design.insert(scenario(QStringLiteral("flat"), 100, QStringLiteral("2m"), QStringLiteral("0s")));
    SimulationOptions options;
    options.cooldownSeconds = 0;
    const ScenarioResult r = Simulator::runScenario(design, id, options);
    QVERIFY2(!r.series.timeSeconds.isEmpty(), qPrintable(r.notes.join(QLatin1Char('\n'))));
    const ObjectResult *w = r.objectResult(worker);
    const ObjectResult *q = r.objectResult(queue);
    QVERIFY(w && q);
    QCOMPARE(w->scaler, QStringLiteral("ScaledObject worker-scaler"));
    QCOMPARE(w->sampleStride, 1);
    QCOMPARE(w->series.desiredReplicas[0], 5.0);
    QCOMPARE(w->series.desiredReplicas[14], 5.0);
    QCOMPARE(w->series.desiredReplicas[15], 10.0);
    QCOMPARE(w->series.readyReplicas[29], 1.0);
    QCOMPARE(w->series.readyReplicas[30], 5.0);
    QCOMPARE(w->series.readyReplicas[45], 10.0);
    QCOMPARE(w->series.servedRps[10], 20.0);
    QCOMPARE(w->series.servedRps[50], 200.0);
    QCOMPARE(q->series.offeredRps[10], 100.0);
    QCOMPARE(q->queueDepth[0], 80.0);
    QCOMPARE(q->queueDepth[29], 2400.0);
    QCOMPARE(q->queueDepth[44], 2400.0);
    QCOMPARE(q->queueDepth[45], 2300.0);
    QCOMPARE(q->queueDepth[67], 100.0);
    QCOMPARE(q->queueDepth[68], 0.0);
    QCOMPARE(q->series.queueDepth, q->queueDepth); // charted with the queue's other series
    QCOMPARE(w->peakReplicas, 10.0);
    // Little's law: at t=29, 2400 messages wait and 20/s are received -> 120 s + 50 ms.
    QCOMPARE(w->series.latencyP95Ms[29], 120050.0);
}

void tst_Simulator::kedaScalesFromZero()
{
    // As kedaScalesQueueConsumer, but minReplicaCount 0 and the load ramps up from 0 over 60 s
    // (100 VUs: offered(t) = 100 t / 60 rps, all sent to the queue).
    //  t=0:  poll: 0 messages -> inactive, never active, minReplicaCount 0 -> scale to 0 at once
    //        (keda.sh "Scaling Deployments": cooldownPeriod only counts from the last activity).
    //  t=15: KEDA's HPA does nothing at 0 replicas.
    //  t=30: poll (pollingInterval 30 s): 100/60 x (0 + 1 + ... + 30) = 775 messages -> active ->
    //        activation to max(minReplicaCount, 1) = 1; the HPA sync at the same time: ceil(775 /
    //        10) = 78, limited to max(1 x 2, 1 + 4) = 5 -> 5 (ready at 60).
    DesignData design;
    design.insert(object(ObjectKind::Deployment, QStringLiteral("api"), deploymentManifest(QStringLiteral("api"), 2, QStringLiteral("500m"))));
    const ObjectId worker = design.insert(object(ObjectKind::Deployment, QStringLiteral("worker"),
                                                 deploymentManifest(QStringLiteral("worker"), 1, QStringLiteral("50m"))));
    const ObjectId queue = design.insert(object(ObjectKind::SqsQueue, QStringLiteral("jobs"), {}));
    design.insert(object(ObjectKind::ScaledObject, QStringLiteral("worker-scaler"),
                         map({{QStringLiteral("kind"), QStringLiteral("ScaledObject")},
                              {QStringLiteral("spec"),
                               map({{QStringLiteral("scaleTargetRef"), map({{QStringLiteral("name"), QStringLiteral("worker")}})},
                                    {QStringLiteral("minReplicaCount"), 0},
                                    {QStringLiteral("maxReplicaCount"), 10},
                                    {QStringLiteral("triggers"),
                                     QVariantList{map({{QStringLiteral("type"), QStringLiteral("aws-sqs-queue")},
                                                       {QStringLiteral("metadata"),
                                                        map({{QStringLiteral("queueURL"), QStringLiteral("https://sqs.us-east-1.amazonaws.com/1/jobs")},
                                                             {QStringLiteral("queueLength"), QStringLiteral("10")}})}})}}})}})));
    addConnection(design, design.findByName(ObjectKind::Deployment, QStringLiteral("api")), queue, ConnectionType::Calls, 1.0);
    const ObjectId id = design.insert(scenario(QStringLiteral("ramp"), 100, QStringLiteral("1m"), QStringLiteral("1m")));
    SimulationOptions options;
    options.cooldownSeconds = 0;
    const ScenarioResult r = Simulator::runScenario(design, id, options);
    const ObjectResult *w = r.objectResult(worker);
    QVERIFY(w);
    QCOMPARE(w->series.desiredReplicas[0], 0.0);
    QCOMPARE(w->series.readyReplicas[1], 0.0);
    QCOMPARE(w->series.desiredReplicas[29], 0.0);
    QCOMPARE(w->series.desiredReplicas[30], 5.0);
    QCOMPARE(w->series.readyReplicas[59], 0.0);
    QCOMPARE(w->series.readyReplicas[60], 5.0);
    QCOMPARE(r.objectResult(queue)->queueDepth[30], 775.0);
}

void tst_Simulator::refusesWhatItCannotSimulate()
{
    CostFixture f;
    // A TargetWorkload that names nothing: not simulated (no made-up Deployment).
    const ObjectId missing = f.design.insert(object(ObjectKind::LoadScenario, QStringLiteral("missing"),
                                                    {{QStringLiteral("VirtualUsers"), 10}, {QStringLiteral("Duration"), QStringLiteral("1m")},
                                                     {QStringLiteral("TargetWorkload"), QStringLiteral("does-not-exist")}}));
    const ScenarioResult a = Simulator::runScenario(f.design, missing, costOptions(0));
    QVERIFY(a.series.timeSeconds.isEmpty());
    QVERIFY(a.objects.isEmpty());
    QVERIFY(notesContain(a, QStringLiteral("TargetWorkload \"does-not-exist\" names no Deployment")));
    // 10^12 users at 1 request/s each: beyond the 10^7 requests/s bound.
    const ObjectId huge = f.design.insert(scenario(QStringLiteral("huge"), 1e12, QStringLiteral("1m"), QStringLiteral("0s")));
    const ScenarioResult b = Simulator::runScenario(f.design, huge, costOptions(0));
    QVERIFY(b.series.timeSeconds.isEmpty());
    QVERIFY(notesContain(b, QStringLiteral("more than the 10,000,000 requests/s")));
    // A queue nobody consumes: the messages stay, and a note says so (api sends 16 messages/s for 64 s).
    const ObjectId queue = f.design.insert(object(ObjectKind::SqsQueue, QStringLiteral("orphan"), {}));
    addConnection(f.design, f.api, queue, ConnectionType::Calls, 1.0);
    const ScenarioResult c = Simulator::runScenario(f.design, f.scenario, costOptions(0));
    QCOMPARE(c.objectResult(queue)->queueDepth.last(), 1024.0);
    QVERIFY(notesContain(c, QStringLiteral("orphan has no consumer: 1024 messages are left waiting")));
}

void tst_Simulator::dynamoDbOnDemandThrottles()
{
    // api (2 pods, 100 rps) sends every request to an on-demand table (calls, RequestShare 1) whose
    // allowance is set to 50 requests/s (a new table: DynamoDbOnDemand's initial throughput), so
    // 50 are served and 50 throttled per second for 60 s = 3000 throttled requests.
    // Price per hour of 50 requests/s = 180,000 requests, 80 % reads: 144,000 RRU x $0.125 per
    // million = $0.018, 36,000 WRU x $0.625 per million = $0.0225 -> $0.0405/h (DynamoDB on-demand
    // pricing, us-east-1); 60 loaded seconds -> $0.000675.
    CostFixture f;
    const ObjectId table = f.design.insert(object(ObjectKind::DynamoDBTable, QStringLiteral("orders"),
                                                  {{QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")}}));
    addConnection(f.design, f.api, table, ConnectionType::Calls, 1.0);
    const ObjectId id = f.design.insert(scenario(QStringLiteral("hundred"), 100, QStringLiteral("1m"), QStringLiteral("0s")));
    SimulationOptions options = costOptions(0);
    options.dynamoDbInitialRequestsPerSecond = 50;
    const ScenarioResult r = Simulator::runScenario(f.design, id, options);
    const ObjectResult *t = r.objectResult(table);
    QVERIFY(t);
    QCOMPARE(t->scaler, QStringLiteral("on-demand"));
    QCOMPARE(t->series.offeredRps[10], 100.0);
    QCOMPARE(t->series.servedRps[10], 50.0);
    QCOMPARE(t->series.errors[10], 50.0);
    QCOMPARE(t->droppedRequests, 3000.0);
    QVERIFY(std::abs(t->series.costUsdPerHour[10] - 0.0405) < 1e-12);
    QVERIFY(std::abs(r.costBreakdownUsd.value(QStringLiteral("dynamodb")) - 0.000675) < 1e-12);
    QVERIFY(notesContain(r, QStringLiteral("orders (on-demand) throttled 3000 requests")));
}

void tst_Simulator::stridedSamplesKeepPeaks()
{
    // api (2 pods of 500m: 400 rps) serves 10 VUs = 10 rps for 40,001 s (load at t = 0..40,000) and
    // sends every request to "jobs" (calls, RequestShare 1); worker (1 pod of 5m: limit 10m ->
    // 10 / 5 = 2 messages/s) consumes it (triggers). The queue grows by 10 - 2 = 8 messages a second
    // to 8 x 40,001 = 320,008 after t = 40,000, then drains by 2 a second.
    // 3 objects x 40,602 steps (600 s of cool-down) = 121,806 samples for a 50,000-sample budget:
    // stride ceil(2.44) = 3, so one sample covers t = 39,999, 40,000 and 40,001; it must hold the
    // peak (320,008), not the depth after its last step (320,006), as every strided series holds
    // its maximum.
    QueueDesign f(1, QStringLiteral("5m"));
    const ObjectId scenarioId = targetedScenario(f.design, QStringLiteral("long"), 10, QStringLiteral("40001s"), QStringLiteral("api"));
    SimulationOptions options;
    options.modelNodes = false;
    const ScenarioResult r = Simulator::runScenario(f.design, scenarioId, options);
    QCOMPARE(r.series.timeSeconds.size(), 40602);
    const ObjectResult *q = r.objectResult(f.queue);
    QVERIFY(q);
    QCOMPARE(q->sampleStride, 3);
    QCOMPARE(q->series.timeSeconds.size(), 13534); // ceil(40,602 / 3)
    QCOMPARE(q->series.queueDepth.size(), 13534);
    QCOMPARE(q->series.timeSeconds.at(13333), 39999.0);
    QVERIFY(std::abs(q->series.queueDepth.at(13333) - 320008.0) < 1e-6);
    QVERIFY(std::abs(*std::max_element(q->series.queueDepth.cbegin(), q->series.queueDepth.cend()) - 320008.0) < 1e-6);
    // The consumer receives 2 messages/s all along (its capacity), the queue is offered 10.
    QVERIFY(std::abs(q->series.servedRps.at(100) - 2.0) < 1e-9);
    QVERIFY(std::abs(q->series.offeredRps.at(100) - 10.0) < 1e-9);
}

void tst_Simulator::zeroReplicasRunNoPod()
{
    // spec.replicas 0 without an autoscaler: no pod, every request of 10 VUs (10 rps) for 60 s is
    // refused: 10 x 60 = 600 dropped requests (load at t = 0..59).
    DesignData design;
    design.insert(object(ObjectKind::Deployment, QStringLiteral("api"), deploymentManifest(QStringLiteral("api"), 0, QStringLiteral("500m"))));
    const ObjectId scenarioId = targetedScenario(design, QStringLiteral("flat"), 10, QStringLiteral("60s"), QStringLiteral("api"));
    SimulationOptions options;
    options.modelNodes = false;
    options.cooldownSeconds = 0;
    ScenarioResult r = Simulator::runScenario(design, scenarioId, options);
    QCOMPARE(r.peakReplicas, 0.0);
    QCOMPARE(r.series.servedRps.at(30), 0.0);
    QVERIFY(std::abs(r.droppedRequests - 600.0) < 1e-9);
    QVERIFY(notesContain(r, QStringLiteral("replicas stay at 0")));

    // With the seed's HPA (minReplicas 3): Kubernetes disables an HPA whose target has 0 replicas
    // ("scaling is disabled since the replica count of the target is zero", horizontal.go).
    Fixture f = seedLikeDesign(false);
    f.design.insert(object(ObjectKind::Deployment, QStringLiteral("web-app"),
                           deploymentManifest(QStringLiteral("web-app"), 0, QStringLiteral("500m")), f.cluster));
    r = Simulator::runScenario(f.design, f.scenarios.first(), options);
    QCOMPARE(r.peakReplicas, 0.0);
    QVERIFY(notesContain(r, QStringLiteral("does not scale it")));
}

void tst_Simulator::stalledQueueWaitGrows()
{
    // api sends 10 messages/s to "jobs" from t = 0; its consumer "worker" has spec.replicas 0, so
    // nothing is received: the queue stalls at t = 0 and at t = k its oldest message has waited
    // k + 1 s (it arrived during step 0). The worker's latency is serviceTimeMs (50) + that wait:
    // t = 59 -> 50 + 60,000 = 60,050 ms (not a fixed cap).
    QueueDesign f(0, QStringLiteral("500m"));
    const ObjectId scenarioId = targetedScenario(f.design, QStringLiteral("flat"), 10, QStringLiteral("60s"), QStringLiteral("api"));
    SimulationOptions options;
    options.modelNodes = false;
    options.cooldownSeconds = 0;
    const ScenarioResult r = Simulator::runScenario(f.design, scenarioId, options);
    const ObjectResult *w = r.objectResult(f.worker);
    QVERIFY(w);
    QCOMPARE(w->sampleStride, 1);
    QVERIFY(std::abs(w->series.latencyP95Ms.at(0) - 1050.0) < 1e-9);
    QVERIFY(std::abs(w->series.latencyP95Ms.at(59) - 60050.0) < 1e-9);
    QVERIFY(std::abs(r.objectResult(f.queue)->series.queueDepth.at(59) - 600.0) < 1e-9);
    // Over the 500 ms SLO at every sample, t = 0 (1,050 ms) to t = 60 (the queue never drains):
    // 61 simulated seconds for the worker.
    QCOMPARE(w->secondsOverSlo, 61.0);
    QCOMPARE(r.objectResult(f.api)->secondsOverSlo, 0.0);
}

void tst_Simulator::kedaIdleWhileFedIsNoted()
{
    // api sends 100 messages/s to "jobs" for 20 minutes; worker (50m: limit 100m -> 20 messages/s a
    // pod) is scaled by KEDA, minReplicaCount 0, queueLength 10, activationQueueLength 5,
    // cooldownPeriod 30 s. Once the pods keep up, nothing waits and the in-flight count is
    // 100/s x 0.05 s (serviceTimeMs) = 5, not above the activation value 5: KEDA sees the trigger
    // inactive and scales to 0 after the cooldown while messages still arrive — a real pitfall,
    // which the notes must name with the metric (5) and the activation value (5).
    QueueDesign f(1, QStringLiteral("50m"), false); // the KEDA trigger's queueURL names the queue
    DesignData &design = f.design;
    design.insert(object(ObjectKind::ScaledObject, QStringLiteral("worker-scaler"),
                         map({{QStringLiteral("kind"), QStringLiteral("ScaledObject")},
                              {QStringLiteral("spec"),
                               map({{QStringLiteral("scaleTargetRef"), map({{QStringLiteral("name"), QStringLiteral("worker")}})},
                                    {QStringLiteral("minReplicaCount"), 0},
                                    {QStringLiteral("maxReplicaCount"), 10},
                                    {QStringLiteral("cooldownPeriod"), 30},
                                    {QStringLiteral("triggers"),
                                     QVariantList{map({{QStringLiteral("type"), QStringLiteral("aws-sqs-queue")},
                                                       {QStringLiteral("metadata"),
                                                        map({{QStringLiteral("queueURL"), QStringLiteral("https://sqs.us-east-1.amazonaws.com/1/jobs")},
                                                             {QStringLiteral("queueLength"), QStringLiteral("10")},
                                                             {QStringLiteral("activationQueueLength"), QStringLiteral("5")}})}})}}})}})));
    const ObjectId id = targetedScenario(design, QStringLiteral("steady"), 100, QStringLiteral("20m"), QStringLiteral("api"));
    SimulationOptions options;
    options.modelNodes = false;
    options.cooldownSeconds = 0;
    const ScenarioResult r = Simulator::runScenario(design, id, options);
    QVERIFY2(notesContain(r, QStringLiteral("worker: worker-scaler scaled it to 0 at t = ")), qPrintable(r.notes.join(QLatin1Char('\n'))));
    QVERIFY(notesContain(r, QStringLiteral("the queue metric (5: waiting + in flight) was not above the activation value 5")));
}

void tst_Simulator::kedaCpuCountsReadyPods()
{
    // api: 3 pods of 500m (limit 1000m: 200 rps each), 300 rps, 5 mCPU per request -> 1,500m of
    // CPU in all. A ScaledObject cpu trigger (Utilization 50) becomes a Resource Utilization
    // metric of KEDA's HPA: 1,500m / (50 % of 500m = 250m) = 6 pods. t = 0: 3 ready pods at 100 %
    // -> ceil(300 / 50) = 6; t = 15: the 3 new pods are not ready yet and count 0 -> still 6 (not
    // 100 % x 6 desired = 600 -> 12); from t = 30 six pods at 50 % -> 6. Peak 6.
    DesignData design;
    design.insert(object(ObjectKind::Deployment, QStringLiteral("api"), deploymentManifest(QStringLiteral("api"), 3, QStringLiteral("500m"))));
    design.insert(object(ObjectKind::ScaledObject, QStringLiteral("api-scaler"),
                         map({{QStringLiteral("kind"), QStringLiteral("ScaledObject")},
                              {QStringLiteral("spec"),
                               map({{QStringLiteral("scaleTargetRef"), map({{QStringLiteral("name"), QStringLiteral("api")}})},
                                    {QStringLiteral("minReplicaCount"), 1},
                                    {QStringLiteral("maxReplicaCount"), 20},
                                    {QStringLiteral("triggers"),
                                     QVariantList{map({{QStringLiteral("type"), QStringLiteral("cpu")},
                                                       {QStringLiteral("metricType"), QStringLiteral("Utilization")},
                                                       {QStringLiteral("metadata"), map({{QStringLiteral("value"), QStringLiteral("50")}})}})}}})}})));
    const ObjectId id = targetedScenario(design, QStringLiteral("steady"), 300, QStringLiteral("10m"), QStringLiteral("api"));
    SimulationOptions options;
    options.modelNodes = false;
    options.cooldownSeconds = 0;
    const ScenarioResult r = Simulator::runScenario(design, id, options);
    QCOMPARE(r.peakReplicas, 6.0);
    QCOMPARE(r.series.desiredReplicas.at(20), 6.0);

    // The same with metricType AverageValue, value 250m per pod (keda.sh CPU scaler): 1.5 cores /
    // 0.25 = 6 pods again (the value is in cores, not percent).
    DesignObject so = *design.object(design.findByName(ObjectKind::ScaledObject, QStringLiteral("api-scaler")));
    QVariantList triggers = so.field(QStringLiteral("spec.triggers")).toList();
    QVariantMap trigger = triggers.first().toMap();
    trigger.insert(QStringLiteral("metricType"), QStringLiteral("AverageValue"));
    trigger.insert(QStringLiteral("metadata"), map({{QStringLiteral("value"), QStringLiteral("250m")}}));
    triggers[0] = trigger;
    design.setField(so.id, QStringLiteral("spec.triggers"), triggers);
    const ScenarioResult average = Simulator::runScenario(design, id, options);
    QCOMPARE(average.peakReplicas, 6.0);
}

QTEST_GUILESS_MAIN(tst_Simulator)
#include "tst_simulator.moc"
