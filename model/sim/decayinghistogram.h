#pragma once

#include <QVector>

namespace Scaleplan {

/**
 * The VPA recommender's usage histogram: exponentially growing buckets, each holding the total
 * weight of the samples that fell into it, with every sample's weight multiplied by
 * 2^((sampleTime - reference) / halfLife) so that a sample one half-life older counts half.
 *
 * Source: kubernetes/autoscaler, vertical-pod-autoscaler/pkg/recommender/util/histogram_options.go
 * (NewExponentialHistogramOptions: bucket n >= 1 starts at firstBucketSize (ratio^n - 1) /
 * (ratio - 1), the first bucket is [0, firstBucketSize), the last bucket's start is >= maxValue;
 * FindBucket = floor(log_ratio(value (ratio - 1) / firstBucketSize + 1)) clamped to the last),
 * histogram.go (Percentile: walk the buckets from the first non-empty one until the cumulative
 * weight reaches percentile x total weight, return the END of that bucket — the start of the last
 * bucket when it is the last; a bucket with weight < epsilon is empty) and decaying_histogram.go
 * (the decay factor). Times are seconds from an arbitrary origin; the reference time is 0
 * (percentiles do not depend on it).
 */
class DecayingHistogram
{
public:
    /// Requires maxValue > 0, firstBucketSize > 0, ratio > 1, epsilon > 0, halfLifeSeconds > 0.
    DecayingHistogram(double maxValue, double firstBucketSize, double ratio, double epsilon, double halfLifeSeconds);

    /// The VPA's CPU histogram, in cores: max 1000 cores, first bucket 0.001 core, ratio 1.05,
    /// epsilon 0.0001, half-life 24 h by default (aggregations_config.go cpuHistogramOptions,
    /// --cpu-histogram-decay-half-life).
    static DecayingHistogram cpuHistogram(double halfLifeSeconds = 86400.0);
    /// The VPA's memory-peak histogram, in bytes: max 1e12, first bucket 1e7, ratio 1.05, epsilon
    /// 0.0001, half-life 24 h (memoryHistogramOptions, --memory-histogram-decay-half-life).
    static DecayingHistogram memoryHistogram(double halfLifeSeconds = 86400.0);

    int bucketCount() const { return int(m_weights.size()); }
    int findBucket(double value) const;
    double bucketStart(int bucket) const;

    /// Adds `weight` (>= 0, before decay) at `value`, observed at `timeSeconds`.
    void addSample(double value, double weight, double timeSeconds);
    /// Removes a sample added before with the same arguments (weights never go below 0).
    void subtractSample(double value, double weight, double timeSeconds);
    bool isEmpty() const;
    /// See the class comment; 0 when empty. `percentile` in [0, 1].
    double percentile(double percentile) const;

private:
    double decayFactor(double timeSeconds) const;
    void updateMinMax();

    double m_firstBucketSize;
    double m_ratio;
    double m_epsilon;
    double m_halfLifeSeconds;
    QVector<double> m_weights;
    double m_totalWeight = 0;
    int m_minBucket = 0;
    int m_maxBucket = 0;
};

} // namespace Scaleplan
