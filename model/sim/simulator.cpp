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

#include <QHash>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace Scaleplan {

namespace {
/// Bounds that keep one scenario's simulation within a few hundred MB and seconds: 7 days at 1 s
/// steps, and 100,000 pods per workload.
constexpr qint64 kMaxSimulatedSteps = 7 * 24 * 3600 + 1;
constexpr int kMaxSimulatedReplicas = 100000;
} // namespace


namespace {

constexpr double maxRho = 0.99;
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

/// The metric value HpaController expects for `metric` (see HpaController::sync), NaN when the
/// simulation does not model that metric.
double metricValue(const HpaMetricSpec &metric, double cpuPercent, double cpuMillicoresPerPod, double memoryPercent,
                   double memoryBytesPerPod, double servedRpsPerPod, double servedRps, int currentReplicas)
{
    const bool isResource = metric.sourceType == HpaMetricSourceType::Resource
        || metric.sourceType == HpaMetricSourceType::ContainerResource;
    if (isResource) {
        if (metric.metricName == QLatin1String("cpu"))
            return metric.targetType == HpaMetricTargetType::Utilization ? cpuPercent : cpuMillicoresPerPod / 1000.0;
        if (metric.metricName == QLatin1String("memory"))
            return metric.targetType == HpaMetricTargetType::Utilization ? memoryPercent : memoryBytesPerPod;
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (!metric.metricName.contains(QLatin1String("request"), Qt::CaseInsensitive))
        return std::numeric_limits<double>::quiet_NaN();
    if (metric.sourceType == HpaMetricSourceType::Pods)
        return servedRpsPerPod;
    if (metric.targetType == HpaMetricTargetType::Value)
        return servedRps;
    return currentReplicas > 0 ? servedRps / currentReplicas : 0.0;
}

bool isModelled(const HpaMetricSpec &metric)
{
    return std::isfinite(metricValue(metric, 0, 0, 0, 0, 0, 0, 1));
}

/// A non-negative integer field of `object` (e.g. "ReadReplicas.Min"), else `fallback`.
int countField(const DesignObject &object, const QString &path, int fallback)
{
    bool ok = false;
    const int value = object.field(path).toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}

/// Adds the called tiers', the Lambda functions' and the data transfer's price to
/// series.costUsdPerHour (which holds the nodes' price on entry) and fills totalCostUsd and
/// costBreakdownUsd; the model is the "Cost" paragraph of Simulator (simulator.h).
void addCosts(const DesignData &design, const SimulationOptions &options, ScenarioResult &result)
{
    TimeSeries &series = result.series;
    const qsizetype n = series.timeSeconds.size();
    const CostModel cost(options.costRates);
    QVector<double> database(n, 0.0), cache(n, 0.0), lambda(n, 0.0);

    // The offered rps per LambdaFunction, in the order the functions are first reached.
    QList<ObjectId> lambdaIds;
    QHash<ObjectId, QVector<double>> lambdaRps;
    auto addLambdaLoad = [&](ObjectId id, const QVector<double> &rps) {
        if (!lambdaRps.contains(id)) {
            lambdaIds.append(id);
            lambdaRps.insert(id, QVector<double>(n, 0.0));
        }
        QVector<double> &sum = lambdaRps[id];
        for (qsizetype i = 0; i < n && i < rps.size(); ++i)
            sum[i] += rps.at(i);
    };
    QList<ConnectionSpec> triggers;
    for (ObjectId id : design.objectsOfKind(ObjectKind::Connection)) {
        const auto spec = ConnectionSpec::fromObject(*design.object(id));
        if (spec && spec->type == ConnectionType::Triggers)
            triggers.append(*spec);
    }

    for (const DependentSeries &d : std::as_const(result.dependents)) {
        const DesignObject *tier = design.object(d.targetId);
        if (!tier)
            continue;
        const bool tracked = d.capacity.size() == n;
        if (tier->kind == ObjectKind::AuroraCluster) {
            const int fixedReaders = countField(*tier, QStringLiteral("ReadReplicas.Min"), 0);
            for (qsizetype i = 0; i < n; ++i)
                database[i] += cost.auroraInstancesUsdPerHour(1 + (tracked ? int(d.capacity.at(i)) : fixedReaders));
        } else if (tier->kind == ObjectKind::ElastiCacheReplicationGroup) {
            const int fixedNodes = std::max(1, countField(*tier, QStringLiteral("NumCacheClusters"), 1));
            for (qsizetype i = 0; i < n; ++i)
                cache[i] += cost.elastiCacheUsdPerHour(tracked ? 1 + int(d.capacity.at(i)) : fixedNodes);
        } else if (tier->kind == ObjectKind::LambdaFunction) {
            addLambdaLoad(d.targetId, d.offeredRps);
        } else if (tier->kind == ObjectKind::SqsQueue) {
            for (const ConnectionSpec &trigger : std::as_const(triggers)) {
                const DesignObject *consumer = design.object(trigger.toId);
                if (trigger.fromId == d.targetId && consumer && consumer->kind == ObjectKind::LambdaFunction)
                    addLambdaLoad(trigger.toId, d.offeredRps);
            }
        }
    }
    for (ObjectId id : std::as_const(lambdaIds)) {
        const DesignObject &function = *design.object(id);
        bool ok = false;
        const double memorySize = function.field(QStringLiteral("MemorySize")).toDouble(&ok);
        const double memoryGiB = (ok && memorySize > 0 ? memorySize : options.lambdaMemoryMiB) / 1024.0;
        LambdaConcurrency concurrency = LambdaConcurrency::fromObject(function, options.lambdaDurationSeconds);
        const QVector<double> &rps = lambdaRps[id];
        for (qsizetype i = 0; i < n; ++i)
            lambda[i] += cost.lambdaUsdPerHour(concurrency.serve(rps.at(i), options.stepSeconds),
                                               options.lambdaDurationSeconds, memoryGiB);
    }

    double nodesUsd = 0, databaseUsd = 0, cacheUsd = 0, lambdaUsd = 0, transferUsd = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double nodes = series.costUsdPerHour.at(i);
        const double transfer = cost.dataTransferOutUsd(series.servedRps.at(i) * options.responseBytesPerRequest * 3600.0);
        series.costUsdPerHour[i] = nodes + database.at(i) + cache.at(i) + lambda.at(i) + transfer;
        nodesUsd += nodes * options.stepSeconds / 3600.0;
        databaseUsd += database.at(i) * options.stepSeconds / 3600.0;
        cacheUsd += cache.at(i) * options.stepSeconds / 3600.0;
        lambdaUsd += lambda.at(i) * options.stepSeconds / 3600.0;
        transferUsd += transfer * options.stepSeconds / 3600.0;
    }
    result.costBreakdownUsd = {{QStringLiteral("nodes"), nodesUsd},
                               {QStringLiteral("database"), databaseUsd},
                               {QStringLiteral("cache"), cacheUsd},
                               {QStringLiteral("dataTransfer"), transferUsd},
                               {QStringLiteral("lambda"), lambdaUsd}};
    result.totalCostUsd = nodesUsd + databaseUsd + cacheUsd + transferUsd + lambdaUsd;
}

ScenarioResult failed(ScenarioResult result, const QString &why)
{
    result.notes.append(why);
    return result;
}

} // namespace

