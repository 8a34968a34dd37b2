#include "model/io/designyaml.h"

#include "model/export/yamlwriter.h"
#include "model/fieldpath.h"
#include "model/io/yamlreader.h"

#include <QHash>
#include <QSet>

#include <QtConcurrent/QtConcurrentMap>

#include <limits>
#include <numeric>
#include <vector>

namespace Scaleplan {

QString DesignYamlReadResult::errorText() const
{
    QStringList lines;
    for (const Diagnostic &d : errors) {
        const QString where = d.source.toString();
        lines.append(where.isEmpty() ? d.message : QString(where + QStringLiteral(": ") + d.message));
    }
    return lines.join(QLatin1Char('\n'));
}

namespace {

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

bool isNonEmptyContainer(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap:
        return !value.toMap().isEmpty();
    case QMetaType::QVariantHash:
        return !value.toHash().isEmpty();
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return !value.toList().isEmpty();
    default:
        return false;
    }
}

bool isList(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList;
}

/// Appends `text` (lines ending with '\n') with every non-empty line indented by `indent`
/// spaces; `skipFirst` leaves the first line as is (it continues a `key: ` line). Empty lines stay
/// empty (inside literal blocks they are content-free lines, YAML 1.2.2 §8.1.1.2).
void appendIndented(QString &out, const QString &text, int indent, bool skipFirst)
{
    const QString pad(indent, QLatin1Char(' '));
    qsizetype start = 0;
    bool first = true;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size() - 1;
        const qsizetype length = end - start + 1;
        if (!(first && skipFirst) && length > 1)
            out += pad;
        out += QStringView(text).mid(start, length);
        start = end + 1;
        first = false;
    }
}

/// `key: value` at `indent`, value written by YamlWriter: a non-empty map below the key indented
/// by two, a non-empty list at the key's own indentation (kubectl style, as YamlWriter nests
/// lists), anything else on the key's line (a literal block's lines indented below it).
/// Same, with `yaml` = YamlWriter::toYaml(value) already computed (see DesignYaml::write).
void writeEntry(QString &out, int indent, const QString &key, const QVariant &value, const QString &yaml)
{
    out += QString(indent, QLatin1Char(' '));
    out += YamlWriter::scalar(key);
    out += QLatin1Char(':');
    if (isNonEmptyContainer(value)) {
        out += QLatin1Char('\n');
        appendIndented(out, yaml, isList(value) ? indent : indent + 2, false);
    } else {
        out += QLatin1Char(' ');
        appendIndented(out, yaml, indent, true);
    }
}

void writeEntry(QString &out, int indent, const QString &key, const QVariant &value)
{
    writeEntry(out, indent, key, value, YamlWriter::toYaml(value));
}

/// YamlWriter::toYaml of every object's fields, by object id (computed on all cores).
using FieldTexts = QHash<ObjectId, QString>;

void writeSource(QString &out, int indent, const SourceLocation &source)
{
    if (source == SourceLocation{})
        return;
    const QString pad(indent, QLatin1Char(' '));
    out += pad + QStringLiteral("source:\n");
    out += pad + QStringLiteral("  file: ") + YamlWriter::scalar(source.file) + QLatin1Char('\n');
    out += pad + QStringLiteral("  line: ") + QString::number(source.line) + QLatin1Char('\n');
    out += pad + QStringLiteral("  column: ") + QString::number(source.column) + QLatin1Char('\n');
}

/// The import-time line of each field (DesignObject::fieldLines), sorted by path, under `source`.
void writeFieldLines(QString &out, int indent, const QHash<QString, int> &lines)
{
    if (lines.isEmpty())
        return;
    QStringList keys = lines.keys();
    keys.sort();
    const QString pad(indent, QLatin1Char(' '));
    out += pad + QStringLiteral("  fieldLines:\n");
    for (const QString &key : keys)
        out += pad + QStringLiteral("    ") + YamlWriter::scalar(key) + QStringLiteral(": ") + QString::number(lines.value(key))
            + QLatin1Char('\n');
}

