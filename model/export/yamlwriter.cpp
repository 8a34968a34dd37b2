#include "model/export/yamlwriter.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace Scaleplan {

namespace {

enum class Shape { Scalar, Map, List };

Shape shapeOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return Shape::Map;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return Shape::List;
    default:
        return Shape::Scalar;
    }
}

QVariantMap asMap(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantHash) {
        QVariantMap map;
        const QVariantHash hash = value.toHash();
        for (auto it = hash.cbegin(); it != hash.cend(); ++it)
            map.insert(it.key(), it.value());
        return map;
    }
    return value.toMap();
}

/// Key order of one map: special leading keys for Kubernetes objects, CloudFormation templates
/// and resources (see the class comment), the rest in QVariantMap (sorted) order.
QStringList orderedKeys(const QVariantMap &map)
{
    QStringList leading;
    const auto isString = [&map](const char *key) {
        return map.value(QLatin1String(key)).typeId() == QMetaType::QString;
    };
    if (isString("apiVersion") && isString("kind")) {
        leading = {QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata")};
    } else if (map.contains(QStringLiteral("AWSTemplateFormatVersion"))
               || (map.contains(QStringLiteral("Resources"))
                   && shapeOf(map.value(QStringLiteral("Resources"))) == Shape::Map)) {
        // CloudFormation User Guide, "Template anatomy": the sections in their documented order.
        leading = {QStringLiteral("AWSTemplateFormatVersion"), QStringLiteral("Description"),
                   QStringLiteral("Metadata"), QStringLiteral("Parameters"), QStringLiteral("Rules"),
                   QStringLiteral("Mappings"), QStringLiteral("Conditions"), QStringLiteral("Transform"),
                   QStringLiteral("Resources"), QStringLiteral("Outputs")};
    } else if (isString("Type") && map.value(QStringLiteral("Type")).toString().startsWith(QLatin1String("AWS::"))
               && map.contains(QStringLiteral("Properties"))) {
        leading = {QStringLiteral("Type")};
    }
    QStringList keys;
    for (const QString &key : std::as_const(leading)) {
        if (map.contains(key))
            keys.append(key);
    }
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!leading.contains(it.key()))
            keys.append(it.key());
    }
    return keys;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/// YAML 1.1 int/float/sexagesimal/timestamp and YAML 1.2 core int/float look-alikes, kept broad
/// on purpose: quoting a string that is not a number is harmless, the reverse is not.
bool looksNumeric(const QString &text)
{
    QStringView t(text);
    if (t.startsWith(QLatin1Char('+')) || t.startsWith(QLatin1Char('-')))
        t = t.mid(1);
    if (t.isEmpty())
        return false;
    if (t.compare(QLatin1String(".inf"), Qt::CaseInsensitive) == 0
        || t.compare(QLatin1String(".nan"), Qt::CaseInsensitive) == 0)
        return true;
    if (!isAsciiDigit(t.front()) && t.front() != QLatin1Char('.'))
        return false;
    static const QString allowed = QStringLiteral("0123456789abcdefABCDEFxXoO_.:+-");
    for (QChar c : t) {
        if (!allowed.contains(c))
            return false;
    }
    return true;
}