namespace Simulator {

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
    if (!(options.stepSeconds > 0) || !(options.hpaSyncPeriodSeconds > 0))
        return failed(result, QStringLiteral("stepSeconds and hpaSyncPeriodSeconds must be positive"));

    QString profileError;
    const auto profile = LoadProfile::fromScenario(*scenario, options.cooldownSeconds,
                                                   options.requestsPerVirtualUserPerSecond, &profileError,
                                                   &options.recordedTraffic);
    if (!profile)
        return failed(result, QString(scenario->name + QStringLiteral(": ") + profileError));

    // Resolve the target workload and the HPA that scales it.
    const QList<ObjectId> hpaIds = design.objectsOfKind(ObjectKind::HorizontalPodAutoscaler);
    auto hpaTargetName = [&](ObjectId id) {
        return design.object(id)->field(QStringLiteral("spec.scaleTargetRef.name")).toString();
    };
    QString workloadName = stripKindPrefix(scenario->fields.value(QStringLiteral("TargetWorkload")).toString().trimmed());
    ObjectId hpaId = 0;
    if (workloadName.isEmpty()) {
        if (!hpaIds.isEmpty()) {
            hpaId = hpaIds.first();
            workloadName = hpaTargetName(hpaId);
        } else if (const QList<ObjectId> deployments = design.objectsOfKind(ObjectKind::Deployment); !deployments.isEmpty()) {
            workloadName = design.object(deployments.first())->name;
            result.notes.append(QStringLiteral("no TargetWorkload and no HorizontalPodAutoscaler: using Deployment %1")
                                    .arg(workloadName));
        } else {
            return failed(result, QStringLiteral("%1: no TargetWorkload, no HorizontalPodAutoscaler and no Deployment to "
                                                 "simulate")
                                      .arg(scenario->name));
        }
    } else {
        for (ObjectId id : hpaIds) {
            if (hpaTargetName(id) == workloadName) {
                hpaId = id;
                break;
            }
        }
    }
    if (workloadName.isEmpty())
        return failed(result, QStringLiteral("the HorizontalPodAutoscaler has no spec.scaleTargetRef.name"));
    result.workload = workloadName;

