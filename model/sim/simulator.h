#pragma once

#include "model/designdata.h"
#include "model/sim/costmodel.h"
#include "model/sim/karpenterprovisioner.h"
#include "model/sim/recordedtraffic.h"
#include "model/sim/requestmix.h"
#include "model/sim/vparecommender.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Scaleplan {

/**
 * Knobs of the simulation. Times in seconds; the load model is per pod of the target workload.
 *
 *  - `stepSeconds`: sampling step of the time series (the load is evaluated at every step).
 *  - `cooldownSeconds`: zero-load time appended after each scenario so the scale-down shows.
 *  - `hpaSyncPeriodSeconds`: kube-controller-manager `--horizontal-pod-autoscaler-sync-period`
 *    (15 s); the first sync happens at t = 0.
 *  - `hpaTolerance`: `--horizontal-pod-autoscaler-tolerance` (0.1).
 *  - `requestsPerVirtualUserPerSecond`: requests/s one k6 VU issues (see LoadProfile).
 *  - `cpuMillicoresPerRequest`: CPU cost of one request per second, in millicores (5 = 5 ms of CPU
 *    per request); a pod's CPU = served rps per pod x this.
 *  - `defaultCpuRequestMillicores`: pod CPU request when the Deployment's first container has no
 *    `resources.requests.cpu` (500m); the CPU limit is `resources.limits.cpu`, or request x 2.
 *  - `defaultMemoryRequestBytes`: memory request when the container has none (512 MiB).
 *  - `memoryBaseBytes` + `memoryBytesPerRequestPerSecond` x served rps per pod: a pod's working
 *    set (128 MiB + 1 MiB per request/s); memory utilisation = working set / memory request.
 *  - `podStartupSeconds`: a new pod becomes ready (and starts serving and reporting metrics) this
 *    long after the HPA created it.
 *  - `serviceTimeMs`: response time of a request that does not queue (an idle pod; network and
 *    downstream calls included). With the ProcessorSharing model: the p95 on an idle pod.
 *  - `latencyModel`: MmcQueue (default) or ProcessorSharing (the former per-pod model), see Simulator.
 *  - `concurrencyPerPod`: requests one pod works on at once (its worker threads / event-loop
 *    slots); the M/M/c model has ready pods x concurrencyPerPod servers (>= 1).
 *  - `latencySloMs`: the p95 latency objective; ScenarioResult::secondsOverSlo counts the simulated
 *    seconds whose p95 exceeds it.
 *  - `modelNodes`: when the design has a NodePool (the first in the workload's cluster, else the
 *    first), the workload's pods need nodes from KarpenterProvisioner: a pod is pending until a node
 *    is Ready, then ready podStartupSeconds later. `karpenter` holds its knobs (launch latency,
 *    spot discount, ...); `costRates` the prices (CostModel).
 *  - `vpaSampleIntervalSeconds`: when a VerticalPodAutoscaler targets the workload, every ready pod
 *    gives the VpaRecommender one CPU and one memory sample this often (the recommender's
 *    `--recommender-interval` and the metrics-server resolution: 1 min); `vpa` holds its flags.
 *  - `recordedTraffic`: traffic of the scenarios with `TrafficCsv`, keyed by the path exactly as
 *    written in the scenario; the io layer fills it (RecordedTraffic::parseCsv on the file's text).
 *  - `responseBytesPerRequest`: bytes every served request sends out to the internet (20 KiB,
 *    assumed: a small HTML/JSON response); priced at CostRates::dataTransferOutUsdPerGb.
 *  - `lambdaDurationSeconds` / `lambdaMemoryMiB`: average duration of one Lambda invocation (0.1 s,
 *    assumed) and the function's memory when its object has no `MemorySize` (128 MiB, the
 *    AWS::Lambda::Function MemorySize default); they price the Lambda functions the workload's load
 *    reaches (see Simulator).
 */
