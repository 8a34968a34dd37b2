#include "model/io/yamlreader.h"

#include "model/fieldpath.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Scaleplan {

namespace {

struct ConversionError {
    QString rule;
    QString message;
    int line = 0;
    int column = 0;
};


/// 1-based line (relative to the text) and 1-based column of a place found by a pre-scan.
struct ScanPosition {
    int line = 0;
    int column = 0;
};

QString controlName(uint cp)
{
    switch (cp) {
    case 0x00: return QStringLiteral("NUL");
    case 0x07: return QStringLiteral("BEL");
    case 0x08: return QStringLiteral("backspace");
    case 0x0B: return QStringLiteral("vertical tab");
    case 0x0C: return QStringLiteral("form feed");
    case 0x1B: return QStringLiteral("ESC");
    case 0x7F: return QStringLiteral("DEL");
    default: return QStringLiteral("control character");
    }
}

/**
 * First place nesting goes deeper than `limit` levels: open flow collections (`[`, `{` outside
 * quoted scalars and comments) plus block levels (distinct indentation columns of the open block
 * collections, a compact `- ` entry counting as one level). One pass, O(size). Block scalar
 * bodies, quoted scalars and comments are skipped; a multi-line plain scalar may count one level
 * too many, which `limit` (one above YamlReader::kMaxDepth) absorbs. YAML 1.2.2 sections 6.1
 * (indentation), 7.4 (flow collections), 8.1 (block scalars), 8.2 (block collections).
 */
std::optional<ScanPosition> findTooDeep(const QByteArray &text, int limit)
{
    std::vector<int> blockColumns;
    int flowDepth = 0;
    char quote = 0;
    int blockScalarParent = -1; // indentation of the line that opened a block scalar, or -1
    bool atNodeStart = false;
    const char *data = text.constData();
    const qsizetype size = text.size();
    qsizetype lineStart = 0;
    int lineNumber = 0;
    // 1 while the outermost open flow collection starts at the last block column: that column is
    // the collection itself (`[[x]]` at the top, `- [x]`), not a block level above it.
    int flowAtBlockColumn = 0;
    auto tooDeep = [&]() { return qsizetype(blockColumns.size()) + flowDepth - flowAtBlockColumn > limit; };
    auto pushColumn = [&](int column) {
        while (!blockColumns.empty() && blockColumns.back() > column)
            blockColumns.pop_back();
        if (blockColumns.empty() || blockColumns.back() < column)
            blockColumns.push_back(column);
    };
    while (lineStart <= size) {
        ++lineNumber;
        qsizetype lineEnd = lineStart;
        while (lineEnd < size && data[lineEnd] != '\n')
            ++lineEnd;
        const qsizetype next = lineEnd + 1;
        if (lineEnd > lineStart && data[lineEnd - 1] == '\r')
            --lineEnd;
        const char *line = data + lineStart;
        const int length = int(lineEnd - lineStart);
        lineStart = next;
        int indent = 0;
        while (indent < length && line[indent] == ' ')
            ++indent;
        int firstVisible = indent;
        while (firstVisible < length && (line[firstVisible] == ' ' || line[firstVisible] == '\t'))
            ++firstVisible;
        const bool blank = firstVisible == length || line[firstVisible] == '#';
        if (blockScalarParent >= 0) {
            if (firstVisible == length || indent > blockScalarParent)
                continue; // the block scalar's body
            blockScalarParent = -1;
        }
        int i = 0;
        if (quote == 0 && flowDepth == 0) {
            if (blank)
                continue;
            if (length > 0 && line[0] == '%')
                continue; // directive
            if (length >= 3 && (qstrncmp(line, "---", 3) == 0 || qstrncmp(line, "...", 3) == 0)
                && (length == 3 || line[3] == ' ' || line[3] == '\t')) {
                blockColumns.clear();
                i = 3;
            } else {
                pushColumn(indent);
                if (tooDeep())
                    return ScanPosition{lineNumber, indent + 1};
                i = indent;
            }
            atNodeStart = true;
        }
        bool afterSpace = true;
        for (; i < length; ++i) {
            const char c = line[i];
            if (quote == '\'') {
                if (c == '\'') {
                    if (i + 1 < length && line[i + 1] == '\'')
                        ++i;
                    else
                        quote = 0;
                }
                continue;
            }
            if (quote == '"') {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    quote = 0;
                continue;
            }
            if (c == ' ' || c == '\t') {
                afterSpace = true;
                continue;
            }
            if (c == '#' && afterSpace)
                break; // comment
            afterSpace = false;
            const bool spaceNext = i + 1 >= length || line[i + 1] == ' ' || line[i + 1] == '\t';
            if (c == '[' || c == '{') {
                if (atNodeStart || flowDepth > 0) {
                    if (flowDepth == 0)
                        flowAtBlockColumn = !blockColumns.empty() && blockColumns.back() == i ? 1 : 0;
                    ++flowDepth;
                    if (tooDeep())
                        return ScanPosition{lineNumber, i + 1};
                    atNodeStart = true;
                }
                continue;
            }
            if (flowDepth > 0 && (c == ']' || c == '}')) {
                if (--flowDepth == 0)
                    flowAtBlockColumn = 0;
                atNodeStart = false;
                continue;
            }
            if (flowDepth > 0 && c == ',') {
                atNodeStart = true;
                continue;
            }
            if (c == ':' && (spaceNext || (flowDepth > 0 && QByteArrayView("[]{},").contains(line[i + 1])))) {
                atNodeStart = true;
                continue;
            }
            if (!atNodeStart)
                continue;
            if (c == '\'' || c == '"') {
                quote = c;
                atNodeStart = false;
            } else if (c == '!' || c == '&') {
                while (i + 1 < length && line[i + 1] != ' ' && line[i + 1] != '\t'
                       && !(flowDepth > 0 && QByteArrayView("[]{},").contains(line[i + 1])))
                    ++i; // a tag or an anchor before the node
            } else if (flowDepth == 0 && (c == '-' || c == '?') && spaceNext) {
                int j = i + 1;
                while (j < length && (line[j] == ' ' || line[j] == '\t'))
                    ++j;
                if (j < length && line[j] != '#') {
                    pushColumn(j); // a compact nested collection starts at j
                    if (tooDeep())
                        return ScanPosition{lineNumber, j + 1};
                }
                i = j - 1;
                afterSpace = true;
            } else if (flowDepth == 0 && (c == '|' || c == '>')) {
                blockScalarParent = indent;
                break;
            } else {
                atNodeStart = false; // a plain scalar or an alias
            }
        }
        if (next > size)
            break;
    }
    return std::nullopt;
}

/// The 1-based line (relative to the text) nearest to `line` whose indentation (including the
/// `- ` of sequence entries) holds a tab,
/// looking at `line`, the line before, the line after and the one before that; 0 if none. A line
/// holding only whitespace and a comment does not count. `*column` gets the tab's 1-based column.
int tabIndentedLineNear(const QByteArray &text, int line, int *column)
{
    const int candidates[] = {line, line - 1, line + 1, line - 2};
    const QList<QByteArrayView> lines = [&] {
        QList<QByteArrayView> out;
        qsizetype start = 0;
        int number = 0;
        while (start <= text.size() && number < line + 1) {
            qsizetype end = text.indexOf('\n', start);
            if (end < 0)
                end = text.size();
            out.append(QByteArrayView(text.constData() + start, end - start));
            ++number;
            start = end + 1;
        }
        return out;
    }();
    for (int candidate : candidates) {
        if (candidate < 1 || candidate > lines.size())
            continue;
        const QByteArrayView l = lines.at(candidate - 1);
        int k = 0;
        int tab = -1;
        // Indentation: spaces and tabs, and the `- ` of block sequence entries before a compact
        // nested collection ("-\tkey: v" indents the mapping by the tab, YAML 1.2 §8.2.1).
        while (k < l.size()) {
            const char c = l.at(k);
            if (c == ' ' || c == '\t') {
                if (c == '\t' && tab < 0)
                    tab = k;
                ++k;
            } else if (c == '-' && k + 1 < l.size() && (l.at(k + 1) == ' ' || l.at(k + 1) == '\t')) {
                ++k;
            } else {
                break;
            }
        }
        if (tab >= 0 && k < l.size() && l.at(k) != '#' && l.at(k) != '\r') {
            *column = tab + 1;
            return candidate;
        }
    }
    return 0;
}

/**
 * Converted-node count of `node` with aliases expanded, as Converter::convert() would count it
 * (every node except mapping keys), saturating above YamlReader::kMaxNodes. Each node is counted
 * once: the result is memoised by node identity (YAML::Node::is(); aliases share their anchor's
 * node), hashed by its position in the text. O(distinct nodes). Nodes deeper than kMaxDepth count
 * one (the conversion refuses them anyway).
 */
class ExpansionCounter
{
public:
    /// Nodes and scalar bytes after alias expansion, each saturating just above its bound.
    struct Size {
        qint64 nodes = 0;
        qint64 bytes = 0;
    };
    Size count(const YAML::Node &node, int depth)
    {
        if (depth > YamlReader::kMaxDepth || !node.IsDefined() || node.IsNull())
            return {1, 0};
        if (node.IsScalar())
            return {1, qint64(node.Scalar().size())};
        const YAML::Mark mark = node.Mark();
        const qint64 key = (qint64(mark.pos) << 2) | qint64(node.Type() == YAML::NodeType::Map ? 1 : 2);
        const auto range = m_memo.equal_range(key);
        for (auto it = range.first; it != range.second; ++it) {
            if (it->second.node.is(node))
                return it->second.size;
        }
        Size total{1, 0};
        auto add = [&](const Size &part) {
            total.nodes = std::min(total.nodes + part.nodes, qint64(YamlReader::kMaxNodes) + 1);
            total.bytes = std::min(total.bytes + part.bytes, qint64(YamlReader::kMaxExpandedBytes) + 1);
        };
        if (node.IsSequence()) {
            for (const YAML::Node &item : node)
                add(count(item, depth + 1));
        } else {
            for (auto it = node.begin(); it != node.end(); ++it) {
                Size key = count(it->first, depth + 1);
                key.nodes = 0; // the converter does not count mapping keys as nodes; their text counts
                add(key);
                add(count(it->second, depth + 1));
            }
        }
        m_memo.emplace(key, Entry{node, total});
        return total;
    }

private:
    struct Entry {
        YAML::Node node;
        Size size;
    };
    std::unordered_multimap<qint64, Entry> m_memo;
};

class Converter
{
public:
    Converter(const QString &file, int firstLine, YamlDocument &doc)
        : m_file(file)
        , m_firstLine(firstLine)
        , m_doc(doc)
    {
    }

