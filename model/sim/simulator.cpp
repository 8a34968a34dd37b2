#include "model/sim/simulator.h"

#include "model/connectionspec.h"
#include "model/quantity.h"
#include "model/sim/hpacontroller.h"
#include "model/sim/hpaspec.h"
#include "model/sim/karpenterprovisioner.h"
#include "model/sim/lambdaconcurrency.h"
#include "model/sim/loadprofile.h"
#include "model/sim/mmcqueue.h"
#include "model/sim/vparecommender.h"

#include "model/sim/dynamodbondemand.h"
#include "model/sim/kedacontroller.h"
#include "model/sim/replicacalculator.h"
#include "model/sim/targettracking.h"

#include <QHash>
#include <algorithm>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <array>
#include <vector>
#include <cmath>
#include <limits>
#include <optional>

namespace Scaleplan {

namespace {
/// Bounds that keep one scenario's simulation within a few hundred MB and seconds: 7 days at 1 s
/// steps, and 100,000 pods per workload.
constexpr qint64 kMaxSimulatedSteps = Simulator::kMaxSteps;
constexpr int kMaxSimulatedReplicas = 100000;
} // namespace


namespace {

constexpr double maxRho = 0.99;
/// Start and Ready time of the pods running when a scenario starts (steady state: long ago, past
/// every CPU initialisation period).
constexpr double kLongAgo = -1e9;
constexpr double timeEpsilon = 1e-9;

/// The workload's pod resources, from the Deployment's first container or the defaults.
struct PodModel {
    double cpuRequestMillicores = 0;
    double cpuLimitMillicores = 0;
    double memoryRequestBytes = 0;
    int specReplicas = 1;
};

QString stripKindPrefix(const QString &name)
{
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    return slash >= 0 ? name.mid(slash + 1) : name;
}

QString formatMillicores(double millicores)
{
    return QString(QString::number(millicores, 'g', 6) + QLatin1Char('m'));
}

PodModel podModel(const DesignObject *deployment, const SimulationOptions &options, QStringList *notes)
{
    PodModel model;
    model.cpuRequestMillicores = options.defaultCpuRequestMillicores;
    model.memoryRequestBytes = options.defaultMemoryRequestBytes;
    std::optional<double> limit;
    if (deployment) {
        const QString base = QStringLiteral("spec.template.spec.containers[0].resources.");
        if (const auto cpu = Quantity::cpuMillicores(deployment->field(QString(base + QStringLiteral("requests.cpu"))));
            cpu && *cpu > 0)
            model.cpuRequestMillicores = *cpu;
        else
            notes->append(QStringLiteral("%1 has no resources.requests.cpu: %2 assumed")
                              .arg(deployment->name, formatMillicores(options.defaultCpuRequestMillicores)));
        if (const auto cpuLimit = Quantity::cpuMillicores(deployment->field(QString(base + QStringLiteral("limits.cpu"))));
            cpuLimit && *cpuLimit > 0)
            limit = *cpuLimit;
        if (const auto memory = Quantity::memoryBytes(deployment->field(QString(base + QStringLiteral("requests.memory"))));
            memory && *memory > 0)
            model.memoryRequestBytes = *memory;
        const QVariant replicas = deployment->field(QStringLiteral("spec.replicas"));
        if (replicas.isValid())
            model.specReplicas = std::max(0, replicas.toInt());
    }
    model.cpuLimitMillicores = limit ? std::max(*limit, model.cpuRequestMillicores) : model.cpuRequestMillicores * 2;
    return model;
}

/// What the simulation feeds one HPA metric, decided once per HPA from the metric's source type
/// and name: the cpu or memory Resource, or a metric named like "request" (served requests/s:
/// per ready pod for a Pods metric, the total for a Value target, the total / replicas for an
/// AverageValue target); anything else is Unmodelled.
enum class MetricFeed { Unmodelled, Cpu, Memory, RequestsPerPod, RequestsTotal, RequestsAverage };

MetricFeed metricFeed(const HpaMetricSpec &metric)
{
    const bool isResource = metric.sourceType == HpaMetricSourceType::Resource
        || metric.sourceType == HpaMetricSourceType::ContainerResource;
    if (isResource) {
        if (metric.metricName == QLatin1String("cpu"))
            return MetricFeed::Cpu;
        if (metric.metricName == QLatin1String("memory"))
            return MetricFeed::Memory;
        return MetricFeed::Unmodelled;
    }
    if (!metric.metricName.contains(QLatin1String("request"), Qt::CaseInsensitive))
        return MetricFeed::Unmodelled;
    if (metric.sourceType == HpaMetricSourceType::Pods)
        return MetricFeed::RequestsPerPod;
    if (metric.targetType == HpaMetricTargetType::Value)
        return MetricFeed::RequestsTotal;
    return MetricFeed::RequestsAverage;
}

/// The metric value HpaController expects for `metric` (see HpaController::sync), NaN when the
/// simulation does not model that metric (`feed` = metricFeed(metric)).
double metricValue(const HpaMetricSpec &metric, MetricFeed feed, double cpuPercent, double cpuMillicoresPerPod,
                   double memoryPercent, double memoryBytesPerPod, double servedRpsPerPod, double servedRps,
                   int currentReplicas)
{
    const bool utilization = metric.targetType == HpaMetricTargetType::Utilization;
    switch (feed) {
    case MetricFeed::Unmodelled: break;
    case MetricFeed::Cpu: return utilization ? cpuPercent : cpuMillicoresPerPod / 1000.0;
    case MetricFeed::Memory: return utilization ? memoryPercent : memoryBytesPerPod;
    case MetricFeed::RequestsPerPod: return servedRpsPerPod;
    case MetricFeed::RequestsTotal: return servedRps;
    case MetricFeed::RequestsAverage: return currentReplicas > 0 ? servedRps / currentReplicas : 0.0;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

/// A non-negative integer field of `object` (e.g. "ReadReplicas.Min"), else `fallback`.
int countField(const DesignObject &object, const QString &path, int fallback)
{
    bool ok = false;
    const int value = object.field(path).toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}

/// Fills one ObjectResult's series, either every step or, with a stride, the maximum of each
/// series over `stride` steps (the first step's time).
class SeriesSampler
{
public:
    static constexpr int kSeries = 13;
    /// Sizes the series for `steps` steps (written in place: appending to 13 QVectors per step
    /// and object was the simulator's largest cost).
    void allocate(TimeSeries &series, qint64 steps, int stride)
    {
        m_stride = std::max(1, stride);
        const qint64 n = (steps + m_stride - 1) / m_stride;
        const auto v = vectors(series);
        for (int i = 0; i < kSeries; ++i) {
            v[size_t(i)]->resize(n);
            m_data[size_t(i)] = v[size_t(i)]->data();
        }
        m_capacity = n;
    }
    /// values: offered, served, desired, ready, cpu, p95, nodes, pending, cost, p50, p99, errors.
    /// With a stride a sample holds the maximum of each series over its steps (the first step's
    /// time), kept in m_max until the sample is complete.
    void add(const std::array<double, kSeries - 1> &values, double t)
    {
        if (m_stride == 1) {
            if (m_index < m_capacity) {
                m_data[0][m_index] = t;
                for (size_t i = 0; i < values.size(); ++i)
                    m_data[i + 1][m_index] = values[i];
                ++m_index;
            }
            return;
        }
        if (m_count == 0) {
            m_time = t;
            m_max = values;
        } else {
#if defined(__SSE2__)
            // Two maxima per instruction (the simulator's most frequent operation on large designs).
            // _mm_max_pd(v, max) keeps `max` when either is NaN, as the scalar loop below does.
            static_assert(kSeries - 1 == 12);
            auto max2 = [&](size_t i) {
                _mm_storeu_pd(&m_max[i], _mm_max_pd(_mm_loadu_pd(&values[i]), _mm_loadu_pd(&m_max[i])));
            };
            max2(0), max2(2), max2(4), max2(6), max2(8), max2(10);
#else
            for (size_t i = 0; i < m_max.size(); ++i)
                m_max[i] = m_max[i] < values[i] ? values[i] : m_max[i];
#endif
        }
        if (++m_count >= m_stride)
            flush();
    }
    /// Writes the sample being filled (also one that covers fewer than `stride` steps: the run's last).
    void flush()
    {
        if (m_count == 0 || m_index >= m_capacity)
            return;
        m_data[0][m_index] = m_time;
        for (size_t i = 0; i < m_max.size(); ++i)
            m_data[i + 1][m_index] = m_max[i];
        ++m_index;
        m_count = 0;
    }
    int stride() const { return m_stride; }

private:
    static std::array<QVector<double> *, kSeries> vectors(TimeSeries &s)
    {
        return {&s.timeSeconds, &s.offeredRps,  &s.servedRps, &s.desiredReplicas, &s.readyReplicas,
                &s.cpuUtilisationPercent, &s.latencyP95Ms, &s.nodes, &s.pendingPods, &s.costUsdPerHour,
                &s.latencyP50Ms, &s.latencyP99Ms, &s.errors};
    }
    int m_stride = 1;
    int m_count = 0;
    qint64 m_index = 0;
    qint64 m_capacity = 0;
    double m_time = 0;
    std::array<double, kSeries - 1> m_max{};
    std::array<double *, kSeries> m_data{};
};

/// One simulated pod. Times in seconds; NaN = not yet (no node: not started, not ready).
struct SimPod {
    int karpenterId = 0;
    int serial = 0;
    double startedAt = 0;
    double readyAt = 0;
};

/// Where a KEDA trigger's value comes from in the simulation.
enum class TriggerSource { Unmodelled, Queue, CpuUtilisation, MemoryUtilisation, Requests };

/// The state of one simulated Deployment.
struct WorkloadState {
    ObjectId id = 0; ///< 0: the scenario's target workload is not in the design (defaults)
    QString name;
    PodModel pods;
    double capacityRpsPerPod = 0;
    double percentPerCpuMillicore = 0, percentPerMemoryByte = 0; ///< 100 / the pod's requests
    int pool = -1; ///< index into the pools, -1 = no nodes modelled
    std::optional<HpaController> hpa;
    QList<MetricFeed> metricFeeds; ///< per metric of the HPA
    std::optional<KedaController> keda;
    QList<TriggerSource> triggerSources;
    QList<int> triggerQueues; ///< per KEDA trigger: the queue index for TriggerSource::Queue
    QString scaler = QStringLiteral("fixed");
    int desired = 1;
    QList<SimPod> simPods;
    int nextSerial = 0;
    int unscheduled = 0; ///< pods without a start time (waiting for a node)
    int ready = 0;
    double nextReadyAt = -std::numeric_limits<double>::infinity();
    qint64 syncIndex = 0;
    qint64 pollIndex = 0;
    std::optional<VpaRecommender> vpa;
    VpaContainerPolicy vpaPolicy;
    int containersPerPod = 1;
    QString vpaName;
    qint64 vpaSampleIndex = 0;
    QList<int> queues; ///< queues this workload consumes (`triggers` connections)
    bool zeroWhileFedNoted = false; ///< the note "scaled to 0 while its queue still receives" was given

    // Per step.
    double inboundNow = 0, inboundNext = 0; ///< requests/s from callers (and the scenario)
    double queueOffered = 0, queueServed = 0; ///< messages/s from its queues this step
    double served = 0;
    std::array<double, SeriesSampler::kSeries - 1> pendingValues{};
    int mmcServers = -1; ///< the last M/M/c queue's servers and load, and its p50/p95/p99 (ms)
    double mmcRho = -1;
    std::array<double, 3> mmcLatency{};
    bool done = false;

    ObjectResult result;
    SeriesSampler sampler;

    /// Pods ready at `t` (non-decreasing between calls); recounted only when a pod turns ready or
    /// the pods changed (invalidateReady()).
    int readyCount(double t)
    {
        if (t + timeEpsilon >= nextReadyAt) {
            ready = 0;
            nextReadyAt = std::numeric_limits<double>::infinity();
            for (const SimPod &pod : std::as_const(simPods)) {
                if (pod.readyAt <= t + timeEpsilon)
                    ++ready;
                else if (std::isfinite(pod.readyAt))
                    nextReadyAt = std::min(nextReadyAt, pod.readyAt);
            }
        }
        return ready;
    }
    void invalidateReady() { nextReadyAt = -std::numeric_limits<double>::infinity(); }
};

struct PoolState {
    ObjectId id = 0;
    QString name;
    KarpenterProvisioner provisioner;
};

struct QueueState {
    ObjectId id = 0;
    QString name;
    double depth = 0;
    double depthMax = 0; ///< the most messages waiting within the sample being filled
    /// Since when messages wait and none is received (NaN: the queue is empty or being consumed).
    double stalledSince = std::numeric_limits<double>::quiet_NaN();
    double inboundNow = 0, inboundNext = 0;
    QList<QPair<bool, int>> consumers; ///< (isLambda, index)
    bool done = false;
    double received = 0; ///< messages/s received this step
    double usd = 0;      ///< SQS requests over the run
    ObjectResult result;
    SeriesSampler sampler;
};

struct LambdaState {
    ObjectId id = 0;
    QString name;
    LambdaConcurrency concurrency{0.1, 1000};
    double memoryGiB = 0.125;
    double inboundNow = 0, inboundNext = 0;
    double queueOffered = 0;
    bool done = false;
    double usd = 0;
    ObjectResult result;
    SeriesSampler sampler;
};

/// A node of the per-step load graph.
struct GraphNode {
    enum class Type { Workload, Queue, Lambda } type = Type::Workload;
    int index = 0;
    bool operator==(const GraphNode &) const = default;
};

ScenarioResult failed(ScenarioResult result, const QString &why)
{
    result.notes.append(why);
    return result;
}

/// The object of `kind` among `candidates` preferring the one in `cluster` (first in preorder).
ObjectId preferCluster(const DesignData &design, const QList<ObjectId> &candidates, ObjectId cluster)
{
    ObjectId chosen = 0;
    for (ObjectId id : candidates) {
        if (!chosen || (cluster && design.enclosing(id, ObjectKind::EksCluster) == cluster
                        && design.enclosing(chosen, ObjectKind::EksCluster) != cluster))
            chosen = id;
    }
    return chosen;
}

} // namespace

const ObjectResult *ScenarioResult::objectResult(ObjectId id) const
{
    for (const ObjectResult &o : objects) {
        if (o.objectId == id)
            return &o;
    }
    return nullptr;
}

namespace Simulator {

qint64 stepCount(const LoadProfile &profile, double stepSeconds)
{
    if (!(stepSeconds > 0))
        return 0;
    return qint64(std::floor(profile.totalSeconds() / stepSeconds + timeEpsilon)) + 1;
}

double peakOfferedRps(const LoadProfile &profile, double stepSeconds, qint64 steps, double stopAbove)
{
    double peak = 0;
    for (qint64 k = 0; k < steps && peak <= stopAbove; ++k)
        peak = std::max(peak, profile.requestsPerSecondAt(double(k) * stepSeconds));
    return peak;
}

QList<ScenarioResult> runScenarios(const DesignData &design, const SimulationOptions &options)
{
    QList<ScenarioResult> results;
    for (ObjectId id : design.objectsOfKind(ObjectKind::LoadScenario))
        results.append(runScenario(design, id, options));
    return results;
}

ScenarioResult runScenario(const DesignData &design, ObjectId scenarioId, const SimulationOptions &options)
{
    ScenarioResult result;
    result.scenarioId = scenarioId;
    const DesignObject *scenario = design.object(scenarioId);
    if (!scenario || scenario->kind != ObjectKind::LoadScenario)
        return failed(result, QStringLiteral("no LoadScenario with id %1").arg(scenarioId));
    result.scenario = scenario->name;
    result.catalogueDate = CostModel::catalogueDate(); // node prices and data transfer
    if (!(options.stepSeconds > 0) || !(options.hpaSyncPeriodSeconds > 0))
        return failed(result, QStringLiteral("stepSeconds and hpaSyncPeriodSeconds must be positive"));

    QString profileError;
    const auto profile = LoadProfile::fromScenario(*scenario, options.cooldownSeconds,
                                                   options.requestsPerVirtualUserPerSecond, &profileError,
                                                   &options.recordedTraffic);
    if (!profile)
        return failed(result, QString(scenario->name + QStringLiteral(": ") + profileError));

    // ---- The entry workload: the scenario's TargetWorkload, else the first HPA's target. ----
    const QList<ObjectId> hpaIds = design.objectsOfKind(ObjectKind::HorizontalPodAutoscaler);
    const QList<ObjectId> deploymentIds = design.objectsOfKind(ObjectKind::Deployment);
    auto hpaTargetName = [&](ObjectId id) {
        return stripKindPrefix(design.object(id)->field(QStringLiteral("spec.scaleTargetRef.name")).toString());
    };
    QString entryName = stripKindPrefix(scenario->fields.value(QStringLiteral("TargetWorkload")).toString().trimmed());
    ObjectId entryHpa = 0;
    if (entryName.isEmpty()) {
        if (!hpaIds.isEmpty()) {
            entryHpa = hpaIds.first();
            entryName = hpaTargetName(entryHpa);
        } else if (!deploymentIds.isEmpty()) {
            entryName = design.object(deploymentIds.first())->name;
            result.notes.append(QStringLiteral("no TargetWorkload and no HorizontalPodAutoscaler: using Deployment %1")
                                    .arg(entryName));
        } else {
            return failed(result, QStringLiteral("%1: no TargetWorkload, no HorizontalPodAutoscaler and no Deployment to "
                                                 "simulate")
                                      .arg(scenario->name));
        }
    }
    if (entryName.isEmpty())
        return failed(result, QStringLiteral("the HorizontalPodAutoscaler has no spec.scaleTargetRef.name"));
    result.workload = entryName;
    if (!entryHpa) {
        for (ObjectId id : hpaIds) {
            if (hpaTargetName(id) == entryName) {
                entryHpa = id;
                break;
            }
        }
    }
    ObjectId entryDeployment = 0;
    {
        QList<ObjectId> named;
        for (ObjectId id : deploymentIds) {
            if (design.object(id)->name == entryName)
                named.append(id);
        }
        entryDeployment = preferCluster(design, named, entryHpa ? design.enclosing(entryHpa, ObjectKind::EksCluster) : 0);
    }
    result.workloadId = entryDeployment;
    if (const QVariant target = scenario->fields.value(QStringLiteral("TargetWorkload"));
        target.isValid() && !target.isNull()
        && (target.typeId() == QMetaType::QVariantMap || target.typeId() == QMetaType::QVariantList
            || target.toString().trimmed().isEmpty()))
        return failed(result, QStringLiteral("%1: TargetWorkload must name a Deployment: not simulated").arg(scenario->name));
    if (!entryDeployment && scenario->fields.contains(QStringLiteral("TargetWorkload")))
        return failed(result, QStringLiteral("%1: TargetWorkload \"%2\" names no Deployment of the design: not simulated "
                                             "(design.scenario-target)")
                                  .arg(scenario->name, entryName));

    const qint64 steps = stepCount(*profile, options.stepSeconds);
    if (!(steps > 0) || steps > kMaxSimulatedSteps) {
        // Bounded time and memory: 13 series of doubles per step.
        result.notes.append(QStringLiteral("not simulated: the scenario lasts %1 s, which at %2 s steps is more than the "
                                           "%3 steps (7 days at 1 s) Scaleplan simulates; shorten the scenario (its Duration "
                                           "and RampUp, Stages, pattern Duration or recorded traffic)")
                                .arg(profile->totalSeconds())
                                .arg(options.stepSeconds)
                                .arg(kMaxSimulatedSteps));
        return result;
    }

    {
        // Bounded figures: more than 10 million requests/s is not a design Scaleplan can say anything
        // useful about (and would overflow the counts); a scenario without load only shows the cool-down.
        const double peak = peakOfferedRps(*profile, options.stepSeconds, steps, kMaxOfferedRps);
        if (!(peak <= kMaxOfferedRps))
            return failed(result, QStringLiteral("%1: not simulated: the scenario offers up to %2 requests/s, more than the "
                                                 "10,000,000 requests/s Scaleplan simulates; check VirtualUsers / the rates")
                                      .arg(scenario->name)
                                      .arg(peak, 0, 'g', 6));
        if (peak <= 0)
            result.notes.append(QStringLiteral("%1 offers no load (Duration and RampUp 0, or 0 users): only the idle design "
                                               "and its cool-down are simulated")
                                    .arg(scenario->name));
    }

    // ---- Connections. ----
    QHash<ObjectId, QList<QPair<ObjectId, double>>> calls; // from -> (to, share)
    QHash<ObjectId, QList<ObjectId>> triggers;              // queue -> consumers
    for (ObjectId id : design.objectsOfKind(ObjectKind::Connection)) {
        const auto spec = ConnectionSpec::fromObject(*design.object(id));
        if (!spec || !design.contains(spec->fromId) || !design.contains(spec->toId))
            continue;
        if (spec->type == ConnectionType::Calls) {
            const DesignObject &connection = *design.object(id);
            double share = spec->requestShare.value_or(1.0);
            if (!spec->requestShare && connection.fields.contains(QStringLiteral("RequestShare")))
                result.notes.append(QStringLiteral("%1: RequestShare \"%2\" is not a number: every request is assumed to "
                                                   "take this connection")
                                        .arg(connection.name, connection.fields.value(QStringLiteral("RequestShare")).toString()));
            if (!(share >= 0 && share <= 1)) {
                const double clamped = std::isnan(share) ? 1.0 : std::clamp(share, 0.0, 1.0);
                result.notes.append(QStringLiteral("%1: RequestShare %2 is outside 0..1: simulated as %3")
                                        .arg(connection.name)
                                        .arg(share)
                                        .arg(clamped));
                share = clamped;
            }
            calls[spec->fromId].append({spec->toId, share});
        }
        else if (spec->type == ConnectionType::Triggers)
            triggers[spec->fromId].append(spec->toId);
    }

    // ---- Node pools: one Karpenter provisioner per NodePool that some workload uses. ----
    std::vector<PoolState> pools;
    QHash<ObjectId, int> poolIndex;
    const QList<ObjectId> poolIds = design.objectsOfKind(ObjectKind::NodePool);
    bool poolNoteGiven = false;
    auto poolFor = [&](ObjectId cluster, QStringList &notes) -> int {
        if (!options.modelNodes)
            return -1;
        const ObjectId poolId = preferCluster(design, poolIds, cluster);
        if (!poolId) {
            if (!poolNoteGiven)
                notes.append(QStringLiteral("no NodePool in the design: nodes, pending pods and cost are not modelled"));
            poolNoteGiven = true;
            return -1;
        }
        if (const auto it = poolIndex.constFind(poolId); it != poolIndex.constEnd())
            return *it;
        QStringList errors;
        const auto pool = NodePoolSpec::fromObject(*design.object(poolId), &errors);
        for (const QString &error : std::as_const(errors))
            notes.append(QString(design.object(poolId)->name + QStringLiteral(": ") + error));
        if (!pool) {
            poolIndex.insert(poolId, -1);
            return -1;
        }
        pools.push_back(PoolState{poolId, design.object(poolId)->name, KarpenterProvisioner(*pool, options.karpenter)});
        result.catalogueDate = CostModel::catalogueDate();
        poolIndex.insert(poolId, int(pools.size()) - 1);
        return int(pools.size()) - 1;
    };

    // ---- Workloads: the entry first, then every Deployment in preorder. ----
    std::vector<WorkloadState> workloads;
    QHash<ObjectId, int> workloadIndex;
    const QList<ObjectId> scaledObjectIds = design.objectsOfKind(ObjectKind::ScaledObject);
    const QList<ObjectId> vpaIds = design.objectsOfKind(ObjectKind::VerticalPodAutoscaler);
    const QList<ObjectId> queueIds = design.objectsOfKind(ObjectKind::SqsQueue);
    auto addWorkload = [&](ObjectId deploymentId, bool entry) {
        WorkloadState w;
        const DesignObject *deployment = design.object(deploymentId);
        w.id = deploymentId;
        w.name = deployment ? deployment->name : entryName;
        QStringList &notes = result.notes;
        const QString prefix = entry ? QString() : QString(w.name + QStringLiteral(": "));
        QStringList podNotes;
        w.pods = podModel(deployment, options, &podNotes);
        for (const QString &n : std::as_const(podNotes))
            notes.append(entry ? n : QString(prefix + n));
        if (!deployment)
            notes.append(QStringLiteral("Deployment %1 is not in the design: CPU request %2, limit %3, memory "
                                        "request %4 MiB assumed")
                             .arg(w.name, formatMillicores(w.pods.cpuRequestMillicores),
                                  formatMillicores(w.pods.cpuLimitMillicores),
                                  QString::number(w.pods.memoryRequestBytes / (1024.0 * 1024.0), 'g', 6)));
        w.capacityRpsPerPod = w.pods.cpuLimitMillicores / options.cpuMillicoresPerRequest;
        w.percentPerCpuMillicore = 100.0 / w.pods.cpuRequestMillicores;
        w.percentPerMemoryByte = 100.0 / w.pods.memoryRequestBytes;
        const ObjectId cluster = deployment ? design.enclosing(deploymentId, ObjectKind::EksCluster)
                                            : (entryHpa ? design.enclosing(entryHpa, ObjectKind::EksCluster) : 0);

        // The autoscaler: an HPA whose scaleTargetRef names it, else a KEDA ScaledObject.
        QList<ObjectId> myHpas, myScaledObjects, myVpas;
        for (ObjectId id : hpaIds) {
            if (hpaTargetName(id) == w.name)
                myHpas.append(id);
        }
        for (ObjectId id : scaledObjectIds) {
            if (stripKindPrefix(design.object(id)->field(QStringLiteral("spec.scaleTargetRef.name")).toString()) == w.name)
                myScaledObjects.append(id);
        }
        const ObjectId hpaId = entry && entryHpa ? entryHpa : preferCluster(design, myHpas, cluster);
        const ObjectId scaledObjectId = preferCluster(design, myScaledObjects, cluster);
        if (hpaId) {
            QStringList errors;
            const auto spec = HpaSpec::fromObject(*design.object(hpaId), &errors);
            for (const QString &error : errors)
                notes.append(QString(design.object(hpaId)->name + QStringLiteral(": ") + error));
            if (spec) {
                HpaSpec bounded = *spec;
                if (bounded.maxReplicas > kMaxSimulatedReplicas) {
                    notes.append(QStringLiteral("%1: maxReplicas %2 is simulated as %3 (the most pods Scaleplan "
                                                "simulates for one workload)")
                                     .arg(bounded.name)
                                     .arg(bounded.maxReplicas)
                                     .arg(kMaxSimulatedReplicas));
                    bounded.maxReplicas = kMaxSimulatedReplicas;
                    bounded.minReplicas = std::min(bounded.minReplicas, kMaxSimulatedReplicas);
                }
                w.hpa.emplace(bounded, options.hpaTolerance);
                w.scaler = QStringLiteral("HorizontalPodAutoscaler ") + design.object(hpaId)->name;
                for (const HpaMetricSpec &metric : spec->metrics) {
                    w.metricFeeds.append(metricFeed(metric));
                    if (w.metricFeeds.last() == MetricFeed::Unmodelled)
                        notes.append(QStringLiteral("%1: metric %2 is not modelled by the simulation; the HPA "
                                                    "sees it as unavailable")
                                         .arg(spec->name, metric.label()));
                }
            } else {
                notes.append(QStringLiteral("%1 cannot be used: replicas stay fixed").arg(design.object(hpaId)->name));
            }
            if (scaledObjectId)
                notes.append(QStringLiteral("%1 and %2 both scale %3: the HorizontalPodAutoscaler is simulated (KEDA "
                                            "would create a second HPA fighting it)")
                                 .arg(design.object(hpaId)->name, design.object(scaledObjectId)->name, w.name));
        } else if (scaledObjectId) {
            const DesignObject &so = *design.object(scaledObjectId);
            QStringList errors;
            const auto spec = KedaSpec::fromObject(so, &errors);
            for (const QString &error : std::as_const(errors))
                notes.append(QString(so.name + QStringLiteral(": ") + error));
            if (spec) {
                KedaSpec bounded = *spec;
                bounded.maxReplicaCount = std::min(bounded.maxReplicaCount, kMaxSimulatedReplicas);
                w.keda.emplace(bounded, options.hpaTolerance);
                w.scaler = QStringLiteral("ScaledObject ") + so.name;
                // Match the usable triggers (KedaSpec keeps their order) to the manifest's entries.
                const QVariantList raw = so.field(QStringLiteral("spec.triggers")).toList();
                int rawIndex = 0;
                for (const KedaTrigger &trigger : std::as_const(bounded.triggers)) {
                    QVariantMap entryMap;
                    while (rawIndex < raw.size()) {
                        entryMap = raw.at(rawIndex++).toMap();
                        if (entryMap.value(QStringLiteral("type")).toString() == trigger.type)
                            break;
                    }
                    TriggerSource source = TriggerSource::Unmodelled;
                    int queue = -1;
                    if (trigger.type == QLatin1String("aws-sqs-queue")) {
                        for (int q = 0; q < queueIds.size(); ++q) {
                            if (KedaSpec::triggerNamesQueue(entryMap, *design.object(queueIds.at(q))))
                                queue = q;
                        }
                        if (queue < 0) {
                            // The queue whose `triggers` connection starts this workload.
                            for (int q = 0; q < queueIds.size() && queue < 0; ++q) {
                                if (deployment && triggers.value(queueIds.at(q)).contains(deploymentId))
                                    queue = q;
                            }
                        }
                        if (queue >= 0)
                            source = TriggerSource::Queue;
                    } else if (trigger.type == QLatin1String("cpu")) {
                        source = TriggerSource::CpuUtilisation;
                    } else if (trigger.type == QLatin1String("memory")) {
                        source = TriggerSource::MemoryUtilisation;
                    } else if (trigger.metricName.contains(QLatin1String("request"), Qt::CaseInsensitive)) {
                        source = TriggerSource::Requests;
                    }
                    if (source == TriggerSource::Unmodelled) {
                        const QString query = entryMap.value(QStringLiteral("metadata")).toMap().value(QStringLiteral("query")).toString();
                        notes.append(QStringLiteral("%1: spec.triggers[%2] (%3%4) is not modelled by the simulation; KEDA "
                                                    "sees it as inactive and the HPA as unavailable")
                                         .arg(so.name)
                                         .arg(rawIndex - 1)
                                         .arg(trigger.type,
                                              query.isEmpty() ? QString() : QString(QStringLiteral(" ") + query)));
                    }
                    w.triggerSources.append(source);
                    w.triggerQueues.append(queue);
                }
            } else {
                notes.append(QStringLiteral("%1 cannot be used: replicas stay fixed").arg(so.name));
            }
        } else if (entry) {
            notes.append(QStringLiteral("no HorizontalPodAutoscaler targets %1: replicas stay at %2")
                             .arg(w.name)
                             .arg(w.pods.specReplicas));
        }

        w.desired = w.pods.specReplicas; // spec.replicas: 0 runs no pod
        if (w.hpa && w.pods.specReplicas == 0) {
            // horizontal.go: "scaling is disabled since the replica count of the target is zero".
            notes.append(QStringLiteral("%1 has spec.replicas 0: %2 does not scale it (Kubernetes disables an HPA whose "
                                        "target has zero replicas); it runs no pod")
                             .arg(w.name, w.hpa->spec().name));
        } else if (w.hpa) {
            w.desired = std::clamp(std::max(w.pods.specReplicas, w.hpa->spec().minReplicas), w.hpa->spec().minReplicas,
                                   w.hpa->spec().maxReplicas);
        }
        else if (w.keda)
            w.desired = std::clamp(w.pods.specReplicas, w.keda->spec().minReplicaCount, w.keda->spec().maxReplicaCount);
        w.desired = std::min(w.desired, kMaxSimulatedReplicas);

        // The VerticalPodAutoscaler of the workload: the first targeting it, the workload's cluster first.
        for (ObjectId id : vpaIds) {
            if (stripKindPrefix(design.object(id)->field(QStringLiteral("spec.targetRef.name")).toString()) == w.name)
                myVpas.append(id);
        }
        if (const ObjectId vpaId = preferCluster(design, myVpas, cluster)) {
            const DesignObject *vpaObject = design.object(vpaId);
            QString containerName = w.name;
            if (deployment) {
                const QVariantList containers = deployment->field(QStringLiteral("spec.template.spec.containers")).toList();
                w.containersPerPod = std::max<int>(1, int(containers.size()));
                const QString first = containers.value(0).toMap().value(QStringLiteral("name")).toString();
                if (!first.isEmpty())
                    containerName = first;
            }
            QStringList errors;
            w.vpaPolicy = VpaContainerPolicy::fromObject(*vpaObject, containerName, &errors);
            for (const QString &error : std::as_const(errors))
                notes.append(QString(vpaObject->name + QStringLiteral(": ") + error));
            w.vpa.emplace(options.vpa);
            w.vpaName = vpaObject->name;
            notes.append(QStringLiteral("%1: recommendation for container %2 from the simulated usage; the pods "
                                        "keep their requests (the VPA updater is not simulated)")
                             .arg(vpaObject->name, containerName));
        }
        w.pool = poolFor(cluster, notes);
        w.result.objectId = deploymentId;
        w.result.name = w.name;
        w.result.kind = ObjectKind::Deployment;
        w.result.scaler = w.scaler;
        workloads.push_back(std::move(w));
        if (deploymentId)
            workloadIndex.insert(deploymentId, int(workloads.size()) - 1);
    };
    addWorkload(entryDeployment, true);
    for (ObjectId id : deploymentIds) {
        if (id != entryDeployment)
            addWorkload(id, false);
    }
    if (int(workloads.size()) > 1)
        result.notes.append(QStringLiteral("the whole design is simulated: %1 Deployments share the scenario's time "
                                           "line; only %2 receives the scenario's load directly")
                                .arg(workloads.size())
                                .arg(entryName));

    // ---- Queues and Lambda functions. ----
    std::vector<QueueState> queues;
    QHash<ObjectId, int> queueIndex;
    for (ObjectId id : queueIds) {
        QueueState q;
        q.id = id;
        q.name = design.object(id)->name;
        q.result.objectId = id;
        q.result.name = q.name;
        q.result.kind = ObjectKind::SqsQueue;
        q.result.scaler = QStringLiteral("-");
        queueIndex.insert(id, int(queues.size()));
        queues.push_back(std::move(q));
    }
    std::vector<LambdaState> lambdas;
    QHash<ObjectId, int> lambdaIndex;
    for (ObjectId id : design.objectsOfKind(ObjectKind::LambdaFunction)) {
        const DesignObject &function = *design.object(id);
        LambdaState l;
        l.id = id;
        l.name = function.name;
        l.concurrency = LambdaConcurrency::fromObject(function, options.lambdaDurationSeconds);
        bool ok = false;
        const double memorySize = function.field(QStringLiteral("MemorySize")).toDouble(&ok);
        l.memoryGiB = (ok && memorySize > 0 ? memorySize : options.lambdaMemoryMiB) / 1024.0;
        l.result.objectId = id;
        l.result.name = l.name;
        l.result.kind = ObjectKind::LambdaFunction;
        l.result.scaler = QStringLiteral("concurrency");
        // SQS batching (EventSourceMappings BatchSize) is not modelled: say so where it is set.
        for (const QVariant &mapping : function.field(QStringLiteral("EventSourceMappings")).toList()) {
            bool batchOk = false;
            const int batch = mapping.toMap().value(QStringLiteral("BatchSize")).toInt(&batchOk);
            if (batchOk && batch > 1) {
                result.notes.append(QStringLiteral("%1: EventSourceMappings BatchSize %2 is not modelled: one invocation "
                                                   "per message, so its invocations and Lambda cost are upper bounds")
                                        .arg(function.name)
                                        .arg(batch));
                break;
            }
        }
        lambdaIndex.insert(id, int(lambdas.size()));
        lambdas.push_back(std::move(l));
    }
    // A KEDA aws-sqs-queue trigger makes its workload a consumer of that queue even without a
    // `triggers` connection.
    for (int wi = 0; wi < int(workloads.size()); ++wi) {
        WorkloadState &w = workloads[size_t(wi)];
        for (int i = 0; i < w.triggerSources.size(); ++i) {
            const int q = w.triggerQueues.at(i);
            if (w.triggerSources.at(i) != TriggerSource::Queue || q < 0 || w.queues.contains(q))
                continue;
            if (w.id && triggers.value(queues[size_t(q)].id).contains(w.id))
                continue; // added below from the connection
            queues[size_t(q)].consumers.append({false, wi});
            w.queues.append(q);
        }
    }
    for (auto it = triggers.constBegin(); it != triggers.constEnd(); ++it) {
        const auto q = queueIndex.constFind(it.key());
        if (q == queueIndex.constEnd())
            continue;
        for (ObjectId consumer : it.value()) {
            if (const auto w = workloadIndex.constFind(consumer); w != workloadIndex.constEnd()) {
                if (workloads[size_t(*w)].queues.contains(*q))
                    continue;
                queues[size_t(*q)].consumers.append({false, *w});
                workloads[size_t(*w)].queues.append(*q);
            } else if (const auto l = lambdaIndex.constFind(consumer); l != lambdaIndex.constEnd()) {
                queues[size_t(*q)].consumers.append({true, *l});
            }
        }
    }

    // ---- Called tiers that are not simulated step by step: offered load accumulated per step. ----
    RequestMixResult mix = RequestMix::reach(design, entryDeployment, options.requestMix);
    result.notes.append(mix.notes);
    QHash<ObjectId, int> tierIndex;
    QList<DependentSeries> tiers = mix.series;
    {
        // Keep only tiers (not workloads, queues, functions), then add those other callers reach.
        QList<DependentSeries> kept;
        for (const DependentSeries &d : std::as_const(tiers)) {
            if (!workloadIndex.contains(d.targetId) && !queueIndex.contains(d.targetId) && !lambdaIndex.contains(d.targetId))
                kept.append(d);
        }
        tiers = kept;
        for (int i = 0; i < tiers.size(); ++i)
            tierIndex.insert(tiers.at(i).targetId, i);
        for (auto it = calls.constBegin(); it != calls.constEnd(); ++it) {
            for (const auto &[to, share] : it.value()) {
                Q_UNUSED(share)
                if (tierIndex.contains(to) || workloadIndex.contains(to) || queueIndex.contains(to)
                    || lambdaIndex.contains(to))
                    continue;
                DependentSeries d;
                d.targetId = to;
                d.target = design.object(to)->name;
                d.targetKind = design.object(to)->kind;
                tierIndex.insert(to, int(tiers.size()));
                tiers.append(d);
            }
        }
        // Databases and caches nobody calls in this scenario still run (and cost): standing capacity,
        // no offered series (nothing can reach them).
        for (DependentSeries &d : tiers)
            d.offeredRps.fill(0.0, steps);
        for (ObjectKind kind : {ObjectKind::AuroraCluster, ObjectKind::ElastiCacheReplicationGroup}) {
            for (ObjectId id : design.objectsOfKind(kind)) {
                if (tierIndex.contains(id))
                    continue;
                DependentSeries d;
                d.targetId = id;
                d.target = design.object(id)->name;
                d.targetKind = kind;
                tierIndex.insert(id, int(tiers.size()));
                tiers.append(d);
            }
        }
    }

    // ---- The order in which load flows within one step: breadth first from the entry along
    // `calls` and `triggers`; a queue always comes before its consumers. ----
    QList<GraphNode> order;
    auto nodeOf = [&](ObjectId id) -> std::optional<GraphNode> {
        if (const auto w = workloadIndex.constFind(id); w != workloadIndex.constEnd())
            return GraphNode{GraphNode::Type::Workload, *w};
        if (const auto q = queueIndex.constFind(id); q != queueIndex.constEnd())
            return GraphNode{GraphNode::Type::Queue, *q};
        if (const auto l = lambdaIndex.constFind(id); l != lambdaIndex.constEnd())
            return GraphNode{GraphNode::Type::Lambda, *l};
        return std::nullopt;
    };
    auto idOf = [&](const GraphNode &n) {
        switch (n.type) {
        case GraphNode::Type::Workload: return workloads[size_t(n.index)].id;
        case GraphNode::Type::Queue: return queues[size_t(n.index)].id;
        case GraphNode::Type::Lambda: return lambdas[size_t(n.index)].id;
        }
        return ObjectId(0);
    };
    {
        QList<GraphNode> frontier;
        auto visit = [&](const GraphNode &n) {
            if (order.contains(n))
                return;
            // A consumer after its queues.
            if (n.type != GraphNode::Type::Queue) {
                for (const QueueState &q : queues) {
                    for (const auto &[isLambda, index] : q.consumers) {
                        if (isLambda == (n.type == GraphNode::Type::Lambda) && index == n.index) {
                            const GraphNode qn{GraphNode::Type::Queue, int(&q - queues.data())};
                            if (!order.contains(qn)) {
                                order.append(qn);
                                frontier.append(qn);
                            }
                        }
                    }
                }
            }
            order.append(n);
            frontier.append(n);
        };
        QList<GraphNode> roots{GraphNode{GraphNode::Type::Workload, 0}};
        for (int i = 1; i < int(workloads.size()); ++i)
            roots.append(GraphNode{GraphNode::Type::Workload, i});
        for (int i = 0; i < int(queues.size()); ++i)
            roots.append(GraphNode{GraphNode::Type::Queue, i});
        for (int i = 0; i < int(lambdas.size()); ++i)
            roots.append(GraphNode{GraphNode::Type::Lambda, i});
        for (const GraphNode &root : std::as_const(roots)) {
            visit(root);
            while (!frontier.isEmpty()) {
                const GraphNode n = frontier.takeFirst();
                const ObjectId id = idOf(n);
                for (const auto &[to, share] : calls.value(id)) {
                    Q_UNUSED(share)
                    if (const auto next = nodeOf(to))
                        visit(*next);
                }
                for (ObjectId to : triggers.value(id)) {
                    if (const auto next = nodeOf(to))
                        visit(*next);
                }
            }
        }
    }

    // ---- Sampling: the entry at full resolution, the other objects within a memory budget. ----
    const qint64 objectCount = qint64(workloads.size() + queues.size() + lambdas.size()) + tiers.size();
    // Samples per series over the objects (50,000: a 1-hour run of 13 objects keeps every second;
    // 24 hours of the reference design keep one sample per 13 s per object, several per pixel of a chart).
    constexpr qint64 kObjectSampleBudget = 50000;
    const int stride = int(std::max<qint64>(1, (objectCount * steps + kObjectSampleBudget - 1) / kObjectSampleBudget));
    for (size_t i = 0; i < workloads.size(); ++i) {
        workloads[i].sampler.allocate(workloads[i].result.series, steps, i == 0 ? 1 : stride);
        workloads[i].result.sampleStride = workloads[i].sampler.stride();
    }
    for (QueueState &q : queues) {
        q.sampler.allocate(q.result.series, steps, stride);
        q.result.sampleStride = stride;
        q.result.queueDepth.reserve((steps + stride - 1) / stride);
    }
    for (LambdaState &l : lambdas) {
        l.sampler.allocate(l.result.series, steps, stride);
        l.result.sampleStride = stride;
    }

    // ---- Initial pods: steady state, ready at t = 0 on nodes launched ahead. ----
    auto addPod = [&](WorkloadState &w, double createdAt, bool readyNow) {
        SimPod pod;
        pod.serial = w.nextSerial++;
        if (w.pool >= 0) {
            pod.karpenterId = pools[size_t(w.pool)].provisioner.addPod(w.pods.cpuRequestMillicores, w.pods.memoryRequestBytes);
            pod.startedAt = readyNow ? kLongAgo : std::nan("");
            pod.readyAt = readyNow ? kLongAgo : std::nan("");
            if (!readyNow)
                ++w.unscheduled;
        } else {
            pod.startedAt = readyNow ? kLongAgo : createdAt;
            pod.readyAt = readyNow ? kLongAgo : createdAt + options.podStartupSeconds;
        }
        w.simPods.append(pod);
        w.invalidateReady();
    };
    for (WorkloadState &w : workloads) {
        for (int i = 0; i < w.desired; ++i)
            addPod(w, 0.0, true);
    }
    for (PoolState &p : pools) {
        p.provisioner.step(-options.karpenter.launchLatencySeconds); // launched ahead: Ready at t = 0
        p.provisioner.step(0.0);
    }
    for (size_t wi = 0; wi < workloads.size(); ++wi) {
        WorkloadState &w = workloads[wi];
        if (w.pool < 0)
            continue;
        int notFitting = 0;
        for (SimPod &pod : w.simPods) {
            if (pools[size_t(w.pool)].provisioner.isPending(pod.karpenterId)) {
                pod.startedAt = pod.readyAt = std::nan("");
                ++w.unscheduled;
                ++notFitting;
            }
        }
        if (notFitting > 0)
            result.notes.append(QStringLiteral("%1%2 of the initial pods do not fit the NodePool (limits or instance "
                                               "types): they stay pending")
                                    .arg(wi == 0 ? QString() : QString(w.name + QStringLiteral(": ")))
                                    .arg(notFitting));
        w.invalidateReady();
    }

    /// Pods that got a node since the last look start now and are ready podStartupSeconds later.
    auto updateScheduled = [&](WorkloadState &w) {
        if (w.pool < 0 || w.unscheduled == 0)
            return;
        const KarpenterProvisioner &prov = pools[size_t(w.pool)].provisioner;
        for (SimPod &pod : w.simPods) {
            if (std::isnan(pod.startedAt)) {
                const double running = prov.podRunningSince(pod.karpenterId);
                if (std::isfinite(running)) {
                    pod.startedAt = running;
                    pod.readyAt = running + options.podStartupSeconds;
                    --w.unscheduled;
                    w.invalidateReady();
                }
            }
        }
    };
    auto scaleTo = [&](WorkloadState &w, int next, double t) {
        next = std::clamp(next, 0, kMaxSimulatedReplicas);
        if (next > w.desired) {
            for (int i = w.desired; i < next; ++i)
                addPod(w, t, false);
        } else if (next < w.desired) {
            // ReplicaSet deletion order: not-yet-ready pods first, then the youngest.
            int toRemove = w.desired - next;
            for (int pass = 0; pass < 2 && toRemove > 0; ++pass) {
                for (qsizetype i = w.simPods.size() - 1; i >= 0 && toRemove > 0; --i) {
                    const SimPod &pod = w.simPods.at(i);
                    const bool notReady = !(pod.readyAt <= t + timeEpsilon);
                    if (pass == 0 && !notReady)
                        continue;
                    if (w.pool >= 0)
                        pools[size_t(w.pool)].provisioner.removePod(pod.karpenterId);
                    if (std::isnan(pod.startedAt))
                        --w.unscheduled;
                    w.simPods.removeAt(i);
                    --toRemove;
                }
            }
            w.invalidateReady();
        }
        w.desired = next;
    };

    // Per-pod samples for the HPA's replica calculator (replica_calculator.go groupPods): pods
    // waiting for a node are Pending; running pods carry a metric sample taken now (CPU: every
    // running pod, 0 until it is ready; other metrics: ready pods only, the rest are missing).
    ReplicaCalculator::Timing timing;
    QList<HpaPodSample> samples; // reused from sync to sync
    QVector<HpaMetricProposal> proposals;
    auto podSamples = [&](const WorkloadState &w, double t, bool isCpu, qint64 valueMilli, qint64 requestMilli)
        -> const QList<HpaPodSample> & {
        samples.resize(w.simPods.size()); // fields overwritten below: no pod sample is built per sync
        HpaPodSample *out = samples.data();
        for (const SimPod &pod : w.simPods) {
            HpaPodSample &p = *out++;
            p.pending = std::isnan(pod.startedAt);
            const bool ready = pod.readyAt <= t + timeEpsilon;
            p.readyCondition = p.pending ? -1 : (ready ? 1 : 0);
            p.startSeconds = p.pending ? std::nan("") : pod.startedAt;
            p.readyTransitionSeconds = ready ? pod.readyAt : (p.pending ? -std::numeric_limits<double>::infinity() : pod.startedAt);
            p.hasMetric = !p.pending && (ready || isCpu);
            p.valueMilli = ready ? valueMilli : 0;
            p.sampleSeconds = t;
            p.requestMilli = requestMilli;
        }
        return samples;
    };

    const int concurrency = std::max(1, options.concurrencyPerPod);
    const bool processorSharing = options.latencyModel == SimulationOptions::LatencyModel::ProcessorSharing;
    const double serviceTimeMs = options.serviceTimeMs;
    const double p50Factor = std::log(2.0) / std::log(20.0);
    const double p99Factor = std::log(100.0) / std::log(20.0);
    const double dt = options.stepSeconds;
    const CostModel cost(options.costRates);

    // `calls` edges resolved to the simulated objects (or a called tier's offered series).
    struct Edge {
        GraphNode::Type type = GraphNode::Type::Workload;
        int index = -1; ///< -1: not simulated step by step
        int tier = -1;  ///< index into `tiers`, -1: none
        double share = 1;
    };
    QHash<ObjectId, QVector<Edge>> outEdges;
    std::vector<double *> tierData;
    for (DependentSeries &d : tiers)
        tierData.push_back(d.offeredRps.data());
    for (auto it = calls.constBegin(); it != calls.constEnd(); ++it) {
        QVector<Edge> edges;
        for (const auto &[to, share] : it.value()) {
            Edge e;
            e.share = share;
            if (const auto node = nodeOf(to)) {
                e.type = node->type;
                e.index = node->index;
            } else if (const auto d = tierIndex.constFind(to); d != tierIndex.constEnd()) {
                e.tier = *d;
            } else {
                continue;
            }
            edges.append(e);
        }
        outEdges.insert(it.key(), edges);
    }

    std::vector<const QVector<Edge> *> workloadEdges(workloads.size(), nullptr), lambdaEdges(lambdas.size(), nullptr);
    for (size_t i = 0; i < workloads.size(); ++i) {
        if (const auto it = outEdges.constFind(workloads[i].id); it != outEdges.constEnd() && workloads[i].id)
            workloadEdges[i] = &*it;
    }
    for (size_t i = 0; i < lambdas.size(); ++i) {
        if (const auto it = outEdges.constFind(lambdas[i].id); it != outEdges.constEnd())
            lambdaEdges[i] = &*it;
    }

    TimeSeries &series = result.series; // the entry's series, with the design's nodes, pending pods and cost
    std::vector<double> poolScheduledCpu(pools.size(), 0.0);
    std::vector<double> poolUsd(pools.size(), 0.0);
    std::vector<double> consumerCapacity; // per step, reused
    // The design's nodes, pending pods and price per hour per step; the price starts with the nodes,
    // the queues and the functions, and the called tiers and the data transfer are added after the loop.
    QVector<double> totalNodes(steps, 0.0), totalPending(steps, 0.0), totalUsdPerHour(steps, 0.0);
    double *nodesAt = totalNodes.data(), *pendingAt = totalPending.data(), *usdAt = totalUsdPerHour.data();
    double nodesUsdTotal = 0;
    const double hoursPerStep = dt / 3600.0;
    for (qint64 k = 0; k < steps; ++k) {
        const double t = double(k) * dt;
        if (k > 0) {
            for (PoolState &p : pools)
                p.provisioner.step(t);
        }
        for (WorkloadState &w : workloads) {
            updateScheduled(w);
            w.inboundNow = w.inboundNext;
            w.inboundNext = 0;
            w.queueOffered = w.queueServed = 0;
            w.done = false;
        }
        for (QueueState &q : queues) {
            q.inboundNow = q.inboundNext;
            q.inboundNext = 0;
            q.done = false;
        }
        for (LambdaState &l : lambdas) {
            l.inboundNow = l.inboundNext;
            l.inboundNext = 0;
            l.queueOffered = 0;
            l.done = false;
        }
        const double offeredEntry = profile->requestsPerSecondAt(t);
        workloads[0].inboundNow += offeredEntry;

        // Load passed on along `calls`: this step when the callee comes later in `order`, else next step.
        auto passOn = [&](const QVector<Edge> *edges, double servedRps) {
            if (servedRps <= 0 || !edges)
                return;
            for (const Edge &e : *edges) {
                const double rps = servedRps * e.share;
                if (e.tier >= 0) {
                    tierData[size_t(e.tier)][k] += rps;
                    continue;
                }
                switch (e.type) {
                case GraphNode::Type::Workload: {
                    WorkloadState &target = workloads[size_t(e.index)];
                    (target.done ? target.inboundNext : target.inboundNow) += rps;
                    break;
                }
                case GraphNode::Type::Queue: {
                    QueueState &target = queues[size_t(e.index)];
                    (target.done ? target.inboundNext : target.inboundNow) += rps;
                    break;
                }
                case GraphNode::Type::Lambda: {
                    LambdaState &target = lambdas[size_t(e.index)];
                    (target.done ? target.inboundNext : target.inboundNow) += rps;
                    break;
                }
                }
            }
        };

        for (const GraphNode &node : std::as_const(order)) {
            if (node.type == GraphNode::Type::Queue) {
                QueueState &q = queues[size_t(node.index)];
                q.done = true;
                const double available = q.depth + q.inboundNow * dt; // messages
                // Each consumer takes what its free capacity allows, in proportion to it.
                consumerCapacity.assign(size_t(q.consumers.size()), 0.0);
                std::vector<double> &capacity = consumerCapacity;
                double total = 0;
                for (int c = 0; c < q.consumers.size(); ++c) {
                    const auto &[isLambda, index] = q.consumers.at(c);
                    if (isLambda) {
                        capacity[size_t(c)] = lambdas[size_t(index)].concurrency.capacityRps(dt);
                    } else {
                        WorkloadState &w = workloads[size_t(index)];
                        capacity[size_t(c)] = std::max(0.0, w.readyCount(t) * w.capacityRpsPerPod - w.inboundNow);
                    }
                    total += capacity[size_t(c)];
                }
                const double taken = std::min(available, total * dt);
                double received = 0;
                for (int c = 0; c < q.consumers.size(); ++c) {
                    const auto &[isLambda, index] = q.consumers.at(c);
                    const double share = total > 0 ? capacity[size_t(c)] / total : 1.0 / q.consumers.size();
                    const double rps = taken * (total > 0 ? capacity[size_t(c)] / total : 0.0) / dt;
                    if (isLambda) {
                        lambdas[size_t(index)].queueOffered += rps;
                        received += rps; // a throttled share is put back below
                    } else {
                        WorkloadState &w = workloads[size_t(index)];
                        w.queueOffered += q.inboundNow * share;
                        w.queueServed += rps;
                        received += rps;
                    }
                }
                q.depth = available - received * dt;
                if (q.depth < 1e-6) // what is left of a drained queue is rounding, not messages
                    q.depth = 0;
                q.received = received;
                continue;
            }
            if (node.type == GraphNode::Type::Lambda) {
                LambdaState &l = lambdas[size_t(node.index)];
                l.done = true;
                const double offered = l.inboundNow + l.queueOffered;
                const double served = l.concurrency.serve(offered, dt);
                // Messages a throttled function could not take go back to their queue.
                if (l.queueOffered > 0 && served < offered) {
                    const double back = std::min(l.queueOffered, offered - served) * dt;
                    for (QueueState &q : queues) {
                        for (const auto &[isLambda, index] : q.consumers) {
                            if (isLambda && index == node.index && q.done) {
                                q.depth += back;
                                q.received -= back / dt;
                                break;
                            }
                        }
                    }
                }
                const double usdPerHour = cost.lambdaUsdPerHour(served, options.lambdaDurationSeconds, l.memoryGiB);
                l.usd += usdPerHour * hoursPerStep;
                usdAt[k] += usdPerHour;
                const double c = l.concurrency.concurrency();
                // An invocation lasts lambdaDurationSeconds (no queueing: a throttled one is refused).
                const double ms = offered > 0 ? options.lambdaDurationSeconds * 1000.0 : 0.0;
                l.result.peakLatencyP95Ms = std::max(l.result.peakLatencyP95Ms, ms);
                l.sampler.add({offered, served, c, c, 0, ms, 0, 0, usdPerHour, ms, ms, std::max(0.0, offered - served)}, t);
                l.result.peakOfferedRps = std::max(l.result.peakOfferedRps, offered);
                l.result.peakReplicas = std::max(l.result.peakReplicas, c);
                l.result.droppedRequests += std::max(0.0, offered - served) * dt;
                passOn(lambdaEdges[size_t(node.index)], served);
                continue;
            }
            WorkloadState &w = workloads[size_t(node.index)];
            w.done = true;
            const int ready = w.readyCount(t);
            const double capacityRps = ready * w.capacityRpsPerPod;
            const double offered = w.inboundNow;
            const double served = std::min(offered, capacityRps);
            w.served = served;
            const double totalServed = served + w.queueServed;
            w.result.droppedRequests += (offered - served) * dt;
            passOn(workloadEdges[size_t(node.index)], totalServed);
        }

        for (QueueState &q : queues) {
            if (q.depth > 0 && q.received <= 0) {
                if (std::isnan(q.stalledSince))
                    q.stalledSince = t;
            } else {
                q.stalledSince = std::numeric_limits<double>::quiet_NaN();
            }
        }

        // Metrics, latency, autoscalers and samples per workload.
        for (size_t wi = 0; wi < workloads.size(); ++wi) {
            WorkloadState &w = workloads[wi];
            const int ready = w.readyCount(t);
            const double offered = w.inboundNow + w.queueOffered;
            const double served = w.served + w.queueServed;
            const double rpsPerPod = ready > 0 ? served / ready : 0.0;
            const double cpuMillicoresPerPod = rpsPerPod * options.cpuMillicoresPerRequest;
            const double cpuPercent = cpuMillicoresPerPod * w.percentPerCpuMillicore;
            const double memoryBytesPerPod = options.memoryBaseBytes + options.memoryBytesPerRequestPerSecond * rpsPerPod;
            const double memoryPercent = memoryBytesPerPod * w.percentPerMemoryByte;
            double latency = serviceTimeMs, latencyP50 = serviceTimeMs, latencyP99 = serviceTimeMs;
            if (!w.queues.isEmpty() && w.inboundNow <= 0) {
                // A queue consumer: a message waits depth / receive rate (Little's law).
                double depth = 0;
                for (int q : std::as_const(w.queues))
                    depth += queues[size_t(q)].depth;
                double receiveRate = 0;
                for (int q : std::as_const(w.queues))
                    receiveRate += queues[size_t(q)].received;
                double waitMs = 0;
                if (depth > 0 && receiveRate > 0) {
                    waitMs = 1000.0 * depth / receiveRate;
                } else if (depth > 0) {
                    // Nothing is received (no consumer pod ready): the oldest message has waited
                    // since the queue stalled, at least.
                    for (int q : std::as_const(w.queues)) {
                        if (!std::isnan(queues[size_t(q)].stalledSince))
                            waitMs = std::max(waitMs, 1000.0 * (t - queues[size_t(q)].stalledSince + dt));
                    }
                }
                latency = latencyP50 = latencyP99 = serviceTimeMs + waitMs;
            } else if (w.inboundNow > 0) {
                const double rho = ready > 0 ? std::min(w.inboundNow / (ready * w.capacityRpsPerPod), maxRho) : maxRho;
                if (processorSharing) {
                    latency = serviceTimeMs / (1.0 - rho);
                    latencyP50 = latency * p50Factor;
                    latencyP99 = latency * p99Factor;
                } else {
                    const int servers = std::max(1, ready) * concurrency;
                    if (servers != w.mmcServers || rho != w.mmcRho) {
                        // Erlang C costs O(servers): computed only when the queue changes (a steady
                        // load on steady pods keeps the same latencies).
                        const double serviceRate = w.capacityRpsPerPod / concurrency;
                        const MmcQueue queue(servers, rho * servers * serviceRate, serviceRate);
                        w.mmcServers = servers;
                        w.mmcRho = rho;
                        w.mmcLatency = {serviceTimeMs + 1000.0 * queue.waitQuantileSeconds(0.50),
                                        serviceTimeMs + 1000.0 * queue.waitQuantileSeconds(0.95),
                                        serviceTimeMs + 1000.0 * queue.waitQuantileSeconds(0.99)};
                    }
                    latencyP50 = w.mmcLatency[0];
                    latency = w.mmcLatency[1];
                    latencyP99 = w.mmcLatency[2];
                }
            }
            if (w.vpa && options.vpaSampleIntervalSeconds > 0
                && t + timeEpsilon >= double(w.vpaSampleIndex) * options.vpaSampleIntervalSeconds) {
                ++w.vpaSampleIndex;
                for (const SimPod &pod : std::as_const(w.simPods)) {
                    if (!(pod.readyAt <= t + timeEpsilon))
                        continue;
                    w.vpa->addCpuSample(t, cpuMillicoresPerPod, w.pods.cpuRequestMillicores);
                    w.vpa->addMemorySample(pod.serial, t, memoryBytesPerPod);
                }
            }

            // The KEDA triggers' current totals (KedaController::poll / hpaSync), NaN = not modelled.
            auto triggerValues = [&] {
                QVector<double> values;
                for (int i = 0; i < w.triggerSources.size(); ++i) {
                    switch (w.triggerSources.at(i)) {
                    case TriggerSource::Queue: {
                        const QueueState &q = queues[size_t(w.triggerQueues.at(i))];
                        // ApproximateNumberOfMessages + in flight (KEDA's scaleOnInFlight default).
                        values.append(q.depth + q.received * serviceTimeMs / 1000.0);
                        break;
                    }
                    // KEDA's cpu/memory scalers become a Resource Utilization metric of its HPA:
                    // the ready pods' utilisation counts, pods not ready yet add nothing
                    // (replica_calculator.go: unready pods are 0 on a scale-up and left out on a
                    // scale-down), so the total is utilisation x ready pods.
                    // metricType AverageValue: the target is per pod in cores / bytes, so the
                    // total is the ready pods' usage in those units.
                    case TriggerSource::CpuUtilisation:
                        values.append(w.keda->spec().triggers.at(i).utilization ? cpuPercent * ready
                                                                                : cpuMillicoresPerPod / 1000.0 * ready);
                        break;
                    case TriggerSource::MemoryUtilisation:
                        values.append(w.keda->spec().triggers.at(i).utilization ? memoryPercent * ready
                                                                                : memoryBytesPerPod * ready);
                        break;
                    case TriggerSource::Requests: values.append(served); break;
                    case TriggerSource::Unmodelled: values.append(std::nan("")); break;
                    }
                }
                return values;
            };
            bool changed = false;
            if (w.keda && t + timeEpsilon >= double(w.pollIndex) * double(w.keda->spec().pollingIntervalSeconds)) {
                // KEDA's poll (before an HPA sync at the same time, as MetricReplay does).
                ++w.pollIndex;
                const QVector<double> values = triggerValues();
                const KedaDecision d = w.keda->poll(t, w.desired, values);
                if (d.finalReplicas == 0 && w.desired > 0 && !w.zeroWhileFedNoted) {
                    // Scaled to zero while its queue still receives messages: with a steady flow the
                    // queue metric is about rate x processing time (in flight), which an activation
                    // threshold at or above it reads as idle.
                    for (int i = 0; i < w.triggerSources.size(); ++i) {
                        if (w.triggerSources.at(i) != TriggerSource::Queue)
                            continue;
                        const QueueState &q = queues[size_t(w.triggerQueues.at(i))];
                        if (q.inboundNow <= 0)
                            continue;
                        w.zeroWhileFedNoted = true;
                        result.notes.append(QStringLiteral("%1: %2 scaled it to 0 at t = %3 s while %4 still received %5 "
                                                           "messages/s: the queue metric (%6: waiting + in flight) was not "
                                                           "above the activation value %7 — lower the trigger's activation "
                                                           "(activationQueueLength) or keep minReplicaCount at 1 or more")
                                                .arg(w.name, w.keda->spec().name)
                                                .arg(t)
                                                .arg(q.name)
                                                .arg(q.inboundNow, 0, 'g', 4)
                                                .arg(values.value(i), 0, 'g', 4)
                                                .arg(w.keda->spec().triggers.value(i).activationValue, 0, 'g', 4));
                        break;
                    }
                }
                if (d.finalReplicas != w.desired) {
                    scaleTo(w, d.finalReplicas, t);
                    changed = true;
                }
                w.result.peakReplicas = std::max(w.result.peakReplicas, double(w.desired));
            }
            if ((w.hpa || w.keda) && t + timeEpsilon >= double(w.syncIndex) * options.hpaSyncPeriodSeconds) {
                ++w.syncIndex;
                if (w.hpa) {
                    const HpaSpec &spec = w.hpa->spec();
                    timing.nowSeconds = t;
                    proposals.fill(HpaMetricProposal{}, spec.metrics.size());
                    for (int i = 0; i < spec.metrics.size(); ++i) {
                        const HpaMetricSpec &m = spec.metrics.at(i);
                        const MetricFeed feed = w.metricFeeds.at(i);
                        const double value = metricValue(m, feed, cpuPercent, cpuMillicoresPerPod, memoryPercent,
                                                         memoryBytesPerPod, rpsPerPod, served, w.desired);
                        if (!std::isfinite(value))
                            continue;
                        if (m.isPodMetric()) {
                            const bool isCpu = feed == MetricFeed::Cpu;
                            const bool isMemory = feed == MetricFeed::Memory;
                            qint64 valueMilli = 0, requestMilli = 0;
                            if (isCpu) {
                                valueMilli = ReplicaCalculator::milli(cpuMillicoresPerPod / 1000.0);
                                requestMilli = ReplicaCalculator::milli(w.pods.cpuRequestMillicores / 1000.0);
                            } else if (isMemory) {
                                valueMilli = ReplicaCalculator::milli(memoryBytesPerPod);
                                requestMilli = ReplicaCalculator::milli(w.pods.memoryRequestBytes);
                            } else {
                                valueMilli = ReplicaCalculator::milli(rpsPerPod);
                            }
                            podSamples(w, t, isCpu, valueMilli, requestMilli);
                            if (m.targetType == HpaMetricTargetType::Utilization)
                                proposals[i] = ReplicaCalculator::resourceUtilization(samples, w.desired, int(m.targetValue),
                                                                                      isCpu, options.hpaTolerance, timing);
                            else
                                proposals[i] = ReplicaCalculator::plainMetric(samples, w.desired,
                                                                              ReplicaCalculator::milli(m.targetValue), isCpu,
                                                                              options.hpaTolerance, timing);
                        } else {
                            proposals[i] = w.hpa->proposal(i, value, w.desired, ready);
                        }
                    }
                    const HpaDecision d = w.hpa->syncProposals(t, w.desired, proposals, ready);
                    if (d.finalReplicas != w.desired) {
                        scaleTo(w, d.finalReplicas, t);
                        changed = true;
                    }
                } else if (w.desired > 0) {
                    const KedaDecision d = w.keda->hpaSync(t, w.desired, triggerValues(), ready);
                    if (d.finalReplicas != w.desired) {
                        scaleTo(w, d.finalReplicas, t);
                        changed = true;
                    }
                }
            }
            if (changed && w.pool >= 0) {
                // Schedule the new pods at once (same time): bound to a Ready node they run from t.
                pools[size_t(w.pool)].provisioner.step(t);
                for (WorkloadState &other : workloads) {
                    if (other.pool == w.pool)
                        updateScheduled(other);
                }
            }
            w.result.peakReplicas = std::max(w.result.peakReplicas, double(w.desired));
            w.result.peakOfferedRps = std::max(w.result.peakOfferedRps, offered);
            w.result.peakLatencyP95Ms = std::max(w.result.peakLatencyP95Ms, latency);
            if (latency > options.latencySloMs)
                w.result.secondsOverSlo += dt;
            // The sample is taken once every workload has its pods for this step (nodes, cost below).
            w.pendingValues = {offered, served, double(w.desired), double(ready), cpuPercent, latency, 0.0, 0.0, 0.0,
                               latencyP50, latencyP99, std::max(0.0, w.inboundNow - w.served)};
            if (wi == 0) {
                result.peakReplicas = std::max(result.peakReplicas, double(w.desired));
                result.peakCpuUtilisationPercent = std::max(result.peakCpuUtilisationPercent, cpuPercent);
                result.peakLatencyP95Ms = std::max(result.peakLatencyP95Ms, latency);
                if (latency > options.latencySloMs)
                    result.secondsOverSlo += dt;
            }
        }

        // Nodes and their cost, shared out by the scheduled pods' CPU requests.
        std::fill(poolScheduledCpu.begin(), poolScheduledCpu.end(), 0.0);
        for (const WorkloadState &w : workloads) {
            if (w.pool >= 0)
                poolScheduledCpu[size_t(w.pool)] += double(w.simPods.size() - w.unscheduled) * w.pods.cpuRequestMillicores;
        }
        double nodesTotal = 0, nodesUsd = 0, pendingTotal = 0;
        for (size_t p = 0; p < pools.size(); ++p) {
            nodesTotal += pools[p].provisioner.nodeCount();
            poolUsd[p] = pools[p].provisioner.usdPerHour();
            nodesUsd += poolUsd[p];
        }
        for (size_t wi = 0; wi < workloads.size(); ++wi) {
            WorkloadState &w = workloads[wi];
            pendingTotal += w.unscheduled;
            double nodes = 0, usd = 0;
            if (w.pool >= 0) {
                const PoolState &p = pools[size_t(w.pool)];
                nodes = p.provisioner.nodeCount();
                const double scheduled = double(w.simPods.size() - w.unscheduled) * w.pods.cpuRequestMillicores;
                const double all = poolScheduledCpu[size_t(w.pool)];
                usd = all > 0 ? poolUsd[size_t(w.pool)] * scheduled / all : 0.0;
            }
            w.result.costUsd += usd * hoursPerStep;
            w.pendingValues[6] = nodes;
            w.pendingValues[7] = w.unscheduled;
            w.pendingValues[8] = usd;
            w.sampler.add(w.pendingValues, t);
        }
        for (QueueState &q : queues) {
            const double sqsUsd = cost.sqsUsdPerHour(q.inboundNow);
            q.usd += sqsUsd * hoursPerStep;
            usdAt[k] += sqsUsd;
            q.sampler.add({q.inboundNow, q.received, 0, 0, 0, 0, 0, 0, sqsUsd, 0, 0, 0}, t);
            q.result.peakOfferedRps = std::max(q.result.peakOfferedRps, q.inboundNow);
            q.depthMax = std::max(q.depthMax, q.depth);
            if ((k + 1) % q.sampler.stride() == 0 || k + 1 == steps) {
                q.result.queueDepth.append(q.depthMax); // like the other series: the sample's maximum
                q.depthMax = 0;
            }
        }
        nodesAt[k] = nodesTotal;
        pendingAt[k] = pendingTotal;
        usdAt[k] += nodesUsd;
        nodesUsdTotal += nodesUsd * hoursPerStep;
        result.peakNodes = std::max(result.peakNodes, nodesTotal);
    }
    for (WorkloadState &w : workloads)
        w.sampler.flush();
    // The scenario's series: the entry's (full resolution) with the design's nodes, pending pods and cost.
    series = workloads[0].result.series;
    series.nodes = std::move(totalNodes);
    series.pendingPods = std::move(totalPending);
    series.costUsdPerHour = std::move(totalUsdPerHour);
    for (QueueState &q : queues)
        q.sampler.flush();
    for (LambdaState &l : lambdas)
        l.sampler.flush();

    // Pods a NodePool could not place: say so (the workloads' replicas then exceed their ready pods).
    for (const PoolState &p : pools) {
        int limitEvents = 0, mostPods = 0;
        double first = 0;
        for (const KarpenterEvent &e : p.provisioner.events()) {
            if (e.kind != QLatin1String("limit"))
                continue;
            if (limitEvents++ == 0)
                first = e.timeSeconds;
            mostPods = std::max(mostPods, e.pods);
        }
        if (limitEvents > 0)
            result.notes.append(QStringLiteral("%1: pods found no node %2 time(s) (spec.limits reached, or no allowed instance "
                                               "type fits them), first at t = %3 s, up to %4 pods: they stayed pending")
                                    .arg(p.name)
                                    .arg(limitEvents)
                                    .arg(first)
                                    .arg(mostPods));
    }

    // ---- Summary, tiers, cost. ----
    result.droppedRequests = workloads[0].result.droppedRequests;

    // Called tiers: notes, target tracking, DynamoDB on-demand, prices.
    const qsizetype n = series.timeSeconds.size();
    // Tier prices go straight into the design's price per step; their totals by service here.
    double *usdPerHourAt = series.costUsdPerHour.data();
    double databaseUsd = 0, cacheUsd = 0, lambdaTotal = 0, transferUsd = 0, dynamoUsd = 0, sqsTotal = 0;
    QList<ObjectResult> tierResults;
    for (DependentSeries &d : tiers) {
        const DesignObject &tier = *design.object(d.targetId);
        for (double v : std::as_const(d.offeredRps))
            d.peakOfferedRps = std::max(d.peakOfferedRps, v);
        if (d.requestShare > 0)
            result.notes.append(QStringLiteral("%1 receives %2 %3 of %4's requests (peak %5 requests/s).")
                                    .arg(d.target, QString::number(d.requestShare * 100, 'g', 4), QStringLiteral("%"),
                                         entryName, QString::number(d.peakOfferedRps, 'g', 6)));
        else if (d.peakOfferedRps <= 0)
            result.notes.append(QStringLiteral("%1 has no load in this scenario: priced at its standing capacity.").arg(d.target));
        else
            result.notes.append(QStringLiteral("%1 receives requests from other workloads of the design (peak %2 "
                                               "requests/s).")
                                    .arg(d.target, QString::number(d.peakOfferedRps, 'g', 6)));
        if (d.peakOfferedRps <= 0
            && (tier.kind == ObjectKind::AuroraCluster || tier.kind == ObjectKind::ElastiCacheReplicationGroup)) {
            // An idle database or cache keeps its standing capacity all run (target tracking with
            // no load stays at MinCapacity): constant series, no step-by-step work.
            const bool aurora = tier.kind == ObjectKind::AuroraCluster;
            std::optional<TargetTrackingSpec> spec;
            if (tier.fields.contains(QStringLiteral("AutoScaling")))
                spec = aurora ? TargetTrackingSpec::fromAurora(tier) : TargetTrackingSpec::fromElastiCache(tier);
            const int replicas = spec ? spec->minCapacity
                                      : (aurora ? countField(tier, QStringLiteral("ReadReplicas.Min"), 0)
                                                : std::max(1, countField(tier, QStringLiteral("NumCacheClusters"), 1)) - 1);
            const double usd = aurora ? cost.auroraInstancesUsdPerHour(1 + replicas) : cost.elastiCacheUsdPerHour(1 + replicas);
            for (qsizetype i = 0; i < n; ++i)
                usdPerHourAt[i] += usd;
            (aurora ? databaseUsd : cacheUsd) += usd * double(n) * hoursPerStep;
            if (spec) {
                d.capacity.fill(replicas, n);
                d.desiredCapacity.fill(replicas, n);
                d.utilisationPercent.fill(0.0, n);
                d.peakCapacity = replicas;
            }
            ObjectResult o;
            o.objectId = d.targetId;
            o.name = d.target;
            o.kind = d.targetKind;
            o.scaler = spec ? QStringLiteral("target tracking") : QStringLiteral("fixed");
            o.sampleStride = stride;
            const qsizetype m = (n + stride - 1) / stride;
            o.series.timeSeconds.resize(m);
            for (qsizetype j = 0; j < m; ++j)
                o.series.timeSeconds[j] = series.timeSeconds.at(j * stride);
            for (QVector<double> *v : {&o.series.offeredRps, &o.series.servedRps, &o.series.cpuUtilisationPercent,
                                       &o.series.latencyP95Ms, &o.series.nodes, &o.series.pendingPods, &o.series.latencyP50Ms,
                                       &o.series.latencyP99Ms, &o.series.errors})
                v->fill(0.0, m);
            o.series.desiredReplicas.fill(replicas, m);
            o.series.readyReplicas.fill(replicas, m);
            o.series.costUsdPerHour.fill(usd, m);
            o.peakReplicas = replicas;
            o.costUsd = usd * double(n) * hoursPerStep;
            tierResults.append(o);
            continue;
        }
        RequestMix::drive(design, d, series.timeSeconds, options.requestMix, result.notes);
        const bool tracked = d.capacity.size() == n;
        ObjectResult o;
        o.objectId = d.targetId;
        o.name = d.target;
        o.kind = d.targetKind;
        o.scaler = tracked ? QStringLiteral("target tracking") : QStringLiteral("fixed");
        SeriesSampler sampler;
        sampler.allocate(o.series, n, stride);
        o.sampleStride = stride;
        std::optional<DynamoDbOnDemand> onDemand;
        if (tier.kind == ObjectKind::DynamoDBTable) {
            const QString mode = tier.field(QStringLiteral("BillingMode")).toString();
            if (mode == QLatin1String("PAY_PER_REQUEST") || mode == QLatin1String("ON_DEMAND")) {
                onDemand.emplace(options.dynamoDbInitialRequestsPerSecond);
                o.scaler = QStringLiteral("on-demand");
            } else if (d.peakOfferedRps > 0) {
                result.notes.append(QStringLiteral("%1: BillingMode %2 — provisioned capacity and its auto scaling are not "
                                                   "simulated: every request is served, and not priced")
                                        .arg(d.target, mode.isEmpty() ? QStringLiteral("PROVISIONED (default)") : mode));
            }
        }
        const int fixedReaders = countField(tier, QStringLiteral("ReadReplicas.Min"), 0);
        const int fixedNodes = std::max(1, countField(tier, QStringLiteral("NumCacheClusters"), 1));
        for (qsizetype i = 0; i < n; ++i) {
            const double offered = d.offeredRps.at(i);
            double served = offered, usd = 0;
            double desired = 0, inService = 0, utilisation = 0;
            if (tracked) {
                desired = d.desiredCapacity.at(i);
                inService = d.capacity.at(i);
                utilisation = d.utilisationPercent.at(i);
            } else if (tier.kind == ObjectKind::AuroraCluster) {
                desired = inService = fixedReaders; // read replicas, as target tracking counts them
            } else if (tier.kind == ObjectKind::ElastiCacheReplicationGroup) {
                desired = inService = fixedNodes - 1;
            }
            o.peakReplicas = std::max(o.peakReplicas, inService);
            if (tier.kind == ObjectKind::AuroraCluster) {
                usd = cost.auroraInstancesUsdPerHour(1 + (tracked ? int(inService) : fixedReaders));
                databaseUsd += usd * hoursPerStep;
            } else if (tier.kind == ObjectKind::ElastiCacheReplicationGroup) {
                usd = cost.elastiCacheUsdPerHour(tracked ? 1 + int(inService) : fixedNodes);
                cacheUsd += usd * hoursPerStep;
            } else if (tier.kind == ObjectKind::DynamoDBTable && onDemand) {
                served = onDemand->serve(series.timeSeconds.at(i), offered, dt);
                usd = cost.dynamoDbOnDemandUsd(served * dt * options.dynamoDbReadFraction,
                                               served * dt * (1.0 - options.dynamoDbReadFraction))
                    * 3600.0 / dt;
                dynamoUsd += usd * hoursPerStep;
            }
            usdPerHourAt[i] += usd;
            o.costUsd += usd * hoursPerStep;
            o.droppedRequests += (offered - served) * dt;
            sampler.add({offered, served, desired, inService, utilisation, 0, 0, 0, usd, 0, 0, offered - served},
                        series.timeSeconds.at(i));
        }
        sampler.flush();
        o.peakOfferedRps = d.peakOfferedRps;
        if (onDemand && onDemand->throttledRequests() > 0)
            result.notes.append(QStringLiteral("%1 (on-demand) throttled %2 requests: traffic above twice its previous "
                                               "peak within 30 minutes")
                                    .arg(d.target)
                                    .arg(onDemand->throttledRequests(), 0, 'f', 0));
        tierResults.append(o);
    }
    result.dependents = tiers;
    for (const QueueState &q : queues) {
        if (q.consumers.isEmpty() && q.result.peakOfferedRps > 0)
            result.notes.append(QStringLiteral("%1 has no consumer: %2 messages are left waiting at the end "
                                               "(design.queue-without-consumer)")
                                    .arg(q.name)
                                    .arg(q.depth, 0, 'f', 0));
    }
    for (const QueueState &q : queues)
        sqsTotal += q.usd;
    for (const LambdaState &l : lambdas)
        lambdaTotal += l.usd;
    const double *servedAt = series.servedRps.constData();
    for (qsizetype i = 0; i < n; ++i) {
        // Responses to the internet: the entry workload's served requests.
        const double transfer = cost.dataTransferOutUsd(servedAt[i] * options.responseBytesPerRequest * 3600.0);
        usdPerHourAt[i] += transfer;
        transferUsd += transfer * hoursPerStep;
    }
    result.costBreakdownUsd = {{QStringLiteral("nodes"), nodesUsdTotal},
                               {QStringLiteral("database"), databaseUsd},
                               {QStringLiteral("cache"), cacheUsd},
                               {QStringLiteral("dataTransfer"), transferUsd},
                               {QStringLiteral("lambda"), lambdaTotal},
                               {QStringLiteral("dynamodb"), dynamoUsd},
                               {QStringLiteral("sqs"), sqsTotal}};
    result.totalCostUsd = nodesUsdTotal + databaseUsd + cacheUsd + transferUsd + lambdaTotal + dynamoUsd + sqsTotal;

    // VPA of the entry workload (ScenarioResult's vpa fields) and notes for the others.
    for (size_t wi = 0; wi < workloads.size(); ++wi) {
        WorkloadState &w = workloads[wi];
        if (!w.vpa)
            continue;
        const VpaRecommendation recommendation = VpaRecommender::capped(w.vpa->recommend(w.containersPerPod), w.vpaPolicy);
        if (wi == 0) {
            result.vpa = w.vpaName;
            result.vpaTargetCpuMillicores = recommendation.targetCpuMillicores;
            result.vpaTargetMemoryBytes = recommendation.targetMemoryBytes;
            result.vpaLowerBoundCpuMillicores = recommendation.lowerBoundCpuMillicores;
            result.vpaLowerBoundMemoryBytes = recommendation.lowerBoundMemoryBytes;
            result.vpaUpperBoundCpuMillicores = recommendation.upperBoundCpuMillicores;
            result.vpaUpperBoundMemoryBytes = recommendation.upperBoundMemoryBytes;
        }
        if (!recommendation.valid)
            result.notes.append(QStringLiteral("%1: no recommendation (no usage samples, or the container policy's "
                                               "mode is Off)")
                                    .arg(w.vpaName));
    }

    // Objects, in the order the load reaches them, then the called tiers.
    for (const GraphNode &node : std::as_const(order)) {
        switch (node.type) {
        case GraphNode::Type::Workload: {
            WorkloadState &w = workloads[size_t(node.index)];
            result.objects.append(std::move(w.result));
            break;
        }
        case GraphNode::Type::Queue: {
            ObjectResult &q = queues[size_t(node.index)].result;
            q.series.queueDepth = q.queueDepth;
            q.costUsd = queues[size_t(node.index)].usd;
            result.objects.append(std::move(q));
            break;
        }
        case GraphNode::Type::Lambda: {
            LambdaState &l = lambdas[size_t(node.index)];
            l.result.costUsd = l.usd;
            result.objects.append(std::move(l.result));
            break;
        }
        }
    }
    result.objects.append(tierResults);
    return result;
}

} // namespace Simulator
} // namespace Scaleplan