struct SimulationOptions {
    double stepSeconds = 1.0;
    double cooldownSeconds = 600;
    double hpaSyncPeriodSeconds = 15;
    double hpaTolerance = 0.1;
    double requestsPerVirtualUserPerSecond = 1.0;
    double cpuMillicoresPerRequest = 5;
    double defaultCpuRequestMillicores = 500;
    double defaultMemoryRequestBytes = 512.0 * 1024 * 1024;
    double memoryBaseBytes = 128.0 * 1024 * 1024;
    double memoryBytesPerRequestPerSecond = 1.0 * 1024 * 1024;
    double podStartupSeconds = 30;
    double serviceTimeMs = 50;
    double latencySloMs = 500;
    bool modelNodes = true;
    KarpenterOptions karpenter;
    CostRates costRates;

    /// How latency percentiles are derived from the load (see Simulator).
    enum class LatencyModel { MmcQueue, ProcessorSharing };
    LatencyModel latencyModel = LatencyModel::MmcQueue;
    int concurrencyPerPod = 1;
    double vpaSampleIntervalSeconds = 60;
    VpaRecommenderOptions vpa;
    QMap<QString, RecordedTraffic> recordedTraffic;
    /// The request mix along `calls` connections and the called tiers' target tracking (RequestMix).
    RequestMixOptions requestMix;
    double responseBytesPerRequest = 20.0 * 1024;
    double lambdaDurationSeconds = 0.1;
    double lambdaMemoryMiB = 128;
    /// DynamoDB on-demand tables: the new-table allowance (DynamoDbOnDemand: 4,000 requests/s, the
    /// write figure) and the share of the called requests that are reads (0.8, assumed); every
    /// request is one request unit.
    double dynamoDbInitialRequestsPerSecond = 4000;
    double dynamoDbReadFraction = 0.8;
};

/**
 * One sample per step, all vectors the same length. `desiredReplicas` is the workload's
 * spec.replicas after that step's HPA sync, `readyReplicas` the pods serving during the step;
 * `cpuUtilisationPercent` is the ready pods' average CPU as percent of their request (what the HPA
 * sees); `latencyP50Ms` / `latencyP95Ms` / `latencyP99Ms` the modelled response-time percentiles
 * (see Simulator: M/M/c by default; with ProcessorSharing p50 = p95 x ln 2 / ln 20 and
 * p99 = p95 x ln 100 / ln 20 of an exponential distribution). `nodes` counts the NodePool's nodes (launching ones included),
 * `pendingPods` the workload's pods without a Ready node, `costUsdPerHour` the price per hour of
 * the nodes, the called database and cache tiers, the Lambda functions and the data transfer out
 * (ScenarioResult::costBreakdownUsd splits its integral), `errors` the refused requests per second. Without a NodePool the node series are 0.
 */
struct TimeSeries {
    QVector<double> timeSeconds, offeredRps, servedRps, desiredReplicas, readyReplicas, cpuUtilisationPercent,
        latencyP95Ms;
    QVector<double> nodes, pendingPods, costUsdPerHour, latencyP50Ms, latencyP99Ms, errors;
};

/**
 * The run of one object of the design during a scenario (ScenarioResult::objects), on the
 * scenario's time axis. `sampleStride` > 1 when the run is long and the design large: each
 * sample then stands for that many simulation steps and holds the maximum of each series over
 * them (peaks kept; `timeSeconds` is the first step's time). What the series mean per kind:
 *  - Deployment: as TimeSeries; `nodes` counts the nodes of its NodePool (shared with the other
 *    workloads there), `pendingPods` its own pods without a node, `costUsdPerHour` its share of
 *    the NodePool's price (its scheduled pods' CPU requests / all scheduled pods' CPU requests,
 *    request-based allocation). A queue consumer's latency is the time a message waits (Little's
 *    law: messages waiting / messages received per second) plus serviceTimeMs, in all three
 *    percentiles.
 *  - SqsQueue: `offeredRps` messages sent per second, `servedRps` messages received by its
 *    consumers per second, `queueDepth` the messages waiting after the step.
 *  - LambdaFunction: invocations/s offered and served, `errors` throttled invocations/s,
 *    `desiredReplicas` and `readyReplicas` the concurrency (execution environments in use).
 *  - AuroraCluster / ElastiCacheReplicationGroup: requests/s offered (= served); with target
 *    tracking `desiredReplicas` the policy's desired replicas, `readyReplicas` those in service,
 *    `cpuUtilisationPercent` the modelled metric.
 *  - DynamoDBTable: requests/s offered and served, `errors` throttled requests/s (on-demand).
 * Series a kind does not have are 0. `costUsd` is the object's cost over the run (USD).
 */
