#include "model/sim/hpacontroller.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace Scaleplan {

namespace {

/// Sum of the replica changes of events strictly younger than `periodSeconds`
/// (horizontal.go getReplicasChangePerPeriod: rec.timestamp.After(now - period)).
template<typename Events>
int replicasChangePerPeriod(double now, int periodSeconds, const Events &events)
{
    const double cutoff = now - periodSeconds;
    int replicas = 0;
    for (const auto &event : events) {
        if (event.timeSeconds > cutoff)
            replicas += event.replicaChange;
    }
    return replicas;
}

int clampToInt(double value)
{
    if (!(value < double(INT_MAX)))
        return INT_MAX;
    if (value < double(INT_MIN))
        return INT_MIN;
    return int(value);
}

} // namespace

QString hpaLimitName(HpaLimit limit)
{
    switch (limit) {
    case HpaLimit::None:
        return QStringLiteral("none");
    case HpaLimit::Tolerance:
        return QStringLiteral("tolerance");
    case HpaLimit::Stabilization:
        return QStringLiteral("stabilization");
    case HpaLimit::Policy:
        return QStringLiteral("policy");
    case HpaLimit::MinReplicas:
        return QStringLiteral("min");
    case HpaLimit::MaxReplicas:
        return QStringLiteral("max");
    case HpaLimit::ScalingDisabled:
        return QStringLiteral("scaling-disabled");
    }
    return {};
}

HpaController::HpaController(HpaSpec spec, double tolerance)
    : m_spec(std::move(spec))
    , m_tolerance(tolerance)
{
}

void HpaController::reset()
{
    m_recommendations.clear();
    m_scaleUpEvents.clear();
    m_scaleDownEvents.clear();
}

int HpaController::metricProposal(const HpaMetricSpec &metric, double value, int currentReplicas,
                                  int readyReplicas, double *ratio, bool *withinTolerance) const
{
    *withinTolerance = false;
    const double usageRatio = value / metric.targetValue;
    *ratio = usageRatio;

    if (metric.isPodMetric()) {
        // replica_calculator.go GetResourceReplicas / calcPlainMetricReplicas.
        if (readyReplicas <= 0)
            return -1; // "did not receive metrics for any ready pods"
        const bool scaleUpWithUnready = readyReplicas < currentReplicas && usageRatio > 1.0;
        if (!scaleUpWithUnready) {
            if (std::abs(1.0 - usageRatio) <= m_tolerance) {
                *withinTolerance = true;
                return currentReplicas;
            }
            return clampToInt(std::ceil(usageRatio * readyReplicas));
        }
        // Unready pods are counted as using 0 on a scale-up.
        const double newUsageRatio = usageRatio * readyReplicas / currentReplicas;
        if (std::abs(1.0 - newUsageRatio) <= m_tolerance) {
            *withinTolerance = true;
            return currentReplicas;
        }
        if (newUsageRatio < 1.0)
            return currentReplicas;
        const int newReplicas = clampToInt(std::ceil(newUsageRatio * currentReplicas));
        return std::max(newReplicas, currentReplicas);
    }

    // Object / External metrics (GetObjectMetricReplicas, GetObjectPerPodMetricReplicas,
    // GetExternalMetricReplicas, GetExternalPerPodMetricReplicas).
    if (std::abs(1.0 - usageRatio) <= m_tolerance) {
        *withinTolerance = true;
        return currentReplicas;
    }
    if (metric.targetType == HpaMetricTargetType::AverageValue)
        return clampToInt(std::ceil(usageRatio * currentReplicas));
    return clampToInt(std::ceil(usageRatio * std::max(readyReplicas, 0)));
}