    QList<Diagnostic> warnings;

    int lineOf(const YAML::Node &node) const
    {
        const YAML::Mark mark = node.Mark();
        return mark.line >= 0 ? m_firstLine + mark.line : m_firstLine;
    }
    int columnOf(const YAML::Node &node) const
    {
        const YAML::Mark mark = node.Mark();
        return mark.column >= 0 ? mark.column + 1 : 0;
    }

    QVariant convert(const YAML::Node &node, const QString &path, int depth)
    {
        if (depth > YamlReader::kMaxDepth)
            throw ConversionError{QStringLiteral("import.yaml-depth"),
                                  QStringLiteral("nesting deeper than %1 levels").arg(YamlReader::kMaxDepth),
                                  lineOf(node), columnOf(node)};
        if (++m_nodes > YamlReader::kMaxNodes)
            throw ConversionError{QStringLiteral("import.yaml-size"),
                                  QStringLiteral("more than %1 nodes after expanding aliases (alias expansion bomb?)")
                                      .arg(YamlReader::kMaxNodes),
                                  lineOf(node), columnOf(node)};
        if (!path.isEmpty())
            m_doc.lines.insert(path, lineOf(node));
        const std::string &tag = node.Tag();
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return withShortTag(tag, QVariant(), node, path, depth);
        case YAML::NodeType::Scalar: {
            const QString text = QString::fromStdString(node.Scalar());
            QVariant value = (tag == "?") ? resolvePlain(text) : resolveTagged(tag, text);
            if (tag == "?")
                warnIfOctalLike(text, node, path);
            return withShortTag(tag, value, node, path, depth);
        }
        case YAML::NodeType::Sequence: {
            QVariantList list;
            list.reserve(qsizetype(node.size()));
            int index = 0;
            for (const YAML::Node &item : node) {
                list.append(convert(item, FieldPath::element(path, index), depth + 1));
                ++index;
            }
            return withShortTag(tag, list, node, path, depth);
        }
        case YAML::NodeType::Map: {
            QVariantMap map;
            QHash<QString, int> keyLines;
            for (auto it = node.begin(); it != node.end(); ++it) {
                const YAML::Node keyNode = it->first;
                QString key;
                if (keyNode.IsScalar())
                    key = QString::fromStdString(keyNode.Scalar());
                else
                    throw ConversionError{QStringLiteral("import.yaml-complex-key"),
                                          QStringLiteral("mapping keys must be scalars"), lineOf(keyNode),
                                          columnOf(keyNode)};
                const int keyLine = lineOf(keyNode);
                if (keyLines.contains(key))
                    throw ConversionError{QStringLiteral("import.yaml-duplicate-key"),
                                          QStringLiteral("duplicate key '%1' at lines %2 and %3 (YAML requires unique keys)")
                                              .arg(key)
                                              .arg(keyLines.value(key))
                                              .arg(keyLine),
                                          keyLine, columnOf(keyNode)};
                keyLines.insert(key, keyLine);
                const QString childPath = FieldPath::child(path, key);
                m_doc.lines.insert(childPath, keyLine);
                map.insert(key, convert(it->second, childPath, depth + 1));
                m_doc.lines.insert(childPath, keyLine);
            }
            return withShortTag(tag, map, node, path, depth);
        }
        }
        return {};
    }