/// One object as a list item at `indent` (its keys at indent + 2), then its children.
void writeObject(QString &out, const DesignData &design, const DesignObject &object, int indent, const FieldTexts &texts)
{
    const QString pad(indent, QLatin1Char(' '));
    const QString inner(indent + 2, QLatin1Char(' '));
    out += pad + QStringLiteral("- id: ") + QString::number(object.id) + QLatin1Char('\n');
    out += inner + QStringLiteral("kind: ") + kindName(object.kind) + QLatin1Char('\n');
    out += inner + QStringLiteral("name: ") + YamlWriter::scalar(object.name) + QLatin1Char('\n');
    writeSource(out, indent + 2, object.source);
    if (object.source != SourceLocation{})
        writeFieldLines(out, indent + 2, object.fieldLines);
    writeEntry(out, indent + 2, QStringLiteral("fields"), object.fields, texts.value(object.id));
    const QList<ObjectId> children = design.children(object.id);
    if (!children.isEmpty()) {
        out += inner + QStringLiteral("children:\n");
        for (ObjectId child : children)
            writeObject(out, design, *design.object(child), indent + 2, texts);
    }
}

void writeDiagnostic(QString &out, const Diagnostic &d)
{
    const QString inner(2, QLatin1Char(' '));
    out += QStringLiteral("- severity: ") + severityName(d.severity) + QLatin1Char('\n');
    out += inner + QStringLiteral("rule: ") + YamlWriter::scalar(d.rule) + QLatin1Char('\n');
    if (d.objectId != 0)
        out += inner + QStringLiteral("objectId: ") + QString::number(d.objectId) + QLatin1Char('\n');
    if (!d.objectPath.isEmpty())
        out += inner + QStringLiteral("objectPath: ") + YamlWriter::scalar(d.objectPath) + QLatin1Char('\n');
    if (!d.field.isEmpty())
        out += inner + QStringLiteral("field: ") + YamlWriter::scalar(d.field) + QLatin1Char('\n');
    out += inner + QStringLiteral("message: ") + YamlWriter::scalar(d.message) + QLatin1Char('\n');
    writeSource(out, 2, d.source);
    if (!d.fixDescription.isEmpty())
        out += inner + QStringLiteral("fixDescription: ") + YamlWriter::scalar(d.fixDescription) + QLatin1Char('\n');
    if (!d.fix.isEmpty()) {
        out += inner + QStringLiteral("fix:\n");
        for (const FieldChange &change : d.fix) {
            out += inner + QStringLiteral("- objectId: ") + QString::number(change.objectId) + QLatin1Char('\n');
            out += inner + QStringLiteral("  path: ") + YamlWriter::scalar(change.path) + QLatin1Char('\n');
            writeEntry(out, 4, QStringLiteral("value"), change.value);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

bool isInteger(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

QString typeWord(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QStringLiteral("null");
    case QMetaType::Bool:
        return QStringLiteral("a boolean");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QStringLiteral("an integer");
    case QMetaType::Double:
        return QStringLiteral("a float");
    case QMetaType::QString:
        return QStringLiteral("a string");
    case QMetaType::QVariantMap:
        return QStringLiteral("a mapping");
    case QMetaType::QVariantList:
        return QStringLiteral("a list");
    default:
        return QStringLiteral("a value");
    }
}

class Reader
{
public:
    Reader(const QByteArray &text, const QString &file, const YamlDocument &doc)
        : m_text(text)
        , m_file(file)
        , m_doc(doc)
    {
    }

    QList<Diagnostic> errors;
    DesignData design;

    void readRoot()
    {
        if (m_doc.root.typeId() != QMetaType::QVariantMap) {
            error(QStringLiteral("design-yaml.header"), SourceLocation{m_file, m_doc.line, m_doc.column},
                  QStringLiteral("not a Scaleplan design file: expected a mapping starting with 'scaleplan: %1'")
                      .arg(QLatin1String(DesignYaml::kFormat)));
            return;
        }
        const QVariantMap root = m_doc.root.toMap();
        const QVariant format = root.value(QStringLiteral("scaleplan"));
        if (!format.isValid()) {
            error(QStringLiteral("design-yaml.header"), SourceLocation{m_file, m_doc.line, m_doc.column},
                  QStringLiteral("not a Scaleplan design file: the key 'scaleplan: %1' is missing")
                      .arg(QLatin1String(DesignYaml::kFormat)));
            return;
        }
        if (format.typeId() != QMetaType::QString || format.toString() != QLatin1String(DesignYaml::kFormat)) {
            const QString text = format.toString();
            const QString why = text.startsWith(QLatin1String("design/v"))
                ? QStringLiteral("unsupported design format '%1' (this Scaleplan reads %2; a newer version may read it)")
                : QStringLiteral("not a Scaleplan design file: 'scaleplan: %1' (expected 'scaleplan: %2')");
            error(QStringLiteral("design-yaml.header"), at(QStringLiteral("scaleplan"), QStringLiteral("scaleplan"), text),
                  why.arg(text, QLatin1String(DesignYaml::kFormat)));
            return;
        }
        static const QStringList known{QStringLiteral("scaleplan"), QStringLiteral("name"),
                                       QStringLiteral("sourceFile"), QStringLiteral("nextId"),
                                       QStringLiteral("objects"), QStringLiteral("importDiagnostics")};
        checkKeys(root, QString(), known);
        design.name = stringAt(root, QString(), QStringLiteral("name"));
        design.sourceFile = stringAt(root, QString(), QStringLiteral("sourceFile"));

        const QVariant objects = root.value(QStringLiteral("objects"));
        if (objects.isValid() && !expect(objects, QMetaType::QVariantList, QStringLiteral("objects"), QStringLiteral("objects")))
            return;
        const QVariantList list = objects.toList();
        for (int i = 0; i < list.size(); ++i)
            readObject(list.at(i), FieldPath::element(QStringLiteral("objects"), i), 0);

        const QVariant next = root.value(QStringLiteral("nextId"));
        if (next.isValid()) {
            if (!isInteger(next) || next.toLongLong() < 0)
                error(QStringLiteral("design-yaml.type"), at(QStringLiteral("nextId"), QStringLiteral("nextId")),
                      QStringLiteral("'nextId' must be a non-negative integer, not %1").arg(typeWord(next)));
            else
                design.reserveIdsBelow(ObjectId(next.toULongLong()));
        }

        const QVariant diagnostics = root.value(QStringLiteral("importDiagnostics"));
        if (diagnostics.isValid()
            && expect(diagnostics, QMetaType::QVariantList, QStringLiteral("importDiagnostics"),
                      QStringLiteral("importDiagnostics"))) {
            const QVariantList items = diagnostics.toList();
            for (int i = 0; i < items.size(); ++i)
                readDiagnostic(items.at(i), FieldPath::element(QStringLiteral("importDiagnostics"), i));
        }
    }

private:
    const QByteArray &m_text;
    QString m_file;
    const YamlDocument &m_doc;
    QList<QByteArrayView> m_lines;
    QHash<ObjectId, int> m_idLines;

    void error(const QString &rule, const SourceLocation &where, const QString &message)
    {
        errors.append(Diagnostic{Severity::Error, rule, 0, QString(), QString(), message, where, {}, {}});
    }

    QString lineText(int line)
    {
        if (m_lines.isEmpty()) {
            qsizetype start = 0;
            while (start <= m_text.size()) {
                qsizetype end = m_text.indexOf('\n', start);
                if (end < 0)
                    end = m_text.size();
                m_lines.append(QByteArrayView(m_text).sliced(start, end - start));
                start = end + 1;
            }
        }
        return (line >= 1 && line <= m_lines.size()) ? QString::fromUtf8(m_lines.at(line - 1)) : QString();
    }

    /// The location of the node at `path`: its line from the reader; the column of `key` on that
    /// line (then of `value` after it) when given, else of the line's first character after
    /// indentation and a `- ` list dash.
    SourceLocation at(const QString &path, const QString &key = QString(), const QString &value = QString())
    {
        const int line = m_doc.lineOf(path);
        const QString text = lineText(line);
        qsizetype column = -1;
        qsizetype from = 0;
        if (!key.isEmpty()) {
            column = text.indexOf(key);
            if (column >= 0)
                from = column + key.size();
        }
        if (!value.isEmpty()) {
            const qsizetype v = text.indexOf(value, from);
            if (v >= 0)
                column = v;
        }
        if (column < 0) {
            column = 0;
            while (column < text.size() && (text.at(column) == QLatin1Char(' ') || text.at(column) == QLatin1Char('-')))
                ++column;
        }
        return SourceLocation{m_file, line, int(column) + 1};
    }

    bool expect(const QVariant &value, QMetaType::Type type, const QString &path, const QString &key)
    {
        if (value.typeId() == int(type))
            return true;
        const QString wanted = type == QMetaType::QVariantList ? QStringLiteral("a list")
            : type == QMetaType::QVariantMap                   ? QStringLiteral("a mapping")
                                                               : QStringLiteral("a string");
        error(QStringLiteral("design-yaml.type"), at(path, key),
              QStringLiteral("'%1' must be %2, not %3").arg(key, wanted, typeWord(value)));
        return false;
    }

    void checkKeys(const QVariantMap &map, const QString &path, const QStringList &known)
    {
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!known.contains(it.key()))
                error(QStringLiteral("design-yaml.unknown-key"), at(FieldPath::child(path, it.key()), it.key()),
                      QStringLiteral("unknown key '%1' (expected one of: %2)").arg(it.key(), known.join(QStringLiteral(", "))));
        }
    }

    /// A string entry (absent = empty). A non-string scalar is an error: the writer quotes every
    /// string that YAML would read as another type, so one here was typed by hand unquoted.
    QString stringAt(const QVariantMap &map, const QString &path, const QString &key)
    {
        const QVariant v = map.value(key);
        if (!v.isValid())
            return {};
        if (v.typeId() != QMetaType::QString) {
            error(QStringLiteral("design-yaml.type"), at(FieldPath::child(path, key), key),
                  QStringLiteral("'%1' must be a string, not %2 (quote it)").arg(key, typeWord(v)));
            return {};
        }
        return v.toString();
    }

    /// An integer entry (absent = 0); *ok false after reporting a wrong type or a negative value.
    qint64 integerAt(const QVariantMap &map, const QString &path, const QString &key, bool *ok)
    {
        const QVariant v = map.value(key);
        if (!v.isValid())
            return 0;
        if (!isInteger(v) || v.toLongLong() < 0) {
            error(QStringLiteral("design-yaml.type"), at(FieldPath::child(path, key), key),
                  QStringLiteral("'%1' must be a non-negative integer, not %2").arg(key, typeWord(v)));
            *ok = false;
            return 0;
        }
        return v.toLongLong();
    }

    SourceLocation sourceAt(const QVariantMap &map, const QString &path, bool *ok)
    {
        const QVariant v = map.value(QStringLiteral("source"));
        if (!v.isValid())
            return {};
        const QString sourcePath = FieldPath::child(path, QStringLiteral("source"));
        if (!expect(v, QMetaType::QVariantMap, sourcePath, QStringLiteral("source"))) {
            *ok = false;
            return {};
        }
        const QVariantMap m = v.toMap();
        checkKeys(m, sourcePath, {QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
                                  QStringLiteral("fieldLines")});
        SourceLocation s;
        s.file = stringAt(m, sourcePath, QStringLiteral("file"));
        s.line = int(integerAt(m, sourcePath, QStringLiteral("line"), ok));
        s.column = int(integerAt(m, sourcePath, QStringLiteral("column"), ok));
        return s;
    }

    void readObject(const QVariant &value, const QString &path, ObjectId parentId)
    {
        if (value.typeId() != QMetaType::QVariantMap) {
            error(QStringLiteral("design-yaml.type"), at(path),
                  QStringLiteral("an object must be a mapping with id, kind, name, fields, not %1").arg(typeWord(value)));
            return;
        }
        const QVariantMap map = value.toMap();
        static const QStringList known{QStringLiteral("id"),     QStringLiteral("kind"),   QStringLiteral("name"),
                                       QStringLiteral("source"), QStringLiteral("fields"), QStringLiteral("children")};
        const int errorsBefore = int(errors.size());
        checkKeys(map, path, known);
        bool ok = true;

        DesignObject object;
        object.parentId = parentId;
        const QVariant id = map.value(QStringLiteral("id"));
        const QString idPath = FieldPath::child(path, QStringLiteral("id"));
        if (!id.isValid()) {
            error(QStringLiteral("design-yaml.id"), at(path), QStringLiteral("object without 'id'"));
            ok = false;
        } else if (!isInteger(id) || id.toLongLong() <= 0) {
            error(QStringLiteral("design-yaml.id"), at(idPath, QStringLiteral("id")),
                  id.typeId() == QMetaType::QString && id.toString().toLongLong() > 0
                      ? QStringLiteral("'id' must be a positive integer, not the string \"%1\" (write it without quotes)")
                            .arg(id.toString())
                      : QStringLiteral("'id' must be a positive integer, not %1")
                            .arg(id.toString().isEmpty() ? typeWord(id) : id.toString()));
            ok = false;
        } else {
            object.id = ObjectId(id.toULongLong());
            const int line = m_doc.lineOf(idPath);
            if (m_idLines.contains(object.id)) {
                error(QStringLiteral("design-yaml.duplicate-id"), at(idPath, QStringLiteral("id")),
                      QStringLiteral("duplicate object id %1 (first used at line %2)").arg(object.id).arg(m_idLines.value(object.id)));
                ok = false;
            } else {
                m_idLines.insert(object.id, line);
            }
        }

        const QVariant kind = map.value(QStringLiteral("kind"));
        const QString kindPath = FieldPath::child(path, QStringLiteral("kind"));
        if (!kind.isValid()) {
            error(QStringLiteral("design-yaml.kind"), at(path), QStringLiteral("object without 'kind'"));
            ok = false;
        } else if (const auto k = kind.typeId() == QMetaType::QString ? kindFromName(kind.toString()) : std::nullopt) {
            object.kind = *k;
        } else {
            QStringList names;
            for (ObjectKind each : allObjectKinds())
                names.append(kindName(each));
            error(QStringLiteral("design-yaml.kind"), at(kindPath, QStringLiteral("kind"), kind.toString()),
                  QStringLiteral("unknown kind '%1' (known kinds: %2)").arg(kind.toString(), names.join(QStringLiteral(", "))));
            ok = false;
        }

        object.name = stringAt(map, path, QStringLiteral("name"));
        object.source = sourceAt(map, path, &ok);
        {
            const QVariantMap lines = map.value(QStringLiteral("source")).toMap().value(QStringLiteral("fieldLines")).toMap();
            for (auto it = lines.constBegin(); it != lines.constEnd(); ++it)
                object.fieldLines.insert(it.key(), it.value().toInt());
        }
        const QVariant fields = map.value(QStringLiteral("fields"));
        if (fields.isValid() && expect(fields, QMetaType::QVariantMap, FieldPath::child(path, QStringLiteral("fields")),
                                       QStringLiteral("fields")))
            object.fields = fields.toMap();

        const QVariant children = map.value(QStringLiteral("children"));
        const QString childrenPath = FieldPath::child(path, QStringLiteral("children"));
        QVariantList childList;
        if (children.isValid() && expect(children, QMetaType::QVariantList, childrenPath, QStringLiteral("children")))
            childList = children.toList();
        if (ok && !childList.isEmpty() && !isContainerKind(object.kind)) {
            error(QStringLiteral("design-yaml.not-a-container"), at(childrenPath, QStringLiteral("children")),
                  QStringLiteral("object %1 ('%2') is a %3, which cannot hold children (containers: Region, Vpc, "
                                 "AvailabilityZone, Subnet, EksCluster)")
                      .arg(object.id)
                      .arg(object.name, kindName(object.kind)));
            ok = false;
        }
        if (!ok || errors.size() != errorsBefore)
            return; // the subtree below a broken object is not read (its errors would only echo this one)
        if (design.insert(object) == 0) {
            error(QStringLiteral("design-yaml.id"), at(idPath, QStringLiteral("id")),
                  QStringLiteral("object %1 cannot be inserted").arg(object.id));
            return;
        }
        for (int i = 0; i < childList.size(); ++i)
            readObject(childList.at(i), FieldPath::element(childrenPath, i), object.id);
    }

    void readDiagnostic(const QVariant &value, const QString &path)
    {
        if (value.typeId() != QMetaType::QVariantMap) {
            error(QStringLiteral("design-yaml.type"), at(path),
                  QStringLiteral("an import diagnostic must be a mapping, not %1").arg(typeWord(value)));
            return;
        }
        const QVariantMap map = value.toMap();
        checkKeys(map, path,
                  {QStringLiteral("severity"), QStringLiteral("rule"), QStringLiteral("objectId"),
                   QStringLiteral("objectPath"), QStringLiteral("field"), QStringLiteral("message"),
                   QStringLiteral("source"), QStringLiteral("fixDescription"), QStringLiteral("fix")});
        bool ok = true;
        Diagnostic d;
        const QString severity = stringAt(map, path, QStringLiteral("severity"));
        if (severity == QLatin1String("info"))
            d.severity = Severity::Info;
        else if (severity == QLatin1String("warning"))
            d.severity = Severity::Warning;
        else if (severity == QLatin1String("error"))
            d.severity = Severity::Error;
        else
            error(QStringLiteral("design-yaml.severity"),
                  at(FieldPath::child(path, QStringLiteral("severity")), QStringLiteral("severity")),
                  QStringLiteral("severity must be info, warning or error, not '%1'").arg(severity));
        d.rule = stringAt(map, path, QStringLiteral("rule"));
        d.objectId = ObjectId(integerAt(map, path, QStringLiteral("objectId"), &ok));
        d.objectPath = stringAt(map, path, QStringLiteral("objectPath"));
        d.field = stringAt(map, path, QStringLiteral("field"));
        d.message = stringAt(map, path, QStringLiteral("message"));
        d.source = sourceAt(map, path, &ok);
        d.fixDescription = stringAt(map, path, QStringLiteral("fixDescription"));
        const QVariant fix = map.value(QStringLiteral("fix"));
        const QString fixPath = FieldPath::child(path, QStringLiteral("fix"));
        if (fix.isValid() && expect(fix, QMetaType::QVariantList, fixPath, QStringLiteral("fix"))) {
            const QVariantList changes = fix.toList();
            for (int i = 0; i < changes.size(); ++i) {
                const QString changePath = FieldPath::element(fixPath, i);
                if (!expect(changes.at(i), QMetaType::QVariantMap, changePath, QString()))
                    continue;
                const QVariantMap c = changes.at(i).toMap();
                checkKeys(c, changePath, {QStringLiteral("objectId"), QStringLiteral("path"), QStringLiteral("value")});
                FieldChange change;
                change.objectId = ObjectId(integerAt(c, changePath, QStringLiteral("objectId"), &ok));
                change.path = stringAt(c, changePath, QStringLiteral("path"));
                change.value = c.value(QStringLiteral("value"));
                d.fix.append(change);
            }
        }
        design.importDiagnostics.append(d);
    }
};

} // namespace

