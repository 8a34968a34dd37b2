#pragma once

#include "model/sim/hpaspec.h"

#include <QList>
#include <QString>
#include <QVector>

namespace Scaleplan {

/// The rule that decided a sync's final replica count (the last stage that changed it).
enum class HpaLimit {
    None,          ///< the metrics' recommendation was applied as is
    Tolerance,     ///< metric ratios within the tolerance band: replicas kept
    Stabilization, ///< the stabilisation window replaced the recommendation
    Policy,        ///< a scaling policy (or selectPolicy Disabled) limited the rate
    MinReplicas,   ///< clamped to spec.minReplicas
    MaxReplicas,   ///< clamped to spec.maxReplicas
    /// the target has 0 replicas and minReplicas is not 0: "scaling is disabled since the replica
    /// count of the target is zero" (horizontal.go); the metrics are not consulted
    ScalingDisabled,
};

/// "none", "tolerance", "stabilization", "policy", "min", "max", "scaling-disabled".
QString hpaLimitName(HpaLimit limit);

/**
 * The outcome of one HpaController::sync(), stage by stage (replica counts).
 *
 * `metricDesiredReplicas[i]` is the proposal of spec.metrics[i] (-1 when that metric had no
 * value); `desiredReplicas` their maximum before any normalisation; `stabilizedReplicas` after the
 * stabilisation windows; `policyReplicas` after the scaling policies (before min/max);
 * `finalReplicas` what the controller writes to the target's scale. `metricsAvailable` is false
 * when the controller could not compute a proposal (no usable metric, or a missing metric while the
 * others propose a scale-down); then every stage equals currentReplicas.
 */
struct HpaDecision {
    double timeSeconds = 0;
    int currentReplicas = 0;
    int readyReplicas = 0;
    QVector<double> metricRatios;
    QVector<int> metricDesiredReplicas;
    bool metricsAvailable = true;
    int desiredReplicas = 0;
    int stabilizedReplicas = 0;
    int policyReplicas = 0;
    int finalReplicas = 0;
    HpaLimit limitedBy = HpaLimit::None;
};

/**
 * One metric's replica proposal as replica_calculator.go returns it: `replicas` (-1 = the metric
 * is unavailable / invalid this sync), the usage ratio it came from (NaN when unknown) and whether
 * the proposal kept the current count because the ratio was within the tolerance band.
 */
struct HpaMetricProposal {
    int replicas = -1;
    double ratio = 0;
    bool withinTolerance = false;
};

/**
 * The HorizontalPodAutoscaler v2 control loop for one HPA, replayed in simulated time.
 *
 * Source: kubernetes.io "Horizontal Pod Autoscaling" -> "Algorithm details" and "Configurable
 * scaling behavior"; kubernetes pkg/controller/podautoscaler/horizontal.go (reconcileAutoscaler,
 * stabilizeRecommendationWithBehaviors, convertDesiredReplicasWithBehaviorRate,
 * calculateScaleUpLimitWithScalingRules, calculateScaleDownLimitWithBehaviors, storeScaleEvent)
 * and replica_calculator.go (tolerance, unready pods on scale-up).
 *
 * Owns the controller's memory between syncs: the timestamped unstabilised recommendations and the
 * scale-up / scale-down events, kept and replaced exactly as horizontal.go does (an entry is
 * replaced once it is older than every window / the longest policy period). Times are strict as in
 * Go's time.After: an entry exactly `window` seconds old is outside the window.
 *
 * sync() takes aggregated metric values (a pod counts as ready or not, as the caller says); the
 * CPU initialisation period, initial-readiness delay and pods missing metrics need per-pod samples:
 * compute those proposals with ReplicaCalculator and pass them to syncProposals() (Simulator and
 * MetricReplay do). Not modelled: the scale-to-zero alpha feature.
 */
class HpaController
{
public:
    /// `tolerance` is kube-controller-manager's `--horizontal-pod-autoscaler-tolerance` (0.1).
    explicit HpaController(HpaSpec spec, double tolerance = 0.1);

    const HpaSpec &spec() const { return m_spec; }
    double tolerance() const { return m_tolerance; }

    /**
     * One controller sync (normally every 15 s) at `timeSeconds` (non-decreasing between calls).
     *
     * `currentReplicas` is the target's scale (spec.replicas); `readyReplicas` how many of them
     * are ready (-1 = all). `metricValues[i]` is the current value of spec.metrics[i] in the same
     * terms as its target (NaN = unavailable):
     *  - Utilization: the average utilisation of the ready pods, percent of request;
     *  - AverageValue: the per-pod average (Resource/Pods: over the ready pods; Object/External:
     *    the metric total divided by currentReplicas);
     *  - Value: the object's / external metric's value.
     * Per metric (replica_calculator.go): ratio = value / target; within |ratio - 1| <= tolerance
     * the proposal is currentReplicas, otherwise ceil(ratio x readyReplicas) (Object/External
     * AverageValue: ceil(ratio x currentReplicas)); on a scale-up with unready pods those count as
     * 0 (ratio' = ratio x ready / current, proposal ceil(ratio' x current), no scale when ratio'
     * falls in the tolerance band or below 1). The maximum over metrics is then stabilised, rate
     * limited and clamped to [minReplicas, maxReplicas]; a currentReplicas outside that range is
     * clamped first without consulting the metrics, and currentReplicas 0 disables scaling.
     */
    HpaDecision sync(double timeSeconds, int currentReplicas, const QVector<double> &metricValues,
                     int readyReplicas = -1);

    /**
     * The proposal of spec.metrics[metricIndex] for the aggregated `value` (same terms as sync()),
     * without touching the controller's history. Used by callers that compute pod-level metrics
     * themselves (MetricReplay) for Object / External metrics.
     */
    HpaMetricProposal proposal(int metricIndex, double value, int currentReplicas, int readyReplicas) const;

    /**
     * A sync whose per-metric proposals were computed by the caller (one per spec.metrics entry,
     * replicas -1 = unavailable): the same normalisation as sync() (clamping of an out-of-range
     * currentReplicas, "invalid metrics block a scale-down", stabilisation, policies, min/max).
     */
    HpaDecision syncProposals(double timeSeconds, int currentReplicas, const QVector<HpaMetricProposal> &proposals,
                              int readyReplicas = -1);

    /// Forgets the recommendation and scale-event history (a fresh controller).
    void reset();

private:
    struct TimedRecommendation {
        double timeSeconds;
        int replicas;
    };
    struct ScaleEvent {
        double timeSeconds;
        int replicaChange;
        bool outdated;
    };

    int metricProposal(const HpaMetricSpec &metric, double value, int currentReplicas, int readyReplicas,
                       double *ratio, bool *withinTolerance) const;
    int stabilize(double now, int currentReplicas, int desiredReplicas);
    int scaleUpLimit(double now, int currentReplicas) const;
    int scaleDownLimit(double now, int currentReplicas) const;
    void storeScaleEvent(double now, int previousReplicas, int newReplicas);

    HpaSpec m_spec;
    double m_tolerance;
    QList<TimedRecommendation> m_recommendations;
    QList<ScaleEvent> m_scaleUpEvents;
    QList<ScaleEvent> m_scaleDownEvents;
};

} // namespace Scaleplan
