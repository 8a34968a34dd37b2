#include "model/sim/seriesdecimator.h"

#include <algorithm>
#include <cmath>

namespace Scaleplan {

QVector<qsizetype> SeriesDecimator::minMaxIndices(const QVector<double> &x, const QVector<double> &y, int buckets,
                                                  double xFrom, double xTo)
{
    QVector<qsizetype> out;
    const qsizetype n = std::min(x.size(), y.size());
    if (n == 0 || xTo < xFrom)
        return out;
    buckets = std::max(1, buckets);

    // first: the last sample at or before xFrom (else 0); last: the first at or after xTo (else n - 1).
    const auto xBegin = x.cbegin();
    const auto xEnd = x.cbegin() + n;
    qsizetype first = qsizetype(std::upper_bound(xBegin, xEnd, xFrom) - xBegin) - 1;
    first = std::clamp<qsizetype>(first, 0, n - 1);
    qsizetype last = qsizetype(std::lower_bound(xBegin, xEnd, xTo) - xBegin);
    last = std::clamp<qsizetype>(last, first, n - 1);

    const qsizetype count = last - first + 1;
    if (count <= 2 * qsizetype(buckets) + 2) {
        out.reserve(count);
        for (qsizetype i = first; i <= last; ++i)
            out.append(i);
        return out;
    }

    out.reserve(2 * buckets + 2);
    out.append(first);
    // Interior samples (first, last) exclusive, bucketed by x over the visible range.
    const double lo = std::isfinite(xFrom) ? std::max(xFrom, x[first]) : x[first];
    const double hi = std::isfinite(xTo) ? std::min(xTo, x[last]) : x[last];
    const double width = hi > lo ? (hi - lo) / buckets : 1.0;
    qsizetype i = first + 1;
    int previousBucket = -1;
    while (i < last) {
        // Buckets strictly increase from pass to pass: at most `buckets` passes whatever the rounding.
        int bucket = hi > lo ? std::clamp(int(std::floor((x[i] - lo) / width)), 0, buckets - 1) : buckets - 1;
        bucket = std::min(std::max(bucket, previousBucket + 1), buckets - 1);
        previousBucket = bucket;
        const double bucketEnd = bucket == buckets - 1 ? std::numeric_limits<double>::infinity() : lo + (bucket + 1) * width;
        qsizetype minIndex = -1, maxIndex = -1;
        // At least one sample per pass, so rounding at a bucket edge can never stall the loop.
        do {
            const double v = y[i];
            if (!std::isnan(v)) {
                if (minIndex < 0 || v < y[minIndex])
                    minIndex = i;
                if (maxIndex < 0 || v > y[maxIndex])
                    maxIndex = i;
            }
            ++i;
        } while (i < last && x[i] < bucketEnd);
        if (minIndex >= 0) {
            out.append(std::min(minIndex, maxIndex));
            if (maxIndex != minIndex)
                out.append(std::max(minIndex, maxIndex));
        }
    }
    out.append(last);
    return out;
}

} // namespace Scaleplan