int HpaController::stabilize(double now, int currentReplicas, int desiredReplicas)
{
    // horizontal.go stabilizeRecommendationWithBehaviors.
    const double upCutoff = now - m_spec.scaleUp.stabilizationWindowSeconds;
    const double downCutoff = now - m_spec.scaleDown.stabilizationWindowSeconds;
    int upRecommendation = desiredReplicas;
    int downRecommendation = desiredReplicas;
    int oldSampleIndex = -1;
    for (int i = 0; i < m_recommendations.size(); ++i) {
        const TimedRecommendation &rec = m_recommendations.at(i);
        if (rec.timeSeconds > upCutoff)
            upRecommendation = std::min(rec.replicas, upRecommendation);
        if (rec.timeSeconds > downCutoff)
            downRecommendation = std::max(rec.replicas, downRecommendation);
        if (rec.timeSeconds < upCutoff && rec.timeSeconds < downCutoff)
            oldSampleIndex = i;
    }
    int recommendation = currentReplicas;
    if (recommendation < upRecommendation)
        recommendation = upRecommendation;
    if (recommendation > downRecommendation)
        recommendation = downRecommendation;

    const TimedRecommendation sample{now, desiredReplicas};
    if (oldSampleIndex >= 0)
        m_recommendations[oldSampleIndex] = sample;
    else
        m_recommendations.append(sample);
    return recommendation;
}

int HpaController::scaleUpLimit(double now, int currentReplicas) const
{
    // horizontal.go calculateScaleUpLimitWithScalingRules.
    const HpaScalingRules &rules = m_spec.scaleUp;
    if (rules.selectPolicy == HpaSelectPolicy::Disabled)
        return currentReplicas;
    const bool minChange = rules.selectPolicy == HpaSelectPolicy::Min;
    int result = minChange ? INT_MAX : INT_MIN;
    for (const HpaScalingPolicy &policy : rules.policies) {
        const int added = replicasChangePerPeriod(now, policy.periodSeconds, m_scaleUpEvents);
        const int deleted = replicasChangePerPeriod(now, policy.periodSeconds, m_scaleDownEvents);
        const int periodStartReplicas = currentReplicas - added + deleted;
        int proposed = 0;
        if (policy.type == HpaPolicyType::Pods)
            proposed = periodStartReplicas + policy.value;
        else
            proposed = clampToInt(std::ceil(double(periodStartReplicas) * (1.0 + double(policy.value) / 100.0)));
        result = minChange ? std::min(result, proposed) : std::max(result, proposed);
    }
    return result;
}

int HpaController::scaleDownLimit(double now, int currentReplicas) const
{
    // horizontal.go calculateScaleDownLimitWithBehaviors (Percent truncates towards zero).
    const HpaScalingRules &rules = m_spec.scaleDown;
    if (rules.selectPolicy == HpaSelectPolicy::Disabled)
        return currentReplicas;
    const bool minChange = rules.selectPolicy == HpaSelectPolicy::Min;
    int result = minChange ? INT_MIN : INT_MAX;
    for (const HpaScalingPolicy &policy : rules.policies) {
        const int added = replicasChangePerPeriod(now, policy.periodSeconds, m_scaleUpEvents);
        const int deleted = replicasChangePerPeriod(now, policy.periodSeconds, m_scaleDownEvents);
        const int periodStartReplicas = currentReplicas - added + deleted;
        int proposed = 0;
        if (policy.type == HpaPolicyType::Pods)
            proposed = periodStartReplicas - policy.value;
        else
            proposed = clampToInt(std::trunc(double(periodStartReplicas) * (1.0 - double(policy.value) / 100.0)));
        result = minChange ? std::max(result, proposed) : std::min(result, proposed);
    }
    return result;
}

