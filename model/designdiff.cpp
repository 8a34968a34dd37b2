#include "model/designdiff.h"

#include "model/export/yamlwriter.h"
#include "model/fieldpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

#include <cmath>

namespace Scaleplan {

namespace {

/// YAML scalar classes: ints of any width are one class, doubles another (see the class comment).
int valueClass(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return 0;
    case QMetaType::Bool:
        return 1;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return 2;
    case QMetaType::Double:
    case QMetaType::Float:
        return 3;
    case QMetaType::QString:
        return 4;
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return 5;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return 6;
    default:
        return 100 + v.typeId();
    }
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    const int c = valueClass(a);
    if (c != valueClass(b))
        return false;
    switch (c) {
    case 0:
        return true;
    case 3: {
        const double x = a.toDouble(), y = b.toDouble();
        return x == y || (std::isnan(x) && std::isnan(y));
    }
    default:
        return a == b;
    }
}

QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString valueText(const QVariant &v)
{
    switch (valueClass(v)) {
    case 0:
        return QStringLiteral("null");
    case 1:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case 2:
        return v.toString();
    case 3:
        return YamlWriter::formatDouble(v.toDouble());
    case 5:
        return QStringLiteral("{}"); // leaves are scalars or empty containers
    case 6:
        return QStringLiteral("[]");
    default:
        return quoted(v.toString());
    }
}

QJsonValue jsonValue(const QVariant &v)
{
    if (valueClass(v) == 3 && !std::isfinite(v.toDouble()))
        return YamlWriter::formatDouble(v.toDouble()); // JSON has no infinity or NaN: ".inf", ".nan"
    return QJsonValue::fromVariant(v);
}

QList<FieldDifference> fieldDifferences(const QVariantMap &oldFields, const QVariantMap &newFields)
{
    QList<FieldDifference> out;
    const QList<QPair<QString, QVariant>> oldLeaves = FieldPath::leaves(oldFields);
    const QList<QPair<QString, QVariant>> newLeaves = FieldPath::leaves(newFields);
    QHash<QString, QVariant> newByPath;
    newByPath.reserve(newLeaves.size());
    for (const auto &[path, value] : newLeaves)
        newByPath.insert(path, value);
    QSet<QString> oldPaths;
    for (const auto &[path, value] : oldLeaves) {
        oldPaths.insert(path);
        const auto it = newByPath.constFind(path);
        if (it == newByPath.constEnd())
            out.append(FieldDifference{path, value, QVariant(), true, false});
        else if (!sameValue(value, *it))
            out.append(FieldDifference{path, value, *it, true, true});
    }
    for (const auto &[path, value] : newLeaves) {
        if (!oldPaths.contains(path))
            out.append(FieldDifference{path, QVariant(), value, false, true});
    }
    return out;
}

/// kind + path: the identity of an object across separate imports.
QString kindPathKey(const DesignData &d, ObjectId id, const QHash<ObjectId, QString> &paths)
{
    return kindName(d.object(id)->kind) + QLatin1Char('\x1f') + paths.value(id);
}

QHash<ObjectId, QString> allPaths(const DesignData &d, const QList<ObjectId> &preorder)
{
    // Parents come before children in preorder, so each path extends its parent's.
    QHash<ObjectId, QString> paths;
    paths.reserve(preorder.size());
    for (ObjectId id : preorder) {
        const DesignObject &o = *d.object(id);
        const QString step = o.name.isEmpty() ? kindName(o.kind) : o.name;
        paths.insert(id, o.parentId == 0 ? step : QString(paths.value(o.parentId) + QLatin1Char('/') + step));
    }
    return paths;
}

} // namespace

