#include "model/sim/diurnalpattern.h"

#include "model/quantity.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Scaleplan {

DiurnalPattern::DiurnalPattern(double peakRps, double troughRps, double peakHour, double periodSeconds,
                               double durationSeconds)
    : m_peakRps(std::max(0.0, peakRps))
    , m_troughRps(std::clamp(troughRps, 0.0, std::max(0.0, peakRps)))
    , m_peakHour(peakHour)
    , m_periodSeconds(periodSeconds > 0 ? periodSeconds : 86400.0)
    , m_durationSeconds(std::max(0.0, durationSeconds))
{
}

std::optional<DiurnalPattern> DiurnalPattern::fromScenario(const DesignObject &scenario, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<DiurnalPattern> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString pattern = scenario.fields.value(QStringLiteral("Pattern")).toString().trimmed();
    if (pattern.compare(QLatin1String("diurnal"), Qt::CaseInsensitive) != 0)
        return fail(QStringLiteral("Pattern: unknown pattern '%1' (known: diurnal)").arg(pattern));

    auto number = [&](const QString &key, std::optional<double> fallback, double *out) -> bool {
        const QVariant value = scenario.fields.value(key);
        if (!value.isValid() || value.isNull()) {
            if (!fallback) {
                fail(QString(key + QStringLiteral(": required with Pattern: diurnal")));
                return false;
            }
            *out = *fallback;
            return true;
        }
        const auto parsed = Quantity::parse(value);
        if (!parsed || !std::isfinite(*parsed) || *parsed < 0) {
            fail(QStringLiteral("%1: must be a non-negative number, not '%2'").arg(key, value.toString()));
            return false;
        }
        *out = *parsed;
        return true;
    };
    auto duration = [&](const QString &key, double fallback, double *out) -> bool {
        const QVariant value = scenario.fields.value(key);
        if (!value.isValid() || value.isNull()) {
            *out = fallback;
            return true;
        }
        const auto parsed = Quantity::durationSeconds(value);
        if (!parsed || *parsed < 0) {
            fail(QStringLiteral("%1: malformed Go duration '%2'").arg(key, value.toString()));
            return false;
        }
        *out = *parsed;
        return true;
    };

    double peak = 0, trough = 0, peakHour = 12, period = 86400, length = 0;
    if (!number(QStringLiteral("PeakRps"), std::nullopt, &peak) || !number(QStringLiteral("TroughRps"), 0.0, &trough)
        || !number(QStringLiteral("PeakHour"), 12.0, &peakHour) || !duration(QStringLiteral("Period"), 86400, &period))
        return std::nullopt;
    if (!(period > 0))
        return fail(QStringLiteral("Period: must be positive"));
    if (!duration(QStringLiteral("Duration"), period, &length))
        return std::nullopt;
    if (trough > peak)
        return fail(QStringLiteral("TroughRps: %1 is above PeakRps %2").arg(trough).arg(peak));
    if (peakHour >= period / 3600.0)
        return fail(QStringLiteral("PeakHour: %1 is not within the %2 h period (hours after midnight, from 0)")
                        .arg(peakHour)
                        .arg(period / 3600.0));
    return DiurnalPattern(peak, trough, peakHour, period, length);
}

double DiurnalPattern::requestsPerSecondAt(double timeSeconds) const
{
    if (timeSeconds < 0 || timeSeconds >= m_durationSeconds)
        return 0;
    const double phase = 2.0 * std::numbers::pi * (timeSeconds - m_peakHour * 3600.0) / m_periodSeconds;
    return m_troughRps + (m_peakRps - m_troughRps) * (1.0 + std::cos(phase)) / 2.0;
}

} // namespace Scaleplan
