#include "model/io/variantjson.h"

#include <QHash>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <climits>
#include <cstring>
#include <limits>

namespace Scaleplan {

namespace {
void writeEscapedUtf8(QByteArray &out, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
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
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 15];
            } else {
                out += c;
            }
        }
    }
}

void writeString(QByteArray &out, const QString &s)
{
    out += '"';
    // Fast path: printable ASCII without quotes or backslashes is copied as it is.
    const auto *units = reinterpret_cast<const char16_t *>(s.utf16());
    const qsizetype n = s.size();
    bool plain = true;
    for (qsizetype i = 0; i < n && plain; ++i)
        plain = units[i] >= 0x20 && units[i] < 0x80 && units[i] != u'"' && units[i] != u'\\';
    if (plain) {
        const qsizetype at = out.size();
        out.resize(at + n);
        char *dst = out.data() + at;
        for (qsizetype i = 0; i < n; ++i)
            dst[i] = char(units[i]);
    } else {
        writeEscapedUtf8(out, s);
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
        // Shortest text that reads back as the same double.
        const QByteArray text = QString::number(d, 'g', QLocale::FloatingPointShortest).toLatin1();
        out += text;
        return;
    }
    case QMetaType::QVariantMap: {
        const auto &map = *static_cast<const QVariantMap *>(v.constData());
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

} // namespace

QByteArray VariantJson::write(const QVariant &value)
{
    QByteArray out;
    writeValue(out, value);
    return out;
}

namespace {
/// A small recursive-descent JSON reader producing QVariant directly (RFC 8259), about twice as
/// fast as QJsonDocument + conversion for the project file's many small documents.
class Reader
{
public:
    explicit Reader(const QByteArray &text)
        : m_p(text.constData())
        , m_end(text.constData() + text.size())
    {
    }
    QString error;

    std::optional<QVariant> document()
    {
        QVariant v;
        if (!value(v, 0))
            return std::nullopt;
        skip();
        if (m_p != m_end) {
            error = QStringLiteral("garbage after the JSON value");
            return std::nullopt;
        }
        return v;
    }

private:
    const char *m_p;
    const char *m_end;

    void skip()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool fail(const char *why)
    {
        if (error.isEmpty())
            error = QString::fromLatin1(why);
        return false;
    }
    bool literal(const char *word)
    {
        const size_t n = std::strlen(word);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            return false;
        m_p += n;
        return true;
    }
    /// Plain (escape-free) strings up to 64 bytes repeat across the many small documents of a
    /// project: keys ("apiVersion", "spec") and values ("production", "Deployment", "cpu"). They
    /// are shared through a per-thread cache (implicit sharing) instead of a new QString each.
    bool plainString(QString &out)
    {
        const char *start = m_p + 1;
        const char *q = start;
        while (q < m_end && *q != '"' && *q != '\\')
            ++q;
        if (q >= m_end || *q == '\\')
            return string(out);
        const qsizetype n = q - start;
        if (n > 64) {
            out = QString::fromUtf8(start, n);
        } else {
            thread_local QHash<QByteArray, QString> cache;
            const QByteArray raw = QByteArray::fromRawData(start, n);
            const auto it = cache.constFind(raw);
            if (it != cache.constEnd()) {
                out = *it;
            } else {
                out = QString::fromUtf8(start, n);
                if (cache.size() < 8192)
                    cache.insert(QByteArray(start, n), out);
            }
        }
        m_p = q + 1;
        return true;
    }
    bool string(QString &out)
    {
        ++m_p; // opening quote
        QByteArray bytes;
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\') {
                bytes.append(start, m_p - start);
                ++m_p;
                if (m_p >= m_end)
                    return fail("unterminated escape");
                const char e = *m_p++;
                switch (e) {
                case '"': bytes += '"'; break;
                case '\\': bytes += '\\'; break;
                case '/': bytes += '/'; break;
                case 'b': bytes += '\b'; break;
                case 'f': bytes += '\f'; break;
                case 'n': bytes += '\n'; break;
                case 'r': bytes += '\r'; break;
                case 't': bytes += '\t'; break;
                case 'u': {
                    if (m_end - m_p < 4)
                        return fail("short \\u escape");
                    bool ok = false;
                    char16_t unit = char16_t(QByteArray(m_p, 4).toUShort(&ok, 16));
                    if (!ok)
                        return fail("bad \\u escape");
                    m_p += 4;
                    QString piece{QChar(unit)};
                    if (QChar::isHighSurrogate(unit) && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                        const char16_t low = char16_t(QByteArray(m_p + 2, 4).toUShort(&ok, 16));
                        if (ok && QChar::isLowSurrogate(low)) {
                            piece += QChar(low);
                            m_p += 6;
                        }
                    }
                    bytes += piece.toUtf8();
                    break;
                }
                default:
                    return fail("bad escape");
                }
                start = m_p;
            } else {
                ++m_p;
            }
        }
        if (m_p >= m_end)
            return fail("unterminated string");
        bytes.append(start, m_p - start);
        ++m_p;
        out = QString::fromUtf8(bytes);
        return true;
    }
    bool number(QVariant &out)
    {
        const char *start = m_p;
        bool isDouble = false;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        while (m_p < m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' || *m_p == 'E' || *m_p == '+'
                               || *m_p == '-')) {
            isDouble = isDouble || *m_p == '.' || *m_p == 'e' || *m_p == 'E';
            ++m_p;
        }
        if (!isDouble) {
            qlonglong n = 0;
            const auto [end, ec] = std::from_chars(start, m_p, n);
            if (ec == std::errc() && end == m_p) {
                out = (n >= INT_MIN && n <= INT_MAX) ? QVariant(int(n)) : QVariant(n);
                return true;
            }
        }
        bool ok = false;
        const double d = QByteArray::fromRawData(start, m_p - start).toDouble(&ok);
        if (!ok)
            return fail("bad number");
        out = d;
        return true;
    }
    bool value(QVariant &out, int depth)
    {
        if (depth > 512)
            return fail("nesting too deep");
        skip();
        if (m_p >= m_end)
            return fail("unexpected end of text");
        switch (*m_p) {
        case '{': {
            ++m_p;
            QVariantMap map;
            skip();
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                out = map;
                return true;
            }
            while (true) {
                skip();
                if (m_p >= m_end || *m_p != '"')
                    return fail("expected a key");
                QString key;
                if (!plainString(key))
                    return false;
                skip();
                if (m_p >= m_end || *m_p != ':')
                    return fail("expected ':'");
                ++m_p;
                QVariant v;
                if (!value(v, depth + 1))
                    return false;
                // Keys are written sorted, so appending with an end hint is the common case.
                map.insert(map.cend(), key, v);
                skip();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (m_p < m_end && *m_p == '}') {
                    ++m_p;
                    break;
                }
                return fail("expected ',' or '}'");
            }
            // {"$float": "..."} carries a double the plain number form would lose.
            if (map.size() == 1) {
                const auto it = map.constFind(QStringLiteral("$float"));
                if (it != map.constEnd()) {
                    const QString f = it->toString();
                    bool numeric = false;
                    const double number = f.toDouble(&numeric);
                    if (numeric)
                        out = number;
                    else if (f == QLatin1String(".nan"))
                        out = std::numeric_limits<double>::quiet_NaN();
                    else
                        out = f.startsWith(QLatin1Char('-')) ? -std::numeric_limits<double>::infinity()
                                                             : std::numeric_limits<double>::infinity();
                    return true;
                }
            }
            out = map;
            return true;
        }
        case '[': {
            ++m_p;
            QVariantList list;
            skip();
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                out = list;
                return true;
            }
            while (true) {
                QVariant v;
                if (!value(v, depth + 1))
                    return false;
                list.append(v);
                skip();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (m_p < m_end && *m_p == ']') {
                    ++m_p;
                    break;
                }
                return fail("expected ',' or ']'");
            }
            out = list;
            return true;
        }
        case '"': {
            QString s;
            if (!plainString(s))
                return false;
            out = s;
            return true;
        }
        case 't':
            if (literal("true")) {
                out = true;
                return true;
            }
            return fail("bad literal");
        case 'f':
            if (literal("false")) {
                out = false;
                return true;
            }
            return fail("bad literal");
        case 'n':
            if (literal("null")) {
                out = QVariant();
                return true;
            }
            return fail("bad literal");
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return number(out);
            return fail("unexpected character");
        }
    }
};
} // namespace

std::optional<QVariant> VariantJson::read(const QByteArray &text, QString *error)
{
    Reader reader(text);
    auto v = reader.document();
    if (!v && error)
        *error = reader.error;
    return v;
}

} // namespace Scaleplan