void HpaController::storeScaleEvent(double now, int previousReplicas, int newReplicas)
{
    // horizontal.go storeScaleEvent + markScaleEventsOutdated: events older than the direction's
    // longest policy period are replaced (the last such one), otherwise the event is appended.
    const bool up = newReplicas > previousReplicas;
    QList<ScaleEvent> &events = up ? m_scaleUpEvents : m_scaleDownEvents;
    const HpaScalingRules &rules = up ? m_spec.scaleUp : m_spec.scaleDown;
    int longestPolicyPeriod = 0;
    for (const HpaScalingPolicy &policy : rules.policies)
        longestPolicyPeriod = std::max(longestPolicyPeriod, policy.periodSeconds);
    const double cutoff = now - longestPolicyPeriod;
    int oldSampleIndex = -1;
    for (int i = 0; i < events.size(); ++i) {
        if (events[i].timeSeconds < cutoff)
            events[i].outdated = true;
        if (events[i].outdated)
            oldSampleIndex = i;
    }
    const ScaleEvent event{now, up ? newReplicas - previousReplicas : previousReplicas - newReplicas, false};
    if (oldSampleIndex >= 0)
        events[oldSampleIndex] = event;
    else
        events.append(event);
}

HpaMetricProposal HpaController::proposal(int metricIndex, double value, int currentReplicas, int readyReplicas) const
{
    HpaMetricProposal result;
    result.ratio = std::nan("");
    if (metricIndex < 0 || metricIndex >= m_spec.metrics.size() || !std::isfinite(value))
        return result;
    const int ready = readyReplicas < 0 ? currentReplicas : std::min(readyReplicas, currentReplicas);
    result.replicas = metricProposal(m_spec.metrics.at(metricIndex), value, currentReplicas, ready, &result.ratio,
                                     &result.withinTolerance);
    return result;
}

HpaDecision HpaController::sync(double timeSeconds, int currentReplicas, const QVector<double> &metricValues,
                                int readyReplicas)
{
    const int metricCount = int(m_spec.metrics.size());
    QVector<HpaMetricProposal> proposals(metricCount);
    // Out-of-range / zero replica counts never consult the metrics (reconcileAutoscaler).
    const bool consult = !(currentReplicas == 0 && m_spec.minReplicas != 0) && currentReplicas <= m_spec.maxReplicas
        && currentReplicas >= m_spec.minReplicas;
    if (consult) {
        for (int i = 0; i < metricCount; ++i)
            proposals[i] = proposal(i, i < metricValues.size() ? metricValues.at(i) : std::nan(""), currentReplicas,
                                    readyReplicas);
    }
    return syncProposals(timeSeconds, currentReplicas, proposals, readyReplicas);
}

