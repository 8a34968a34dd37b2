#include "model/connectionspec.h"

#include <array>
#include <cmath>
#include <limits>

namespace Scaleplan {

namespace {

struct TypeEntry {
    ConnectionType type;
    const char *name;
};
constexpr std::array kTypes{
    TypeEntry{ConnectionType::Calls, "calls"},           TypeEntry{ConnectionType::Targets, "targets"},
    TypeEntry{ConnectionType::Aliases, "aliases"},       TypeEntry{ConnectionType::Origin, "origin"},
    TypeEntry{ConnectionType::Replicates, "replicates"}, TypeEntry{ConnectionType::Triggers, "triggers"},
    TypeEntry{ConnectionType::Scales, "scales"},
};

struct Ends {
    QList<ObjectKind> from;
    QList<ObjectKind> to;
};

Ends endsOf(ConnectionType type)
{
    using K = ObjectKind;
    switch (type) {
    case ConnectionType::Calls:
        return {{K::Deployment, K::Job, K::LambdaFunction},
                {K::Deployment, K::LambdaFunction, K::AuroraCluster, K::DynamoDBTable, K::ElastiCacheReplicationGroup,
                 K::SqsQueue, K::ApplicationLoadBalancer, K::ExternalNetwork}};
    case ConnectionType::Targets:
        return {{K::ApplicationLoadBalancer, K::TargetGroup}, {K::Deployment, K::LambdaFunction}};
    case ConnectionType::Aliases:
        return {{K::Route53RecordSet}, {K::ApplicationLoadBalancer, K::CloudFrontDistribution}};
    case ConnectionType::Origin:
        return {{K::CloudFrontDistribution}, {K::ApplicationLoadBalancer}};
    case ConnectionType::Replicates: {
        const QList<K> kinds{K::AuroraCluster, K::ElastiCacheReplicationGroup, K::DynamoDBTable, K::EksCluster};
        return {kinds, kinds};
    }
    case ConnectionType::Triggers:
        return {{K::SqsQueue, K::DynamoDBTable}, {K::LambdaFunction, K::Deployment, K::Job}};
    case ConnectionType::Scales:
        return {{K::HorizontalPodAutoscaler, K::VerticalPodAutoscaler, K::ScaledObject}, {K::Deployment}};
    }
    return {};
}

QString kindList(const QList<ObjectKind> &kinds)
{
    QStringList names;
    for (ObjectKind k : kinds)
        names.append(kindName(k));
    return names.join(QStringLiteral(", "));
}

/// A positive integer id from an int, a whole double or a string of digits; 0 otherwise.
ObjectId idFrom(const QVariant &value)
{
    if (!value.isValid())
        return 0;
    bool ok = false;
    if (value.typeId() == QMetaType::Double) {
        const double d = value.toDouble();
        return (d >= 1 && std::floor(d) == d) ? ObjectId(d) : 0;
    }
    const qlonglong n = value.toString().trimmed().toLongLong(&ok);
    return ok && n > 0 ? ObjectId(n) : 0;
}

} // namespace

QString connectionTypeName(ConnectionType type)
{
    for (const auto &entry : kTypes) {
        if (entry.type == type)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

std::optional<ConnectionType> connectionTypeFromName(const QString &name)
{
    for (const auto &entry : kTypes) {
        if (name == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

QList<ConnectionType> allConnectionTypes()
{
    QList<ConnectionType> types;
    for (const auto &entry : kTypes)
        types.append(entry.type);
    return types;
}

bool connectionFits(ConnectionType type, ObjectKind from, ObjectKind to)
{
    const Ends ends = endsOf(type);
    if (!ends.from.contains(from) || !ends.to.contains(to))
        return false;
    return type != ConnectionType::Replicates || from == to;
}

QString connectionEndsText(ConnectionType type)
{
    const Ends ends = endsOf(type);
    QString text = QStringLiteral("from %1 to %2").arg(kindList(ends.from), kindList(ends.to));
    if (type == ConnectionType::Replicates)
        text += QStringLiteral(" (the same kind at both ends)");
    return text;
}

std::optional<ConnectionSpec> ConnectionSpec::fromObject(const DesignObject &object, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::optional<ConnectionSpec>();
    };
    if (object.kind != ObjectKind::Connection)
        return fail(QStringLiteral("%1 is a %2, not a Connection").arg(object.name, kindName(object.kind)));
    ConnectionSpec spec;
    spec.fromId = idFrom(object.fields.value(QStringLiteral("FromId")));
    spec.toId = idFrom(object.fields.value(QStringLiteral("ToId")));
    if (!spec.fromId)
        return fail(QStringLiteral("FromId must be the id of an object (a positive integer)"));
    if (!spec.toId)
        return fail(QStringLiteral("ToId must be the id of an object (a positive integer)"));
    const QString typeName = object.fields.value(QStringLiteral("Type")).toString();
    const auto type = connectionTypeFromName(typeName);
    if (!type) {
        QStringList names;
        for (const auto &entry : kTypes)
            names.append(QString::fromLatin1(entry.name));
        return fail(QStringLiteral("Type \"%1\" is not one of %2").arg(typeName, names.join(QStringLiteral(", "))));
    }
    spec.type = *type;
    const QVariant share = object.fields.value(QStringLiteral("RequestShare"));
    if (share.isValid()) {
        bool ok = false;
        const double value = share.toDouble(&ok);
        if (ok && std::isfinite(value))
            spec.requestShare = value;
    }
    spec.description = object.fields.value(QStringLiteral("Description")).toString();
    return spec;
}

DesignObject ConnectionSpec::toObject(const DesignData &design) const
{
    DesignObject object;
    object.kind = ObjectKind::Connection;
    const DesignObject *from = design.object(fromId);
    const DesignObject *to = design.object(toId);
    object.name = QStringLiteral("%1 → %2")
                      .arg(from ? from->name : QStringLiteral("#%1").arg(fromId),
                           to ? to->name : QStringLiteral("#%1").arg(toId));
    // Plain ints, as the YAML reader gives them back (design YAML round-trips to an equal design).
    auto idValue = [](ObjectId id) {
        return id <= ObjectId(std::numeric_limits<int>::max()) ? QVariant(int(id)) : QVariant(qulonglong(id));
    };
    object.fields.insert(QStringLiteral("FromId"), idValue(fromId));
    object.fields.insert(QStringLiteral("ToId"), idValue(toId));
    object.fields.insert(QStringLiteral("Type"), connectionTypeName(type));
    if (requestShare)
        object.fields.insert(QStringLiteral("RequestShare"), *requestShare);
    if (!description.isEmpty())
        object.fields.insert(QStringLiteral("Description"), description);
    return object;
}

} // namespace Scaleplan