    /// A plain `0644`: decimal 644 in the YAML 1.2 core schema (section 10.3.2), octal 420 for
    /// YAML 1.1 readers (yaml.org/type/int.html: `0[0-7]+` is base 8), which kubectl
    /// (sigs.k8s.io/yaml over go-yaml v2) and PyYAML are. A Warning, the value stays 644.
    void warnIfOctalLike(const QString &text, const YAML::Node &node, const QString &path)
    {
        static const QRegularExpression octalLike(QStringLiteral("^0[0-7]+$"));
        static const QRegularExpression yaml12Octal(QStringLiteral("^0o[0-7]+$"));
        if (yaml12Octal.match(text).hasMatch()) {
            // `0o17`: the integer 15 in YAML 1.2, but YAML 1.1 has no 0o form: kubectl and PyYAML
            // read the string "0o17" (a type error where a number is expected).
            bool ok = false;
            const qulonglong value = text.mid(2).toULongLong(&ok, 8);
            if (ok)
                warnings.append(Diagnostic{
                    Severity::Warning, QStringLiteral("import.yaml-octal-like"), 0, QString(), path,
                    QStringLiteral("'%1' is the integer %2 in YAML 1.2 (Scaleplan), but YAML 1.1 parsers such as "
                                   "kubectl and PyYAML read it as the string \"%1\"; write %2, which both read alike")
                        .arg(text)
                        .arg(value),
                    SourceLocation{m_file, lineOf(node), columnOf(node)}, {}, {}});
            return;
        }
        if (!octalLike.match(text).hasMatch())
            return;
        bool ok11 = false;
        bool ok12 = false;
        const qulonglong yaml11 = text.toULongLong(&ok11, 8);
        const qulonglong yaml12 = text.toULongLong(&ok12, 10);
        if (!ok11 || !ok12 || yaml11 == yaml12)
            return; // 00 ... 07 mean the same in both
        warnings.append(Diagnostic{
            Severity::Warning, QStringLiteral("import.yaml-octal-like"), 0, QString(), path,
            QStringLiteral("'%1' is read as the decimal integer %2 (YAML 1.2 core schema), but YAML 1.1 parsers "
                           "such as kubectl and PyYAML read it as octal = %3; write %3 for the octal value or %2 for "
                           "the decimal one (plain decimals read alike in both; 0o%4 is octal only in YAML 1.2)")
                .arg(text)
                .arg(yaml12)
                .arg(yaml11)
                .arg(text.mid(1)),
            SourceLocation{m_file, lineOf(node), columnOf(node)}, {}, {}});
    }

