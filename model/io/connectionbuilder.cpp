#include "model/io/connectionbuilder.h"

#include "model/connectionspec.h"

#include <QRegularExpression>
#include <QSet>
#include <set>
#include <tuple>

namespace Scaleplan {

namespace {

/// The AWS region code inside `text`, case-insensitive ("${ALB-US-East-1.DNSName}" → "us-east-1").
QString regionCodeIn(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("((?:us|eu|ap|sa|ca|me|af|il|mx)-(?:gov-)?(?:east|west|north|south|central|northeast|"
                       "southeast|northwest|southwest)-\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

/// The name of a CloudFormation-style reference "${Name.Attribute}" ("${SQSQueue.Arn}" → "SQSQueue");
/// empty when `text` is not one.
QString referenceName(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\$\\{([^}.]+)(?:\\.[^}]*)?\\}$"));
    const auto m = re.match(text.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

class Builder
{
public:
    Builder(DesignData &design, QList<Diagnostic> &notes)
        : d(design)
        , m_notes(notes)
    {
        for (ObjectId id : d.objectsOfKind(ObjectKind::Connection)) {
            if (const auto spec = ConnectionSpec::fromObject(*d.object(id)))
                m_existing.insert(key(spec->fromId, spec->toId, spec->type));
        }
    }

    void run()
    {
        targets();
        aliases();
        origins();
        replication();
        triggers();
        scaling();
        calls();
    }

private:
    using Key = std::tuple<ObjectId, ObjectId, int>;
    static Key key(ObjectId from, ObjectId to, ConnectionType type) { return {from, to, int(type)}; }

    /// Adds the connection unless it exists; returns its id, 0 when it existed or an end is missing.
    ObjectId connect(ObjectId from, ObjectId to, ConnectionType type, ObjectId sourceOf,
                     std::optional<double> share = std::nullopt, const QString &description = QString())
    {
        if (!from || !to || from == to || m_existing.count(key(from, to, type)) > 0)
            return 0;
        if (!connectionFits(type, d.object(from)->kind, d.object(to)->kind))
            return 0;
        ConnectionSpec spec;
        spec.fromId = from;
        spec.toId = to;
        spec.type = type;
        spec.requestShare = share;
        spec.description = description;
        DesignObject object = spec.toObject(d);
        if (const DesignObject *source = d.object(sourceOf))
            object.source = source->source;
        m_existing.insert(key(from, to, type));
        return d.insert(object);
    }

    ObjectId regionOf(ObjectId id) const { return d.enclosing(id, ObjectKind::Region); }

    QString regionCode(ObjectId id) const
    {
        const ObjectId region = regionOf(id);
        return region ? d.object(region)->name : QString();
    }

    /// The region whose Role is primary, else the first region.
    ObjectId primaryRegion() const
    {
        const QList<ObjectId> regions = d.objectsOfKind(ObjectKind::Region);
        for (ObjectId id : regions) {
            if (d.object(id)->field(QStringLiteral("Role")).toString() == QLatin1String("primary"))
                return id;
        }
        return regions.isEmpty() ? 0 : regions.first();
    }

    /// First object of `kind` named `name` (case-insensitive), 0 when none.
    ObjectId named(ObjectKind kind, const QString &name) const
    {
        if (name.isEmpty())
            return 0;
        for (ObjectId id : d.objectsOfKind(kind)) {
            if (d.object(id)->name.compare(name, Qt::CaseInsensitive) == 0)
                return id;
        }
        return 0;
    }

    /// First object of `kind` in the region named `code` (a region code), 0 when none.
    ObjectId inRegion(ObjectKind kind, const QString &code) const
    {
        if (code.isEmpty())
            return 0;
        for (ObjectId id : d.objectsOfKind(kind)) {
            if (regionCode(id) == code)
                return id;
        }
        return 0;
    }

    /// The Deployment named `name` in `cluster` (0 = anywhere), 0 when none.
    ObjectId deploymentIn(const QString &name, ObjectId cluster) const
    {
        for (ObjectId id : d.objectsOfKind(ObjectKind::Deployment)) {
            if (d.object(id)->name == name && (!cluster || d.enclosing(id, ObjectKind::EksCluster) == cluster))
                return id;
        }
        return 0;
    }

    /// The Deployment a scaling object targets (same cluster), 0 when it is not in the design.
    ObjectId scaledWorkload(ObjectId scaler) const
    {
        const DesignObject &o = *d.object(scaler);
        QString name;
        if (o.kind == ObjectKind::VerticalPodAutoscaler) {
            const QString kind = o.field(QStringLiteral("spec.targetRef.kind")).toString();
            if (kind.isEmpty() || kind == QLatin1String("Deployment"))
                name = o.field(QStringLiteral("spec.targetRef.name")).toString();
        } else {
            const QString kind = o.field(QStringLiteral("spec.scaleTargetRef.kind")).toString();
            if (kind.isEmpty() || kind == QLatin1String("Deployment"))
                name = o.field(QStringLiteral("spec.scaleTargetRef.name")).toString();
        }
        return name.isEmpty() ? 0 : deploymentIn(name, d.enclosing(scaler, ObjectKind::EksCluster));
    }

    /// The workload a target group forwards to (see the header), in the region `code`.
    ObjectId targetGroupWorkload(const QVariantMap &group, const QString &code) const
    {
        const QString explicitTarget = group.value(QStringLiteral("TargetWorkload")).toString();
        if (!explicitTarget.isEmpty()) {
            for (ObjectKind kind : {ObjectKind::Deployment, ObjectKind::LambdaFunction}) {
                for (ObjectId id : d.objectsOfKind(kind)) {
                    if (d.object(id)->name == explicitTarget && (code.isEmpty() || regionCode(id) == code))
                        return id;
                }
            }
            return 0;
        }
        const QString groupName = group.value(QStringLiteral("Name")).toString();
        ObjectId best = 0;
        qsizetype bestLength = 0;
        for (ObjectKind kind : {ObjectKind::Deployment, ObjectKind::LambdaFunction}) {
            for (ObjectId id : d.objectsOfKind(kind)) {
                const QString name = d.object(id)->name;
                if (name.isEmpty() || !groupName.startsWith(name) || (!code.isEmpty() && regionCode(id) != code))
                    continue;
                // A whole word of the name: "web-app-targets" starts with "web-app", not with "web-a".
                const bool wordEnd = groupName.size() == name.size() || !groupName.at(name.size()).isLetterOrNumber();
                if (wordEnd && name.size() > bestLength) {
                    best = id;
                    bestLength = name.size();
                }
            }
        }
        if (best)
            return best;
        for (ObjectId hpa : d.objectsOfKind(ObjectKind::HorizontalPodAutoscaler)) {
            const ObjectId workload = scaledWorkload(hpa);
            if (workload && (code.isEmpty() || regionCode(workload) == code))
                return workload;
        }
        return 0;
    }

    void targets()
    {
        for (ObjectId alb : d.objectsOfKind(ObjectKind::ApplicationLoadBalancer)) {
            const QString code = regionCode(alb);
            for (const QVariant &g : d.object(alb)->field(QStringLiteral("TargetGroups")).toList())
                connect(alb, targetGroupWorkload(g.toMap(), code), ConnectionType::Targets, alb);
        }
        for (ObjectId group : d.objectsOfKind(ObjectKind::TargetGroup)) {
            QVariantMap fields = d.object(group)->fields;
            if (!fields.contains(QStringLiteral("Name")))
                fields.insert(QStringLiteral("Name"), d.object(group)->name);
            connect(group, targetGroupWorkload(fields, regionCode(group)), ConnectionType::Targets, group);
        }
    }

    /// The ALB or CloudFront distribution a DNS name or reference denotes (see the header).
    ObjectId dnsTarget(const QString &dnsName, const QString &fallbackRegion, bool allowCloudFront) const
    {
        const QString ref = referenceName(dnsName);
        if (ObjectId alb = named(ObjectKind::ApplicationLoadBalancer, ref))
            return alb;
        if (allowCloudFront) {
            if (ObjectId cdn = named(ObjectKind::CloudFrontDistribution, ref))
                return cdn;
            const QList<ObjectId> cdns = d.objectsOfKind(ObjectKind::CloudFrontDistribution);
            if (!cdns.isEmpty()
                && (dnsName.contains(QLatin1String("cloudfront"), Qt::CaseInsensitive)))
                return cdns.first();
        }
        QString code = regionCodeIn(dnsName);
        if (code.isEmpty())
            code = fallbackRegion;
        return inRegion(ObjectKind::ApplicationLoadBalancer, code);
    }

    void aliases()
    {
        for (ObjectId record : d.objectsOfKind(ObjectKind::Route53RecordSet)) {
            const DesignObject &o = *d.object(record);
            const QString target = o.field(QStringLiteral("AliasTarget.DNSName")).toString();
            if (target.isEmpty())
                continue;
            const QString setRegion = regionCodeIn(o.field(QStringLiteral("SetIdentifier")).toString());
            connect(record, dnsTarget(target, setRegion, true), ConnectionType::Aliases, record);
        }
    }

    void origins()
    {
        const ObjectId primary = primaryRegion();
        const QString primaryCode = primary ? d.object(primary)->name : QString();
        for (ObjectId cdn : d.objectsOfKind(ObjectKind::CloudFrontDistribution)) {
            for (const QVariant &origin : d.object(cdn)->field(QStringLiteral("Origins")).toList()) {
                const QString domain = origin.toMap().value(QStringLiteral("DomainName")).toString();
                if (domain.isEmpty())
                    continue;
                ObjectId alb = dnsTarget(domain, primaryCode, false);
                // "${ApplicationLoadBalancer.DNSName}" names the kind, not one load balancer.
                const QString ref = referenceName(domain);
                if (!alb && (ref.contains(QLatin1String("LoadBalancer"), Qt::CaseInsensitive)
                             || ref.startsWith(QLatin1String("ALB"), Qt::CaseInsensitive))) {
                    const QList<ObjectId> albs = d.objectsOfKind(ObjectKind::ApplicationLoadBalancer);
                    alb = albs.isEmpty() ? 0 : albs.first();
                }
                connect(cdn, alb, ConnectionType::Origin, cdn);
            }
        }
    }

    bool isSecondary(ObjectId id) const
    {
        return d.object(id)->field(QStringLiteral("GlobalRole")).toString() == QLatin1String("secondary");
    }

    /// The primary of `kind`: not a secondary, in the primary region first.
    ObjectId primaryOf(ObjectKind kind) const
    {
        const ObjectId region = primaryRegion();
        ObjectId fallback = 0;
        for (ObjectId id : d.objectsOfKind(kind)) {
            if (isSecondary(id))
                continue;
            if (regionOf(id) == region)
                return id;
            fallback = fallback ? fallback : id;
        }
        return fallback;
    }

    void replication()
    {
        for (ObjectId g : d.objectsOfKind(ObjectKind::GlobalReplication)) {
            const DesignObject &global = *d.object(g);
            const QString type = global.field(QStringLiteral("Type")).toString();
            ObjectKind kind;
            ObjectId primary = 0;
            if (type.contains(QLatin1String("Aurora"), Qt::CaseInsensitive)) {
                kind = ObjectKind::AuroraCluster;
                primary = named(kind, global.field(QStringLiteral("PrimaryCluster")).toString());
            } else if (type.contains(QLatin1String("Datastore"), Qt::CaseInsensitive)
                       || type.contains(QLatin1String("ElastiCache"), Qt::CaseInsensitive)) {
                kind = ObjectKind::ElastiCacheReplicationGroup;
                primary = named(kind, global.field(QStringLiteral("PrimaryCluster")).toString());
                if (!primary)
                    primary = inRegion(kind, global.field(QStringLiteral("PrimaryRegion")).toString());
            } else {
                continue;
            }
            if (!primary)
                continue;
            for (const QVariant &r : global.field(QStringLiteral("SecondaryRegions")).toList()) {
                for (ObjectId id : d.objectsOfKind(kind)) {
                    if (id != primary && regionCode(id) == r.toString())
                        connect(id, primary, ConnectionType::Replicates, g);
                }
            }
        }
        // Secondaries no GlobalReplication lists: they follow the primary of their kind.
        for (ObjectKind kind : {ObjectKind::AuroraCluster, ObjectKind::ElastiCacheReplicationGroup}) {
            const ObjectId primary = primaryOf(kind);
            for (ObjectId id : d.objectsOfKind(kind)) {
                if (!isSecondary(id) || !primary)
                    continue;
                bool follows = false;
                for (const Key &k : std::as_const(m_existing))
                    follows = follows || (std::get<0>(k) == id && std::get<2>(k) == int(ConnectionType::Replicates));
                if (!follows)
                    connect(id, primary, ConnectionType::Replicates, id);
            }
        }
    }

    /// The SqsQueue (or DynamoDBTable, for a stream) an event source ARN denotes, 0 when none.
    ObjectId eventSource(const QString &arn, const QString &code) const
    {
        const QString ref = referenceName(arn);
        if (!ref.isEmpty()) {
            if (ObjectId q = named(ObjectKind::SqsQueue, ref))
                return q;
            if (ObjectId t = named(ObjectKind::DynamoDBTable, ref))
                return t;
            if (ref.contains(QLatin1String("sqs"), Qt::CaseInsensitive)) {
                if (ObjectId q = inRegion(ObjectKind::SqsQueue, code))
                    return q;
                const QList<ObjectId> queues = d.objectsOfKind(ObjectKind::SqsQueue);
                return queues.isEmpty() ? 0 : queues.first();
            }
            return 0;
        }
        // arn:aws:sqs:us-east-1:123456789012:processing-queue, arn:aws:dynamodb:...:table/name/stream/...
        const QStringList parts = arn.split(QLatin1Char(':'));
        if (parts.size() >= 6 && parts.at(2) == QLatin1String("sqs"))
            return named(ObjectKind::SqsQueue, parts.at(5));
        if (parts.size() >= 6 && parts.at(2) == QLatin1String("dynamodb"))
            return named(ObjectKind::DynamoDBTable, parts.at(5).section(QLatin1Char('/'), 1, 1));
        return 0;
    }

    void triggers()
    {
        for (ObjectId fn : d.objectsOfKind(ObjectKind::LambdaFunction)) {
            const QString code = regionCode(fn);
            for (const QVariant &m : d.object(fn)->field(QStringLiteral("EventSourceMappings")).toList()) {
                const QString arn = m.toMap().value(QStringLiteral("EventSourceArn")).toString();
                connect(eventSource(arn, code), fn, ConnectionType::Triggers, fn);
            }
        }
        for (ObjectId scaler : d.objectsOfKind(ObjectKind::ScaledObject)) {
            const ObjectId workload = scaledWorkload(scaler);
            if (!workload)
                continue;
            for (const QVariant &t : d.object(scaler)->field(QStringLiteral("spec.triggers")).toList()) {
                const QVariantMap trigger = t.toMap();
                if (trigger.value(QStringLiteral("type")).toString() != QLatin1String("aws-sqs-queue"))
                    continue;
                const QString url = trigger.value(QStringLiteral("metadata")).toMap().value(QStringLiteral("queueURL")).toString();
                connect(named(ObjectKind::SqsQueue, url.section(QLatin1Char('/'), -1)), workload,
                        ConnectionType::Triggers, scaler);
            }
        }
    }

    void scaling()
    {
        for (ObjectKind kind :
             {ObjectKind::HorizontalPodAutoscaler, ObjectKind::VerticalPodAutoscaler, ObjectKind::ScaledObject}) {
            for (ObjectId scaler : d.objectsOfKind(kind))
                connect(scaler, scaledWorkload(scaler), ConnectionType::Scales, scaler);
        }
    }

    /// The tier of `kind` in `region` that is not a secondary, 0 when none.
    ObjectId tierIn(ObjectKind kind, ObjectId region) const
    {
        for (ObjectId id : d.objectsOfKind(kind)) {
            if (!isSecondary(id) && regionOf(id) == region)
                return id;
        }
        return 0;
    }

    /// The Deployment of `workload`'s cluster named by the first label of a DestinationRule's
    /// spec.host ("user-service" or "user-service.production.svc.cluster.local"), 0 when none.
    ObjectId meshService(ObjectId workload) const
    {
        const ObjectId cluster = d.enclosing(workload, ObjectKind::EksCluster);
        for (ObjectId rule : d.objectsOfKind(ObjectKind::DestinationRule)) {
            const QString host = d.object(rule)->field(QStringLiteral("spec.host")).toString().section(QLatin1Char('.'), 0, 0);
            if (host.isEmpty())
                continue;
            for (ObjectId id : d.objectsOfKind(ObjectKind::Deployment)) {
                if (id != workload && d.object(id)->name == host && d.enclosing(id, ObjectKind::EksCluster) == cluster)
                    return id;
            }
        }
        return 0;
    }

    void calls()
    {
        struct Assumed {
            ObjectKind kind;
            double share;
            const char *what;
        };
        // Our assumption (see the header): 30 % of requests read the cache, 10 % query the database,
        // 20 % read or write the DynamoDB table, 5 % send a background job to the queue, and half
        // call the service an Istio DestinationRule protects.
        const QList<Assumed> assumed{{ObjectKind::ElastiCacheReplicationGroup, 0.3, "a cache look-up"},
                                     {ObjectKind::AuroraCluster, 0.1, "a database query"},
                                     {ObjectKind::DynamoDBTable, 0.2, "a table read or write"},
                                     {ObjectKind::SqsQueue, 0.05, "a background job sent to the queue"},
                                     {ObjectKind::Deployment, 0.5, "a call to the service its DestinationRule protects"}};
        QSet<ObjectId> frontEnds;
        QList<ObjectId> ordered;
        for (ObjectId id : d.objectsOfKind(ObjectKind::Connection)) {
            const auto spec = ConnectionSpec::fromObject(*d.object(id));
            if (!spec || spec->type != ConnectionType::Targets || !d.contains(spec->toId))
                continue;
            if (d.object(spec->toId)->kind == ObjectKind::Deployment && !frontEnds.contains(spec->toId)) {
                frontEnds.insert(spec->toId);
                ordered.append(spec->toId);
            }
        }
        for (ObjectId workload : std::as_const(ordered)) {
            const ObjectId region = regionOf(workload);
            for (const Assumed &a : assumed) {
                const ObjectId tier = a.kind == ObjectKind::Deployment ? meshService(workload) : tierIn(a.kind, region);
                const QString description = QStringLiteral("assumed: %1 on %2 % of requests")
                                                .arg(QLatin1String(a.what))
                                                .arg(a.share * 100);
                const ObjectId id = connect(workload, tier, ConnectionType::Calls, workload, a.share, description);
                if (!id)
                    continue;
                Diagnostic note;
                note.severity = Severity::Info;
                note.rule = QStringLiteral("completion.connection");
                note.objectId = id;
                note.objectPath = d.pathOf(id);
                note.field = QStringLiteral("RequestShare");
                note.source = d.object(id)->source;
                note.message = QStringLiteral("Added connection %1 (calls, RequestShare %2): assumed from the document's "
                                              "tiers — it lists %3 next to the workload the load balancer serves but "
                                              "not who calls it or how often; we assume %4 on %5 % of %6's requests. "
                                              "Edit RequestShare (0..1) to match the real request mix, or delete the "
                                              "connection.")
                                   .arg(d.object(id)->name)
                                   .arg(a.share)
                                   .arg(d.object(tier)->name, QLatin1String(a.what))
                                   .arg(a.share * 100)
                                   .arg(d.object(workload)->name);
                m_notes.append(note);
            }
        }
    }

    DesignData &d;
    QList<Diagnostic> &m_notes;
    std::set<Key> m_existing;
};

} // namespace

namespace ConnectionBuilder {

void addConnections(DesignData &design, QList<Diagnostic> &notes)
{
    Builder(design, notes).run();
}

} // namespace ConnectionBuilder
} // namespace Scaleplan
