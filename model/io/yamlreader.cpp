#include "model/io/yamlreader.h"

#include "model/fieldpath.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>

namespace Scaleplan {

namespace {

struct ConversionError {
    QString rule;
    QString message;
    int line = 0;
    int column = 0;
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
                                           QStringLiteral("Condition"),   QStringLiteral("Length"),
                                           QStringLiteral("ToJsonString")};
        const QString name = QString::fromStdString(tag).mid(1);
        if (!functions.contains(name)) {
            warnings.append(Diagnostic{Severity::Warning, QStringLiteral("import.yaml-unknown-tag"), 0, QString(), path,
                                       QStringLiteral("unknown tag '%1' ignored").arg(QString::fromStdString(tag)),
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

YamlReadResult YamlReader::read(const QByteArray &input, const QString &file, int firstLine)
{
    YamlReadResult result;
    QByteArray text = input;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3); // UTF-8 byte order mark, as YAML 1.2 section 5.2 allows
    std::vector<YAML::Node> nodes;
    try {
        nodes = YAML::LoadAll(text.toStdString());
    } catch (const YAML::Exception &e) {
        const int line = e.mark.line >= 0 ? firstLine + e.mark.line : firstLine;
        const int column = e.mark.column >= 0 ? e.mark.column + 1 : 0;
        result.diagnostics.append(Diagnostic{Severity::Error, QStringLiteral("import.yaml-syntax"), 0, QString(),
                                             QString(), QStringLiteral("invalid YAML: %1").arg(QString::fromStdString(e.msg)),
                                             SourceLocation{file, line, column}, {}, {}});
        return result;
    } catch (const std::exception &e) {
        result.diagnostics.append(Diagnostic{Severity::Error, QStringLiteral("import.yaml-syntax"), 0, QString(),
                                             QString(), QStringLiteral("invalid YAML: %1").arg(QString::fromUtf8(e.what())),
                                             SourceLocation{file, firstLine, 0}, {}, {}});
        return result;
    }
    result.ok = true;
    for (const YAML::Node &node : nodes) {
        YamlDocument doc;
        Converter converter(file, firstLine, doc);
        doc.line = converter.lineOf(node);
        doc.column = converter.columnOf(node);
        try {
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