    const DesignObject *deployment = nullptr;
    const ObjectId hpaCluster = hpaId ? design.enclosing(hpaId, ObjectKind::EksCluster) : 0;
    for (ObjectId id : design.objectsOfKind(ObjectKind::Deployment)) {
        const DesignObject *candidate = design.object(id);
        if (candidate->name != workloadName)
            continue;
        if (!deployment || (hpaId && design.enclosing(id, ObjectKind::EksCluster) == hpaCluster
                            && design.enclosing(deployment->id, ObjectKind::EksCluster) != hpaCluster))
            deployment = candidate;
    }
    result.workloadId = deployment ? deployment->id : 0;
    const PodModel pods = podModel(deployment, options, &result.notes);
    if (!deployment)
        result.notes.append(QStringLiteral("Deployment %1 is not in the design: CPU request %2, limit %3, memory "
                                           "request %4 MiB assumed")
                                .arg(workloadName, formatMillicores(pods.cpuRequestMillicores),
                                     formatMillicores(pods.cpuLimitMillicores),
                                     QString::number(pods.memoryRequestBytes / (1024.0 * 1024.0), 'g', 6)));

    std::optional<HpaController> hpa;
    if (hpaId) {
        QStringList errors;
        const auto spec = HpaSpec::fromObject(*design.object(hpaId), &errors);
        for (const QString &error : errors)
            result.notes.append(QString(design.object(hpaId)->name + QStringLiteral(": ") + error));
        if (spec) {
            HpaSpec bounded = *spec;
            if (bounded.maxReplicas > kMaxSimulatedReplicas) {
                result.notes.append(QStringLiteral("%1: maxReplicas %2 is simulated as %3 (the most pods Scaleplan "
                                                   "simulates for one workload)")
                                        .arg(bounded.name)
                                        .arg(bounded.maxReplicas)
                                        .arg(kMaxSimulatedReplicas));
                bounded.maxReplicas = kMaxSimulatedReplicas;
                bounded.minReplicas = std::min(bounded.minReplicas, kMaxSimulatedReplicas);
            }
            hpa.emplace(bounded, options.hpaTolerance);
            for (const HpaMetricSpec &metric : spec->metrics) {
                if (!isModelled(metric))
                    result.notes.append(QStringLiteral("%1: metric %2 is not modelled by the simulation; the HPA "
                                                       "sees it as unavailable")
                                            .arg(spec->name, metric.label()));
            }
        } else {
            result.notes.append(QStringLiteral("%1 cannot be used: replicas stay fixed")
                                    .arg(design.object(hpaId)->name));
        }
    } else {
        result.notes.append(QStringLiteral("no HorizontalPodAutoscaler targets %1: replicas stay at %2")
                                .arg(workloadName)
                                .arg(std::max(1, pods.specReplicas)));
    }

    int desired = std::max(1, pods.specReplicas);
    if (hpa)
        desired = std::clamp(std::max(pods.specReplicas, hpa->spec().minReplicas), hpa->spec().minReplicas,
                             hpa->spec().maxReplicas);

