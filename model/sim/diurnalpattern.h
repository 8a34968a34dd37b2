#pragma once

#include "model/designobject.h"

#include <QString>
#include <optional>

namespace Scaleplan {

/**
 * A daily traffic cycle: requests/s follow a raised cosine between a trough and a peak,
 *
 *     rps(t) = troughRps + (peakRps - troughRps) x (1 + cos(2 pi (t - peakHour x 3600) / periodSeconds)) / 2
 *
 * with t in seconds since midnight (simulation time 0 is 00:00). The peak is at `peakHour`, the
 * trough half a period later (peakHour + 12 h for the default 24 h period); the curve is smooth
 * and symmetric, a common first-order model of diurnal web traffic (one harmonic of the daily
 * cycle). Invariants: 0 <= troughRps <= peakRps, periodSeconds > 0.
 *
 * LoadScenario fields (see fromScenario): `Pattern: diurnal`, `PeakRps`, `TroughRps` (default 0),
 * `PeakHour` (hours after midnight, default 12), `Period` (Go duration, default 24h), `Duration`
 * (Go duration of the simulated traffic, default one period).
 */
class DiurnalPattern
{
public:
    DiurnalPattern() = default;
    DiurnalPattern(double peakRps, double troughRps, double peakHour, double periodSeconds = 86400.0,
                   double durationSeconds = 86400.0);

    /// Reads the fields above; std::nullopt and *error ("PeakRps: required") when one is missing,
    /// malformed, negative, TroughRps > PeakRps, PeakHour not within the Period, or Pattern is not "diurnal".
    static std::optional<DiurnalPattern> fromScenario(const DesignObject &scenario, QString *error);

    double peakRps() const { return m_peakRps; }
    double troughRps() const { return m_troughRps; }
    double peakHour() const { return m_peakHour; }
    double periodSeconds() const { return m_periodSeconds; }
    /// Length of the traffic (the load stops afterwards).
    double durationSeconds() const { return m_durationSeconds; }

    /// Requests/s at `timeSeconds` (formula above) within [0, durationSeconds()), else 0.
    double requestsPerSecondAt(double timeSeconds) const;

private:
    double m_peakRps = 0;
    double m_troughRps = 0;
    double m_peakHour = 12;
    double m_periodSeconds = 86400;
    double m_durationSeconds = 86400;
};

} // namespace Scaleplan
