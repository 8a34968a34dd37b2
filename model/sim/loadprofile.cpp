#include "model/sim/loadprofile.h"

#include "model/quantity.h"

#include <QStringList>
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

LoadProfile::LoadProfile(const K6Stages &stages, double cooldownSeconds, double requestsPerVirtualUserPerSecond)
    : m_shape(Shape::Stages)
    , m_virtualUsers(stages.peakVirtualUsers())
    , m_cooldownSeconds(std::max(0.0, cooldownSeconds))
    , m_requestsPerVirtualUserPerSecond(std::max(0.0, requestsPerVirtualUserPerSecond))
    , m_stages(stages)
{
}

LoadProfile::LoadProfile(const DiurnalPattern &pattern, double cooldownSeconds)
    : m_shape(Shape::Diurnal)
    , m_cooldownSeconds(std::max(0.0, cooldownSeconds))
    , m_diurnal(pattern)
{
}

LoadProfile::LoadProfile(const SpikePattern &pattern, double cooldownSeconds)
    : m_shape(Shape::Spikes)
    , m_cooldownSeconds(std::max(0.0, cooldownSeconds))
    , m_spikes(pattern)
{
}

LoadProfile::LoadProfile(const RecordedTraffic &traffic, double cooldownSeconds)
    : m_shape(Shape::RecordedTraffic)
    , m_cooldownSeconds(std::max(0.0, cooldownSeconds))
    , m_traffic(traffic)
{
}

std::optional<LoadProfile> LoadProfile::fromScenario(const DesignObject &scenario, double cooldownSeconds,
                                                     double requestsPerVirtualUserPerSecond, QString *error,
                                                     const QMap<QString, RecordedTraffic> *recordedTraffic)
{
    auto fail = [error](const QString &message) -> std::optional<LoadProfile> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (scenario.kind != ObjectKind::LoadScenario)
        return fail(QStringLiteral("kind: expected LoadScenario, got %1").arg(kindName(scenario.kind)));

    auto present = [&scenario](const QString &key) {
        const QVariant value = scenario.fields.value(key);
        return value.isValid() && !value.isNull();
    };
    QStringList shapeKeys;
    for (const QString &key : {QStringLiteral("Stages"), QStringLiteral("Pattern"), QStringLiteral("Spikes"),
                               QStringLiteral("TrafficCsv")}) {
        if (present(key))
            shapeKeys.append(key);
    }
    if (shapeKeys.size() > 1)
        return fail(QStringLiteral("%1: a LoadScenario takes only one of Stages, Pattern, Spikes, TrafficCsv")
                        .arg(shapeKeys.join(QStringLiteral(", "))));
    if (shapeKeys.size() == 1) {
        const QString &shapeKey = shapeKeys.first();
        for (const QString &key : {QStringLiteral("VirtualUsers"), QStringLiteral("RampUp")}) {
            if (present(key))
                return fail(QStringLiteral("%1: not used with %2; remove it").arg(key, shapeKey));
        }
        QString shapeError;
        if (shapeKey == QLatin1String("Stages")) {
            double startVirtualUsers = 1.0; // k6 ramping-vus startVUs default
            if (present(QStringLiteral("StartVUs"))) {
                const QVariant startValue = scenario.fields.value(QStringLiteral("StartVUs"));
                const auto parsed = Quantity::parse(startValue);
                if (!parsed || !std::isfinite(*parsed) || *parsed < 0)
                    return fail(QStringLiteral("StartVUs: must be a non-negative number, not '%1'").arg(startValue.toString()));
                startVirtualUsers = *parsed;
            }
            if (present(QStringLiteral("Duration")))
                return fail(QStringLiteral("Duration: not used with Stages (each stage has its own Duration); remove it"));
            const auto stages = K6Stages::fromVariant(scenario.fields.value(shapeKey), startVirtualUsers, &shapeError);
            if (!stages)
                return fail(shapeError);
            return LoadProfile(*stages, cooldownSeconds, requestsPerVirtualUserPerSecond);
        }
        if (shapeKey == QLatin1String("Pattern")) {
            const auto pattern = DiurnalPattern::fromScenario(scenario, &shapeError);
            if (!pattern)
                return fail(shapeError);
            return LoadProfile(*pattern, cooldownSeconds);
        }
        if (shapeKey == QLatin1String("Spikes")) {
            const auto pattern = SpikePattern::fromScenario(scenario, &shapeError);
            if (!pattern)
                return fail(shapeError);
            return LoadProfile(*pattern, cooldownSeconds);
        }
        const QString path = scenario.fields.value(shapeKey).toString();
        if (!recordedTraffic || !recordedTraffic->contains(path))
            return fail(QStringLiteral("TrafficCsv: '%1' was not loaded: the file could not be read (the "
                                       "sim.traffic-csv error names the file and why)")
                            .arg(path));
        const RecordedTraffic &traffic = recordedTraffic->value(path);
        if (traffic.isEmpty())
            return fail(QStringLiteral("TrafficCsv: '%1' has no samples").arg(path));
        return LoadProfile(traffic, cooldownSeconds);
    }

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

double LoadProfile::loadEndSeconds() const
{
    switch (m_shape) {
    case Shape::VirtualUsers:
        break;
    case Shape::Stages:
        return m_stages.totalSeconds();
    case Shape::Diurnal:
        return m_diurnal.durationSeconds();
    case Shape::Spikes:
        return m_spikes.durationSeconds();
    case Shape::RecordedTraffic:
        return m_traffic.durationSeconds();
    }
    return m_rampUpSeconds + m_holdSeconds;
}

double LoadProfile::virtualUsersAt(double timeSeconds) const
{
    if (m_shape == Shape::Stages)
        return m_stages.virtualUsersAt(timeSeconds);
    if (m_shape != Shape::VirtualUsers)
        return 0;
    if (timeSeconds < 0 || timeSeconds >= loadEndSeconds())
        return 0;
    if (timeSeconds < m_rampUpSeconds)
        return m_virtualUsers * timeSeconds / m_rampUpSeconds;
    return m_virtualUsers;
}

double LoadProfile::requestsPerSecondAt(double timeSeconds) const
{
    switch (m_shape) {
    case Shape::VirtualUsers:
    case Shape::Stages:
        break;
    case Shape::Diurnal:
        return m_diurnal.requestsPerSecondAt(timeSeconds);
    case Shape::Spikes:
        return m_spikes.requestsPerSecondAt(timeSeconds);
    case Shape::RecordedTraffic:
        return timeSeconds < loadEndSeconds() + 1e-9 ? m_traffic.requestsPerSecondAt(timeSeconds) : 0.0;
    }
    return virtualUsersAt(timeSeconds) * m_requestsPerVirtualUserPerSecond;
}

} // namespace Scaleplan
