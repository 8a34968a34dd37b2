#include "model/sim/recordedtraffic.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace Scaleplan {

namespace {

struct Field {
    QString text;
    int column = 1;
};

/// Splits a line at commas; a field's surrounding double quotes are removed. `column` is the
/// 1-based position of the field's first character.
QList<Field> splitLine(const QString &line)
{
    QList<Field> fields;
    int start = 0;
    const int n = int(line.size());
    while (true) {
        int end = int(line.indexOf(QLatin1Char(','), start));
        if (end < 0)
            end = n;
        QString text = line.mid(start, end - start);
        int leading = 0;
        while (leading < text.size() && text.at(leading).isSpace())
            ++leading;
        const int column = start + 1 + (leading < text.size() ? leading : 0);
        text = text.trimmed();
        if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
            text = text.mid(1, text.size() - 2).trimmed();
        fields.append(Field{text, column});
        if (end >= n)
            break;
        start = end + 1;
    }
    return fields;
}

} // namespace

RecordedTraffic::RecordedTraffic(const QVector<double> &timeSeconds, const QVector<double> &rps)
    : m_timeSeconds(timeSeconds)
    , m_rps(rps)
{
    m_rps.resize(m_timeSeconds.size());
}

std::optional<RecordedTraffic> RecordedTraffic::parseCsv(const QByteArray &text, const QString &fileName,
                                                         TrafficCsvError *error)
{
    auto fail = [&](int line, int column, const QString &message) -> std::optional<RecordedTraffic> {
        if (error) {
            error->file = fileName;
            error->line = line;
            error->column = column;
            error->message = message;
        }
        return std::nullopt;
    };

    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    int timeColumn = 0;
    int rpsColumn = 1;
    bool seenFirst = false;
    QVector<double> times, rates;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QList<Field> fields = splitLine(line);
        if (!seenFirst) {
            seenFirst = true;
            bool numeric = false;
            fields.first().text.toDouble(&numeric);
            if (!numeric) {
                timeColumn = rpsColumn = -1;
                for (qsizetype c = 0; c < fields.size(); ++c) {
                    const QString name = fields.at(c).text.toLower();
                    if (name == QLatin1String("time_s") && timeColumn < 0)
                        timeColumn = int(c);
                    else if (name == QLatin1String("rps") && rpsColumn < 0)
                        rpsColumn = int(c);
                }
                if (timeColumn < 0)
                    return fail(lineNumber, 1, QStringLiteral("the header has no time_s column (expected time_s,rps)"));
                if (rpsColumn < 0)
                    return fail(lineNumber, 1, QStringLiteral("the header has no rps column (expected time_s,rps)"));
                continue;
            }
        }
        const int needed = std::max(timeColumn, rpsColumn) + 1;
        if (fields.size() < needed)
            return fail(lineNumber, int(line.size()) + 1,
                        QStringLiteral("expected %1 fields, found %2").arg(needed).arg(fields.size()));
        const Field &timeField = fields.at(timeColumn);
        bool ok = false;
        const double time = timeField.text.toDouble(&ok);
        if (!ok || !std::isfinite(time) || time < 0)
            return fail(lineNumber, timeField.column,
                        QStringLiteral("time_s: expected a number of seconds >= 0, not '%1'").arg(timeField.text));
        if (!times.isEmpty() && !(time > times.last()))
            return fail(lineNumber, timeField.column,
                        QStringLiteral("time_s: %1 is not after the previous sample's %2").arg(time).arg(times.last()));
        const Field &rpsField = fields.at(rpsColumn);
        const double rps = rpsField.text.toDouble(&ok);
        if (!ok || !std::isfinite(rps) || rps < 0)
            return fail(lineNumber, rpsField.column,
                        QStringLiteral("rps: expected a number of requests per second >= 0, not '%1'").arg(rpsField.text));
        times.append(time);
        rates.append(rps);
    }
    if (times.isEmpty())
        return fail(1, 1, QStringLiteral("no traffic samples (expected lines of time_s,rps)"));
    return RecordedTraffic(times, rates);
}

double RecordedTraffic::requestsPerSecondAt(double timeSeconds) const
{
    if (m_timeSeconds.isEmpty() || timeSeconds < m_timeSeconds.first() || timeSeconds > m_timeSeconds.last())
        return 0;
    const auto upper = std::upper_bound(m_timeSeconds.cbegin(), m_timeSeconds.cend(), timeSeconds);
    const qsizetype i = upper - m_timeSeconds.cbegin(); // first sample after t, >= 1
    if (i >= m_timeSeconds.size())
        return m_rps.last(); // t == last sample time
    const double t0 = m_timeSeconds.at(i - 1);
    const double t1 = m_timeSeconds.at(i);
    return m_rps.at(i - 1) + (m_rps.at(i) - m_rps.at(i - 1)) * (timeSeconds - t0) / (t1 - t0);
}

} // namespace Scaleplan