bool isSpecialWord(const QString &text)
{
    static const QStringList words = {
        // YAML 1.1 bool (yaml.org/type/bool.html), YAML 1.2 core bool, null (both versions).
        QStringLiteral("y"),    QStringLiteral("n"),     QStringLiteral("yes"), QStringLiteral("no"),
        QStringLiteral("on"),   QStringLiteral("off"),   QStringLiteral("true"), QStringLiteral("false"),
        QStringLiteral("null"), QStringLiteral("~"),
        // YAML 1.1 merge key and value key.
        QStringLiteral("<<"),   QStringLiteral("="),
    };
    for (const QString &word : words) {
        if (text.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// Characters a YAML scalar cannot hold unescaped (YAML 1.2.2 §5.1 c-printable), plus the
/// line/paragraph separators and BOM, which some parsers treat as breaks.
bool isNonPrintable(char16_t c)
{
    if (c == u'\t' || c == u'\n')
        return false;
    if (c < 0x20 || c == 0x7F)
        return true;
    if (c >= 0x80 && c <= 0x9F)
        return true;
    return c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF;
}

bool hasNonPrintable(const QString &text)
{
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            return true;
        }
        if (c.isLowSurrogate() || isNonPrintable(c.unicode()))
            return true;
    }
    return false;
}

QString doubleQuoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += QLatin1String("\\\"");
            continue;
        case u'\\':
            out += QLatin1String("\\\\");
            continue;
        case u'\n':
            out += QLatin1String("\\n");
            continue;
        case u'\t':
            out += QLatin1String("\\t");
            continue;
        case u'\r':
            out += QLatin1String("\\r");
            continue;
        case 0:
            out += QLatin1String("\\0");
            continue;
        default:
            break;
        }
        bool escape = isNonPrintable(u);
        if (c.isHighSurrogate())
            escape = !(i + 1 < text.size() && text.at(i + 1).isLowSurrogate());
        else if (c.isLowSurrogate())
            escape = !(i > 0 && text.at(i - 1).isHighSurrogate());
        if (escape) {
            // YAML 1.2.2 §5.7 escapes: \xXX for 8-bit, \uXXXX for 16-bit code units.
            if (u < 0x100)
                out += QLatin1String("\\x") + QString::number(int(u), 16).toUpper().rightJustified(2, QLatin1Char('0'));
            else
                out += QLatin1String("\\u") + QString::number(int(u), 16).toUpper().rightJustified(4, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

/// True when a multi-line string can be written as a literal block scalar and read back exactly.
bool literalBlockPossible(const QString &text)
{
    if (!text.contains(QLatin1Char('\n')) || hasNonPrintable(text))
        return false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool anyContent = false;
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        if (line.trimmed().isEmpty())
            return false; // whitespace-only line: indentation would be ambiguous
        anyContent = true;
    }
    return anyContent;
}

QString indentString(int indent)
{
    return QString(indent, QLatin1Char(' '));
}

/// Header (`|`, `|-`, `|+`, with an indentation indicator when needed) and body lines of a
/// literal block scalar whose content is indented by `indent` spaces (YAML 1.2.2 §8.1.1).
QString literalBlock(const QString &text, int indent)
{
    int trailingBreaks = 0;
    while (trailingBreaks < text.size() && text.at(text.size() - 1 - trailingBreaks) == QLatin1Char('\n'))
        ++trailingBreaks;
    const QString content = text.left(text.size() - trailingBreaks);
    const QStringList lines = content.split(QLatin1Char('\n'));

    QString header = QStringLiteral("|");
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        if (line.front() == QLatin1Char(' ') || line.front() == QLatin1Char('\t'))
            header += QString::number(2); // content is always indented 2 more than its parent
        break;
    }
    if (trailingBreaks == 0)
        header += QLatin1Char('-');
    else if (trailingBreaks > 1)
        header += QLatin1Char('+');

    QString out = header + QLatin1Char('\n');
    const QString pad = indentString(indent);
    for (const QString &line : lines) {
        if (line.isEmpty())
            out += QLatin1Char('\n');
        else
            out += pad + line + QLatin1Char('\n');
    }
    for (int i = 1; i < trailingBreaks; ++i)
        out += QLatin1Char('\n');
    return out;
}

/// A scalar value on the rest of a line: returns the text after `key: ` / `- `, ending with a
/// newline; literal blocks continue on the following lines at `blockIndent`.
QString scalarLine(const QVariant &value, int blockIndent)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QStringLiteral("null\n");
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true\n") : QStringLiteral("false\n");
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::SChar:
        return QString::number(value.toLongLong()) + QLatin1Char('\n');
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UChar:
        return QString::number(value.toULongLong()) + QLatin1Char('\n');
    case QMetaType::Double:
    case QMetaType::Float:
        return YamlWriter::formatDouble(value.toDouble()) + QLatin1Char('\n');
    default:
        break;
    }
    const QString text = value.toString();
    if (literalBlockPossible(text))
        return literalBlock(text, blockIndent);
    return YamlWriter::scalar(text) + QLatin1Char('\n');
}

void writeNode(QString &out, const QVariant &value, int indent);

void writeMap(QString &out, const QVariantMap &map, int indent)
{
    const QString pad = indentString(indent);
    const QStringList keys = orderedKeys(map);
    for (const QString &key : keys) {
        const QVariant child = map.value(key);
        out += pad + YamlWriter::scalar(key) + QLatin1Char(':');
        const Shape shape = shapeOf(child);
        if (shape == Shape::Map && !asMap(child).isEmpty()) {
            out += QLatin1Char('\n');
            writeMap(out, asMap(child), indent + 2);
        } else if (shape == Shape::List && !child.toList().isEmpty()) {
            out += QLatin1Char('\n');
            writeNode(out, child, indent); // kubectl style: list items at the key's indentation
        } else {
            out += QLatin1Char(' ');
            writeNode(out, child, indent + 2);
        }
    }
}