    static QVariant resolvePlain(const QString &text)
    {
        // YAML 1.2 core schema, section 10.3.2.
        static const QRegularExpression nullRe(QStringLiteral("^(?:~|null|Null|NULL|)$"));
        static const QRegularExpression trueRe(QStringLiteral("^(?:true|True|TRUE)$"));
        static const QRegularExpression falseRe(QStringLiteral("^(?:false|False|FALSE)$"));
        static const QRegularExpression intRe(QStringLiteral("^[-+]?[0-9]+$"));
        static const QRegularExpression octRe(QStringLiteral("^0o[0-7]+$"));
        static const QRegularExpression hexRe(QStringLiteral("^0x[0-9a-fA-F]+$"));
        static const QRegularExpression floatRe(
            QStringLiteral("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"));
        static const QRegularExpression infRe(QStringLiteral("^[-+]?\\.(?:inf|Inf|INF)$"));
        static const QRegularExpression nanRe(QStringLiteral("^\\.(?:nan|NaN|NAN)$"));
        if (nullRe.match(text).hasMatch())
            return {};
        if (trueRe.match(text).hasMatch())
            return true;
        if (falseRe.match(text).hasMatch())
            return false;
        bool ok = false;
        if (intRe.match(text).hasMatch()) {
            const qlonglong v = text.toLongLong(&ok);
            if (ok)
                return (v >= std::numeric_limits<int>::min() && v <= std::numeric_limits<int>::max()) ? QVariant(int(v))
                                                                                                      : QVariant(v);
            return text.toDouble();
        }
        if (octRe.match(text).hasMatch()) {
            const qlonglong v = text.mid(2).toLongLong(&ok, 8);
            if (ok)
                return QVariant(v);
        }
        if (hexRe.match(text).hasMatch()) {
            const qlonglong v = text.mid(2).toLongLong(&ok, 16);
            if (ok)
                return QVariant(v);
        }
        if (floatRe.match(text).hasMatch())
            return text.toDouble();
        if (infRe.match(text).hasMatch())
            return text.startsWith(QLatin1Char('-')) ? -std::numeric_limits<double>::infinity()
                                                     : std::numeric_limits<double>::infinity();
        if (nanRe.match(text).hasMatch())
            return std::numeric_limits<double>::quiet_NaN();
        return text;
    }

