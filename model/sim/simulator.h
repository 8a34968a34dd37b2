#pragma once

#include "model/designdata.h"
#include "model/sim/costmodel.h"
#include "model/sim/loadprofile.h"
#include "model/sim/karpenterprovisioner.h"
#include "model/sim/recordedtraffic.h"
#include "model/sim/requestmix.h"
#include "model/sim/vparecommender.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>

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
    /// SqsQueue objects only (ObjectResult::series): messages waiting after each step (with a
    /// sample stride, the most of the sample's steps); empty otherwise.
    QVector<double> queueDepth;
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
 *    `desiredReplicas` and `readyReplicas` the concurrency (execution environments in use), the
 *    latencies lambdaDurationSeconds while it has load.
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
    /// Deployments: simulated seconds whose p95 latency (a queue consumer's: the message wait)
    /// exceeded SimulationOptions::latencySloMs; 0 for the other kinds.
    double secondsOverSlo = 0;
};

/**
 * The run of one LoadScenario through the whole design. `series` is the entry workload's (the
 * scenario's target): its load, replicas, utilisation, latency and errors, with `nodes`,
 * `pendingPods` and `costUsdPerHour` of the whole design (every NodePool, tier, function, table
 * and the data transfer). `peak*`, `droppedRequests` and `secondsOverSlo` are the entry
 * workload's; every other object has its own figures in `objects`. `droppedRequests` is the
 * number of requests (not a rate) refused over the whole run because the ready pods were saturated;
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
    /// (ElastiCache), "dataTransfer" (out to the internet), "lambda", "dynamodb", "sqs"; every key is present once the scenario ran.
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
    /// only other workloads call it). Aurora clusters and ElastiCache groups that nothing calls
    /// follow with an empty `offeredRps` (they are priced at their standing capacity).
    QList<DependentSeries> dependents;

    /// Every simulated object of the design: the entry workload first (its full-resolution series),
    /// then the other Deployments, queues, Lambda functions and called tiers in the order the load
    /// reaches them, then the rest in preorder.
    QList<ObjectResult> objects;
    /// The entry of `objects` for `id`, nullptr when that object was not simulated.
    const ObjectResult *objectResult(ObjectId id) const;
};

/**
 * Deterministic discrete-time simulation of a LoadScenario through the whole design (no
 * randomness: the same design and options give identical series).
 *
 * Entry workload: the scenario's `TargetWorkload`, else the Deployment named by the first HPA's
 * `spec.scaleTargetRef` (preorder); it receives the scenario's load (LoadProfile). Every
 * Deployment of the design is simulated in the same time line: its pods (from spec.replicas, the
 * autoscaler's minimum and maximum), its autoscaler (an HorizontalPodAutoscaler whose
 * scaleTargetRef names it, else a KEDA ScaledObject; none: fixed replicas), its VPA and its
 * NodePool (the first in its cluster, else the first of the design: one KarpenterProvisioner per
 * NodePool, shared by all the workloads placed on it, so their pods compete for the nodes).
 *
 * Load along the design's edges, within each step, in the order the load reaches the objects
 * (breadth first from the entry along `calls` and `triggers`; a queue before its consumers; a load
 * that would flow back to an object already done in this step arrives in the next step):
 *  - `calls` (RequestShare, default 1): a workload or Lambda function passes served rps x share
 *    to the callee: a Deployment, an SqsQueue (messages/s), a LambdaFunction (invocations/s) or a
 *    tier (Aurora, ElastiCache, DynamoDB, ...) whose offered series is summed over its callers.
 *  - SqsQueue: messages wait until a consumer takes them. Consumers are the `triggers` targets
 *    and the workloads whose KEDA aws-sqs-queue trigger names the queue (metadata.queueName or the
 *    last segment of queueURL). Each step the consumers take min(waiting, their capacity) in
 *    proportion to their capacity: a workload's ready pods x capacity per pod minus its direct
 *    load, a function's LambdaConcurrency::capacityRps; what a throttled function could not take
 *    goes back to the queue. One message costs a consumer what one request does.
 *  - LambdaFunction: LambdaConcurrency (ReservedConcurrencyLimit, scaling rate, lambdaDurationSeconds).
 *
 * Per step at time t, per workload: pods whose start-up finished become ready; each ready pod
 * serves at most capacity = CPU limit / cpuMillicoresPerRequest requests/s, the excess is dropped;
 * utilisation and metrics come from the served load. Controllers:
 *  - HPA, every hpaSyncPeriodSeconds: Resource (cpu, memory) and Pods metrics go through
 *    ReplicaCalculator with one sample per pod (replica_calculator.go groupPods: Pending pods
 *    without a node, not-yet-ready pods, and for cpu the CPU initialisation period: a pod within
 *    300 s of its start whose sample was taken less than one 15 s metric window after it turned
 *    Ready counts as unready), Pods metrics named like "requests_per_second" = served rps per
 *    ready pod; Object/External metrics named like "request" = served rps; other metrics are
 *    unavailable (noted). The steady-state pods of t = 0 started and turned Ready long before.
 *  - KEDA (KedaController): polls every pollingInterval and syncs its HPA every
 *    hpaSyncPeriodSeconds with the trigger values: aws-sqs-queue = messages waiting + in flight
 *    (received/s x serviceTimeMs, KEDA's scaleOnInFlight default); cpu / memory = utilisation x
 *    ready pods, or with metricType AverageValue their usage in cores / bytes x ready pods (the
 *    total of an AverageValue target: KEDA makes these triggers a Resource metric, where pods not
 *    yet ready count 0 on a scale-up); a trigger named like
 *    "request" = served rps;
 *    others unavailable (noted; KEDA sees them as inactive).
 * New pods are ready podStartupSeconds after they got a node (Karpenter; without a NodePool at
 * once); removed pods go first from the not-yet-ready ones, then the youngest (ReplicaSet
 * deletion order).
 *
 * Latency of a workload with direct load, with rho = its direct offered rps / (ready pods x
 * capacity), dropped load included, capped at 0.99 (no ready pod: one saturated pod):
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
 * A pure queue consumer's latency is the mean wait of a message (Little's law) + serviceTimeMs;
 * while messages wait and none is received (no consumer pod ready), the time since the queue
 * stalled (the oldest message has waited at least that long).
 *
 * VPA: the first VerticalPodAutoscaler whose spec.targetRef.name is the workload (same cluster
 * preferred) gets every ready pod's CPU (served rps per pod x cpuMillicoresPerRequest) and memory
 * (memoryBaseBytes + ...) usage every vpaSampleIntervalSeconds; ScenarioResult carries the entry
 * workload's capped recommendation. The simulated pods keep their requests (the updater is not simulated).
 *
 * Called tiers after the time loop, on their summed offered series: Aurora and ElastiCache target
 * tracking (RequestMix::drive), DynamoDB tables with BillingMode PAY_PER_REQUEST (or ON_DEMAND)
 * through DynamoDbOnDemand (throttled requests are counted, not retried).
 *
 * Cost, per step (each sample stands for stepSeconds), prices from CostModel(options.costRates):
 *  - nodes: the sum of KarpenterProvisioner::usdPerHour() over the NodePools; each workload's share
 *    is in proportion to its scheduled pods' CPU requests (ObjectResult::costUsd);
 *  - database: every AuroraCluster with load: one writer plus the readers in service (target
 *    tracking; without it `ReadReplicas.Min`) x auroraInstanceUsdPerHour;
 *  - cache: every ElastiCacheReplicationGroup with load: one primary plus the replicas in service
 *    (without target tracking `NumCacheClusters` nodes) x elastiCacheNodeUsdPerHour;
 *  - lambda: every function's served invocations, CostModel::lambdaUsdPerHour with `MemorySize`
 *    MiB (else lambdaMemoryMiB) and lambdaDurationSeconds (one invocation per message; BatchSize
 *    not modelled);
 *  - dynamodb: on-demand tables' served requests, dynamoDbReadFraction reads (one RRU each), the
 *    rest writes (one WRU each);
 *  - sqs: the messages sent to each queue, CostModel::sqsUsdPerHour (3 requests per message);
 *  - dataTransfer: the entry workload's served rps x responseBytesPerRequest, CostModel::dataTransferOutUsd.
 *
 * Bounds: 7 days of 1 s steps per scenario and 100,000 pods per workload; the objects other than
 * the entry keep about 50,000 samples per series between them (ObjectResult::sampleStride: the
 * stride is ceil(objects x steps / 50,000), objects counting every simulated object and tier).
 */
