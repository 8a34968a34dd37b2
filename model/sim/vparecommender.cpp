#include "model/sim/vparecommender.h"

#include "model/quantity.h"

#include <QVariantList>
#include <QVariantMap>
#include <algorithm>
#include <cmath>

namespace Scaleplan {

namespace {

constexpr double minSampleWeight = 0.1; // aggregations_config.go

double confidenceMultiplier(double multiplier, double exponent, double confidence)
{
    return std::pow(1.0 + multiplier / confidence, exponent);
}

double clampToPolicy(double value, double minAllowed, double maxAllowed)
{
    if (std::isfinite(minAllowed) && value < minAllowed)
        value = minAllowed;
    if (std::isfinite(maxAllowed) && value > maxAllowed)
        value = maxAllowed;
    return value;
}

} // namespace

VpaContainerPolicy VpaContainerPolicy::fromObject(const DesignObject &vpa, const QString &containerName, QStringList *errors)
{
    VpaContainerPolicy policy;
    const QVariantList policies = vpa.field(QStringLiteral("spec.resourcePolicy.containerPolicies")).toList();
    qsizetype chosen = -1;
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const QString name = policies.at(i).toMap().value(QStringLiteral("containerName")).toString();
        if (name == containerName) {
            chosen = i;
            break;
        }
        if (name == QLatin1String("*") && chosen < 0)
            chosen = i;
    }
    if (chosen < 0)
        return policy;
    const QVariantMap entry = policies.at(chosen).toMap();
    policy.containerName = entry.value(QStringLiteral("containerName")).toString();
    const QString mode = entry.value(QStringLiteral("mode")).toString();
    if (!mode.isEmpty())
        policy.mode = mode;
    auto read = [&](const char *bound, const char *resource, double *out) {
        const QVariant value = entry.value(QLatin1String(bound)).toMap().value(QLatin1String(resource));
        if (!value.isValid() || value.isNull())
            return;
        const bool cpu = qstrcmp(resource, "cpu") == 0;
        const auto parsed = cpu ? Quantity::cpuMillicores(value) : Quantity::memoryBytes(value);
        if (parsed && *parsed >= 0)
            *out = *parsed;
        else if (errors)
            errors->append(QStringLiteral("containerPolicies[%1].%2.%3: not a quantity '%4'")
                               .arg(chosen)
                               .arg(QLatin1String(bound), QLatin1String(resource), value.toString()));
    };
    read("minAllowed", "cpu", &policy.minAllowedCpuMillicores);
    read("minAllowed", "memory", &policy.minAllowedMemoryBytes);
    read("maxAllowed", "cpu", &policy.maxAllowedCpuMillicores);
    read("maxAllowed", "memory", &policy.maxAllowedMemoryBytes);
    return policy;
}

VpaRecommender::VpaRecommender(const VpaRecommenderOptions &options)
    : m_options(options)
    , m_cpu(DecayingHistogram::cpuHistogram(options.cpuHistogramDecayHalfLifeSeconds))
    , m_memory(DecayingHistogram::memoryHistogram(options.memoryHistogramDecayHalfLifeSeconds))
{
}

void VpaRecommender::addCpuSample(double timeSeconds, double usageMillicores, double requestMillicores)
{
    if (!(usageMillicores >= 0) || !std::isfinite(timeSeconds))
        return;
    const double weight = std::max(requestMillicores / 1000.0, minSampleWeight);
    m_cpu.addSample(usageMillicores / 1000.0, weight, timeSeconds);
    if (m_cpuSamples == 0 || timeSeconds < m_firstCpuSampleSeconds)
        m_firstCpuSampleSeconds = timeSeconds;
    if (m_cpuSamples == 0 || timeSeconds > m_lastCpuSampleSeconds)
        m_lastCpuSampleSeconds = timeSeconds;
    ++m_cpuSamples;
}

