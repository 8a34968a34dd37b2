// Benchmark of the simulator (model/sim): prints figures, not a pass/fail test. Single-threaded.
//  1. The reference design (ReferenceDesign::load()) with one added LoadScenario "plateau" of
//     1000 VUs, RampUp 1h, Duration 23h (24 h at 1 s = 86,401 steps, HPA + Karpenter), at 6 h,
//     12 h and 24 h to show cost linear in simulated time (issue target: 24 h <= 100 ms); then
//     24 h of a daily cycle (Pattern diurnal, 100..1000 requests/s), where the controllers move
//     all day. Each line gives the wall time, the thread's CPU time and the page faults per run
//     (fresh memory: on this shared 2-core VM each costs about 3 us).
//     SCALEPLAN_BENCH_ONLY=reference stops after these; =reference-once / =daily-once run one
//     24 h plateau / daily cycle once (for callgrind).
//  2. Generated designs with 50, 100 and 200 workloads (one cluster, the seed's NodePool, per
//     workload a Deployment and an HPA; svc-000 calls every other service with RequestShare 0.5)
//     simulated whole under one 45-minute scenario at 1 s, to show cost linear in objects (issue
//     target: 200 workloads <= 2 s).
// Each figure is the best of 5 runs (and their median), in milliseconds.

#include "model/connectionspec.h"
#include "model/io/referencedesign.h"
#include "model/sim/simulator.h"

#include <QElapsedTimer>
#include <QVariantList>
#include <QVariantMap>

#include <algorithm>
#include <cstdio>
#include <vector>
#include <sys/resource.h>
#include <ctime>

using namespace Scaleplan;

namespace {

QVariantMap m(std::initializer_list<std::pair<QString, QVariant>> entries)
{
    QVariantMap out;
    for (const auto &[k, v] : entries)
        out.insert(k, v);
    return out;
}

/// Minor page faults of the process so far (fresh memory the kernel had to map and zero).
long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

/// CPU time of the calling thread in milliseconds (user + system; time the thread waited for a
/// core on a shared machine is not in it).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double g_lastCpuMs = 0;    ///< the thread CPU time of bestOf's best run
double g_lastMedianMs = 0; ///< the median wall time of bestOf's runs

/// Runs `run` `runs` times; returns the best wall time (ms), the median in g_lastMedianMs.
template<typename F>
double bestOf(F run, int runs = 5)
{
    std::vector<double> times;
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuBefore = threadCpuMs();
        timer.start();
        run();
        const double ms = timer.nsecsElapsed() / 1e6;
        times.push_back(ms);
        if (ms < best) {
            best = ms;
            g_lastCpuMs = threadCpuMs() - cpuBefore;
        }
    }
    std::sort(times.begin(), times.end());
    g_lastMedianMs = times[times.size() / 2];
    return best;
}

DesignObject scenario(const QString &name, int virtualUsers, const QString &duration, const QString &rampUp,
                      const QString &target = {})
{
    DesignObject o;
    o.kind = ObjectKind::LoadScenario;
    o.name = name;
    o.fields = m({{QStringLiteral("VirtualUsers"), virtualUsers}, {QStringLiteral("Duration"), duration},
                  {QStringLiteral("RampUp"), rampUp}});
    if (!target.isEmpty())
        o.fields.insert(QStringLiteral("TargetWorkload"), target);
    return o;
}

QVariantMap metric(const QString &name, int percent)
{
    return m({{QStringLiteral("type"), QStringLiteral("Resource")},
              {QStringLiteral("resource"), m({{QStringLiteral("name"), name},
                                              {QStringLiteral("target"), m({{QStringLiteral("type"), QStringLiteral("Utilization")},
                                                                            {QStringLiteral("averageUtilization"), percent}})}})}});
}

