#pragma once

#include "model/sim/metricreplay.h"

#include <QByteArray>
#include <QString>
#include <QVector>
#include <optional>

namespace Scaleplan {

/// Where and why a traffic CSV could not be read; toString() is "file:line:column: message"
/// (the same shape as a metric CSV's error).
using TrafficCsvError = MetricCsvError;

/**
 * Recorded traffic: requests/s sampled at increasing times, linearly interpolated in between.
 * Outside [first sample time, last sample time] the rate is 0 (nothing was recorded there); the
 * traffic lasts until the last sample time. Invariants: times strictly increasing, finite, >= 0;
 * rates finite and >= 0.
 *
 * A LoadScenario names its recording with `TrafficCsv: <path>`; the io layer reads the file and
 * hands the parsed traffic to the simulator (SimulationOptions::recordedTraffic, keyed by that
 * path exactly as written), so the core never touches the file system.
 */
class RecordedTraffic
{
public:
    RecordedTraffic() = default;
    /// `timeSeconds` and `rps` of equal length, times strictly increasing (not checked here).
    RecordedTraffic(const QVector<double> &timeSeconds, const QVector<double> &rps);

    /**
     * Parses a traffic CSV: one sample per line, `time_s,rps`. The first non-blank line may be a
     * header naming the columns `time_s` and `rps` in any order (other columns are ignored); without
     * a header the first two columns are time_s and rps. Fields may be double-quoted; blank lines
     * and lines starting with '#' are skipped; CRLF line ends are accepted.
     * Errors (std::nullopt, *error filled with `fileName`, the 1-based line and column of the
     * offending field): a header without time_s or rps, a row with too few fields, a time that is
     * not a finite number >= 0 or not after the previous one, an rps that is not a finite number
     * >= 0, no sample at all (line 1, column 1).
     */
    static std::optional<RecordedTraffic> parseCsv(const QByteArray &text, const QString &fileName,
                                                   TrafficCsvError *error);

    const QVector<double> &timeSeconds() const { return m_timeSeconds; }
    const QVector<double> &rps() const { return m_rps; }
    bool isEmpty() const { return m_timeSeconds.isEmpty(); }
    /// The last sample's time (0 when empty).
    double durationSeconds() const { return m_timeSeconds.isEmpty() ? 0.0 : m_timeSeconds.last(); }
    /// Linearly interpolated requests/s at `timeSeconds` (see the class comment); O(log n).
    double requestsPerSecondAt(double timeSeconds) const;

private:
    QVector<double> m_timeSeconds;
    QVector<double> m_rps;
};

} // namespace Scaleplan
