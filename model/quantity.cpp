#include "model/quantity.h"

#include <QRegularExpression>
#include <cmath>

namespace Scaleplan::Quantity {

std::optional<double> parse(const QString &input)
{
    const QString text = input.trimmed();
    static const QRegularExpression re(
        QStringLiteral("^([+-]?(?:\\d+\\.?\\d*|\\.\\d+))(?:([eE][+-]?\\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    double number = match.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (!match.captured(2).isEmpty())
        return number * std::pow(10.0, match.captured(2).mid(1).toDouble());
    const QString suffix = match.captured(3);
    static const QList<QPair<QString, double>> factors{
        {QStringLiteral("Ki"), 1024.0},
        {QStringLiteral("Mi"), 1024.0 * 1024},
        {QStringLiteral("Gi"), 1024.0 * 1024 * 1024},
        {QStringLiteral("Ti"), 1024.0 * 1024 * 1024 * 1024},
        {QStringLiteral("Pi"), std::pow(1024.0, 5)},
        {QStringLiteral("Ei"), std::pow(1024.0, 6)},
        {QStringLiteral("n"), 1e-9},
        {QStringLiteral("u"), 1e-6},
        {QStringLiteral("m"), 1e-3},
        {QStringLiteral("k"), 1e3},
        {QStringLiteral("M"), 1e6},
        {QStringLiteral("G"), 1e9},
        {QStringLiteral("T"), 1e12},
        {QStringLiteral("P"), 1e15},
        {QStringLiteral("E"), 1e18},
    };
    for (const auto &[name, factor] : factors) {
        if (suffix == name)
            return number * factor;
    }
    return number;
}

std::optional<double> parse(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QString:
        return parse(value.toString());
    default:
        return std::nullopt;
    }
}

std::optional<double> cpuMillicores(const QVariant &value)
{
    const auto cores = parse(value);
    if (!cores)
        return std::nullopt;
    return *cores * 1000.0;
}

std::optional<double> memoryBytes(const QVariant &value)
{
    return parse(value);
}

std::optional<double> durationSeconds(const QVariant &value)
{
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong
        || value.typeId() == QMetaType::Double)
        return value.toDouble();
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)"));
    static const QRegularExpression whole(QStringLiteral("^(?:\\d+(?:\\.\\d+)?(?:ns|us|µs|ms|s|m|h))+$"));
    bool plain = false;
    const double bare = text.toDouble(&plain);
    if (plain)
        return bare;
    if (!whole.match(text).hasMatch())
        return std::nullopt;
    double seconds = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        if (unit == QLatin1String("h"))
            seconds += n * 3600;
        else if (unit == QLatin1String("m"))
            seconds += n * 60;
        else if (unit == QLatin1String("s"))
            seconds += n;
        else if (unit == QLatin1String("ms"))
            seconds += n / 1e3;
        else if (unit == QLatin1String("us") || unit == QStringLiteral("µs"))
            seconds += n / 1e6;
        else
            seconds += n / 1e9;
    }
    return seconds;
}

QString formatDuration(double seconds)
{
    if (seconds <= 0)
        return QStringLiteral("0s");
    qint64 whole = qint64(std::llround(seconds));
    QString out;
    const qint64 h = whole / 3600;
    const qint64 m = (whole % 3600) / 60;
    const qint64 s = whole % 60;
    if (h)
        out += QString::number(h) + QLatin1Char('h');
    if (m)
        out += QString::number(m) + QLatin1Char('m');
    if (s || out.isEmpty())
        out += QString::number(s) + QLatin1Char('s');
    return out;
}

} // namespace Scaleplan::Quantity