void writeList(QString &out, const QVariantList &list, int indent)
{
    const QString pad = indentString(indent);
    for (const QVariant &item : list) {
        out += pad + QLatin1String("- ");
        const Shape shape = shapeOf(item);
        if ((shape == Shape::Map && !asMap(item).isEmpty()) || (shape == Shape::List && !item.toList().isEmpty())) {
            // The nested block starts on the dash line: write it at indent + 2 and drop the
            // first line's indentation.
            QString nested;
            writeNode(nested, item, indent + 2);
            out += nested.mid(indent + 2);
        } else {
            writeNode(out, item, indent + 2);
        }
    }
}

/// Writes `value`: a non-empty map or list as block lines at `indent`; anything else as the
/// rest of the current line (literal block bodies at `indent`).
void writeNode(QString &out, const QVariant &value, int indent)
{
    switch (shapeOf(value)) {
    case Shape::Map: {
        const QVariantMap map = asMap(value);
        if (map.isEmpty())
            out += QLatin1String("{}\n");
        else
            writeMap(out, map, indent);
        return;
    }
    case Shape::List: {
        const QVariantList list = value.toList();
        if (list.isEmpty())
            out += QLatin1String("[]\n");
        else
            writeList(out, list, indent);
        return;
    }
    case Shape::Scalar:
        out += scalarLine(value, indent);
        return;
    }
}

} // namespace

bool YamlWriter::needsQuotes(const QString &text)
{
    // Fast path for the common identifier-like string (names, keys, enum values): starts with an
    // ASCII letter and holds only letters, digits and "_-./". It cannot be read as a number, and is
    // a YAML 1.1/1.2 bool or null word only when it is one of the short special words.
    if (!text.isEmpty()) {
        const char16_t first = text.front().unicode();
        if ((first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z')) {
            bool simple = true;
            for (const QChar qc : text) {
                const char16_t c = qc.unicode();
                if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
                      || c == u'-' || c == u'.' || c == u'/')) {
                    simple = false;
                    break;
                }
            }
            if (simple)
                return text.size() <= 5 && isSpecialWord(text);
        }
    }
    if (text.isEmpty() || isSpecialWord(text) || looksNumeric(text))
        return true;
    if (hasNonPrintable(text) || text.contains(QLatin1Char('\t')) || text.contains(QLatin1Char('\n')))
        return true;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    const QChar first = text.front();
    if (indicators.contains(first) || first == QLatin1Char(' '))
        return true;
    const QChar last = text.back();
    if (last == QLatin1Char(' ') || last == QLatin1Char(':'))
        return true;
    return text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #"));
}

QString YamlWriter::scalar(const QString &text)
{
    return needsQuotes(text) ? doubleQuoted(text) : text;
}

QString YamlWriter::formatDouble(double value)
{
    if (std::isnan(value))
        return QStringLiteral(".nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
    // Shortest digits that convert back to the same double (Qt: QLocale::FloatingPointShortest).
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    // YAML 1.1 floats need a '.' in the mantissa and a signed exponent ([-+]?[0-9]*\.[0-9]*([eE][-+][0-9]+)?).
    const qsizetype e = text.indexOf(QLatin1Char('e'));
    QString mantissa = e < 0 ? text : text.left(e);
    QString exponent = e < 0 ? QString() : text.mid(e + 1);
    if (!mantissa.contains(QLatin1Char('.')))
        mantissa += QLatin1String(".0");
    if (!exponent.isEmpty() && exponent.front() != QLatin1Char('-') && exponent.front() != QLatin1Char('+'))
        exponent.prepend(QLatin1Char('+'));
    return exponent.isEmpty() ? mantissa : QString(mantissa + QLatin1Char('e') + exponent);
}

QString YamlWriter::toYaml(const QVariant &value)
{
    QString out;
    if (shapeOf(value) == Shape::Scalar) {
        // A top-level literal block still indents its content (YAML 1.2.2 §8.1.1.1).
        out += scalarLine(value, 2);
        return out;
    }
    writeNode(out, value, 0);
    return out;
}

QString YamlWriter::toYamlDocuments(const QList<QVariantMap> &documents)
{
    QString out;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (i > 0)
            out += QLatin1String("---\n");
        out += toYaml(documents.at(i));
    }
    return out;
}

} // namespace Scaleplan