    static QVariant resolveTagged(const std::string &tag, const QString &text)
    {
        if (tag == "tag:yaml.org,2002:int" || tag == "!!int") {
            bool ok = false;
            const qlonglong v = text.toLongLong(&ok);
            return ok ? QVariant(v) : QVariant(text);
        }
        if (tag == "tag:yaml.org,2002:float" || tag == "!!float") {
            bool ok = false;
            const double v = text.toDouble(&ok);
            return ok ? QVariant(v) : QVariant(text);
        }
        if (tag == "tag:yaml.org,2002:bool" || tag == "!!bool") {
            const QVariant v = resolvePlain(text);
            return v.typeId() == QMetaType::Bool ? v : QVariant(text);
        }
        if (tag == "tag:yaml.org,2002:null" || tag == "!!null")
            return {};
        // "!" (quoted / non-specific), "!!str", and application tags keep the text.
        return text;
    }

    /// CloudFormation short-form intrinsic functions become their long form.
    QVariant withShortTag(const std::string &tag, const QVariant &value, const YAML::Node &node, const QString &path,
                          int depth)
    {
        Q_UNUSED(path)
        Q_UNUSED(depth)
        if (tag.empty() || tag == "?" || tag == "!" || tag.rfind("tag:yaml.org,2002:", 0) == 0 || tag.rfind("!!", 0) == 0)
            return value;
        static const QStringList functions{QStringLiteral("Ref"),         QStringLiteral("GetAtt"),
                                           QStringLiteral("Sub"),         QStringLiteral("Join"),
                                           QStringLiteral("Select"),      QStringLiteral("Split"),
                                           QStringLiteral("If"),          QStringLiteral("Equals"),
                                           QStringLiteral("And"),         QStringLiteral("Or"),
                                           QStringLiteral("Not"),         QStringLiteral("FindInMap"),
                                           QStringLiteral("GetAZs"),      QStringLiteral("ImportValue"),
                                           QStringLiteral("Base64"),      QStringLiteral("Cidr"),
                                           QStringLiteral("Condition"),   QStringLiteral("Transform"),
                                           QStringLiteral("Length"),      QStringLiteral("ToJsonString")};
        const QString name = QString::fromStdString(tag).mid(1);
        if (!functions.contains(name)) {
            warnings.append(Diagnostic{Severity::Warning, QStringLiteral("import.yaml-unknown-tag"), 0, QString(), path,
                                       QStringLiteral("unknown tag '%1' at line %2, column %3: Scaleplan knows only "
                                                      "the YAML core tags and CloudFormation's short forms (!Ref, "
                                                      "!GetAtt, !Sub, ...); the tag is dropped and the value kept as a "
                                                      "plain value")
                                           .arg(QString::fromStdString(tag))
                                           .arg(lineOf(node))
                                           .arg(columnOf(node)),
                                       SourceLocation{m_file, lineOf(node), columnOf(node)}, {}, {}});
            return value;
        }
        if (name == QLatin1String("Ref") || name == QLatin1String("Condition"))
            return QVariantMap{{name, value}};
        if (name == QLatin1String("GetAtt") && value.typeId() == QMetaType::QString) {
            const QString text = value.toString();
            const int dot = int(text.indexOf(QLatin1Char('.')));
            const QVariantList parts = dot > 0 ? QVariantList{text.left(dot), text.mid(dot + 1)} : QVariantList{text};
            return QVariantMap{{QStringLiteral("Fn::GetAtt"), parts}};
        }
        return QVariantMap{{QStringLiteral("Fn::") + name, value}};
    }

private:
    QString m_file;
    int m_firstLine;
    YamlDocument &m_doc;
    qsizetype m_nodes = 0;
};

} // namespace