    // Nodes: the NodePool of the workload's cluster (else the first), through Karpenter.
    std::optional<KarpenterProvisioner> karpenter;
    if (options.modelNodes) {
        const QList<ObjectId> pools = design.objectsOfKind(ObjectKind::NodePool);
        ObjectId poolId = 0;
        const ObjectId cluster = deployment ? design.enclosing(deployment->id, ObjectKind::EksCluster) : hpaCluster;
        for (ObjectId id : pools) {
            if (!poolId || (cluster && design.enclosing(id, ObjectKind::EksCluster) == cluster
                            && design.enclosing(poolId, ObjectKind::EksCluster) != cluster))
                poolId = id;
        }
        if (poolId) {
            QStringList errors;
            const auto pool = NodePoolSpec::fromObject(*design.object(poolId), &errors);
            for (const QString &error : std::as_const(errors))
                result.notes.append(QString(design.object(poolId)->name + QStringLiteral(": ") + error));
            if (pool) {
                karpenter.emplace(*pool, options.karpenter);
                result.catalogueDate = CostModel::catalogueDate();
            }
        } else {
            result.notes.append(QStringLiteral("no NodePool in the design: nodes, pending pods and cost are not modelled"));
        }
    }

    // The VerticalPodAutoscaler of the workload: the first targeting it, the workload's cluster first.
    std::optional<VpaRecommender> vpa;
    VpaContainerPolicy vpaPolicy;
    int containersPerPod = 1;
    {
        ObjectId vpaId = 0;
        const ObjectId cluster = deployment ? design.enclosing(deployment->id, ObjectKind::EksCluster) : hpaCluster;
        for (ObjectId id : design.objectsOfKind(ObjectKind::VerticalPodAutoscaler)) {
            const DesignObject *candidate = design.object(id);
            if (stripKindPrefix(candidate->field(QStringLiteral("spec.targetRef.name")).toString()) != workloadName)
                continue;
            if (!vpaId || (cluster && design.enclosing(id, ObjectKind::EksCluster) == cluster
                           && design.enclosing(vpaId, ObjectKind::EksCluster) != cluster))
                vpaId = id;
        }
        if (vpaId) {
            const DesignObject *vpaObject = design.object(vpaId);
            QString containerName = workloadName;
            if (deployment) {
                const QVariantList containers = deployment->field(QStringLiteral("spec.template.spec.containers")).toList();
                containersPerPod = std::max<int>(1, int(containers.size()));
                const QString first = containers.value(0).toMap().value(QStringLiteral("name")).toString();
                if (!first.isEmpty())
                    containerName = first;
            }
            QStringList errors;
            vpaPolicy = VpaContainerPolicy::fromObject(*vpaObject, containerName, &errors);
            for (const QString &error : std::as_const(errors))
                result.notes.append(QString(vpaObject->name + QStringLiteral(": ") + error));
            vpa.emplace(options.vpa);
            result.vpa = vpaObject->name;
            result.notes.append(QStringLiteral("%1: recommendation for container %2 from the simulated usage; the pods "
                                               "keep their requests (the VPA updater is not simulated)")
                                    .arg(vpaObject->name, containerName));
        }
    }

    // The workload's pods in creation order; readyAt = NaN until known.
    struct SimPod {
        int karpenterId = 0;
        int serial = 0;
        double readyAt = 0;
    };
    QList<SimPod> simPods;
    int nextSerial = 0;
    auto addPod = [&](double readyAt) {
        SimPod pod;
        pod.serial = nextSerial++;
        pod.readyAt = readyAt;
        if (karpenter)
            pod.karpenterId = karpenter->addPod(pods.cpuRequestMillicores, pods.memoryRequestBytes);
        simPods.append(pod);
    };
    const double startupLead = karpenter ? options.karpenter.launchLatencySeconds : 0.0;
    for (int i = 0; i < desired; ++i)
        addPod(0.0); // steady state: the initial pods are ready at t = 0
    if (karpenter) {
        karpenter->step(-startupLead); // their nodes were launched ahead so that they are Ready at 0
        karpenter->step(0.0);
        if (karpenter->pendingPodCount() > 0)
            result.notes.append(QStringLiteral("%1 of the initial pods do not fit the NodePool (limits or instance "
                                               "types): they stay pending")
                                    .arg(karpenter->pendingPodCount()));
        for (SimPod &pod : simPods) {
            if (karpenter->isPending(pod.karpenterId))
                pod.readyAt = std::nan("");
        }
    }

