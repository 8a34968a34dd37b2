#include "model/sim/decayinghistogram.h"

#include <algorithm>
#include <cmath>

namespace Scaleplan {

DecayingHistogram::DecayingHistogram(double maxValue, double firstBucketSize, double ratio, double epsilon,
                                     double halfLifeSeconds)
    : m_firstBucketSize(firstBucketSize)
    , m_ratio(ratio)
    , m_epsilon(epsilon)
    , m_halfLifeSeconds(halfLifeSeconds)
{
    const int buckets = int(std::ceil(std::log(maxValue * (ratio - 1) / firstBucketSize + 1) / std::log(ratio))) + 1;
    m_weights.fill(0.0, std::max(1, buckets));
    m_minBucket = bucketCount() - 1;
    m_maxBucket = 0;
}

DecayingHistogram DecayingHistogram::cpuHistogram(double halfLifeSeconds)
{
    return DecayingHistogram(1000.0, 0.001, 1.05, 0.001 * 0.1, halfLifeSeconds);
}

DecayingHistogram DecayingHistogram::memoryHistogram(double halfLifeSeconds)
{
    return DecayingHistogram(1e12, 1e7, 1.05, 0.001 * 0.1, halfLifeSeconds);
}

int DecayingHistogram::findBucket(double value) const
{
    if (!(value >= m_firstBucketSize))
        return 0;
    const int bucket = int(std::log(value * (m_ratio - 1) / m_firstBucketSize + 1) / std::log(m_ratio));
    return std::min(bucket, bucketCount() - 1);
}

double DecayingHistogram::bucketStart(int bucket) const
{
    if (bucket <= 0)
        return 0.0;
    return m_firstBucketSize * (std::pow(m_ratio, bucket) - 1) / (m_ratio - 1);
}

double DecayingHistogram::decayFactor(double timeSeconds) const
{
    return std::exp2(timeSeconds / m_halfLifeSeconds);
}

void DecayingHistogram::addSample(double value, double weight, double timeSeconds)
{
    if (!(weight > 0))
        return;
    weight *= decayFactor(timeSeconds);
    const int bucket = findBucket(value);
    m_weights[bucket] += weight;
    m_totalWeight += weight;
    if (bucket < m_minBucket && m_weights[bucket] >= m_epsilon)
        m_minBucket = bucket;
    if (bucket > m_maxBucket && m_weights[bucket] >= m_epsilon)
        m_maxBucket = bucket;
}

void DecayingHistogram::subtractSample(double value, double weight, double timeSeconds)
{
    if (!(weight > 0))
        return;
    weight *= decayFactor(timeSeconds);
    const int bucket = findBucket(value);
    if (weight > m_weights[bucket] - m_epsilon)
        weight = m_weights[bucket];
    m_totalWeight -= weight;
    m_weights[bucket] -= weight;
    updateMinMax();
}

void DecayingHistogram::updateMinMax()
{
    const int last = bucketCount() - 1;
    while (m_weights[m_minBucket] < m_epsilon && m_minBucket < last)
        ++m_minBucket;
    while (m_weights[m_maxBucket] < m_epsilon && m_maxBucket > 0)
        --m_maxBucket;
}

bool DecayingHistogram::isEmpty() const
{
    return m_weights[m_minBucket] < m_epsilon;
}

double DecayingHistogram::percentile(double percentile) const
{
    if (isEmpty())
        return 0.0;
    const double threshold = percentile * m_totalWeight;
    double partialSum = 0;
    int bucket = m_minBucket;
    for (; bucket < m_maxBucket; ++bucket) {
        partialSum += m_weights[bucket];
        if (partialSum >= threshold)
            break;
    }
    if (bucket < bucketCount() - 1)
        return bucketStart(bucket + 1);
    return bucketStart(bucket);
}

} // namespace Scaleplan