struct ObjectResult {
    ObjectId objectId = 0;
    QString name;
    ObjectKind kind = ObjectKind::Deployment;
    /// What scales it: "HorizontalPodAutoscaler web-app-hpa", "ScaledObject queue-processor-scaler",
    /// "target tracking", "on-demand", "concurrency", or "fixed".
    QString scaler;
    int sampleStride = 1;
    TimeSeries series;
    QVector<double> queueDepth;
    double peakReplicas = 0, peakOfferedRps = 0, peakLatencyP95Ms = 0, droppedRequests = 0, costUsd = 0;
};

/**
 * The run of one LoadScenario against its target workload (and the nodes its pods run on). `droppedRequests` is the number of
 * requests (not a rate) refused over the whole run because the ready pods were saturated;
 * `notes` say which defaults and simplifications applied (missing Deployment, unmodelled
 * metrics, no HPA, scenario errors). An empty series means the scenario could not be run (the
 * reason is in `notes`).
 */
struct ScenarioResult {
    QString scenario;
    ObjectId scenarioId = 0;
    ObjectId workloadId = 0;
    QString workload;
    TimeSeries series;
    double peakReplicas = 0, peakCpuUtilisationPercent = 0, peakLatencyP95Ms = 0, droppedRequests = 0;
    double peakNodes = 0;
    double totalCostUsd = 0;     ///< the cost over the run (USD): the sum of costBreakdownUsd
    /// totalCostUsd by service, USD over the run: "nodes", "database" (Aurora), "cache"
    /// (ElastiCache), "dataTransfer" (out to the internet), "lambda"; every key is present once the scenario ran.
    QMap<QString, double> costBreakdownUsd;
    double secondsOverSlo = 0;   ///< simulated seconds with latencyP95Ms > latencySloMs
    QString catalogueDate;       ///< the instance catalogue's date behind the prices
    QStringList notes;

    /// The VerticalPodAutoscaler targeting the workload (empty: none, and the vpa* fields are 0).
    /// Its recommendation for the workload's first container at the end of the run, capped by
    /// the VPA's resourcePolicy (VpaRecommender); upper bounds may be +infinity without maxAllowed.
    QString vpa;
    double vpaTargetCpuMillicores = 0, vpaTargetMemoryBytes = 0;
    double vpaLowerBoundCpuMillicores = 0, vpaLowerBoundMemoryBytes = 0;
    double vpaUpperBoundCpuMillicores = 0, vpaUpperBoundMemoryBytes = 0;

    /// The load the simulated workloads pass on along their `calls` connections, one series per
    /// called tier that is not itself simulated step by step (Aurora, ElastiCache, DynamoDB, ...),
    /// on series.timeSeconds: the sum over its callers of served rps x RequestShare.
    /// `requestShare` is the share of the entry workload's requests (RequestMix::reach; 0 when
    /// only other workloads call it).
    QList<DependentSeries> dependents;

    /// Every simulated object of the design: the entry workload first (its full-resolution series),
    /// then the other Deployments, queues, Lambda functions and called tiers in the order the load
    /// reaches them, then the rest in preorder.
    QList<ObjectResult> objects;
    /// The entry of `objects` for `id`, nullptr when that object was not simulated.
    const ObjectResult *objectResult(ObjectId id) const;
};