std::optional<Diagnostic> YamlReader::checkCharacters(const QByteArray &text, const QString &file, int firstLine)
{
    const auto *data = reinterpret_cast<const uchar *>(text.constData());
    const qsizetype size = text.size();
    int line = 0;       // 0-based, relative to the text
    int column = 0;     // code points before the current one on its line
    auto problem = [&](const QString &what, const QString &why) {
        return Diagnostic{Severity::Error, QStringLiteral("import.yaml-encoding"), 0, QString(), QString(),
                          QStringLiteral("%1 at line %2, column %3 is not allowed in YAML (%4)")
                              .arg(what)
                              .arg(firstLine + line)
                              .arg(column + 1)
                              .arg(why),
                          SourceLocation{file, firstLine + line, column + 1}, {}, {}};
    };
    qsizetype i = 0;
    while (i < size) {
        const uchar b = data[i];
        if (b < 0x80) {
            if (b == '\n') {
                ++line;
                column = 0;
                ++i;
                continue;
            }
            if ((b < 0x20 && b != '\t' && b != '\r') || b == 0x7F)
                return problem(QStringLiteral("%1 (byte 0x%2)")
                                   .arg(controlName(b), QString::number(b, 16).rightJustified(2, QLatin1Char('0')).toUpper()),
                               QStringLiteral("YAML 1.2 section 5.1 allows only printable characters; of the control "
                                              "characters only tab, line feed and carriage return"));
            ++i;
            ++column;
            continue;
        }
        // UTF-8 sequence: lead byte, length, and the range of the second byte (RFC 3629 section 4).
        int length = 0;
        uchar secondMin = 0x80;
        uchar secondMax = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            secondMin = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            secondMax = b == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            secondMin = b == 0xF0 ? 0x90 : 0x80;
            secondMax = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        }
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k) {
            const uchar c = data[i + k];
            valid = k == 1 ? (c >= secondMin && c <= secondMax) : (c >= 0x80 && c <= 0xBF);
        }
        if (!valid)
            return problem(QStringLiteral("invalid UTF-8 (byte 0x%1)").arg(QString::number(b, 16).toUpper()),
                           QStringLiteral("YAML 1.2 section 5.2 requires UTF-8, UTF-16 or UTF-32; was the file saved "
                                          "as Latin-1 or Windows-1252?"));
        uint cp = b & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k)
            cp = (cp << 6) | (data[i + k] & 0x3F);
        if ((cp >= 0x80 && cp <= 0x9F && cp != 0x85) || cp == 0xFFFE || cp == 0xFFFF)
            return problem(QStringLiteral("non-printable character U+%1")
                               .arg(QString::number(cp, 16).rightJustified(4, QLatin1Char('0')).toUpper()),
                           QStringLiteral("YAML 1.2 section 5.1 allows only printable characters"));
        i += length;
        ++column;
    }
    return std::nullopt;
}

