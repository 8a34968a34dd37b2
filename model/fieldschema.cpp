#include "model/fieldschema.h"

#include "model/fieldpath.h"
#include "model/fieldschematables.h"

#include <QHash>

namespace Scaleplan {

QString fieldTypeName(FieldSpec::Type type)
{
    switch (type) {
    case FieldSpec::Type::String:
        return QStringLiteral("string");
    case FieldSpec::Type::Int:
        return QStringLiteral("int");
    case FieldSpec::Type::Number:
        return QStringLiteral("number");
    case FieldSpec::Type::Bool:
        return QStringLiteral("bool");
    case FieldSpec::Type::Quantity:
        return QStringLiteral("quantity");
    case FieldSpec::Type::Duration:
        return QStringLiteral("duration");
    case FieldSpec::Type::Cidr:
        return QStringLiteral("cidr");
    case FieldSpec::Type::Map:
        return QStringLiteral("map");
    case FieldSpec::Type::List:
        return QStringLiteral("list");
    case FieldSpec::Type::Enum:
        return QStringLiteral("enum");
    }
    return {};
}

namespace FieldSchemaTables {

Spec::Spec(const QString &path, FieldSpec::Type type, const char *description)
{
    spec.path = path;
    spec.type = type;
    spec.description = QString::fromUtf8(description);
}

Spec &Spec::unit(const char *unit)
{
    spec.unit = QString::fromUtf8(unit);
    return *this;
}

Spec &Spec::min(double minimum)
{
    spec.minimum = minimum;
    return *this;
}

Spec &Spec::max(double maximum)
{
    spec.maximum = maximum;
    return *this;
}

Spec &Spec::range(double minimum, double maximum)
{
    spec.minimum = minimum;
    spec.maximum = maximum;
    return *this;
}

Spec &Spec::required()
{
    spec.required = true;
    return *this;
}

Spec &Spec::values(const QStringList &values)
{
    spec.enumValues = values;
    return *this;
}

Spec &Spec::partial()
{
    spec.keys = FieldSpec::Keys::Partial;
    return *this;
}

Spec &Spec::freeForm()
{
    spec.keys = FieldSpec::Keys::FreeForm;
    return *this;
}

Spec &Spec::intOrString()
{
    spec.intOrString = true;
    return *this;
}

Spec &Spec::source(const char *source)
{
    spec.source = QString::fromUtf8(source);
    return *this;
}

Table::Table(const char *source)
    : m_source(QString::fromUtf8(source))
{
}

Table &Table::operator<<(const Spec &spec)
{
    specs.append(spec.spec);
    if (specs.last().source.isEmpty())
        specs.last().source = m_source;
    return *this;
}

} // namespace FieldSchemaTables

namespace {

struct IndexedTable {
    QString apiVersion;
    QList<FieldSpec> specs;
    QHash<QString, qsizetype> byPath;
    QHash<QString, QList<qsizetype>> children; // parent pattern -> direct children (no '*')
};

/// The parent pattern of a pattern: "a.b[].c" -> "a.b[]", "a.b[]" -> "a.b", "a" -> "".
QString parentPattern(const QString &pattern)
{
    if (pattern.endsWith(QLatin1String("[]")))
        return pattern.left(pattern.size() - 2);
    // The last '.' outside brackets and quotes.
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = pattern.size() - 1; i >= 0; --i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char(']'))
            ++depth;
        else if (!quoted && c == QLatin1Char('['))
            --depth;
        else if (!quoted && depth == 0 && c == QLatin1Char('.'))
            return pattern.left(i);
        if (!quoted && depth == 0 && c == QLatin1Char('[') && i > 0)
            return pattern.left(i); // a quoted key: a["x.y"]
    }
    return {};
}

IndexedTable indexed(const QString &apiVersion, const QList<FieldSpec> &specs)
{
    IndexedTable table;
    table.apiVersion = apiVersion;
    table.specs = specs;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const QString &path = specs.at(i).path;
        table.byPath.insert(path, i);
        if (!path.endsWith(QLatin1String(".*")) && !path.endsWith(QLatin1String("[]")))
            table.children[parentPattern(path)].append(i);
    }
    return table;
}

