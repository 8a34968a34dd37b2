#pragma once

#include "model/designobject.h"
#include "model/sim/decayinghistogram.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <limits>
#include <optional>

namespace Scaleplan {

/**
 * The VPA recommender's flags (kubernetes/autoscaler vertical-pod-autoscaler, recommender
 * logic/recommender.go and model/aggregations_config.go), with their defaults:
 * `--recommendation-margin-fraction` 0.15, `--pod-recommendation-min-cpu-millicores` 25,
 * `--pod-recommendation-min-memory-mb` 250 (MiB: x 1024 x 1024), `--target-cpu-percentile` 0.9,
 * lower / upper bound percentiles 0.5 / 0.95 (CPU and memory), `--target-memory-percentile` 0.9,
 * `--cpu-histogram-decay-half-life` and `--memory-histogram-decay-half-life` 24 h,
 * `--memory-aggregation-interval` 24 h, `--confidence-interval-cpu/-memory` 24 h.
 */
struct VpaRecommenderOptions {
    double safetyMarginFraction = 0.15;
    double podMinCpuMillicores = 25;
    double podMinMemoryMb = 250;
    double targetCpuPercentile = 0.9;
    double lowerBoundCpuPercentile = 0.5;
    double upperBoundCpuPercentile = 0.95;
    double targetMemoryPercentile = 0.9;
    double lowerBoundMemoryPercentile = 0.5;
    double upperBoundMemoryPercentile = 0.95;
    double cpuHistogramDecayHalfLifeSeconds = 86400;
    double memoryHistogramDecayHalfLifeSeconds = 86400;
    double memoryAggregationIntervalSeconds = 86400;
    double confidenceIntervalSeconds = 86400;
};

/**
 * One container's `spec.resourcePolicy.containerPolicies[]` entry of a VerticalPodAutoscaler
 * (autoscaling.k8s.io/v1): bounds in millicores and bytes, NaN when absent. `mode` is "Auto"
 * (default) or "Off" (no recommendation for the container).
 */
struct VpaContainerPolicy {
    QString containerName = QStringLiteral("*");
    QString mode = QStringLiteral("Auto");
    double minAllowedCpuMillicores = std::numeric_limits<double>::quiet_NaN();
    double minAllowedMemoryBytes = std::numeric_limits<double>::quiet_NaN();
    double maxAllowedCpuMillicores = std::numeric_limits<double>::quiet_NaN();
    double maxAllowedMemoryBytes = std::numeric_limits<double>::quiet_NaN();

    /**
     * The policy of `containerName` in the VPA object's spec.resourcePolicy.containerPolicies: the
     * entry naming it, else the "*" entry, else an unbounded Auto policy. Malformed quantities are
     * reported in *errors ("containerPolicies[0].minAllowed.cpu: not a quantity 'x'") and ignored.
     */
    static VpaContainerPolicy fromObject(const DesignObject &vpa, const QString &containerName,
                                         QStringList *errors = nullptr);
};

/// Target, lower bound and upper bound of one container, in millicores and bytes. `valid` is false
/// when there were no samples. An upper bound is +infinity while the history is empty (VPA's
/// confidence multiplier 1 + 1/0), unless capped by maxAllowed.
struct VpaRecommendation {
    bool valid = false;
    double targetCpuMillicores = 0;
    double targetMemoryBytes = 0;
    double lowerBoundCpuMillicores = 0;
    double lowerBoundMemoryBytes = 0;
    double upperBoundCpuMillicores = 0;
    double upperBoundMemoryBytes = 0;
};

/**
 * A Vertical Pod Autoscaler recommender for one container name of one workload, fed with usage
 * samples of that container in each pod (kubernetes/autoscaler vertical-pod-autoscaler,
 * pkg/recommender: model/aggregate_container_state.go, model/container.go, logic/estimator.go,
 * logic/recommender.go; documented in the VPA README "Recommender"):
 *
 *  - CPU: every sample goes into a decaying exponential histogram (DecayingHistogram::cpuHistogram)
 *    with weight max(CPU request in cores, 0.1) (minSampleWeight); the count of CPU samples and the
 *    first / last sample time give the confidence = min(history in days, samples / 1440).
 *  - Memory: per container (pod) one peak per aggregation interval (24 h): a sample above the
 *    window's peak replaces it (subtract the old, add the new, both stamped with the window end);
 *    a sample at or after the window end opens the next window. Peaks have weight 1.
 *  - Estimations: percentile (target 0.9, lower 0.5, upper 0.95), times (1 + margin 0.15); the
 *    upper bound times (1 + 1/confidence)^1, the lower bound times (1 + 0.001/confidence)^-2;
 *    then at least the per-pod minimum (25m, 250 MiB) divided by the containers per pod.
 *  - capped(): the resourcePolicy's minAllowed / maxAllowed applied to target and both bounds
 *    (updater/admission "capping.go" applyVPAPolicy).
 *
 * Samples must come in time order per container (older samples are ignored, as the VPA does).
 */
class VpaRecommender
{
public:
    explicit VpaRecommender(const VpaRecommenderOptions &options = {});

    /// One CPU usage sample of a container: usage and request in millicores, time in seconds.
    void addCpuSample(double timeSeconds, double usageMillicores, double requestMillicores);
    /// One memory usage (working set, bytes) sample of container `containerKey` (e.g. a pod id).
    void addMemorySample(int containerKey, double timeSeconds, double usageBytes);

    int cpuSampleCount() const { return m_cpuSamples; }
    /// min(lifespan / confidence interval, samples / 1440); 0 without samples.
    double confidence() const;

    /// The uncapped recommendation (see the class comment). `containersPerPod` >= 1.
    VpaRecommendation recommend(int containersPerPod = 1) const;
    /// `recommendation` with `policy`'s minAllowed / maxAllowed applied; mode Off gives !valid.
    static VpaRecommendation capped(const VpaRecommendation &recommendation, const VpaContainerPolicy &policy);

private:
    struct MemoryWindow {
        double windowEndSeconds = std::numeric_limits<double>::quiet_NaN();
        double peakBytes = 0;
        double lastSampleSeconds = -std::numeric_limits<double>::infinity();
    };

    VpaRecommenderOptions m_options;
    DecayingHistogram m_cpu;
    DecayingHistogram m_memory;
    QHash<int, MemoryWindow> m_memoryWindows;
    int m_cpuSamples = 0;
    double m_firstCpuSampleSeconds = 0;
    double m_lastCpuSampleSeconds = 0;
};

} // namespace Scaleplan