DesignDiff DesignDiff::compare(const DesignData &a, const DesignData &b)
{
    DesignDiff diff;
    diff.m_oldName = a.name;
    diff.m_newName = b.name;
    const QList<ObjectId> orderA = a.preorder();
    const QList<ObjectId> orderB = b.preorder();
    const QHash<ObjectId, QString> pathsA = allPaths(a, orderA);
    const QHash<ObjectId, QString> pathsB = allPaths(b, orderB);
    QHash<ObjectId, ObjectId> aToB;
    QHash<ObjectId, ObjectId> bToA;
    auto match = [&](ObjectId x, ObjectId y) {
        aToB.insert(x, y);
        bToA.insert(y, x);
    };

    // 1. Same id, kind and path.
    for (ObjectId id : orderA) {
        const DesignObject *other = b.object(id);
        if (other && other->kind == a.object(id)->kind && pathsA.value(id) == pathsB.value(id))
            match(id, id);
    }
    // 2. Same kind and path, the n-th duplicate to the n-th.
    {
        QHash<QString, QList<ObjectId>> unmatchedB;
        for (ObjectId id : orderB) {
            if (!bToA.contains(id))
                unmatchedB[kindPathKey(b, id, pathsB)].append(id);
        }
        for (ObjectId id : orderA) {
            if (aToB.contains(id))
                continue;
            auto it = unmatchedB.find(kindPathKey(a, id, pathsA));
            if (it != unmatchedB.end() && !it->isEmpty())
                match(id, it->takeFirst());
        }
    }
    // 3. Same id and kind, and same name (moved) or matched parents (renamed in place).
    for (ObjectId id : orderA) {
        if (aToB.contains(id) || bToA.contains(id))
            continue;
        const DesignObject &x = *a.object(id);
        const DesignObject *y = b.object(id);
        if (!y || y->kind != x.kind)
            continue;
        const bool parentsMatch = (x.parentId == 0 && y->parentId == 0)
            || (x.parentId != 0 && aToB.value(x.parentId) == y->parentId);
        if (x.name == y->name || parentsMatch)
            match(id, id);
    }
    // 4. Same kind and name, unique among the unmatched on both sides.
    {
        auto key = [](const DesignObject &o) { return QString(kindName(o.kind) + QLatin1Char('\x1f') + o.name); };
        QHash<QString, QList<ObjectId>> restA, restB;
        for (ObjectId id : orderA) {
            if (!aToB.contains(id))
                restA[key(*a.object(id))].append(id);
        }
        for (ObjectId id : orderB) {
            if (!bToA.contains(id))
                restB[key(*b.object(id))].append(id);
        }
        for (ObjectId id : orderA) {
            if (aToB.contains(id))
                continue;
            const QString k = key(*a.object(id));
            if (restA.value(k).size() == 1 && restB.value(k).size() == 1)
                match(id, restB.value(k).first());
        }
    }

    for (ObjectId id : orderA) {
        if (aToB.contains(id))
            continue;
        const DesignObject &o = *a.object(id);
        ObjectDifference d;
        d.change = ObjectDifference::Change::Removed;
        d.kind = o.kind;
        d.oldId = id;
        d.oldPath = pathsA.value(id);
        d.oldName = o.name;
        diff.m_objects.append(d);
    }
    for (ObjectId id : orderB) {
        const DesignObject &y = *b.object(id);
        ObjectDifference d;
        d.kind = y.kind;
        d.newId = id;
        d.newPath = pathsB.value(id);
        d.newName = y.name;
        const auto it = bToA.constFind(id);
        if (it == bToA.constEnd()) {
            d.change = ObjectDifference::Change::Added;
            diff.m_objects.append(d);
            continue;
        }
        const DesignObject &x = *a.object(*it);
        d.change = ObjectDifference::Change::Changed;
        d.oldId = x.id;
        d.oldPath = pathsA.value(x.id);
        d.oldName = x.name;
        d.renamed = x.name != y.name;
        const ObjectId parentInB = x.parentId == 0 ? 0 : aToB.value(x.parentId, ObjectId(-1));
        d.moved = parentInB != y.parentId;
        if (d.moved) {
            d.oldParentPath = x.parentId == 0 ? QString() : pathsA.value(x.parentId);
            d.newParentPath = y.parentId == 0 ? QString() : pathsB.value(y.parentId);
        }
        d.fields = fieldDifferences(x.fields, y.fields);
        if (d.renamed || d.moved || !d.fields.isEmpty())
            diff.m_objects.append(d);
    }
    return diff;
}

int DesignDiff::addedCount() const
{
    return int(std::count_if(m_objects.cbegin(), m_objects.cend(),
                             [](const ObjectDifference &d) { return d.change == ObjectDifference::Change::Added; }));
}

int DesignDiff::removedCount() const
{
    return int(std::count_if(m_objects.cbegin(), m_objects.cend(),
                             [](const ObjectDifference &d) { return d.change == ObjectDifference::Change::Removed; }));
}

int DesignDiff::changedCount() const
{
    return int(std::count_if(m_objects.cbegin(), m_objects.cend(),
                             [](const ObjectDifference &d) { return d.change == ObjectDifference::Change::Changed; }));
}