/// Every kind's tables, the default one first.
const QHash<ObjectKind, QList<IndexedTable>> &allTables()
{
    static const QHash<ObjectKind, QList<IndexedTable>> tables = [] {
        QHash<ObjectKind, QList<IndexedTable>> out;
        for (ObjectKind kind : allObjectKinds()) {
            QList<IndexedTable> list;
            if (isKubernetesKind(kind)) {
                for (const FieldSchemaTables::VersionedTable &t : FieldSchemaTables::kubernetesTables(kind))
                    list.append(indexed(t.apiVersion, t.specs));
            } else {
                QList<FieldSpec> specs = FieldSchemaTables::awsTable(kind);
                if (specs.isEmpty())
                    specs = FieldSchemaTables::layoutTable(kind);
                list.append(indexed(QString(), specs));
            }
            out.insert(kind, list);
        }
        return out;
    }();
    return tables;
}

const IndexedTable &tableOf(ObjectKind kind, const QString &apiVersion)
{
    static const IndexedTable empty;
    const auto it = allTables().constFind(kind);
    if (it == allTables().constEnd() || it->isEmpty())
        return empty;
    for (const IndexedTable &t : *it) {
        if (!apiVersion.isEmpty() && t.apiVersion == apiVersion)
            return t;
    }
    return it->constFirst();
}

} // namespace

namespace FieldSchema {

const QList<FieldSpec> &fieldsOf(ObjectKind kind, const QString &apiVersion)
{
    return tableOf(kind, apiVersion).specs;
}

QString patternOf(const QString &concretePath)
{
    QString error;
    const QList<FieldPath::Step> steps = FieldPath::parse(concretePath, &error);
    if (steps.isEmpty())
        return {};
    QString pattern;
    for (const FieldPath::Step &step : steps) {
        if (step.isIndex())
            pattern += QLatin1String("[]");
        else
            pattern = FieldPath::child(pattern, step.key);
    }
    return pattern;
}

const FieldSpec *find(ObjectKind kind, const QString &concretePath, const QString &apiVersion)
{
    const QString pattern = patternOf(concretePath);
    if (pattern.isEmpty())
        return nullptr;
    const IndexedTable &table = tableOf(kind, apiVersion);
    if (const auto it = table.byPath.constFind(pattern); it != table.byPath.constEnd())
        return &table.specs.at(*it);
    if (pattern.endsWith(QLatin1String("[]")))
        return nullptr;
    const QString parent = parentPattern(pattern);
    const QString wildcard = parent.isEmpty() ? QStringLiteral("*") : QString(parent + QStringLiteral(".*"));
    if (const auto it = table.byPath.constFind(wildcard); it != table.byPath.constEnd())
        return &table.specs.at(*it);
    return nullptr;
}

QStringList apiVersions(ObjectKind kind)
{
    QStringList out;
    for (const IndexedTable &t : allTables().value(kind)) {
        if (!t.apiVersion.isEmpty())
            out.append(t.apiVersion);
    }
    return out;
}

QList<const FieldSpec *> childrenOf(ObjectKind kind, const QString &parentPattern, const QString &apiVersion)
{
    const IndexedTable &table = tableOf(kind, apiVersion);
    QList<const FieldSpec *> out;
    for (qsizetype i : table.children.value(parentPattern))
        out.append(&table.specs.at(i));
    return out;
}

FieldSpec::Keys keysBelow(ObjectKind kind, const QString &parentPattern, const QString &apiVersion)
{
    if (parentPattern.isEmpty())
        return FieldSpec::Keys::Closed;
    const IndexedTable &table = tableOf(kind, apiVersion);
    if (const auto it = table.byPath.constFind(parentPattern); it != table.byPath.constEnd()) {
        const FieldSpec &spec = table.specs.at(*it);
        if (spec.type == FieldSpec::Type::Map || spec.type == FieldSpec::Type::List)
            return spec.keys;
        return FieldSpec::Keys::Partial;
    }
    // A list element map without its own spec follows its list.
    if (parentPattern.endsWith(QLatin1String("[]"))) {
        const QString list = parentPattern.left(parentPattern.size() - 2);
        if (const auto it = table.byPath.constFind(list); it != table.byPath.constEnd()
            && table.specs.at(*it).type == FieldSpec::Type::List)
            return table.specs.at(*it).keys;
    }
    return FieldSpec::Keys::Partial;
}

} // namespace FieldSchema
} // namespace Scaleplan