    const double capacityRpsPerPod = pods.cpuLimitMillicores / options.cpuMillicoresPerRequest;
    const int concurrency = std::max(1, options.concurrencyPerPod);
    const bool processorSharing = options.latencyModel == SimulationOptions::LatencyModel::ProcessorSharing;
    qint64 vpaSampleIndex = 0;
    const double serviceTimeMs = options.serviceTimeMs;
    const double p50Factor = std::log(2.0) / std::log(20.0);
    const double p99Factor = std::log(100.0) / std::log(20.0);
    const qint64 steps = qint64(std::floor(profile->totalSeconds() / options.stepSeconds + timeEpsilon)) + 1;
    if (!(steps > 0) || steps > kMaxSimulatedSteps) {
        // Bounded time and memory: 13 series of doubles per step.
        result.notes.append(QStringLiteral("not simulated: the scenario lasts %1 s, which at %2 s steps is more than the "
                                           "%3 steps (7 days at 1 s) Scaleplan simulates; shorten Duration/RampUp or "
                                           "use a longer step")
                                .arg(profile->totalSeconds())
                                .arg(options.stepSeconds)
                                .arg(kMaxSimulatedSteps));
        return result;
    }
    TimeSeries &series = result.series;
    for (QVector<double> *v : {&series.timeSeconds, &series.offeredRps, &series.servedRps, &series.desiredReplicas,
                               &series.readyReplicas, &series.cpuUtilisationPercent, &series.latencyP95Ms, &series.nodes,
                               &series.pendingPods, &series.costUsdPerHour, &series.latencyP50Ms, &series.latencyP99Ms,
                               &series.errors})
        v->reserve(steps);

