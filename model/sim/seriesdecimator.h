#pragma once

#include <QVector>
#include <limits>

namespace Scaleplan {

/**
 * Thins a long sampled series for drawing without losing its peaks: the min/max-per-bucket
 * decimation that plotting tools use for oscilloscope-like data (the "M4" family; Jugel et al.,
 * "M4: A Visualization-Oriented Time Series Data Aggregation", PVLDB 7(10), 2014, section 4 —
 * per pixel column, the first, last, minimum and maximum tuple; the first and last of each column
 * are dropped here, so a polyline through the result can differ from the full one only inside a
 * pixel column, never in its vertical extent).
 *
 * Shapes: `x` (e.g. time in seconds) non-decreasing, `y` the same length (extra elements of the
 * longer one are ignored). The visible range [xFrom, xTo] is cut into `buckets` equal-width
 * buckets (one per pixel column of the plot); every bucket contributes the index of its minimum
 * and its maximum y (one index when they coincide, in index order). The last sample at or before
 * xFrom and the first at or after xTo are kept too, so the drawn line reaches both plot edges.
 * Output: ascending indices into `x`/`y`, at most 2 x buckets + 2 of them; every index when the
 * range holds no more than that. NaN y values are never chosen as min or max. Pure and thread-safe.
 */
class SeriesDecimator
{
public:
    static QVector<qsizetype> minMaxIndices(const QVector<double> &x, const QVector<double> &y, int buckets,
                                            double xFrom = -std::numeric_limits<double>::infinity(),
                                            double xTo = std::numeric_limits<double>::infinity());
};

} // namespace Scaleplan