/**
 * Deterministic discrete-time simulation of LoadScenarios against the design's
 * HorizontalPodAutoscaler (no randomness: the same design and options give identical series).
 *
 * Target workload: the scenario's `TargetWorkload`, else the Deployment named by the first HPA's
 * `spec.scaleTargetRef` (preorder). The HPA scaling that workload (the first whose
 * scaleTargetRef.name matches) drives the replicas through HpaController every
 * `hpaSyncPeriodSeconds`; without an HPA the replica count stays at spec.replicas.
 *
 * Per step at time t: pods whose start-up finished become ready; offered rps comes from the
 * LoadProfile; each ready pod serves at most capacity = CPU limit / cpuMillicoresPerRequest
 * requests/s, the excess is dropped; utilisation and the HPA metrics (Resource cpu / memory
 * Utilization or AverageValue; Pods metrics named like "requests_per_second" = served rps per
 * ready pod) come from the served load; other metrics are unavailable to the HPA (noted). On a
 * sync the HPA's new replica count is applied at once: new pods are ready podStartupSeconds later,
 * removed pods go first from the not-yet-ready ones, then the youngest (ReplicaSet deletion order).
 *
 * Latency, with rho = offered rps / (ready pods x capacity), dropped load included, capped at 0.99
 * (no ready pod: one saturated pod):
 *  - MmcQueue (default): the ready pods behind the load balancer form one M/M/c queue (a balancer
 *    sending each request to a free pod, like ALB's least_outstanding_requests, pools the pods):
 *    c = ready pods x concurrencyPerPod servers, each serving mu = capacity / concurrencyPerPod
 *    requests/s (the pod's CPU limit shared by its workers), arrivals lambda = rho x c x mu. The
 *    percentile q of the response time is serviceTimeMs + the q-quantile of the M/M/c waiting time
 *    (P(W > t) = C e^{-(c mu - lambda) t}, C = Erlang C; MmcQueue, after Harchol-Balter,
 *    "Performance Modeling and Design of Computer Systems", ch. 14, and Kleinrock, "Queueing
 *    Systems" vol. 1, section 3.5). The queue is the CPU; serviceTimeMs is the rest of a request.
 *  - ProcessorSharing: each pod is an M/M/1 processor-sharing server (Kleinrock vol. 1, processor
 *    sharing: mean response time x / (1 - rho)), latencyP95Ms = serviceTimeMs / (1 - rho).
 * The workload starts at steady state: max(spec.replicas, minReplicas) clamped to maxReplicas,
 * all ready.
 *
 * VPA: the first VerticalPodAutoscaler whose spec.targetRef.name is the workload (same cluster
 * preferred) gets every ready pod's CPU (served rps per pod x cpuMillicoresPerRequest) and memory
 * (memoryBaseBytes + ...) usage every vpaSampleIntervalSeconds; ScenarioResult carries its capped
 * recommendation. The simulated pods keep their requests (the VPA updater is not simulated).
 *
 * Cost, per step (each sample stands for stepSeconds), prices from CostModel(options.costRates):
 *  - nodes: KarpenterProvisioner::usdPerHour();
 *  - database: every AuroraCluster among ScenarioResult::dependents (reached by `calls`): one writer
 *    plus the readers in service (DependentSeries::capacity; without target tracking
 *    `ReadReplicas.Min`, else 0) x auroraInstanceUsdPerHour (provisioned instances; Aurora pricing
 *    bills the writer and every reader);
 *  - cache: every ElastiCacheReplicationGroup among the dependents: one primary plus the replicas in
 *    service (without target tracking `NumCacheClusters` nodes, else 1) x elastiCacheNodeUsdPerHour
 *    (one node group assumed);
 *  - lambda: every LambdaFunction among the dependents, and every LambdaFunction a dependent
 *    SqsQueue `triggers` (one invocation per message, BatchSize not modelled), gets the summed
 *    offered rps; LambdaConcurrency (ReservedConcurrencyLimit, lambdaDurationSeconds) gives the
 *    served rps, priced by CostModel::lambdaUsdPerHour with `MemorySize` MiB (else lambdaMemoryMiB);
 *  - dataTransfer: served rps x responseBytesPerRequest, CostModel::dataTransferOutUsd.
 * Tiers not reached by the scenario's workload are not priced.
 */
namespace Simulator {

/// Runs every LoadScenario of the design, in preorder.
QList<ScenarioResult> runScenarios(const DesignData &design, const SimulationOptions &options = {});
/// Runs one LoadScenario; an unknown id or a malformed scenario gives an empty series and a note.
ScenarioResult runScenario(const DesignData &design, ObjectId scenarioId, const SimulationOptions &options = {});

} // namespace Simulator
} // namespace Scaleplan