    qint64 syncIndex = 0;
    double dropped = 0;
    for (qint64 k = 0; k < steps; ++k) {
        const double t = double(k) * options.stepSeconds;
        int pending = 0;
        if (karpenter) {
            if (k > 0)
                karpenter->step(t);
            for (SimPod &pod : simPods) {
                if (std::isnan(pod.readyAt)) {
                    const double running = karpenter->podRunningSince(pod.karpenterId);
                    if (std::isfinite(running))
                        pod.readyAt = running + options.podStartupSeconds;
                    else if (karpenter->isPending(pod.karpenterId))
                        ++pending;
                }
            }
        }
        const int ready = int(std::count_if(simPods.cbegin(), simPods.cend(),
                                            [t](const SimPod &pod) { return pod.readyAt <= t + timeEpsilon; }));
        const double offered = profile->requestsPerSecondAt(t);
        const double served = std::min(offered, ready * capacityRpsPerPod);
        dropped += (offered - served) * options.stepSeconds;
        const double rpsPerPod = ready > 0 ? served / ready : 0.0;
        const double cpuMillicoresPerPod = rpsPerPod * options.cpuMillicoresPerRequest;
        const double cpuPercent = cpuMillicoresPerPod / pods.cpuRequestMillicores * 100.0;
        const double memoryBytesPerPod = options.memoryBaseBytes + options.memoryBytesPerRequestPerSecond * rpsPerPod;
        const double memoryPercent = memoryBytesPerPod / pods.memoryRequestBytes * 100.0;
        double rho = 0;
        if (offered > 0)
            rho = ready > 0 ? std::min(offered / (ready * capacityRpsPerPod), maxRho) : maxRho;
        double latency = 0, latencyP50 = 0, latencyP99 = 0;
        if (processorSharing) {
            latency = serviceTimeMs / (1.0 - rho);
            latencyP50 = latency * p50Factor;
            latencyP99 = latency * p99Factor;
        } else {
            const int servers = std::max(1, ready) * concurrency;
            const double serviceRate = capacityRpsPerPod / concurrency;
            const MmcQueue queue(servers, rho * servers * serviceRate, serviceRate);
            latency = serviceTimeMs + 1000.0 * queue.waitQuantileSeconds(0.95);
            latencyP50 = serviceTimeMs + 1000.0 * queue.waitQuantileSeconds(0.50);
            latencyP99 = serviceTimeMs + 1000.0 * queue.waitQuantileSeconds(0.99);
        }
        if (vpa && options.vpaSampleIntervalSeconds > 0
            && t + timeEpsilon >= double(vpaSampleIndex) * options.vpaSampleIntervalSeconds) {
            ++vpaSampleIndex;
            for (const SimPod &pod : std::as_const(simPods)) {
                if (!(pod.readyAt <= t + timeEpsilon))
                    continue;
                vpa->addCpuSample(t, cpuMillicoresPerPod, pods.cpuRequestMillicores);
                vpa->addMemorySample(pod.serial, t, memoryBytesPerPod);
            }
        }

        if (hpa && t + timeEpsilon >= double(syncIndex) * options.hpaSyncPeriodSeconds) {
            ++syncIndex;
            QVector<double> values;
            values.reserve(hpa->spec().metrics.size());
            for (const HpaMetricSpec &metric : hpa->spec().metrics)
                values.append(metricValue(metric, cpuPercent, cpuMillicoresPerPod, memoryPercent, memoryBytesPerPod,
                                          rpsPerPod, served, desired));
            const HpaDecision decision = hpa->sync(t, desired, values, ready);
            const int next = decision.finalReplicas;
            if (next > desired) {
                for (int i = desired; i < next; ++i)
                    addPod(karpenter ? std::nan("") : t + options.podStartupSeconds);
            } else if (next < desired) {
                // ReplicaSet deletion order: not-yet-ready pods first, then the youngest.
                int toRemove = desired - next;
                for (int pass = 0; pass < 2 && toRemove > 0; ++pass) {
                    for (qsizetype i = simPods.size() - 1; i >= 0 && toRemove > 0; --i) {
                        const bool notReady = !(simPods.at(i).readyAt <= t + timeEpsilon);
                        if (pass == 0 && !notReady)
                            continue;
                        if (karpenter)
                            karpenter->removePod(simPods.at(i).karpenterId);
                        simPods.removeAt(i);
                        --toRemove;
                    }
                }
            }
            desired = next;
            if (karpenter) {
                // Schedule the new pods at once (same time): bound to a Ready node they run from t.
                karpenter->step(t);
                for (SimPod &pod : simPods) {
                    if (std::isnan(pod.readyAt)) {
                        const double running = karpenter->podRunningSince(pod.karpenterId);
                        if (std::isfinite(running))
                            pod.readyAt = running + options.podStartupSeconds;
                    }
                }
            }
        }

        const double nodes = karpenter ? karpenter->nodeCount() : 0.0;
        const double cost = karpenter ? karpenter->usdPerHour() : 0.0;
        series.timeSeconds.append(t);
        series.offeredRps.append(offered);
        series.servedRps.append(served);
        series.desiredReplicas.append(desired);
        series.readyReplicas.append(ready);
        series.cpuUtilisationPercent.append(cpuPercent);
        series.latencyP95Ms.append(latency);
        series.latencyP50Ms.append(latencyP50);
        series.latencyP99Ms.append(latencyP99);
        series.nodes.append(nodes);
        series.pendingPods.append(pending);
        series.costUsdPerHour.append(cost);
        series.errors.append(offered - served);
        result.peakReplicas = std::max(result.peakReplicas, double(desired));
        result.peakCpuUtilisationPercent = std::max(result.peakCpuUtilisationPercent, cpuPercent);
        result.peakLatencyP95Ms = std::max(result.peakLatencyP95Ms, latency);
        result.peakNodes = std::max(result.peakNodes, nodes);
        if (latency > options.latencySloMs)
            result.secondsOverSlo += options.stepSeconds;
    }
    result.droppedRequests = dropped;
    {
        RequestMixResult mix = RequestMix::compute(design, result.workloadId, series.timeSeconds, series.servedRps,
                                                   options.requestMix);
        result.dependents = mix.series;
        result.notes.append(mix.notes);
    }
    addCosts(design, options, result);
    if (vpa) {
        const VpaRecommendation recommendation =
            VpaRecommender::capped(vpa->recommend(containersPerPod), vpaPolicy);
        result.vpaTargetCpuMillicores = recommendation.targetCpuMillicores;
        result.vpaTargetMemoryBytes = recommendation.targetMemoryBytes;
        result.vpaLowerBoundCpuMillicores = recommendation.lowerBoundCpuMillicores;
        result.vpaLowerBoundMemoryBytes = recommendation.lowerBoundMemoryBytes;
        result.vpaUpperBoundCpuMillicores = recommendation.upperBoundCpuMillicores;
        result.vpaUpperBoundMemoryBytes = recommendation.upperBoundMemoryBytes;
        if (!recommendation.valid)
            result.notes.append(QStringLiteral("%1: no recommendation (no usage samples, or the container policy's "
                                               "mode is Off)")
                                    .arg(result.vpa));
    }
    return result;
}

} // namespace Simulator
} // namespace Scaleplan
