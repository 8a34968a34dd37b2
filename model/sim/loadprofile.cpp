#include "model/sim/loadprofile.h"

#include "model/quantity.h"

#include <algorithm>
#include <cmath>

namespace Scaleplan {

LoadProfile::LoadProfile(double virtualUsers, double rampUpSeconds, double holdSeconds, double cooldownSeconds,
                         double requestsPerVirtualUserPerSecond)
    : m_virtualUsers(std::max(0.0, virtualUsers))
    , m_rampUpSeconds(std::max(0.0, rampUpSeconds))
    , m_holdSeconds(std::max(0.0, holdSeconds))
    , m_cooldownSeconds(std::max(0.0, cooldownSeconds))
    , m_requestsPerVirtualUserPerSecond(std::max(0.0, requestsPerVirtualUserPerSecond))
{
}

std::optional<LoadProfile> LoadProfile::fromScenario(const DesignObject &scenario, double cooldownSeconds,
                                                     double requestsPerVirtualUserPerSecond, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<LoadProfile> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (scenario.kind != ObjectKind::LoadScenario)
        return fail(QStringLiteral("kind: expected LoadScenario, got %1").arg(kindName(scenario.kind)));

    const QVariant vusValue = scenario.fields.value(QStringLiteral("VirtualUsers"));
    if (!vusValue.isValid())
        return fail(QStringLiteral("VirtualUsers: required"));
    const auto vus = Quantity::parse(vusValue);
    if (!vus || !std::isfinite(*vus) || *vus < 0)
        return fail(QStringLiteral("VirtualUsers: must be a non-negative number, not '%1'").arg(vusValue.toString()));

    const QVariant durationValue = scenario.fields.value(QStringLiteral("Duration"));
    if (!durationValue.isValid())
        return fail(QStringLiteral("Duration: required"));
    const auto duration = Quantity::durationSeconds(durationValue);
    if (!duration || *duration < 0)
        return fail(QStringLiteral("Duration: malformed Go duration '%1'").arg(durationValue.toString()));

    double rampUp = 0;
    const QVariant rampValue = scenario.fields.value(QStringLiteral("RampUp"));
    if (rampValue.isValid() && !rampValue.isNull()) {
        const auto parsed = Quantity::durationSeconds(rampValue);
        if (!parsed || *parsed < 0)
            return fail(QStringLiteral("RampUp: malformed Go duration '%1'").arg(rampValue.toString()));
        rampUp = *parsed;
    }
    return LoadProfile(*vus, rampUp, *duration, cooldownSeconds, requestsPerVirtualUserPerSecond);
}

double LoadProfile::virtualUsersAt(double timeSeconds) const
{
    if (timeSeconds < 0 || timeSeconds >= loadEndSeconds())
        return 0;
    if (timeSeconds < m_rampUpSeconds)
        return m_virtualUsers * timeSeconds / m_rampUpSeconds;
    return m_virtualUsers;
}

double LoadProfile::requestsPerSecondAt(double timeSeconds) const
{
    return virtualUsersAt(timeSeconds) * m_requestsPerVirtualUserPerSecond;
}

} // namespace Scaleplan
