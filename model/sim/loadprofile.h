#pragma once

#include "model/designobject.h"
#include "model/sim/diurnalpattern.h"
#include "model/sim/k6stages.h"
#include "model/sim/recordedtraffic.h"
#include "model/sim/spikepattern.h"

#include <QMap>
#include <QString>
#include <optional>

namespace Scaleplan {

/**
 * The offered load of one LoadScenario over time, as virtual users (VUs) and requests per second.
 *
 * Interpretation of the seed's k6-style scenario (`VirtualUsers`, `Duration`, `RampUp` as Go
 * durations), matching a k6 `ramping-vus` executor with the stages
 * `[{duration: RampUp, target: VirtualUsers}, {duration: Duration, target: VirtualUsers}]`
 * (k6 documentation, "Ramping VUs" executor; linear interpolation within a stage):
 *  - ramp-up   t in [0, RampUp):                 VUs = VirtualUsers x t / RampUp (linear from 0);
 *  - hold      t in [RampUp, RampUp + Duration): VUs = VirtualUsers;
 *  - cool-down t in [RampUp + Duration, total]:   VUs = 0 (the test has stopped; the cool-down
 *    exists so the simulation shows the scale-down afterwards).
 * `Duration` is the steady phase and does not include the ramp-up. Each VU issues
 * `requestsPerVirtualUserPerSecond` requests per second (a closed-model VU doing one request per
 * iteration with sleep(1) gives ~1 request/s), so requests/s = VUs x that rate.
 *
 * Invariants: all durations >= 0, virtualUsers >= 0; a zero RampUp starts at full load.
 *
 * Other shapes (shape()), each then followed by the same zero-load cool-down:
 *  - Stages: a k6 `ramping-vus` stage list (K6Stages; VUs x requestsPerVirtualUserPerSecond);
 *  - Diurnal: a daily raised-cosine cycle in requests/s (DiurnalPattern);
 *  - Spikes: base requests/s plus rectangular spikes (SpikePattern);
 *  - RecordedTraffic: requests/s imported from a CSV, linearly interpolated (RecordedTraffic).
 */
class LoadProfile
{
public:
    /// Which description of the load the profile follows.
    enum class Shape { VirtualUsers, Stages, Diurnal, Spikes, RecordedTraffic };

    LoadProfile() = default;
    LoadProfile(double virtualUsers, double rampUpSeconds, double holdSeconds, double cooldownSeconds,
                double requestsPerVirtualUserPerSecond = 1.0);
    LoadProfile(const K6Stages &stages, double cooldownSeconds, double requestsPerVirtualUserPerSecond = 1.0);
    LoadProfile(const DiurnalPattern &pattern, double cooldownSeconds);
    LoadProfile(const SpikePattern &pattern, double cooldownSeconds);
    LoadProfile(const RecordedTraffic &traffic, double cooldownSeconds);

    /**
     * Reads a LoadScenario object. The shape comes from the one shape field present:
     *  - `Stages` (list of {Duration, Target}, optional `StartVUs`, k6 default 1): K6Stages;
     *  - `Pattern: diurnal` with `PeakRps`, `TroughRps`, `PeakHour`, `Period`, `Duration`: DiurnalPattern;
     *  - `Spikes` (list of {At, Height, Duration}) with `BaseRps`, `Duration`: SpikePattern;
     *  - `TrafficCsv` (a path): the traffic `recordedTraffic` holds under that path exactly as
     *    written (the io layer reads the file);
     *  - none of these: `VirtualUsers` (number or numeric string), `Duration` and `RampUp` (Go
     *    durations via Quantity::durationSeconds; RampUp optional, default 0).
     * Returns std::nullopt and sets *error ("Duration: malformed Go duration '10x'") when a field
     * is missing, malformed or negative, two shape fields are present, VirtualUsers / RampUp come
     * with another shape, a TrafficCsv was not preloaded, or the object is not a LoadScenario.
     */
    static std::optional<LoadProfile> fromScenario(const DesignObject &scenario, double cooldownSeconds,
                                                   double requestsPerVirtualUserPerSecond = 1.0,
                                                   QString *error = nullptr,
                                                   const QMap<QString, RecordedTraffic> *recordedTraffic = nullptr);

    Shape shape() const { return m_shape; }
    /// VirtualUsers shape: the scenario's VUs; Stages: the peak VUs; rate-based shapes: 0.
    double virtualUsers() const { return m_virtualUsers; }
    /// VirtualUsers shape only (0 otherwise).
    double rampUpSeconds() const { return m_rampUpSeconds; }
    /// VirtualUsers shape only (0 otherwise).
    double holdSeconds() const { return m_holdSeconds; }
    double cooldownSeconds() const { return m_cooldownSeconds; }
    double requestsPerVirtualUserPerSecond() const { return m_requestsPerVirtualUserPerSecond; }

    /// Seconds from 0 to the end of the load (RampUp + Duration; the stages' total; the pattern's
    /// Duration; the last recorded sample).
    double loadEndSeconds() const;
    /// loadEndSeconds() + cool-down.
    double totalSeconds() const { return loadEndSeconds() + m_cooldownSeconds; }

    /// Active VUs at `timeSeconds` (0 before 0 and from loadEndSeconds() on; 0 for the
    /// rate-based shapes Diurnal, Spikes and RecordedTraffic).
    double virtualUsersAt(double timeSeconds) const;
    /// Offered requests per second at `timeSeconds`.
    double requestsPerSecondAt(double timeSeconds) const;

    const K6Stages &stages() const { return m_stages; }
    const DiurnalPattern &diurnal() const { return m_diurnal; }
    const SpikePattern &spikes() const { return m_spikes; }
    const RecordedTraffic &recordedTraffic() const { return m_traffic; }

private:
    Shape m_shape = Shape::VirtualUsers;
    double m_virtualUsers = 0;
    double m_rampUpSeconds = 0;
    double m_holdSeconds = 0;
    double m_cooldownSeconds = 0;
    double m_requestsPerVirtualUserPerSecond = 1.0;
    K6Stages m_stages;
    DiurnalPattern m_diurnal;
    SpikePattern m_spikes;
    RecordedTraffic m_traffic;
};

} // namespace Scaleplan
