#include "model/io/variantjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>

namespace Scaleplan {

namespace {
void writeString(QByteArray &out, const QString &s)
{
    out += '"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20)
                out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
            else
                out += QString(c).toUtf8();
        }
    }
    out += '"';
}

void writeValue(QByteArray &out, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        out += "null";
        return;
    case QMetaType::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            out += "{\"$float\":\"";
            out += std::isnan(d) ? ".nan" : (d > 0 ? ".inf" : "-.inf");
            out += "\"}";
            return;
        }
        if (std::floor(d) == d) {
            // Qt's JSON reader turns integral numbers (70.0, 7e+01) into integers: tag them.
            out += "{\"$float\":\"" + QByteArray::number(d, 'g', 17) + "\"}";
            return;
        }
        QByteArray text = QByteArray::number(d, 'g', 17);
        for (int precision = 1; precision <= 17; ++precision) {
            const QByteArray candidate = QByteArray::number(d, 'g', precision);
            if (candidate.toDouble() == d) {
                text = candidate;
                break;
            }
        }
        out += text;
        return;
    }
    case QMetaType::QVariantMap: {
        const QVariantMap map = v.toMap();
        out += '{';
        bool first = true;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (!first)
                out += ',';
            first = false;
            writeString(out, it.key());
            out += ':';
            writeValue(out, it.value());
        }
        out += '}';
        return;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        const QVariantList list = v.toList();
        out += '[';
        for (int i = 0; i < list.size(); ++i) {
            if (i)
                out += ',';
            writeValue(out, list.at(i));
        }
        out += ']';
        return;
    }
    default:
        writeString(out, v.toString());
    }
}

QVariant fromJson(const QJsonValue &j)
{
    switch (j.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return j.toBool();
    case QJsonValue::Double: {
        const QVariant v = j.toVariant();
        if (v.typeId() == QMetaType::LongLong) {
            const qlonglong n = v.toLongLong();
            if (n >= INT_MIN && n <= INT_MAX)
                return int(n);
            return n;
        }
        return v.toDouble();
    }
    case QJsonValue::String:
        return j.toString();
    case QJsonValue::Array: {
        QVariantList list;
        for (const QJsonValue &e : j.toArray())
            list.append(fromJson(e));
        return list;
    }
    case QJsonValue::Object: {
        const QJsonObject o = j.toObject();
        if (o.size() == 1 && o.contains(QLatin1String("$float"))) {
            const QString s = o.value(QLatin1String("$float")).toString();
            bool numeric = false;
            const double number = s.toDouble(&numeric);
            if (numeric)
                return number;
            if (s == QLatin1String(".nan"))
                return std::numeric_limits<double>::quiet_NaN();
            return s.startsWith(QLatin1Char('-')) ? -std::numeric_limits<double>::infinity()
                                                  : std::numeric_limits<double>::infinity();
        }
        QVariantMap map;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            map.insert(it.key(), fromJson(it.value()));
        return map;
    }
    }
    return {};
}
} // namespace

QByteArray VariantJson::write(const QVariant &value)
{
    QByteArray out;
    writeValue(out, value);
    return out;
}

std::optional<QVariant> VariantJson::read(const QByteArray &text, QString *error)
{
    QJsonParseError parseError;
    const QByteArray wrapped = "[" + text + "]";
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    return fromJson(doc.array().at(0));
}

} // namespace Scaleplan
