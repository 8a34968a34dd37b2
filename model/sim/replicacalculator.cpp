#include "model/sim/replicacalculator.h"

#include <QHash>
#include <algorithm>
#include <climits>
#include <cmath>

namespace Scaleplan::ReplicaCalculator {

namespace {

int ceilToInt(double value)
{
    if (!(value < double(INT_MAX)))
        return INT_MAX;
    return int(std::ceil(value));
}

HpaMetricProposal unavailable()
{
    return HpaMetricProposal{-1, std::nan(""), false};
}

/// The re-run of the ratio after filling in missing / unready pods and the final checks shared by
/// GetResourceReplicas and calcPlainMetricReplicas.
HpaMetricProposal afterFill(double usageRatio, double newUsageRatio, int metricCount, int currentReplicas,
                            double tolerance)
{
    HpaMetricProposal p{currentReplicas, usageRatio, false};
    if (std::abs(1.0 - newUsageRatio) <= tolerance) {
        p.withinTolerance = true;
        return p;
    }
    if ((usageRatio < 1.0 && newUsageRatio > 1.0) || (usageRatio > 1.0 && newUsageRatio < 1.0))
        return p; // the fill-in changed the direction: do nothing
    const int newReplicas = ceilToInt(newUsageRatio * metricCount);
    if ((newUsageRatio < 1.0 && newReplicas > currentReplicas) || (newUsageRatio > 1.0 && newReplicas < currentReplicas))
        return p;
    p.replicas = newReplicas;
    return p;
}

} // namespace

qint64 milli(double value)
{
    return qint64(std::ceil(value * 1000.0 - 1e-6));
}

PodGroups groupPods(const QList<HpaPodSample> &pods, bool isCpu, const Timing &timing)
{
    PodGroups groups;
    for (int i = 0; i < pods.size(); ++i) {
        const HpaPodSample &pod = pods.at(i);
        if (pod.pending) {
            groups.unready.append(i);
            continue;
        }
        if (!pod.hasMetric) {
            groups.missing.append(i);
            continue;
        }
        if (isCpu) {
            bool unready = false;
            if (pod.readyCondition < 0 || std::isnan(pod.startSeconds)) {
                unready = true;
            } else if (pod.startSeconds + timing.cpuInitializationPeriodSeconds > timing.nowSeconds) {
                unready = pod.readyCondition == 0
                    || pod.sampleSeconds < pod.readyTransitionSeconds + timing.metricWindowSeconds;
            } else {
                unready = pod.readyCondition == 0
                    && pod.startSeconds + timing.delayOfInitialReadinessSeconds > pod.readyTransitionSeconds;
            }
            if (unready) {
                groups.unready.append(i);
                continue;
            }
        }
        groups.ready.append(i);
    }
    return groups;
}

HpaMetricProposal resourceUtilization(const QList<HpaPodSample> &pods, int currentReplicas, int targetPercent,
                                      bool isCpu, double tolerance, const Timing &timing)
{
    const PodGroups groups = groupPods(pods, isCpu, timing);
    if (groups.ready.isEmpty() || targetPercent <= 0)
        return unavailable();
    // calculatePodRequests: every listed pod needs a request.
    for (const HpaPodSample &pod : pods) {
        if (pod.requestMilli <= 0)
            return unavailable();
    }
    // metrics: pod index -> milli value (ready pods only, then the fill-ins).
    QVarLengthArray<std::pair<int, qint64>, 64> metrics; // (pod index, milli value)
    for (int i : groups.ready)
        metrics.append({i, pods.at(i).valueMilli});
    auto ratioOf = [&](const auto &m) {
        // 128-bit sums and products: Go's int64 arithmetic would overflow only for absurd inputs,
        // where a wrapped value must not turn into a scale-down; the quotients are as Go truncates.
        __int128 metricsTotal = 0;
        __int128 requestsTotal = 0;
        for (const auto &[index, value] : m) {
            metricsTotal += value;
            requestsTotal += pods.at(index).requestMilli;
        }
        const qint64 utilization = requestsTotal > 0 ? qint64((metricsTotal * 100) / requestsTotal) : 0;
        return double(utilization) / double(targetPercent);
    };
    const double usageRatio = ratioOf(metrics);
    const bool scaleUpWithUnready = !groups.unready.isEmpty() && usageRatio > 1.0;
    if (!scaleUpWithUnready && groups.missing.isEmpty()) {
        if (std::abs(1.0 - usageRatio) <= tolerance)
            return HpaMetricProposal{currentReplicas, usageRatio, true};
        return HpaMetricProposal{ceilToInt(usageRatio * groups.ready.size()), usageRatio, false};
    }
    if (!groups.missing.isEmpty()) {
        if (usageRatio < 1.0) {
            const qint64 fallback = std::max<qint64>(100, targetPercent);
            for (int i : groups.missing)
                metrics.append({i, pods.at(i).requestMilli * fallback / 100});
        } else if (usageRatio > 1.0) {
            for (int i : groups.missing)
                metrics.append({i, 0});
        }
    }
    if (scaleUpWithUnready) {
        for (int i : groups.unready)
            metrics.append({i, 0});
    }
    return afterFill(usageRatio, ratioOf(metrics), int(metrics.size()), currentReplicas, tolerance);
}

HpaMetricProposal plainMetric(const QList<HpaPodSample> &pods, int currentReplicas, qint64 targetMilli, bool isCpu,
                              double tolerance, const Timing &timing)
{
    const PodGroups groups = groupPods(pods, isCpu, timing);
    if (groups.ready.isEmpty() || targetMilli <= 0)
        return unavailable();
    QVarLengthArray<qint64, 64> metrics;
    for (int i : groups.ready)
        metrics.append(pods.at(i).valueMilli);
    auto ratioOf = [&](const auto &m) {
        __int128 total = 0; // see resourceUtilization
        for (qint64 v : m)
            total += v;
        const qint64 currentUsage = qint64(total / qint64(m.size()));
        return double(currentUsage) / double(targetMilli);
    };
    const double usageRatio = ratioOf(metrics);
    const bool scaleUpWithUnready = !groups.unready.isEmpty() && usageRatio > 1.0;
    if (!scaleUpWithUnready && groups.missing.isEmpty()) {
        if (std::abs(1.0 - usageRatio) <= tolerance)
            return HpaMetricProposal{currentReplicas, usageRatio, true};
        return HpaMetricProposal{ceilToInt(usageRatio * groups.ready.size()), usageRatio, false};
    }
    if (!groups.missing.isEmpty()) {
        // scale-down: missing pods use exactly the target; otherwise 0.
        for (int i = 0; i < groups.missing.size(); ++i)
            metrics.append(usageRatio < 1.0 ? targetMilli : 0);
    }
    if (scaleUpWithUnready) {
        for (int i = 0; i < groups.unready.size(); ++i)
            metrics.append(0);
    }
    return afterFill(usageRatio, ratioOf(metrics), int(metrics.size()), currentReplicas, tolerance);
}

HpaMetricProposal perPodTotal(qint64 usageMilli, qint64 targetMilli, int currentReplicas, double tolerance)
{
    if (targetMilli <= 0 || currentReplicas <= 0)
        return unavailable();
    HpaMetricProposal p;
    p.ratio = double(usageMilli) / (double(targetMilli) * double(currentReplicas));
    p.replicas = currentReplicas;
    if (std::abs(1.0 - p.ratio) > tolerance)
        p.replicas = ceilToInt(double(usageMilli) / double(targetMilli));
    else
        p.withinTolerance = true;
    return p;
}

HpaMetricProposal valueTarget(qint64 usageMilli, qint64 targetMilli, int currentReplicas, int readyPodCount,
                              double tolerance)
{
    if (targetMilli <= 0)
        return unavailable();
    HpaMetricProposal p;
    p.ratio = double(usageMilli) / double(targetMilli);
    if (currentReplicas == 0) {
        p.replicas = ceilToInt(p.ratio);
        return p;
    }
    if (std::abs(1.0 - p.ratio) <= tolerance) {
        p.replicas = currentReplicas;
        p.withinTolerance = true;
        return p;
    }
    p.replicas = ceilToInt(p.ratio * readyPodCount);
    return p;
}

} // namespace Scaleplan::ReplicaCalculator