YamlReadResult YamlReader::read(const QByteArray &input, const QString &file, int firstLine)
{
    YamlReadResult result;
    QByteArray text = input;
    auto error = [&](const QString &rule, const QString &message, int line, int column) {
        result.diagnostics.append(Diagnostic{Severity::Error, rule, 0, QString(), QString(), message,
                                             SourceLocation{file, line, column}, {}, {}});
        return result;
    };
    // UTF-16 and UTF-32 (with a byte order mark, YAML 1.2 section 5.2) become UTF-8 first.
    if (const auto encoding = QStringConverter::encodingForData(text);
        encoding && *encoding != QStringConverter::Utf8 && *encoding != QStringConverter::System) {
        QStringDecoder decoder(*encoding);
        const QString decoded = decoder.decode(text);
        if (decoder.hasError())
            return error(QStringLiteral("import.yaml-encoding"),
                         QStringLiteral("the text starts with a UTF-16/UTF-32 byte order mark but is not valid in that "
                                        "encoding (YAML 1.2 section 5.2)"),
                         firstLine, 1);
        text = decoded.toUtf8();
    }
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3); // UTF-8 byte order mark, as YAML 1.2 section 5.2 allows
    if (const std::optional<Diagnostic> bad = checkCharacters(text, file, firstLine)) {
        result.diagnostics.append(*bad);
        return result;
    }
    // yaml-cpp recurses once per level while parsing: refuse deep nesting before it does.
    if (const std::optional<ScanPosition> deep = findTooDeep(text, kMaxDepth + 1))
        return error(QStringLiteral("import.yaml-depth"),
                     QStringLiteral("nesting deeper than %1 levels (at line %2, column %3)")
                         .arg(kMaxDepth)
                         .arg(firstLine + deep->line - 1)
                         .arg(deep->column),
                     firstLine + deep->line - 1, deep->column);
    std::vector<YAML::Node> nodes;
    try {
        nodes = YAML::LoadAll(text.toStdString());
    } catch (const YAML::Exception &e) {
        int line = e.mark.line >= 0 ? firstLine + e.mark.line : firstLine;
        int column = e.mark.column >= 0 ? e.mark.column + 1 : 0;
        QString message = QStringLiteral("invalid YAML: %1").arg(QString::fromStdString(e.msg));
        int tabColumn = 0;
        if (const int tabLine = tabIndentedLineNear(text, e.mark.line >= 0 ? e.mark.line + 1 : 1, &tabColumn)) {
            line = firstLine + tabLine - 1;
            column = tabColumn;
            // The diagnostic's location is the tab: the message need not repeat it.
            message = QStringLiteral("tab character in indentation (YAML 1.2 §6.1 forbids tabs for indentation); "
                                     "indent with spaces (yaml-cpp: %1)")
                          .arg(QString::fromStdString(e.msg));
        }
        return error(QStringLiteral("import.yaml-syntax"), message, line, column);
    } catch (const std::exception &e) {
        return error(QStringLiteral("import.yaml-syntax"), QStringLiteral("invalid YAML: %1").arg(QString::fromUtf8(e.what())),
                     firstLine, 0);
    }
    result.ok = true;
    for (const YAML::Node &node : nodes) {
        YamlDocument doc;
        Converter converter(file, firstLine, doc);
        doc.line = converter.lineOf(node);
        doc.column = converter.columnOf(node);
        try {
            // Refuse an alias expansion bomb before expanding it (bounded time and memory).
            const ExpansionCounter::Size size = ExpansionCounter().count(node, 0);
            if (size.nodes > kMaxNodes)
                throw ConversionError{QStringLiteral("import.yaml-size"),
                                      QStringLiteral("more than %1 nodes after expanding aliases (alias expansion bomb?)")
                                          .arg(kMaxNodes),
                                      doc.line, doc.column};
            if (size.bytes > kMaxExpandedBytes)
                throw ConversionError{QStringLiteral("import.yaml-size"),
                                      QStringLiteral("more than %1 MiB of text after expanding aliases (alias expansion "
                                                     "bomb?)")
                                          .arg(kMaxExpandedBytes / (1024 * 1024)),
                                      doc.line, doc.column};
            doc.root = converter.convert(node, QString(), 0);
        } catch (const ConversionError &e) {
            result.diagnostics.append(Diagnostic{Severity::Error, e.rule, 0, QString(), QString(), e.message,
                                                 SourceLocation{file, e.line, e.column}, {}, {}});
            result.ok = false;
            continue;
        } catch (const YAML::Exception &e) {
            result.diagnostics.append(Diagnostic{Severity::Error, QStringLiteral("import.yaml-syntax"), 0, QString(),
                                                 QString(), QString::fromStdString(e.msg),
                                                 SourceLocation{file, doc.line, 0}, {}, {}});
            result.ok = false;
            continue;
        }
        result.diagnostics.append(converter.warnings);
        if (doc.root.isValid())
            result.documents.append(doc);
    }
    return result;
}

} // namespace Scaleplan
