#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace Scaleplan {

/// One k6 stage: ramp linearly to `target` (virtual users) over `durationSeconds`.
struct K6Stage {
    double durationSeconds = 0;
    double target = 0;
};

/**
 * A k6 `ramping-vus` executor: a list of stages, each ramping the number of virtual users
 * linearly from the previous stage's target (the first from `startVUs`) to its own `target` over
 * its `duration` (k6 documentation, "Scenarios > Executors > Ramping VUs": options `stages`
 * (required) and `startVUs` (default 1); a stage of duration 0 changes the VUs at once).
 *
 * k6 starts and stops whole VUs; this model keeps the interpolated value continuous (50.5 VUs),
 * which is what the offered request rate averages to. Before 0 and from totalSeconds() on the
 * test is not running: 0 VUs.
 */
class K6Stages
{
public:
    K6Stages() = default;
    K6Stages(const QList<K6Stage> &stages, double startVirtualUsers = 1.0);

    /**
     * Reads a LoadScenario's `Stages` value: a list of maps with `Duration` (Go duration) and
     * `Target` (non-negative number); k6's lower-case `duration` / `target` are accepted too.
     * `startVirtualUsers` is the scenario's `StartVUs` (k6 default 1). Errors (std::nullopt and
     * *error set): not a non-empty list, "Stages[2].Duration: malformed Go duration '5x'", a
     * missing or negative Target.
     */
    static std::optional<K6Stages> fromVariant(const QVariant &stages, double startVirtualUsers, QString *error);

    const QList<K6Stage> &stages() const { return m_stages; }
    double startVirtualUsers() const { return m_startVirtualUsers; }
    /// Sum of the stage durations (seconds).
    double totalSeconds() const { return m_totalSeconds; }
    /// max(startVUs, every target): the most VUs the test runs at once.
    double peakVirtualUsers() const;
    /// VUs at `timeSeconds` (linear within a stage; 0 outside [0, totalSeconds())).
    double virtualUsersAt(double timeSeconds) const;

private:
    QList<K6Stage> m_stages;
    double m_startVirtualUsers = 1.0;
    double m_totalSeconds = 0;
};

} // namespace Scaleplan