QByteArray DesignYaml::write(const DesignData &design)
{
    QString out;
    out.reserve(256 + design.size() * 400);
    out += QStringLiteral("scaleplan: ") + QLatin1String(kFormat) + QLatin1Char('\n');
    out += QStringLiteral("name: ") + YamlWriter::scalar(design.name) + QLatin1Char('\n');
    out += QStringLiteral("sourceFile: ") + YamlWriter::scalar(design.sourceFile) + QLatin1Char('\n');
    out += QStringLiteral("nextId: ") + QString::number(design.nextId()) + QLatin1Char('\n');
    const QList<ObjectId> roots = design.children(0);
    if (roots.isEmpty()) {
        out += QStringLiteral("objects: []\n");
    } else {
        out += QStringLiteral("objects:\n");
        // The field texts are independent of each other: build them on all cores first.
        const QList<ObjectId> ids = design.preorder();
        std::vector<QString> yaml(size_t(ids.size()));
        std::vector<int> indexes(size_t(ids.size()));
        std::iota(indexes.begin(), indexes.end(), 0);
        QtConcurrent::blockingMap(indexes, [&](int i) { yaml[size_t(i)] = YamlWriter::toYaml(design.object(ids.at(i))->fields); });
        FieldTexts texts;
        texts.reserve(ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i)
            texts.insert(ids.at(i), std::move(yaml[size_t(i)]));
        for (ObjectId id : roots)
            writeObject(out, design, *design.object(id), 0, texts);
    }
    if (design.importDiagnostics.isEmpty()) {
        out += QStringLiteral("importDiagnostics: []\n");
    } else {
        out += QStringLiteral("importDiagnostics:\n");
        for (const Diagnostic &d : design.importDiagnostics)
            writeDiagnostic(out, d);
    }
    return out.toUtf8();
}