namespace Simulator {

/// The most steps one scenario is simulated for (7 days at 1 s steps), and the most requests/s a
/// scenario may offer (10 million); a scenario beyond either is not simulated (a note says why)
/// and the design.scenario-load rule reports it.
constexpr qint64 kMaxSteps = 7 * 24 * 3600 + 1;
constexpr double kMaxOfferedRps = 1e7;

/// The samples a scenario of `profile` takes at `stepSeconds` (t = 0 .. totalSeconds(), both
/// ends included); 0 or less when the step is not positive.
qint64 stepCount(const LoadProfile &profile, double stepSeconds);
/// The most requests/s `profile` offers at the first `steps` sample times; the scan stops once
/// the figure exceeds `stopAbove` (a bound check needs no more). Both runScenario and the
/// design.scenario-load rule check their bounds with stepCount() and this.
double peakOfferedRps(const LoadProfile &profile, double stepSeconds, qint64 steps,
                      double stopAbove = std::numeric_limits<double>::infinity());

/// Runs every LoadScenario of the design, in preorder.
QList<ScenarioResult> runScenarios(const DesignData &design, const SimulationOptions &options = {});
/// Runs one LoadScenario; an unknown id or a malformed scenario gives an empty series and a note.
ScenarioResult runScenario(const DesignData &design, ObjectId scenarioId, const SimulationOptions &options = {});

} // namespace Simulator
} // namespace Scaleplan
