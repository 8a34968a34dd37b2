#pragma once

#include "model/designobject.h"

#include <QList>
#include <QString>
#include <optional>

namespace Scaleplan {

/// One spike: `heightRps` extra requests/s during [atSeconds, atSeconds + durationSeconds).
struct LoadSpike {
    double atSeconds = 0;
    double heightRps = 0;
    double durationSeconds = 0;
};

/**
 * A flat base load with rectangular spikes on top: rps(t) = baseRps + the heights of the spikes
 * active at t (overlapping spikes add up). A spike starts and stops at once, the worst case for an
 * autoscaler (the seed's "spike-test" is the ramped variant).
 *
 * LoadScenario fields (fromScenario): `Spikes` (list of {`At`: Go duration, `Height`: rps,
 * `Duration`: Go duration}), `BaseRps` (default 0), `Duration` (Go duration of the whole traffic,
 * default the end of the last spike). Invariants: all values >= 0.
 */
class SpikePattern
{
public:
    SpikePattern() = default;
    SpikePattern(double baseRps, const QList<LoadSpike> &spikes, double durationSeconds);

    /// Reads the fields above; std::nullopt and *error ("Spikes[1].At: malformed Go duration 'x'")
    /// when one is missing, malformed or negative, or Spikes is not a non-empty list.
    static std::optional<SpikePattern> fromScenario(const DesignObject &scenario, QString *error);

    double baseRps() const { return m_baseRps; }
    const QList<LoadSpike> &spikes() const { return m_spikes; }
    double durationSeconds() const { return m_durationSeconds; }

    /// Requests/s at `timeSeconds` within [0, durationSeconds()), else 0.
    double requestsPerSecondAt(double timeSeconds) const;

private:
    double m_baseRps = 0;
    QList<LoadSpike> m_spikes;
    double m_durationSeconds = 0;
};

} // namespace Scaleplan
