#pragma once

#include "model/designdata.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Scaleplan {

/**
 * Knobs of the request mix along `calls` connections. The per-replica capacities are our
 * assumptions (AWS publishes no requests-per-second figure for a database or cache node; they
 * depend on the queries): edit them to match load-test measurements.
 *
 *  - `auroraReaderRpsAtFullCpu`: queries/s that make one Aurora reader's CPU 100 % (300: simple
 *    indexed reads on a 2-vCPU db.r6g.large, assumed). The metric of Aurora read replica target
 *    tracking is RDSReaderAverageCPUUtilization (Aurora User Guide, "Amazon Aurora Auto Scaling
 *    with Aurora Replicas"); every called query is assumed to go to the readers.
 *  - `elastiCacheReplicaRpsAtFullCpu`: requests/s that make one replica's engine CPU 100 %
 *    (25,000 simple GET/SET on one Redis engine thread, assumed); the metric of ElastiCache replica
 *    target tracking (ElastiCache User Guide, "Auto Scaling ElastiCache for Redis clusters":
 *    ElastiCacheReplicaEngineCPUUtilization).
 *  - `evaluationPeriodSeconds`: one CloudWatch datapoint (the average over the period) per 60 s.
 *  - `replicaProvisioningSeconds`: from a scale-out decision to the new replica serving (600 s:
 *    adding an Aurora replica or a cache node takes minutes; assumed).
 *  - `maxDepth`: how many `calls` hops are followed from the simulated workload.
 */
struct RequestMixOptions {
    double auroraReaderRpsAtFullCpu = 300;
    double elastiCacheReplicaRpsAtFullCpu = 25000;
    double evaluationPeriodSeconds = 60;
    double replicaProvisioningSeconds = 600;
    int maxDepth = 4;
};

/**
 * The load one called tier receives during a scenario, on the scenario's time axis
 * (TimeSeries::timeSeconds). `requestShare` is the summed product of RequestShare along every
 * `calls` path from the workload to the tier (web-app → api 0.5, api → db 0.2 and web-app → db 0.1
 * give 0.2), so offeredRps[i] = servedRps[i] x requestShare. When the tier has target tracking
 * (AuroraCluster / ElastiCacheReplicationGroup with AutoScaling), `capacity` holds the replicas in
 * service at each step, `desiredCapacity` the policy's desired count, and `utilisationPercent`
 * the modelled metric (offered / (capacity x rps at 100 %) x 100); otherwise these are empty.
 */
struct DependentSeries {
    ObjectId targetId = 0;
    QString target;
    ObjectKind targetKind = ObjectKind::Deployment;
    ObjectId connectionId = 0; ///< the first `calls` connection reaching the tier
    double requestShare = 0;
    QVector<double> offeredRps;
    QVector<double> capacity;
    QVector<double> desiredCapacity;
    QVector<double> utilisationPercent;
    double peakOfferedRps = 0;
    double peakCapacity = 0;
};

/// What RequestMix::compute() gives: one series per called tier (in the order they are first
/// reached, breadth first) and notes for ScenarioResult::notes.
struct RequestMixResult {
    QList<DependentSeries> series;
    QStringList notes;
};

/**
 * The request mix along the design's dependency edges: a workload's served requests/s times each
 * `calls` connection's RequestShare become the load offered to the called tier, hop after hop
 * (a called Deployment or LambdaFunction passes on what it receives along its own `calls` edges;
 * a cycle is followed once). A missing RequestShare counts as 1 (every request), with a note.
 *
 * Tiers with target tracking are driven by TargetTrackingController (model/sim/targettracking.h):
 * starting at MinCapacity, one datapoint per evaluationPeriodSeconds (the average metric over the
 * period, computed on the replicas in service), a scale-out serves replicaProvisioningSeconds
 * later, a scale-in takes effect at once. Source of the policy behaviour: Application Auto Scaling
 * User Guide, "Target tracking scaling policies" and "Define cooldown periods".
 */
namespace RequestMix {
/// The tiers reached from `workloadId` along `calls` edges (breadth first, at most
/// options.maxDepth hops), each with its requestShare; offered series empty. Notes name the
/// connections without a RequestShare.
RequestMixResult reach(const DesignData &design, ObjectId workloadId, const RequestMixOptions &options = {});
/// Runs the tier's target tracking (AuroraCluster / ElastiCacheReplicationGroup with AutoScaling)
/// over `s.offeredRps` (on `timeSeconds`), filling capacity, desiredCapacity and
/// utilisationPercent, and continues the last sentence of `notes` (the tier's "receives" note)
/// with the policy and its scale-outs / scale-ins. Tiers without target tracking are left as they are.
void drive(const DesignData &design, DependentSeries &s, const QVector<double> &timeSeconds,
           const RequestMixOptions &options, QStringList &notes);
/// reach() from one workload, offeredRps = servedRps x requestShare, then drive() per tier.
/// `timeSeconds` and `servedRps` are the workload's series (same length, equally spaced).
RequestMixResult compute(const DesignData &design, ObjectId workloadId, const QVector<double> &timeSeconds,
                         const QVector<double> &servedRps, const RequestMixOptions &options = {});
} // namespace RequestMix

} // namespace Scaleplan