DesignData generated(int workloads)
{
    DesignData d;
    DesignObject cluster;
    cluster.kind = ObjectKind::EksCluster;
    cluster.name = QStringLiteral("eks");
    const ObjectId clusterId = d.insert(cluster);
    DesignObject pool;
    pool.kind = ObjectKind::NodePool;
    pool.name = QStringLiteral("general-purpose");
    pool.parentId = clusterId;
    const QVariantList requirements{
        m({{QStringLiteral("key"), QStringLiteral("node.kubernetes.io/instance-type")}, {QStringLiteral("operator"), QStringLiteral("In")},
           {QStringLiteral("values"), QStringList{QStringLiteral("m5.large"), QStringLiteral("m5.xlarge"), QStringLiteral("c5.large"),
                                                  QStringLiteral("c5.xlarge")}}}),
        m({{QStringLiteral("key"), QStringLiteral("karpenter.sh/capacity-type")}, {QStringLiteral("operator"), QStringLiteral("In")},
           {QStringLiteral("values"), QStringList{QStringLiteral("spot"), QStringLiteral("on-demand")}}})};
    pool.fields = m({{QStringLiteral("kind"), QStringLiteral("NodePool")},
                     {QStringLiteral("spec"), m({{QStringLiteral("template"), m({{QStringLiteral("spec"), m({{QStringLiteral("requirements"), requirements}})}})},
                                                 {QStringLiteral("disruption"), m({{QStringLiteral("consolidationPolicy"), QStringLiteral("WhenEmptyOrUnderutilized")},
                                                                                   {QStringLiteral("consolidateAfter"), QStringLiteral("30s")}})}})}});
    d.insert(pool);
    QList<ObjectId> ids;
    for (int i = 0; i < workloads; ++i) {
        const QString name = QStringLiteral("svc-%1").arg(i, 3, 10, QLatin1Char('0'));
        DesignObject dep;
        dep.kind = ObjectKind::Deployment;
        dep.name = name;
        dep.parentId = clusterId;
        const QVariantMap container = m({{QStringLiteral("name"), name},
                                         {QStringLiteral("resources"), m({{QStringLiteral("requests"), m({{QStringLiteral("cpu"), QStringLiteral("500m")},
                                                                                                          {QStringLiteral("memory"), QStringLiteral("512Mi")}})}})}});
        dep.fields = m({{QStringLiteral("kind"), QStringLiteral("Deployment")},
                        {QStringLiteral("spec"), m({{QStringLiteral("replicas"), 3},
                                                    {QStringLiteral("template"), m({{QStringLiteral("spec"), m({{QStringLiteral("containers"), QVariantList{container}}})}})}})}});
        d.insert(dep);
        DesignObject hpa;
        hpa.kind = ObjectKind::HorizontalPodAutoscaler;
        hpa.name = QString(name + QStringLiteral("-hpa"));
        hpa.parentId = clusterId;
        hpa.fields = m({{QStringLiteral("kind"), QStringLiteral("HorizontalPodAutoscaler")},
                        {QStringLiteral("metadata"), m({{QStringLiteral("name"), hpa.name}})},
                        {QStringLiteral("spec"), m({{QStringLiteral("scaleTargetRef"), m({{QStringLiteral("kind"), QStringLiteral("Deployment")},
                                                                                         {QStringLiteral("name"), name}})},
                                                    {QStringLiteral("minReplicas"), 3},
                                                    {QStringLiteral("maxReplicas"), 50},
                                                    {QStringLiteral("metrics"), QVariantList{metric(QStringLiteral("cpu"), 70),
                                                                                             metric(QStringLiteral("memory"), 80)}}})}});
        d.insert(hpa);
        ids.append(d.object(d.findByName(ObjectKind::Deployment, name))->id);
    }
    // svc-000 is the front end: every other service receives half of its requests (calls, RequestShare 0.5).
    for (int i = 1; i < ids.size(); ++i) {
        ConnectionSpec spec;
        spec.fromId = ids.first();
        spec.toId = ids.at(i);
        spec.type = ConnectionType::Calls;
        spec.requestShare = 0.5;
        d.insert(spec.toObject(d));
    }
    // One scenario for the whole design, 45 minutes: 5 min ramp-up, 30 min hold (no cool-down).
    d.insert(scenario(QStringLiteral("load"), 600, QStringLiteral("40m"), QStringLiteral("5m"), QStringLiteral("svc-000")));
    return d;
}

} // namespace

