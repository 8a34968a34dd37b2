#pragma once

#include <QList>
#include <QPair>

namespace Scaleplan {

/**
 * A DynamoDB on-demand table's throughput allowance, with no throttling model beyond AWS's
 * "previous peak x 2" statement (Amazon DynamoDB Developer Guide, "On-demand capacity mode" ->
 * "Initial throughput" and "Peak traffic and scaling properties": a new on-demand table serves up
 * to 4,000 writes/s and 12,000 reads/s; a table instantly accommodates up to double its previous
 * peak, and throttling can occur when traffic exceeds double the previous peak within 30 minutes).
 *
 * Rule: allowance(t) = max(initialRequestsPerSecond, 2 x the largest rate served at or before
 * t - 1800 s). Requests above the allowance are throttled (counted, not retried).
 */
class DynamoDbOnDemand
{
public:
    /// `initialRequestsPerSecond`: the new-table allowance (4000 writes/s or 12000 reads/s).
    explicit DynamoDbOnDemand(double initialRequestsPerSecond = 4000, double peakWindowSeconds = 1800);

    /// Serves `offeredRps` for `stepSeconds` from `timeSeconds` (non-decreasing); returns the
    /// served rate.
    double serve(double timeSeconds, double offeredRps, double stepSeconds);
    double allowanceRps() const { return m_allowance; }
    /// Throttled requests so far (throttled rate x step, summed).
    double throttledRequests() const { return m_throttled; }

private:
    double m_initial;
    double m_window;
    double m_settledPeak = 0;
    double m_allowance;
    double m_throttled = 0;
    QList<QPair<double, double>> m_recent; // (time, served), not yet 30 min old
};

} // namespace Scaleplan
