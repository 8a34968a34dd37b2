#include "model/sim/k6stages.h"

#include "model/quantity.h"

#include <QVariantMap>
#include <algorithm>
#include <cmath>

namespace Scaleplan {

K6Stages::K6Stages(const QList<K6Stage> &stages, double startVirtualUsers)
    : m_startVirtualUsers(std::max(0.0, startVirtualUsers))
{
    for (K6Stage stage : stages) {
        stage.durationSeconds = std::max(0.0, stage.durationSeconds);
        stage.target = std::max(0.0, stage.target);
        m_totalSeconds += stage.durationSeconds;
        m_stages.append(stage);
    }
}

std::optional<K6Stages> K6Stages::fromVariant(const QVariant &stages, double startVirtualUsers, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<K6Stages> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const bool isList = stages.typeId() == QMetaType::QVariantList || stages.typeId() == QMetaType::QStringList;
    const QVariantList list = isList ? stages.toList() : QVariantList();
    if (list.isEmpty())
        return fail(QStringLiteral("Stages: expected a non-empty list of {Duration, Target}"));
    if (!std::isfinite(startVirtualUsers) || startVirtualUsers < 0)
        return fail(QStringLiteral("StartVUs: must be a non-negative number"));
    QList<K6Stage> parsed;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QVariantMap stage = list.at(i).toMap();
        const QString where = QStringLiteral("Stages[%1]").arg(i);
        if (stage.isEmpty())
            return fail(QString(where + QStringLiteral(": expected a map with Duration and Target")));
        auto value = [&stage](const char *upper, const char *lower) {
            const QVariant v = stage.value(QLatin1String(upper));
            return v.isValid() ? v : stage.value(QLatin1String(lower));
        };
        const QVariant durationValue = value("Duration", "duration");
        if (!durationValue.isValid())
            return fail(QString(where + QStringLiteral(".Duration: required")));
        const auto duration = Quantity::durationSeconds(durationValue);
        if (!duration || *duration < 0)
            return fail(QStringLiteral("%1.Duration: malformed Go duration '%2'").arg(where, durationValue.toString()));
        const QVariant targetValue = value("Target", "target");
        if (!targetValue.isValid())
            return fail(QString(where + QStringLiteral(".Target: required")));
        const auto target = Quantity::parse(targetValue);
        if (!target || !std::isfinite(*target) || *target < 0)
            return fail(QStringLiteral("%1.Target: must be a non-negative number, not '%2'").arg(where, targetValue.toString()));
        parsed.append(K6Stage{*duration, *target});
    }
    return K6Stages(parsed, startVirtualUsers);
}

double K6Stages::peakVirtualUsers() const
{
    double peak = m_startVirtualUsers;
    for (const K6Stage &stage : m_stages)
        peak = std::max(peak, stage.target);
    return peak;
}

double K6Stages::virtualUsersAt(double timeSeconds) const
{
    if (timeSeconds < 0 || timeSeconds >= m_totalSeconds)
        return 0;
    double start = 0;
    double from = m_startVirtualUsers;
    for (const K6Stage &stage : m_stages) {
        const double end = start + stage.durationSeconds;
        if (timeSeconds < end)
            return from + (stage.target - from) * (timeSeconds - start) / stage.durationSeconds;
        start = end;
        from = stage.target;
    }
    return 0;
}

} // namespace Scaleplan