int main()
{
    SimulationOptions options;
    options.cooldownSeconds = 0;

    std::printf("reference design + one 1000-VU plateau scenario (1 h ramp-up), 1 s steps, HPA + Karpenter:\n");
    const DesignData reference = ReferenceDesign::load();
    const QString only = qEnvironmentVariable("SCALEPLAN_BENCH_ONLY");
    // The reference design with one added scenario, timed (best and median of 5, CPU time, page
    // faults) and printed under `label`; with `once` run a single time and not timed (callgrind).
    auto run = [&](const DesignObject &added, const QString &label, bool once) {
        DesignData d = reference;
        const ObjectId id = d.insert(added);
        if (once) {
            const ScenarioResult result = Simulator::runScenario(d, id, options);
            std::printf("  %s once: $%.2f\n", qPrintable(label), result.totalCostUsd);
            return;
        }
        ScenarioResult result;
        const long faultsBefore = minorFaults();
        const double ms = bestOf([&] { result = Simulator::runScenario(d, id, options); });
        const double faultsPerRun = double(minorFaults() - faultsBefore) / 5.0;
        const qlonglong steps = result.series.timeSeconds.size();
        std::printf("  %s (%6lld steps): %8.1f ms  (median %.1f; CPU %.1f ms; %.2f us/step; peak %g replicas, %g nodes, "
                    "$%.2f; %.0f page faults per run)\n",
                    qPrintable(label), steps, ms, g_lastMedianMs, g_lastCpuMs, ms * 1000.0 / steps, result.peakReplicas,
                    result.peakNodes, result.totalCostUsd, faultsPerRun);
    };
    auto plateau = [](int hours) {
        return scenario(QStringLiteral("plateau"), 1000, QStringLiteral("%1h").arg(hours - 1), QStringLiteral("1h"));
    };
    // The same 24 hours with a daily cycle: 100 requests/s at 00:00, 1,000 at 12:00 (DiurnalPattern),
    // so the HPA, Karpenter and the tiers' target tracking move all day.
    DesignObject daily;
    daily.kind = ObjectKind::LoadScenario;
    daily.name = QStringLiteral("daily-cycle");
    daily.fields = m({{QStringLiteral("Pattern"), QStringLiteral("diurnal")}, {QStringLiteral("PeakRps"), 1000},
                      {QStringLiteral("TroughRps"), 100}, {QStringLiteral("PeakHour"), 12},
                      {QStringLiteral("Duration"), QStringLiteral("24h")}});
    if (only == QLatin1String("daily-once") || only == QLatin1String("reference-once")) {
        run(only == QLatin1String("daily-once") ? daily : plateau(24), QStringLiteral("24 h"), true);
        return 0;
    }
    for (int hours : {6, 12, 24})
        run(plateau(hours), QStringLiteral("%1 h").arg(hours, 2), false);
    run(daily, QStringLiteral("24 h daily cycle, 100..1000 requests/s"), false);

    if (only == QLatin1String("reference"))
        return 0; // for profiling
    std::printf("generated designs simulated whole (a front end calling every other service), one 45-minute "
                "scenario at 1 s:\n");
    for (int workloads : {50, 100, 200}) {
        const DesignData d = generated(workloads);
        const ObjectId id = d.objectsOfKind(ObjectKind::LoadScenario).first();
        ScenarioResult result;
        const double ms = bestOf([&] { result = Simulator::runScenario(d, id, options); });
        const qlonglong steps = result.series.timeSeconds.size();
        std::printf("  %3d workloads (%lld steps x %lld objects): %8.1f ms  (median %.1f; %.3f us per object-step; peak %g "
                    "nodes)\n",
                    workloads, steps, qlonglong(result.objects.size()), ms, g_lastMedianMs,
                    ms * 1000.0 / std::max<qlonglong>(1, steps * result.objects.size()), result.peakNodes);
    }
    return 0;
}
