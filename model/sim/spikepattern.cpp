#include "model/sim/spikepattern.h"

#include "model/quantity.h"

#include <QVariantList>
#include <QVariantMap>
#include <algorithm>
#include <cmath>

namespace Scaleplan {

SpikePattern::SpikePattern(double baseRps, const QList<LoadSpike> &spikes, double durationSeconds)
    : m_baseRps(std::max(0.0, baseRps))
    , m_durationSeconds(std::max(0.0, durationSeconds))
{
    for (LoadSpike spike : spikes) {
        spike.atSeconds = std::max(0.0, spike.atSeconds);
        spike.heightRps = std::max(0.0, spike.heightRps);
        spike.durationSeconds = std::max(0.0, spike.durationSeconds);
        m_spikes.append(spike);
    }
}

std::optional<SpikePattern> SpikePattern::fromScenario(const DesignObject &scenario, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<SpikePattern> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto readDuration = [](const QVariant &value) -> std::optional<double> {
        const auto parsed = Quantity::durationSeconds(value);
        return parsed && *parsed >= 0 ? parsed : std::nullopt;
    };
    auto readNumber = [](const QVariant &value) -> std::optional<double> {
        const auto parsed = Quantity::parse(value);
        return parsed && std::isfinite(*parsed) && *parsed >= 0 ? parsed : std::nullopt;
    };

    const QVariant spikesValue = scenario.fields.value(QStringLiteral("Spikes"));
    const bool isList = spikesValue.typeId() == QMetaType::QVariantList || spikesValue.typeId() == QMetaType::QStringList;
    const QVariantList list = isList ? spikesValue.toList() : QVariantList();
    if (list.isEmpty())
        return fail(QStringLiteral("Spikes: expected a non-empty list of {At, Height, Duration}"));
    QList<LoadSpike> spikes;
    double lastEnd = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QVariantMap spike = list.at(i).toMap();
        const QString where = QStringLiteral("Spikes[%1]").arg(i);
        if (spike.isEmpty())
            return fail(QString(where + QStringLiteral(": expected a map with At, Height and Duration")));
        LoadSpike parsed;
        for (const char *key : {"At", "Duration"}) {
            const QVariant value = spike.value(QLatin1String(key));
            if (!value.isValid())
                return fail(QStringLiteral("%1.%2: required").arg(where, QLatin1String(key)));
            const auto seconds = readDuration(value);
            if (!seconds)
                return fail(QStringLiteral("%1.%2: malformed Go duration '%3'").arg(where, QLatin1String(key), value.toString()));
            (qstrcmp(key, "At") == 0 ? parsed.atSeconds : parsed.durationSeconds) = *seconds;
        }
        const QVariant height = spike.value(QStringLiteral("Height"));
        if (!height.isValid())
            return fail(QString(where + QStringLiteral(".Height: required")));
        const auto heightRps = readNumber(height);
        if (!heightRps)
            return fail(QStringLiteral("%1.Height: must be a non-negative number, not '%2'").arg(where, height.toString()));
        parsed.heightRps = *heightRps;
        lastEnd = std::max(lastEnd, parsed.atSeconds + parsed.durationSeconds);
        spikes.append(parsed);
    }

    double base = 0;
    const QVariant baseValue = scenario.fields.value(QStringLiteral("BaseRps"));
    if (baseValue.isValid() && !baseValue.isNull()) {
        const auto parsed = readNumber(baseValue);
        if (!parsed)
            return fail(QStringLiteral("BaseRps: must be a non-negative number, not '%1'").arg(baseValue.toString()));
        base = *parsed;
    }
    double length = lastEnd;
    const QVariant durationValue = scenario.fields.value(QStringLiteral("Duration"));
    if (durationValue.isValid() && !durationValue.isNull()) {
        const auto parsed = readDuration(durationValue);
        if (!parsed)
            return fail(QStringLiteral("Duration: malformed Go duration '%1'").arg(durationValue.toString()));
        length = *parsed;
    }
    // A spike that never happens within the traffic, or lasts no time, is a mistake in the
    // scenario: refused with its position rather than silently having no effect.
    for (int i = 0; i < spikes.size(); ++i) {
        const QString where = QStringLiteral("Spikes[%1]").arg(i);
        if (!(spikes.at(i).durationSeconds > 0))
            return fail(QStringLiteral("%1.Duration: a spike must last longer than 0 s").arg(where));
        if (spikes.at(i).atSeconds >= length)
            return fail(QStringLiteral("%1.At: %2 s is not before the end of the traffic (Duration %3 s): the spike would "
                                       "never happen")
                            .arg(where)
                            .arg(spikes.at(i).atSeconds)
                            .arg(length));
    }
    return SpikePattern(base, spikes, length);
}

double SpikePattern::requestsPerSecondAt(double timeSeconds) const
{
    if (timeSeconds < 0 || timeSeconds >= m_durationSeconds)
        return 0;
    double rps = m_baseRps;
    for (const LoadSpike &spike : m_spikes) {
        if (timeSeconds >= spike.atSeconds && timeSeconds < spike.atSeconds + spike.durationSeconds)
            rps += spike.heightRps;
    }
    return rps;
}

} // namespace Scaleplan