HpaDecision HpaController::syncProposals(double timeSeconds, int currentReplicas,
                                         const QVector<HpaMetricProposal> &proposals, int readyReplicas)
{
    HpaDecision decision;
    decision.timeSeconds = timeSeconds;
    decision.currentReplicas = currentReplicas;
    decision.readyReplicas = readyReplicas < 0 ? currentReplicas : std::min(readyReplicas, currentReplicas);
    const int metricCount = int(m_spec.metrics.size());
    decision.metricRatios.fill(std::nan(""), metricCount);
    decision.metricDesiredReplicas.fill(-1, metricCount);
    // horizontal.go reconcileAutoscaler -> recordInitialRecommendation: the first time the
    // controller sees this HPA it records the current replicas as a recommendation, so a
    // scale-down waits for the stabilisation window from then on.
    if (m_recommendations.isEmpty())
        m_recommendations.append(TimedRecommendation{timeSeconds, currentReplicas});

    auto keep = [&](int replicas, HpaLimit limit) {
        decision.desiredReplicas = replicas;
        decision.stabilizedReplicas = replicas;
        decision.policyReplicas = replicas;
        decision.finalReplicas = replicas;
        decision.limitedBy = limit;
    };

    // reconcileAutoscaler: scaling disabled at 0 replicas; out-of-range counts are clamped first.
    if (currentReplicas == 0 && m_spec.minReplicas != 0) {
        decision.metricsAvailable = false;
        keep(0, HpaLimit::ScalingDisabled);
        return decision;
    }
    if (currentReplicas > m_spec.maxReplicas || currentReplicas < m_spec.minReplicas) {
        const bool tooMany = currentReplicas > m_spec.maxReplicas;
        const int target = tooMany ? m_spec.maxReplicas : m_spec.minReplicas;
        keep(target, tooMany ? HpaLimit::MaxReplicas : HpaLimit::MinReplicas);
        decision.desiredReplicas = currentReplicas;
        decision.stabilizedReplicas = currentReplicas;
        decision.policyReplicas = currentReplicas;
        storeScaleEvent(timeSeconds, currentReplicas, target);
        return decision;
    }

    // computeReplicasForMetrics: the largest proposal wins.
    int desired = 0;
    int valid = 0;
    int invalid = 0;
    bool toleranceKept = false;
    for (int i = 0; i < metricCount; ++i) {
        const HpaMetricProposal p = i < proposals.size() ? proposals.at(i) : HpaMetricProposal{-1, std::nan(""), false};
        decision.metricRatios[i] = p.ratio;
        if (p.replicas < 0) {
            ++invalid;
            continue;
        }
        const int proposal = p.replicas;
        const bool withinTolerance = p.withinTolerance;
        decision.metricDesiredReplicas[i] = proposal;
        ++valid;
        if (proposal > desired) {
            desired = proposal;
            toleranceKept = withinTolerance;
        } else if (proposal == desired && withinTolerance) {
            toleranceKept = true;
        }
    }
    // "If all metrics are invalid or some are invalid and we would scale down, do nothing."
    if (valid == 0 || (invalid > 0 && desired < currentReplicas)) {
        decision.metricsAvailable = false;
        keep(currentReplicas, HpaLimit::None);
        return decision;
    }
    decision.desiredReplicas = desired;

    // normalizeDesiredReplicasWithBehaviors: stabilise, then rate-limit and clamp.
    const int stabilized = stabilize(timeSeconds, currentReplicas, desired);
    decision.stabilizedReplicas = stabilized;

    int policyReplicas = stabilized;
    int finalReplicas = stabilized;
    HpaLimit rateLimit = HpaLimit::None;
    if (stabilized > currentReplicas) {
        const int upLimit = std::max(scaleUpLimit(timeSeconds, currentReplicas), currentReplicas);
        policyReplicas = std::min(stabilized, upLimit);
        // convertDesiredReplicasWithBehaviorRate: the smaller of maxReplicas and the policy limit
        // applies; the reason is ScaleUpLimit only when the policy limit is strictly smaller.
        const int maximumAllowed = std::min(m_spec.maxReplicas, upLimit);
        if (stabilized > maximumAllowed) {
            finalReplicas = maximumAllowed;
            rateLimit = m_spec.maxReplicas > upLimit ? HpaLimit::Policy : HpaLimit::MaxReplicas;
        }
    } else if (stabilized < currentReplicas) {
        const int downLimit = std::min(scaleDownLimit(timeSeconds, currentReplicas), currentReplicas);
        policyReplicas = std::max(stabilized, downLimit);
        const int minimumAllowed = std::max(m_spec.minReplicas, downLimit);
        if (stabilized < minimumAllowed) {
            finalReplicas = minimumAllowed;
            rateLimit = m_spec.minReplicas < downLimit ? HpaLimit::Policy : HpaLimit::MinReplicas;
        }
    }
    decision.policyReplicas = policyReplicas;
    decision.finalReplicas = finalReplicas;

    if (rateLimit != HpaLimit::None)
        decision.limitedBy = rateLimit;
    else if (stabilized != desired)
        decision.limitedBy = HpaLimit::Stabilization;
    else if (toleranceKept && desired == currentReplicas)
        decision.limitedBy = HpaLimit::Tolerance;
    else
        decision.limitedBy = HpaLimit::None;

    if (finalReplicas != currentReplicas)
        storeScaleEvent(timeSeconds, currentReplicas, finalReplicas);
    return decision;
}

} // namespace Scaleplan