void VpaRecommender::addMemorySample(int containerKey, double timeSeconds, double usageBytes)
{
    if (!(usageBytes >= 0) || !std::isfinite(timeSeconds))
        return;
    MemoryWindow &window = m_memoryWindows[containerKey];
    if (timeSeconds < window.lastSampleSeconds)
        return; // outdated (container.go addMemorySample)
    window.lastSampleSeconds = timeSeconds;
    if (std::isnan(window.windowEndSeconds))
        window.windowEndSeconds = timeSeconds; // the first sample
    bool addNewPeak = false;
    if (timeSeconds < window.windowEndSeconds) {
        if (window.peakBytes != 0 && usageBytes > window.peakBytes) {
            m_memory.subtractSample(window.peakBytes, 1.0, window.windowEndSeconds);
            addNewPeak = true;
        }
    } else {
        const double interval = m_options.memoryAggregationIntervalSeconds;
        const double shift = std::floor((timeSeconds - window.windowEndSeconds) / interval) * interval + interval;
        window.windowEndSeconds += shift;
        window.peakBytes = 0;
        addNewPeak = true;
    }
    if (addNewPeak) {
        m_memory.addSample(usageBytes, 1.0, window.windowEndSeconds);
        window.peakBytes = usageBytes;
    }
}

double VpaRecommender::confidence() const
{
    if (m_cpuSamples == 0)
        return 0;
    const double lifespan = (m_lastCpuSampleSeconds - m_firstCpuSampleSeconds) / m_options.confidenceIntervalSeconds;
    const double samples = double(m_cpuSamples) / (60.0 * 24.0);
    return std::min(lifespan, samples);
}

VpaRecommendation VpaRecommender::recommend(int containersPerPod) const
{
    VpaRecommendation r;
    if (m_cpu.isEmpty() && m_memory.isEmpty())
        return r;
    r.valid = true;
    const double fraction = 1.0 / std::max(1, containersPerPod);
    const double minCpu = m_options.podMinCpuMillicores * fraction;
    const double minMemory = m_options.podMinMemoryMb * 1024.0 * 1024.0 * fraction;
    const double margin = 1.0 + m_options.safetyMarginFraction;
    const double conf = confidence();
    const double upperMultiplier = confidenceMultiplier(1.0, 1.0, conf);     // 1/0 = +inf without history
    const double lowerMultiplier = confidenceMultiplier(0.001, -2.0, conf);  // (+inf)^-2 = 0

    auto cpu = [&](double percentile, double multiplier) {
        const double value = m_cpu.percentile(percentile) * 1000.0 * margin * multiplier;
        return std::max(std::isnan(value) ? 0.0 : value, minCpu);
    };
    auto memory = [&](double percentile, double multiplier) {
        const double value = m_memory.percentile(percentile) * margin * multiplier;
        return std::max(std::isnan(value) ? 0.0 : value, minMemory);
    };
    r.targetCpuMillicores = cpu(m_options.targetCpuPercentile, 1.0);
    r.lowerBoundCpuMillicores = cpu(m_options.lowerBoundCpuPercentile, lowerMultiplier);
    r.upperBoundCpuMillicores = cpu(m_options.upperBoundCpuPercentile, upperMultiplier);
    r.targetMemoryBytes = memory(m_options.targetMemoryPercentile, 1.0);
    r.lowerBoundMemoryBytes = memory(m_options.lowerBoundMemoryPercentile, lowerMultiplier);
    r.upperBoundMemoryBytes = memory(m_options.upperBoundMemoryPercentile, upperMultiplier);
    return r;
}

VpaRecommendation VpaRecommender::capped(const VpaRecommendation &recommendation, const VpaContainerPolicy &policy)
{
    if (policy.mode.compare(QLatin1String("Off"), Qt::CaseInsensitive) == 0)
        return VpaRecommendation{};
    VpaRecommendation r = recommendation;
    if (!r.valid)
        return r;
    for (double *cpu : {&r.targetCpuMillicores, &r.lowerBoundCpuMillicores, &r.upperBoundCpuMillicores})
        *cpu = clampToPolicy(*cpu, policy.minAllowedCpuMillicores, policy.maxAllowedCpuMillicores);
    for (double *memory : {&r.targetMemoryBytes, &r.lowerBoundMemoryBytes, &r.upperBoundMemoryBytes})
        *memory = clampToPolicy(*memory, policy.minAllowedMemoryBytes, policy.maxAllowedMemoryBytes);
    return r;
}

} // namespace Scaleplan