DesignYamlReadResult DesignYaml::read(const QByteArray &text, const QString &fileName)
{
    DesignYamlReadResult result;
    const YamlReadResult yaml = YamlReader::read(text, fileName);
    for (const Diagnostic &d : yaml.diagnostics) {
        if (d.severity == Severity::Error)
            result.errors.append(d);
    }
    if (!yaml.ok || !result.errors.isEmpty())
        return result;
    if (yaml.documents.size() != 1) {
        const int line = yaml.documents.size() > 1 ? yaml.documents.at(1).line : 1;
        result.errors.append(Diagnostic{Severity::Error, QStringLiteral("design-yaml.documents"), 0, QString(), QString(),
                                        yaml.documents.isEmpty()
                                            ? QStringLiteral("empty file: expected one YAML document starting with 'scaleplan: %1'")
                                                  .arg(QLatin1String(kFormat))
                                            : QStringLiteral("a design file holds one YAML document, this one has %1")
                                                  .arg(yaml.documents.size()),
                                        SourceLocation{fileName, line, 1}, {}, {}});
        return result;
    }
    const QByteArray stripped = text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text;
    Reader reader(stripped, fileName, yaml.documents.first());
    reader.readRoot();
    result.errors = reader.errors;
    result.ok = reader.errors.isEmpty();
    if (result.ok) {
        result.design = std::move(reader.design);
        // The reader's warnings (an octal-looking 0644, an unknown tag) join the design's import
        // diagnostics, as they do for an imported document; one already recorded is not repeated.
        for (const Diagnostic &d : yaml.diagnostics) {
            if (d.severity != Severity::Error && !result.design.importDiagnostics.contains(d))
                result.design.importDiagnostics.append(d);
        }
    }
    return result;
}

bool DesignYaml::looksLikeDesignYaml(const QByteArray &head)
{
    QByteArrayView rest(head);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    while (!rest.isEmpty()) {
        qsizetype end = rest.indexOf('\n');
        const QByteArrayView line = (end < 0 ? rest : rest.first(end)).trimmed();
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        if (line.isEmpty() || line.startsWith('#') || line.startsWith('%') || line == "---")
            continue;
        return line.startsWith("scaleplan:");
    }
    return false;
}

} // namespace Scaleplan
