#include "model/validation/rulesupport.h"

namespace Scaleplan::RuleSupport {

Diagnostic makeDiagnostic(const DesignData &design, const DesignObject &object, Severity severity,
                          const QString &rule, const QString &field, const QString &message)
{
    return objectDiagnostic(design, object, severity, rule, field, message);
}

QString text(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantList:
        return {};
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toString();
    }
}

bool isTrue(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    return text(value).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

std::optional<qint64> integer(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return std::nullopt;
    }
    case QMetaType::QString: {
        bool ok = false;
        const qint64 v = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return v;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

bool isMap(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantMap;
}

bool isList(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantList;
}

QList<ObjectId> kubernetesObjectsInCluster(const DesignData &design, ObjectKind kind, ObjectId clusterId)
{
    const QList<ObjectId> all = design.objectsOfKind(kind);
    if (clusterId == 0)
        return all;
    QList<ObjectId> out;
    for (ObjectId id : all) {
        if (design.enclosing(id, ObjectKind::EksCluster) == clusterId)
            out.append(id);
    }
    return out;
}

QString joinedList(const QStringList &items, const QString &lastSeparator)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    return QString(items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + lastSeparator + items.last());
}

} // namespace Scaleplan::RuleSupport
