#pragma once

#include "model/designobject.h"

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
 */
class LoadProfile
{
public:
    LoadProfile() = default;
    LoadProfile(double virtualUsers, double rampUpSeconds, double holdSeconds, double cooldownSeconds,
                double requestsPerVirtualUserPerSecond = 1.0);

    /**
     * Reads a LoadScenario object: `VirtualUsers` (number or numeric string), `Duration` and
     * `RampUp` (Go durations via Quantity::durationSeconds; RampUp optional, default 0).
     * Returns std::nullopt and sets *error ("Duration: malformed Go duration '10x'") when a field
     * is missing, malformed or negative, or the object is not a LoadScenario.
     */
    static std::optional<LoadProfile> fromScenario(const DesignObject &scenario, double cooldownSeconds,
                                                   double requestsPerVirtualUserPerSecond = 1.0,
                                                   QString *error = nullptr);

    double virtualUsers() const { return m_virtualUsers; }
    double rampUpSeconds() const { return m_rampUpSeconds; }
    double holdSeconds() const { return m_holdSeconds; }
    double cooldownSeconds() const { return m_cooldownSeconds; }
    double requestsPerVirtualUserPerSecond() const { return m_requestsPerVirtualUserPerSecond; }

    /// Seconds from 0 to the end of the hold phase (RampUp + Duration).
    double loadEndSeconds() const { return m_rampUpSeconds + m_holdSeconds; }
    /// RampUp + Duration + cool-down.
    double totalSeconds() const { return loadEndSeconds() + m_cooldownSeconds; }

    /// Active VUs at `timeSeconds` (0 before 0 and from loadEndSeconds() on).
    double virtualUsersAt(double timeSeconds) const;
    /// Offered requests per second at `timeSeconds`.
    double requestsPerSecondAt(double timeSeconds) const;

private:
    double m_virtualUsers = 0;
    double m_rampUpSeconds = 0;
    double m_holdSeconds = 0;
    double m_cooldownSeconds = 0;
    double m_requestsPerVirtualUserPerSecond = 1.0;
};

} // namespace Scaleplan