QString DesignDiff::toText() const
{
    if (isEmpty())
        return QStringLiteral("no differences\n");
    QString out;
    if (m_oldName != m_newName)
        out += QStringLiteral("~ (design)  name: %1 -> %2\n").arg(quoted(m_oldName), quoted(m_newName));
    for (const ObjectDifference &d : m_objects) {
        switch (d.change) {
        case ObjectDifference::Change::Removed:
            out += QStringLiteral("- %1  (%2)\n").arg(d.oldPath, kindName(d.kind));
            break;
        case ObjectDifference::Change::Added:
            out += QStringLiteral("+ %1  (%2)\n").arg(d.newPath, kindName(d.kind));
            break;
        case ObjectDifference::Change::Changed:
            if (d.renamed)
                out += QStringLiteral("~ %1  renamed: %2 -> %3\n").arg(d.newPath, quoted(d.oldName), quoted(d.newName));
            if (d.moved) {
                const QString from = d.oldParentPath.isEmpty() ? QStringLiteral("(top level)") : d.oldParentPath;
                const QString to = d.newParentPath.isEmpty() ? QStringLiteral("(top level)") : d.newParentPath;
                out += QStringLiteral("~ %1  moved: %2 -> %3\n").arg(d.newPath, from, to);
            }
            for (const FieldDifference &f : d.fields) {
                out += QStringLiteral("~ %1  %2: %3 -> %4\n")
                           .arg(d.newPath, f.path, f.inOld ? valueText(f.oldValue) : QStringLiteral("(none)"),
                                f.inNew ? valueText(f.newValue) : QStringLiteral("(none)"));
            }
            break;
        }
    }
    out += QStringLiteral("%1 added, %2 removed, %3 changed\n").arg(addedCount()).arg(removedCount()).arg(changedCount());
    return out;
}

QByteArray DesignDiff::toJson() const
{
    QJsonArray added, removed, changed;
    for (const ObjectDifference &d : m_objects) {
        switch (d.change) {
        case ObjectDifference::Change::Removed:
            removed.append(QJsonObject{{QStringLiteral("id"), qint64(d.oldId)},
                                       {QStringLiteral("kind"), kindName(d.kind)},
                                       {QStringLiteral("path"), d.oldPath}});
            break;
        case ObjectDifference::Change::Added:
            added.append(QJsonObject{{QStringLiteral("id"), qint64(d.newId)},
                                     {QStringLiteral("kind"), kindName(d.kind)},
                                     {QStringLiteral("path"), d.newPath}});
            break;
        case ObjectDifference::Change::Changed: {
            QJsonObject o{{QStringLiteral("oldId"), qint64(d.oldId)},
                          {QStringLiteral("newId"), qint64(d.newId)},
                          {QStringLiteral("kind"), kindName(d.kind)},
                          {QStringLiteral("oldPath"), d.oldPath},
                          {QStringLiteral("path"), d.newPath}};
            if (d.renamed)
                o.insert(QStringLiteral("renamed"), QJsonObject{{QStringLiteral("old"), d.oldName}, {QStringLiteral("new"), d.newName}});
            if (d.moved)
                o.insert(QStringLiteral("moved"),
                         QJsonObject{{QStringLiteral("old"), d.oldParentPath}, {QStringLiteral("new"), d.newParentPath}});
            QJsonArray fields;
            for (const FieldDifference &f : d.fields) {
                QJsonObject fo{{QStringLiteral("path"), f.path}};
                if (f.inOld)
                    fo.insert(QStringLiteral("old"), jsonValue(f.oldValue));
                if (f.inNew)
                    fo.insert(QStringLiteral("new"), jsonValue(f.newValue));
                fields.append(fo);
            }
            o.insert(QStringLiteral("fields"), fields);
            changed.append(o);
            break;
        }
        }
    }
    QJsonObject root{{QStringLiteral("equal"), isEmpty()},
                     {QStringLiteral("added"), added},
                     {QStringLiteral("removed"), removed},
                     {QStringLiteral("changed"), changed},
                     {QStringLiteral("summary"),
                      QJsonObject{{QStringLiteral("added"), addedCount()},
                                  {QStringLiteral("removed"), removedCount()},
                                  {QStringLiteral("changed"), changedCount()}}}};
    if (m_oldName != m_newName)
        root.insert(QStringLiteral("design"), QJsonObject{{QStringLiteral("old"), m_oldName}, {QStringLiteral("new"), m_newName}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Scaleplan
