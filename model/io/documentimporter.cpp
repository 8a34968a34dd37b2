#include "model/io/documentimporter.h"

#include "model/cidr/cidr.h"
#include "model/fieldpath.h"
#include "model/io/connectionbuilder.h"
#include "model/io/filecheck.h"
#include "model/io/markdownblocks.h"
#include "model/io/yamlreader.h"
#include "model/validation/validator.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Scaleplan {

namespace {

const QStringList kKubernetesKinds{
    QStringLiteral("HorizontalPodAutoscaler"), QStringLiteral("VerticalPodAutoscaler"), QStringLiteral("NodePool"),
    QStringLiteral("EC2NodeClass"),           QStringLiteral("ScaledObject"),          QStringLiteral("DestinationRule"),
    QStringLiteral("Deployment"),             QStringLiteral("Job"),                   QStringLiteral("ConfigMap"),
    QStringLiteral("PrometheusRule"),         QStringLiteral("PodChaos"),
};

const QStringList kNotationKeys{
    QStringLiteral("AuroraCluster"),          QStringLiteral("DynamoDBTable"),
    QStringLiteral("ElastiCacheReplicationGroup"), QStringLiteral("ApplicationLoadBalancer"),
    QStringLiteral("LambdaFunction"),         QStringLiteral("CloudFrontDistribution"),
    QStringLiteral("PrimaryRegion"),          QStringLiteral("SecondaryRegion"),
    QStringLiteral("CrossRegionReplication"), QStringLiteral("Route53HealthChecks"),
    QStringLiteral("Route53RecordSets"),      QStringLiteral("VPCConfiguration"),
    QStringLiteral("EKSCluster"),             QStringLiteral("LoadTesting"),
};

/// One recognised piece of a document, waiting to be placed.
struct Piece {
    QString key;        ///< notation key, or "k8s"
    QVariant value;
    int line = 0;
    const YamlDocument *doc = nullptr;
    QString path;       ///< FieldPath of `value` inside the document
};

QString regionIn(const QVariant &value)
{
    static const QRegularExpression re(
        QStringLiteral("\\b((?:us|eu|ap|sa|ca|me|af|il|mx)-(?:gov-)?(?:east|west|north|south|central|northeast|"
                       "southeast|northwest|southwest)-\\d)\\b"));
    if (value.typeId() == QMetaType::QString) {
        const auto m = re.match(value.toString());
        return m.hasMatch() ? m.captured(1) : QString();
    }
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            const QString r = regionIn(it.value());
            if (!r.isEmpty())
                return r;
        }
    }
    if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &v : value.toList()) {
            const QString r = regionIn(v);
            if (!r.isEmpty())
                return r;
        }
    }
    return {};
}

class Importer
{
public:
    Importer(const QString &file)
        : m_file(file)
    {
    }

    QList<Diagnostic> diagnostics;
    DesignData design;

    void diag(Severity severity, const QString &rule, int line, const QString &message, ObjectId object = 0,
              const QString &field = QString(), int column = 0)
    {
        Diagnostic d;
        d.severity = severity;
        d.rule = rule;
        d.objectId = object;
        d.objectPath = object ? design.pathOf(object) : QString();
        d.field = field;
        d.message = message;
        d.source = SourceLocation{m_file, line, column};
        diagnostics.append(d);
    }

    SourceLocation at(int line) const { return SourceLocation{m_file, line, 0}; }

    /// Sorts one YAML document into pieces (or diagnostics).
    void recognise(const YamlDocument &doc)
    {
        if (doc.root.typeId() != QMetaType::QVariantMap) {
            const QString found = doc.root.typeId() == QMetaType::QVariantList ? QStringLiteral("a sequence")
                                                                               : QStringLiteral("a scalar");
            diag(Severity::Error, QStringLiteral("import.block-shape"), doc.line,
                 QStringLiteral("expected a mapping (Kubernetes object or design notation) at the top of the YAML "
                                "document, found %1; the document is not imported")
                     .arg(found),
                 0, QString(), doc.column);
            return;
        }
        const QVariantMap root = doc.root.toMap();
        if (root.contains(QStringLiteral("apiVersion")) || root.contains(QStringLiteral("kind"))) {
            const QString kind = root.value(QStringLiteral("kind")).toString();
            if (!kKubernetesKinds.contains(kind)) {
                diag(Severity::Warning, QStringLiteral("import.unsupported-kind"), doc.line,
                     QStringLiteral("Kubernetes kind '%1' (apiVersion %2) is not modelled by Scaleplan; the document is "
                                    "not imported")
                         .arg(kind.isEmpty() ? QStringLiteral("(none)") : kind,
                              root.value(QStringLiteral("apiVersion")).toString()));
                return;
            }
            m_pieces.append(Piece{QStringLiteral("k8s"), doc.root, doc.line, &doc, QString()});
            return;
        }
        if (root.contains(QStringLiteral("Resources")) || root.contains(QStringLiteral("AWSTemplateFormatVersion"))) {
            diag(Severity::Warning, QStringLiteral("import.cloudformation-template"), doc.line,
                 QStringLiteral("CloudFormation templates are not imported yet; the document is not imported"));
            return;
        }
        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            const int line = doc.lineOf(FieldPath::child(QString(), it.key()));
            if (!kNotationKeys.contains(it.key())) {
                diag(Severity::Warning, QStringLiteral("import.unknown-key"), line,
                     QStringLiteral("'%1' is neither a Kubernetes object nor design notation Scaleplan knows (%2); "
                                    "it is not imported")
                         .arg(it.key(), kNotationKeys.join(QStringLiteral(", "))));
                continue;
            }
            m_pieces.append(Piece{it.key(), it.value(), line, &doc, FieldPath::child(QString(), it.key())});
        }
    }

    QList<Piece> take(const QString &key) const
    {
        QList<Piece> out;
        for (const Piece &p : m_pieces) {
            if (p.key == key)
                out.append(p);
        }
        return out;
    }

    ObjectId add(ObjectKind kind, const QString &name, ObjectId parent, const QVariantMap &fields, int line,
                 const YamlDocument *doc = nullptr, const QString &prefix = QString())
    {
        DesignObject obj;
        obj.kind = kind;
        obj.name = name;
        obj.parentId = parent;
        obj.fields = fields;
        obj.source = at(line);
        if (doc)
            obj.fieldLines = linesBelow(*doc, prefix);
        return design.insert(obj);
    }

    /// The document's field lines below `prefix`, keyed relative to it.
    static QHash<QString, int> linesBelow(const YamlDocument &doc, const QString &prefix)
    {
        QHash<QString, int> out;
        for (auto it = doc.lines.constBegin(); it != doc.lines.constEnd(); ++it) {
            const QString &key = it.key();
            if (prefix.isEmpty()) {
                out.insert(key, it.value());
            } else if (key.size() > prefix.size() && key.startsWith(prefix)) {
                const QChar next = key.at(prefix.size());
                if (next == QLatin1Char('.'))
                    out.insert(key.mid(prefix.size() + 1), it.value());
                else if (next == QLatin1Char('['))
                    out.insert(key.mid(prefix.size()), it.value());
            }
        }
        return out;
    }

    ObjectId regionNamed(const QString &code, const QString &role, int line)
    {
        for (ObjectId id : design.objectsOfKind(ObjectKind::Region)) {
            if (design.object(id)->name == code)
                return id;
        }
        return add(ObjectKind::Region, code, 0,
                   QVariantMap{{QStringLiteral("RegionName"), code}, {QStringLiteral("Role"), role}}, line);
    }

    /// The innermost container of a region: its first VPC, else the region itself.
    ObjectId vpcOr(ObjectId region) const
    {
        if (!region)
            return 0;
        for (ObjectId id : design.children(region)) {
            if (design.object(id)->kind == ObjectKind::Vpc)
                return id;
        }
        return region;
    }

    void assemble()
    {
        // 1. Regions named by the multi-region layout.
        struct RegionPiece {
            Piece piece;
            QString code;
        };
        QList<RegionPiece> regionPieces;
        for (const QString &key : {QStringLiteral("PrimaryRegion"), QStringLiteral("SecondaryRegion")}) {
            for (const Piece &p : take(key)) {
                QString code = regionIn(p.value);
                if (code.isEmpty()) {
                    code = key == QLatin1String("PrimaryRegion") ? QStringLiteral("primary-region")
                                                                : QStringLiteral("secondary-region");
                    diag(Severity::Warning, QStringLiteral("import.region-code"), p.line,
                         QStringLiteral("%1 names no AWS region code (such as us-east-1) in its values; called it '%2'")
                             .arg(key, code));
                }
                const QString role = key == QLatin1String("PrimaryRegion") ? QStringLiteral("primary")
                                                                          : QStringLiteral("secondary");
                regionNamed(code, role, p.line);
                regionPieces.append({p, code});
            }
        }
        QString primaryCode;
        for (const RegionPiece &rp : regionPieces) {
            if (rp.piece.key == QLatin1String("PrimaryRegion")) {
                primaryCode = rp.code;
                break;
            }
        }
        ObjectId primaryRegion = primaryCode.isEmpty() ? 0 : regionNamed(primaryCode, QStringLiteral("primary"), 0);

        // 2. The VPC and its subnets.
        ObjectId primaryVpc = 0;
        for (const Piece &p : take(QStringLiteral("VPCConfiguration"))) {
            if (p.value.typeId() != QMetaType::QVariantMap) {
                diag(Severity::Error, QStringLiteral("import.block-shape"), p.line,
                     QStringLiteral("VPCConfiguration must be a mapping"));
                continue;
            }
            const QVariantMap m = p.value.toMap();
            QVariantMap fields;
            static const QStringList known{QStringLiteral("CIDR"), QStringLiteral("CidrBlock"),
                                           QStringLiteral("EnableDnsHostnames"), QStringLiteral("EnableDnsSupport"),
                                           QStringLiteral("AvailabilityZones"), QStringLiteral("SubnetStrategy"),
                                           QStringLiteral("SecondaryCidrBlocks")};
            fields.insert(QStringLiteral("CidrBlock"), m.contains(QStringLiteral("CIDR")) ? m.value(QStringLiteral("CIDR"))
                                                                                          : m.value(QStringLiteral("CidrBlock")));
            for (const QString &k : {QStringLiteral("EnableDnsHostnames"), QStringLiteral("EnableDnsSupport"),
                                     QStringLiteral("SecondaryCidrBlocks")}) {
                if (m.contains(k))
                    fields.insert(k, m.value(k));
            }
            if (m.contains(QStringLiteral("AvailabilityZones")))
                fields.insert(QStringLiteral("AvailabilityZoneCount"), m.value(QStringLiteral("AvailabilityZones")));
            for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
                if (!known.contains(it.key()))
                    diag(Severity::Warning, QStringLiteral("import.unknown-key"),
                         p.doc->lineOf(FieldPath::child(p.path, it.key())),
                         QStringLiteral("VPCConfiguration key '%1' is not recognised and is not imported").arg(it.key()));
            }
            const ObjectId region = primaryRegion;
            const ObjectId vpc = add(ObjectKind::Vpc, QStringLiteral("production-vpc"), region, fields, p.line, p.doc, p.path);
            {
                // Renamed keys keep the line of the document's spelling.
                DesignObject updated = *design.object(vpc);
                const QHash<QString, int> lines = updated.fieldLines;
                if (lines.contains(QStringLiteral("CIDR")))
                    updated.fieldLines.insert(QStringLiteral("CidrBlock"), lines.value(QStringLiteral("CIDR")));
                if (lines.contains(QStringLiteral("AvailabilityZones")))
                    updated.fieldLines.insert(QStringLiteral("AvailabilityZoneCount"), lines.value(QStringLiteral("AvailabilityZones")));
                design.replace(updated);
            }
            if (!primaryVpc)
                primaryVpc = vpc;
            const QVariantMap strategy = m.value(QStringLiteral("SubnetStrategy")).toMap();
            const QList<QPair<QString, QString>> tiers{{QStringLiteral("PublicSubnets"), QStringLiteral("public")},
                                                       {QStringLiteral("PrivateSubnets"), QStringLiteral("private")},
                                                       {QStringLiteral("DatabaseSubnets"), QStringLiteral("database")}};
            QHash<int, ObjectId> zones;
            for (auto it = strategy.constBegin(); it != strategy.constEnd(); ++it) {
                bool knownTier = false;
                for (const auto &t : tiers)
                    knownTier = knownTier || t.first == it.key();
                if (!knownTier)
                    diag(Severity::Warning, QStringLiteral("import.unknown-key"),
                         p.doc->lineOf(FieldPath::child(FieldPath::child(p.path, QStringLiteral("SubnetStrategy")), it.key())),
                         QStringLiteral("SubnetStrategy key '%1' is not a subnet tier (PublicSubnets, PrivateSubnets, "
                                        "DatabaseSubnets) and is not imported")
                             .arg(it.key()));
            }
            for (const auto &[key, tier] : tiers) {
                const QVariantList list = strategy.value(key).toList();
                const QString listPath = FieldPath::child(FieldPath::child(p.path, QStringLiteral("SubnetStrategy")), key);
                for (int i = 0; i < list.size(); ++i) {
                    const QString letter = QString(QChar(u'a' + (i % 26)));
                    if (!zones.contains(i)) {
                        const QString zoneName = (primaryCode.isEmpty() ? QStringLiteral("az-") : primaryCode) + letter;
                        zones.insert(i, add(ObjectKind::AvailabilityZone, zoneName, vpc,
                                            QVariantMap{{QStringLiteral("AvailabilityZone"), zoneName}},
                                            p.doc->lineOf(FieldPath::element(listPath, i))));
                    }
                    QVariantMap sf{{QStringLiteral("CidrBlock"), list.at(i)}, {QStringLiteral("Tier"), tier}};
                    if (tier == QLatin1String("public"))
                        sf.insert(QStringLiteral("MapPublicIpOnLaunch"), true);
                    add(ObjectKind::Subnet, tier + QLatin1Char('-') + letter, zones.value(i), sf,
                        p.doc->lineOf(FieldPath::element(listPath, i)));
                }
            }
        }

        // 3. EKS clusters: the networking block describes the primary region's cluster.
        QString primaryClusterName;
        for (const RegionPiece &rp : regionPieces) {
            if (rp.piece.key == QLatin1String("PrimaryRegion"))
                primaryClusterName = rp.piece.value.toMap().value(QStringLiteral("EKSCluster")).toString();
        }
        ObjectId primaryCluster = 0;
        for (const Piece &p : take(QStringLiteral("EKSCluster"))) {
            const QVariantMap m = p.value.toMap();
            QVariantMap fields;
            const QVariantMap net = m.value(QStringLiteral("NetworkConfig")).toMap();
            QVariantMap knc;
            if (net.contains(QStringLiteral("IpFamily")))
                knc.insert(QStringLiteral("IpFamily"), net.value(QStringLiteral("IpFamily")));
            if (net.contains(QStringLiteral("ServiceIpv4Cidr")))
                knc.insert(QStringLiteral("ServiceIpv4Cidr"), net.value(QStringLiteral("ServiceIpv4Cidr")));
            if (!knc.isEmpty())
                fields.insert(QStringLiteral("KubernetesNetworkConfig"), knc);
            if (m.contains(QStringLiteral("Version")))
                fields.insert(QStringLiteral("Version"), m.value(QStringLiteral("Version")));
            for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
                if (it.key() != QLatin1String("NetworkConfig") && it.key() != QLatin1String("AddOns")
                    && it.key() != QLatin1String("Version") && it.key() != QLatin1String("Name"))
                    diag(Severity::Warning, QStringLiteral("import.unknown-key"),
                         p.doc->lineOf(FieldPath::child(p.path, it.key())),
                         QStringLiteral("EKSCluster key '%1' is not recognised and is not imported").arg(it.key()));
            }
            const QString name = m.value(QStringLiteral("Name")).toString().isEmpty()
                ? (primaryClusterName.isEmpty() ? QStringLiteral("eks-cluster") : primaryClusterName)
                : m.value(QStringLiteral("Name")).toString();
            const ObjectId parent = primaryVpc ? primaryVpc : primaryRegion;
            const ObjectId cluster = add(ObjectKind::EksCluster, name, parent, fields, p.line);
            if (!primaryCluster)
                primaryCluster = cluster;
            const QVariantList addons = m.value(QStringLiteral("AddOns")).toList();
            for (int i = 0; i < addons.size(); ++i) {
                const QVariantMap a = addons.at(i).toMap();
                QVariantMap af{{QStringLiteral("AddonName"), a.value(QStringLiteral("Name"))}};
                if (a.contains(QStringLiteral("Version")))
                    af.insert(QStringLiteral("AddonVersion"), a.value(QStringLiteral("Version")));
                if (a.contains(QStringLiteral("Configuration")))
                    af.insert(QStringLiteral("Configuration"), a.value(QStringLiteral("Configuration")));
                add(ObjectKind::EksAddon, a.value(QStringLiteral("Name")).toString(), cluster, af,
                    p.doc->lineOf(FieldPath::element(FieldPath::child(p.path, QStringLiteral("AddOns")), i)));
            }
        }
        // Clusters, databases and caches that the region layout names.
        for (const RegionPiece &rp : regionPieces) {
            const QVariantMap m = rp.piece.value.toMap();
            const ObjectId region = regionNamed(rp.code, QString(), rp.piece.line);
            for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
                const int line = rp.piece.doc->lineOf(FieldPath::child(rp.piece.path, it.key()));
                const QString name = it.value().toString();
                if (it.key() == QLatin1String("EKSCluster")) {
                    if (!design.findByName(ObjectKind::EksCluster, name))
                        add(ObjectKind::EksCluster, name, vpcOr(region), {}, line);
                } else if (it.key() == QLatin1String("RDSCluster")) {
                    m_regionDatabases.insert(rp.code, {name, line});
                } else if (it.key() == QLatin1String("ElastiCache")) {
                    m_regionCaches.insert(rp.code, {name, line});
                } else {
                    diag(Severity::Warning, QStringLiteral("import.unknown-key"), line,
                         QStringLiteral("%1 key '%2' is not recognised (EKSCluster, RDSCluster, ElastiCache) and is not "
                                        "imported")
                             .arg(rp.piece.key, it.key()));
                }
            }
        }
        if (!primaryCluster && !primaryClusterName.isEmpty())
            primaryCluster = design.findByName(ObjectKind::EksCluster, primaryClusterName);
        if (!primaryCluster) {
            const QList<ObjectId> clusters = design.objectsOfKind(ObjectKind::EksCluster);
            primaryCluster = clusters.isEmpty() ? 0 : clusters.first();
        }

        // 4. Kubernetes objects run on the primary cluster.
        for (const Piece &p : take(QStringLiteral("k8s"))) {
            const QVariantMap m = p.value.toMap();
            const QString kind = m.value(QStringLiteral("kind")).toString();
            const QString name = m.value(QStringLiteral("metadata")).toMap().value(QStringLiteral("name")).toString();
            if (name.isEmpty()) {
                diag(Severity::Error, QStringLiteral("import.k8s-no-name"), p.line,
                     QStringLiteral("%1 has no metadata.name; the object is not imported").arg(kind));
                continue;
            }
            const auto objectKind = kindFromName(kind);
            add(*objectKind, name, primaryCluster, m, p.line, p.doc, p.path);
        }

        // 5. AWS data tiers and edges.
        const ObjectId dataParent = primaryVpc ? primaryVpc : primaryRegion;
        for (const Piece &p : take(QStringLiteral("AuroraCluster"))) {
            const auto named = m_regionDatabases.value(primaryCode);
            const QString name = named.first.isEmpty() ? QStringLiteral("aurora-cluster") : named.first;
            QVariantMap fields = p.value.toMap();
            add(ObjectKind::AuroraCluster, name, dataParent, fields, p.line, p.doc, p.path);
        }
        for (const Piece &p : take(QStringLiteral("ElastiCacheReplicationGroup"))) {
            const auto named = m_regionCaches.value(primaryCode);
            const QString name = named.first.isEmpty() ? QStringLiteral("redis-cluster") : named.first;
            add(ObjectKind::ElastiCacheReplicationGroup, name, dataParent, p.value.toMap(), p.line, p.doc, p.path);
        }
        for (auto it = m_regionDatabases.constBegin(); it != m_regionDatabases.constEnd(); ++it) {
            if (design.findByName(ObjectKind::AuroraCluster, it->first))
                continue;
            add(ObjectKind::AuroraCluster, it->first, vpcOr(regionNamed(it.key(), QString(), it->second)),
                QVariantMap{{QStringLiteral("GlobalRole"), QStringLiteral("secondary")}}, it->second);
        }
        for (auto it = m_regionCaches.constBegin(); it != m_regionCaches.constEnd(); ++it) {
            if (design.findByName(ObjectKind::ElastiCacheReplicationGroup, it->first))
                continue;
            add(ObjectKind::ElastiCacheReplicationGroup, it->first, vpcOr(regionNamed(it.key(), QString(), it->second)),
                QVariantMap{{QStringLiteral("GlobalRole"), QStringLiteral("secondary")}}, it->second);
        }
        for (const Piece &p : take(QStringLiteral("DynamoDBTable"))) {
            const QVariantMap m = p.value.toMap();
            const QString name = m.value(QStringLiteral("TableName")).toString().isEmpty()
                ? QStringLiteral("dynamodb-table")
                : m.value(QStringLiteral("TableName")).toString();
            add(ObjectKind::DynamoDBTable, name, primaryRegion, m, p.line, p.doc, p.path);
        }
        for (const Piece &p : take(QStringLiteral("ApplicationLoadBalancer"))) {
            QVariantMap m = p.value.toMap();
            const QString name = m.value(QStringLiteral("Name")).toString().isEmpty()
                ? (primaryCode.isEmpty() ? QStringLiteral("application-load-balancer") : QStringLiteral("alb-") + primaryCode)
                : m.value(QStringLiteral("Name")).toString();
            add(ObjectKind::ApplicationLoadBalancer, name, dataParent, m, p.line, p.doc, p.path);
        }
        // SQS queues named by KEDA triggers.
        for (ObjectId id : design.objectsOfKind(ObjectKind::ScaledObject)) {
            const QVariantList triggers = design.object(id)->field(QStringLiteral("spec.triggers")).toList();
            for (const QVariant &t : triggers) {
                const QVariantMap tm = t.toMap();
                if (tm.value(QStringLiteral("type")).toString() != QLatin1String("aws-sqs-queue"))
                    continue;
                const QVariantMap meta = tm.value(QStringLiteral("metadata")).toMap();
                const QString url = meta.value(QStringLiteral("queueURL")).toString();
                const QString queueName = url.section(QLatin1Char('/'), -1);
                if (queueName.isEmpty() || design.findByName(ObjectKind::SqsQueue, queueName))
                    continue;
                QString code = meta.value(QStringLiteral("awsRegion")).toString();
                if (code.isEmpty())
                    code = regionIn(url);
                const ObjectId region = code.isEmpty() ? primaryRegion : regionNamed(code, QStringLiteral("secondary"), 0);
                add(ObjectKind::SqsQueue, queueName, region,
                    QVariantMap{{QStringLiteral("QueueName"), queueName}, {QStringLiteral("QueueUrl"), url}},
                    design.object(id)->source.line);
            }
        }
        for (const Piece &p : take(QStringLiteral("LambdaFunction"))) {
            const QVariantMap m = p.value.toMap();
            const QString name = m.value(QStringLiteral("FunctionName")).toString().isEmpty()
                ? QStringLiteral("lambda-function")
                : m.value(QStringLiteral("FunctionName")).toString();
            add(ObjectKind::LambdaFunction, name, primaryRegion, m, p.line, p.doc, p.path);
        }

        // 6. Global objects.
        for (const Piece &p : take(QStringLiteral("CloudFrontDistribution")))
            add(ObjectKind::CloudFrontDistribution, QStringLiteral("cdn"), 0, p.value.toMap(), p.line, p.doc, p.path);
        for (const Piece &p : take(QStringLiteral("Route53HealthChecks"))) {
            const QVariantList list = p.value.toList();
            if (list.isEmpty())
                diag(Severity::Error, QStringLiteral("import.block-shape"), p.line,
                     QStringLiteral("Route53HealthChecks must be a list of health checks"));
            for (int i = 0; i < list.size(); ++i) {
                const QVariantMap m = list.at(i).toMap();
                const QString name = m.value(QStringLiteral("Name")).toString();
                add(ObjectKind::Route53HealthCheck, name.isEmpty() ? QStringLiteral("health-check-%1").arg(i + 1) : name, 0,
                    m, p.doc->lineOf(FieldPath::element(p.path, i)), p.doc, FieldPath::element(p.path, i));
            }
        }
        for (const Piece &p : take(QStringLiteral("Route53RecordSets"))) {
            const QVariantList list = p.value.toList();
            if (list.isEmpty())
                diag(Severity::Error, QStringLiteral("import.block-shape"), p.line,
                     QStringLiteral("Route53RecordSets must be a list of record sets"));
            for (int i = 0; i < list.size(); ++i) {
                const QVariantMap m = list.at(i).toMap();
                QString name = m.value(QStringLiteral("Name")).toString();
                if (m.contains(QStringLiteral("SetIdentifier")))
                    name += QLatin1Char('/') + m.value(QStringLiteral("SetIdentifier")).toString();
                add(ObjectKind::Route53RecordSet, name, 0, m, p.doc->lineOf(FieldPath::element(p.path, i)), p.doc,
                    FieldPath::element(p.path, i));
            }
        }
        for (const Piece &p : take(QStringLiteral("CrossRegionReplication"))) {
            const QVariantMap m = p.value.toMap();
            for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
                const int line = p.doc->lineOf(FieldPath::child(p.path, it.key()));
                const QVariantMap rm = it.value().toMap();
                add(ObjectKind::GlobalReplication, it.key(), 0, rm, line);
                // Every secondary region exists as a Region.
                for (const QVariant &r : rm.value(QStringLiteral("SecondaryRegions")).toList())
                    regionNamed(r.toString(), QStringLiteral("replica"), line);
            }
        }
        for (const Piece &p : take(QStringLiteral("LoadTesting"))) {
            const QVariantMap m = p.value.toMap();
            const QVariantList scenarios = m.value(QStringLiteral("Scenarios")).toList();
            const QString listPath = FieldPath::child(p.path, QStringLiteral("Scenarios"));
            if (scenarios.isEmpty())
                diag(Severity::Warning, QStringLiteral("import.block-shape"), p.line,
                     QStringLiteral("LoadTesting has no Scenarios list; nothing to simulate"));
            for (int i = 0; i < scenarios.size(); ++i) {
                QVariantMap s = scenarios.at(i).toMap();
                const QString name = s.take(QStringLiteral("Name")).toString();
                if (m.contains(QStringLiteral("Tools")))
                    s.insert(QStringLiteral("Tools"), m.value(QStringLiteral("Tools")));
                add(ObjectKind::LoadScenario, name.isEmpty() ? QStringLiteral("scenario-%1").arg(i + 1) : name, 0, s,
                    p.doc->lineOf(FieldPath::element(listPath, i)), p.doc, FieldPath::element(listPath, i));
            }
        }
    }

private:
    QString m_file;
    QList<Piece> m_pieces;
    QMap<QString, QPair<QString, int>> m_regionDatabases; // region code -> (cluster name, line)
    QMap<QString, QPair<QString, int>> m_regionCaches;
};

Diagnostic info(const QString &rule, const DesignData &d, ObjectId id, const QString &message)
{
    Diagnostic diag;
    diag.severity = Severity::Info;
    diag.rule = rule;
    diag.objectId = id;
    diag.objectPath = d.pathOf(id);
    diag.message = message;
    if (const DesignObject *o = d.object(id))
        diag.source = o->source;
    return diag;
}

/// Adds what the document only names. Source of the defaults: each is written in the message.
void completeTopology(DesignData &d, QList<Diagnostic> &out)
{
    // Workloads that scaling objects target but the document does not define.
    struct Wanted {
        QString name;
        ObjectId cluster;
        ObjectId by;
    };
    QList<Wanted> wanted;
    for (ObjectId id : d.preorder()) {
        const DesignObject &o = *d.object(id);
        QString target;
        if (o.kind == ObjectKind::HorizontalPodAutoscaler || o.kind == ObjectKind::ScaledObject) {
            const QString kind = o.field(QStringLiteral("spec.scaleTargetRef.kind")).toString();
            if (kind.isEmpty() || kind == QLatin1String("Deployment"))
                target = o.field(QStringLiteral("spec.scaleTargetRef.name")).toString();
        } else if (o.kind == ObjectKind::VerticalPodAutoscaler) {
            target = o.field(QStringLiteral("spec.targetRef.name")).toString();
        } else if (o.kind == ObjectKind::DestinationRule) {
            target = o.field(QStringLiteral("spec.host")).toString().section(QLatin1Char('.'), 0, 0);
        }
        if (target.isEmpty())
            continue;
        const ObjectId cluster = d.enclosing(id, ObjectKind::EksCluster);
        bool exists = false;
        for (ObjectId dep : d.objectsOfKind(ObjectKind::Deployment))
            exists = exists || (d.object(dep)->name == target && d.enclosing(dep, ObjectKind::EksCluster) == cluster);
        for (const Wanted &w : wanted)
            exists = exists || (w.name == target && w.cluster == cluster);
        if (!exists)
            wanted.append({target, cluster, id});
    }
    for (const Wanted &w : wanted) {
        const DesignObject *by = d.object(w.by);
        // The VPA of the same workload, when there is one, bounds the requests we assume.
        QString cpu = QStringLiteral("500m"), memory = QStringLiteral("512Mi");
        QString cpuLimit = QStringLiteral("1"), memoryLimit = QStringLiteral("1Gi");
        int replicas = 1;
        if (by->kind == ObjectKind::HorizontalPodAutoscaler)
            replicas = std::max(1, by->field(QStringLiteral("spec.minReplicas")).toInt());
        if (by->kind == ObjectKind::ScaledObject)
            replicas = std::max(1, by->field(QStringLiteral("spec.minReplicaCount")).toInt());
        const QString image = w.name.startsWith(QLatin1String("jenkins-agent")) ? QStringLiteral("jenkins/inbound-agent:latest")
                                                                                 : w.name + QStringLiteral(":latest");
        const QVariantMap labels{{QStringLiteral("app"), w.name}};
        const QVariantMap resources{
            {QStringLiteral("requests"), QVariantMap{{QStringLiteral("cpu"), cpu}, {QStringLiteral("memory"), memory}}},
            {QStringLiteral("limits"), QVariantMap{{QStringLiteral("cpu"), cpuLimit}, {QStringLiteral("memory"), memoryLimit}}}};
        const QVariantMap container{{QStringLiteral("name"), w.name},
                                    {QStringLiteral("image"), image},
                                    {QStringLiteral("resources"), resources}};
        const QVariantMap podTemplate{
            {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("labels"), labels}}},
            {QStringLiteral("spec"), QVariantMap{{QStringLiteral("containers"), QVariantList{container}}}}};
        const QVariantMap spec{{QStringLiteral("replicas"), replicas},
                               {QStringLiteral("selector"), QVariantMap{{QStringLiteral("matchLabels"), labels}}},
                               {QStringLiteral("template"), podTemplate}};
        const QVariantMap manifest{
            {QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
            {QStringLiteral("kind"), QStringLiteral("Deployment")},
            {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("name"), w.name}, {QStringLiteral("labels"), labels}}},
            {QStringLiteral("spec"), spec}};
        DesignObject obj;
        obj.kind = ObjectKind::Deployment;
        obj.name = w.name;
        obj.parentId = w.cluster;
        obj.fields = manifest;
        obj.source = by->source;
        const ObjectId id = d.insert(obj);
        out.append(info(QStringLiteral("completion.workload"), d, id,
                        QStringLiteral("Added Deployment '%1' because %2 '%3' targets it but the document does not define "
                                       "it; assumed %4 replica(s), requests cpu %5 / memory %6, limits cpu %7 / memory %8 "
                                       "(edit them to match the real workload)")
                            .arg(w.name, kindName(by->kind), by->name)
                            .arg(replicas)
                            .arg(cpu, memory, cpuLimit, memoryLimit)));
    }

    // Every secondary region of an Aurora Global Database holds a secondary cluster.
    for (ObjectId g : d.objectsOfKind(ObjectKind::GlobalReplication)) {
        const DesignObject &global = *d.object(g);
        if (!global.field(QStringLiteral("Type")).toString().contains(QLatin1String("Aurora")))
            continue;
        const QString primaryName = global.field(QStringLiteral("PrimaryCluster")).toString();
        const ObjectId primary = d.findByName(ObjectKind::AuroraCluster, primaryName);
        for (const QVariant &r : global.field(QStringLiteral("SecondaryRegions")).toList()) {
            const ObjectId region = d.findByName(ObjectKind::Region, r.toString());
            if (!region)
                continue;
            bool has = false;
            for (ObjectId a : d.objectsOfKind(ObjectKind::AuroraCluster))
                has = has || d.enclosing(a, ObjectKind::Region) == region;
            if (has)
                continue;
            DesignObject aurora;
            aurora.kind = ObjectKind::AuroraCluster;
            aurora.name = QStringLiteral("aurora-cluster-") + r.toString();
            aurora.parentId = region;
            aurora.fields = QVariantMap{{QStringLiteral("GlobalRole"), QStringLiteral("secondary")}};
            if (primary)
                aurora.fields.insert(QStringLiteral("Engine"), d.object(primary)->field(QStringLiteral("Engine")));
            aurora.source = global.source;
            const ObjectId id = d.insert(aurora);
            out.append(info(QStringLiteral("completion.global-database"), d, id,
                            QStringLiteral("Added Aurora cluster '%1' in %2: GlobalReplication '%3' (%4) lists %2 as a "
                                           "secondary region of '%5' but the document names no cluster there")
                                .arg(aurora.name, r.toString(), global.name,
                                     global.field(QStringLiteral("Type")).toString(), primaryName)));
        }
    }

    // Regions that run clusters or databases but have no VPC get one mirroring the primary's layout.
    ObjectId primaryVpc = 0;
    for (ObjectId id : d.objectsOfKind(ObjectKind::Vpc)) {
        primaryVpc = id;
        break;
    }
    if (primaryVpc) {
        const auto primaryBlock = Cidr::parse(d.object(primaryVpc)->field(QStringLiteral("CidrBlock")).toString());
        QList<Cidr> used;
        for (ObjectId id : d.objectsOfKind(ObjectKind::Vpc)) {
            if (auto c = Cidr::parse(d.object(id)->field(QStringLiteral("CidrBlock")).toString()))
                used.append(*c);
        }
        for (ObjectId region : d.objectsOfKind(ObjectKind::Region)) {
            bool hasVpc = false;
            QList<ObjectId> movable;
            for (ObjectId child : d.children(region)) {
                const ObjectKind k = d.object(child)->kind;
                hasVpc = hasVpc || k == ObjectKind::Vpc;
                if (k == ObjectKind::EksCluster || k == ObjectKind::AuroraCluster
                    || k == ObjectKind::ElastiCacheReplicationGroup || k == ObjectKind::ApplicationLoadBalancer)
                    movable.append(child);
            }
            if (hasVpc || movable.isEmpty() || !primaryBlock || primaryBlock->prefixLength() < 8
                || !primaryBlock->isIPv4())
                continue;
            // Next free block of the primary's size in 10.0.0.0/8, after every VPC so far.
            std::optional<Cidr> block;
            const auto ten = Cidr::parse(QStringLiteral("10.0.0.0/8"));
            for (const Cidr &candidate : ten->split(primaryBlock->prefixLength())) {
                bool clash = false;
                for (const Cidr &u : used)
                    clash = clash || u.overlaps(candidate);
                if (!clash) {
                    block = candidate;
                    break;
                }
            }
            if (!block)
                continue;
            used.append(*block);
            const QString code = d.object(region)->name;
            DesignObject vpc;
            vpc.kind = ObjectKind::Vpc;
            vpc.name = QStringLiteral("production-vpc");
            vpc.parentId = region;
            vpc.fields = d.object(primaryVpc)->fields;
            vpc.fields.insert(QStringLiteral("CidrBlock"), block->toString());
            vpc.fields.remove(QStringLiteral("SecondaryCidrBlocks"));
            int primaryZones = 0;
            for (ObjectId zone : d.children(primaryVpc))
                primaryZones += d.object(zone)->kind == ObjectKind::AvailabilityZone ? 1 : 0;
            vpc.fields.insert(QStringLiteral("AvailabilityZoneCount"), primaryZones);
            vpc.source = d.object(primaryVpc)->source;
            const ObjectId vpcId = d.insert(vpc, 0);
            // Mirror zones and subnets, translated by the distance between the two blocks.
            int zoneIndex = 0;
            int subnets = 0;
            for (ObjectId zone : d.children(primaryVpc)) {
                const DesignObject &z = *d.object(zone);
                if (z.kind != ObjectKind::AvailabilityZone)
                    continue;
                const QString zoneName = code + QString(QChar(u'a' + (zoneIndex++ % 26)));
                DesignObject nz;
                nz.kind = ObjectKind::AvailabilityZone;
                nz.name = zoneName;
                nz.parentId = vpcId;
                nz.fields = QVariantMap{{QStringLiteral("AvailabilityZone"), zoneName}};
                nz.source = z.source;
                const ObjectId nzId = d.insert(nz);
                for (ObjectId sn : d.children(zone)) {
                    DesignObject s = *d.object(sn);
                    if (s.kind != ObjectKind::Subnet)
                        continue;
                    const auto sc = Cidr::parse(s.field(QStringLiteral("CidrBlock")).toString());
                    if (!sc || !primaryBlock->contains(*sc))
                        continue;
                    // Same offset inside the new block as inside the primary block.
                    const QStringList from = primaryBlock->networkAddress().split(QLatin1Char('.'));
                    const QStringList to = block->networkAddress().split(QLatin1Char('.'));
                    const QStringList sub = sc->networkAddress().split(QLatin1Char('.'));
                    quint32 a = 0, b = 0, c = 0;
                    for (int i = 0; i < 4; ++i) {
                        a = (a << 8) | from.value(i).toUInt();
                        b = (b << 8) | to.value(i).toUInt();
                        c = (c << 8) | sub.value(i).toUInt();
                    }
                    const quint32 moved = c - a + b;
                    const QString text = QStringLiteral("%1.%2.%3.%4/%5")
                                             .arg(moved >> 24)
                                             .arg((moved >> 16) & 255)
                                             .arg((moved >> 8) & 255)
                                             .arg(moved & 255)
                                             .arg(sc->prefixLength());
                    s.id = 0;
                    s.parentId = nzId;
                    s.fields.insert(QStringLiteral("CidrBlock"), text);
                    d.insert(s);
                    ++subnets;
                }
            }
            for (ObjectId m : movable)
                d.reparent(m, vpcId);
            out.append(info(QStringLiteral("completion.vpc"), d, vpcId,
                            QStringLiteral("Added VPC %1 in %2 (the document names workloads or databases there but no "
                                           "VPC): the primary VPC's layout moved to the next free %3 in 10.0.0.0/8, "
                                           "%4 subnets")
                                .arg(block->toString(), code)
                                .arg(QStringLiteral("/%1").arg(block->prefixLength()))
                                .arg(subnets)));
        }
    }

    // Access logs switched on without a bucket: name one (the user must create it).
    for (ObjectId id : d.objectsOfKind(ObjectKind::ApplicationLoadBalancer)) {
        const QVariantList attributes = d.object(id)->field(QStringLiteral("LoadBalancerAttributes")).toList();
        bool enabled = false;
        bool hasBucket = false;
        for (const QVariant &a : attributes) {
            const QVariantMap m = a.toMap();
            const QString key = m.value(QStringLiteral("Key")).toString();
            enabled = enabled || (key == QLatin1String("access_logs.s3.enabled") && m.value(QStringLiteral("Value")).toString() == QLatin1String("true"));
            hasBucket = hasBucket || key == QLatin1String("access_logs.s3.bucket");
        }
        if (!enabled || hasBucket)
            continue;
        const QString bucket = d.object(id)->name.toLower() + QStringLiteral("-access-logs");
        d.setField(id, FieldPath::element(QStringLiteral("LoadBalancerAttributes"), int(attributes.size())),
                   QVariantMap{{QStringLiteral("Key"), QStringLiteral("access_logs.s3.bucket")}, {QStringLiteral("Value"), bucket}});
        out.append(info(QStringLiteral("completion.alb-access-logs-bucket"), d, id,
                        QStringLiteral("Added access_logs.s3.bucket = %1: the document enables access logs but names no "
                                       "bucket, which Elastic Load Balancing requires; create that bucket (same region, "
                                       "bucket policy allowing log delivery) or rename it here")
                            .arg(bucket)));
    }

    // The ALB a Route53 alias points at, for regions that have a VPC but no ALB.
    QList<ObjectId> albs = d.objectsOfKind(ObjectKind::ApplicationLoadBalancer);
    if (!albs.isEmpty()) {
        const DesignObject templateAlb = *d.object(albs.first());
        for (ObjectId rs : d.objectsOfKind(ObjectKind::Route53RecordSet)) {
            const QString target = d.object(rs)->field(QStringLiteral("AliasTarget.DNSName")).toString();
            const QString code = d.object(rs)->field(QStringLiteral("SetIdentifier")).toString();
            const ObjectId region = d.findByName(ObjectKind::Region, code);
            if (!region || target.isEmpty())
                continue;
            bool has = false;
            for (ObjectId a : d.objectsOfKind(ObjectKind::ApplicationLoadBalancer))
                has = has || d.enclosing(a, ObjectKind::Region) == region;
            if (has)
                continue;
            ObjectId vpc = 0;
            for (ObjectId c : d.children(region))
                vpc = (!vpc && d.object(c)->kind == ObjectKind::Vpc) ? c : vpc;
            DesignObject alb = templateAlb;
            alb.id = 0;
            alb.name = QStringLiteral("alb-") + code;
            alb.parentId = vpc ? vpc : region;
            alb.source = d.object(rs)->source;
            const ObjectId id = d.insert(alb);
            out.append(info(QStringLiteral("completion.alb"), d, id,
                            QStringLiteral("Added load balancer '%1' in %2 (Route53 record %3 aliases %4); configured "
                                           "like '%5'")
                                .arg(alb.name, code, d.object(rs)->name, target, templateAlb.name)));
        }
    }
}

void applyFixes(DesignData &design, QList<Diagnostic> &out)
{
    const QList<Diagnostic> found = Validator::validate(design);
    QList<Diagnostic> applied;
    design = FixApplier::applyAll(design, found, &applied);
    out.append(applied);
}

} // namespace

ImportResult DocumentImporter::importText(const QByteArray &input, const QString &fileName, const ImportOptions &options)
{
    ImportResult result;
    // UTF-16 and UTF-32 with a byte order mark (YAML 1.2 section 5.2) are read as their UTF-8.
    QByteArray text = input;
    bool undecodable = false;
    if (const auto encoding = QStringConverter::encodingForData(input);
        encoding && *encoding != QStringConverter::Utf8 && *encoding != QStringConverter::System) {
        QStringDecoder decoder(*encoding);
        const QString decoded = decoder.decode(input);
        undecodable = decoder.hasError();
        text = decoded.toUtf8();
    }
    const QString file = fileName;
    auto fatal = [&](const QString &message, int line = 0, int column = 0) {
        result.ok = false;
        result.fatalError = SourceLocation{file, line, column}.toString() + QStringLiteral(": ") + message;
        Diagnostic d;
        d.severity = Severity::Error;
        d.rule = QStringLiteral("import.unusable");
        d.message = message;
        d.source = SourceLocation{file, line, column};
        result.diagnostics.append(d);
        return result;
    };
    if (undecodable)
        return fatal(QStringLiteral("not a text document: it starts with a UTF-16/UTF-32 byte order mark but is not "
                                    "valid in that encoding"),
                     1, 1);
    if (text.trimmed().isEmpty())
        return fatal(QStringLiteral("the document is empty"));
    // Binary data, control characters or invalid UTF-8 anywhere (Markdown prose included), the
    // same check and message YamlReader::read() applies to plain YAML and design files.
    if (const std::optional<Diagnostic> bad = YamlReader::checkCharacters(
            text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text, file, 1))
        return fatal(QStringLiteral("not a text document: ") + bad->message, bad->source.line, bad->source.column);

    Importer importer(file);
    QList<Diagnostic> readDiagnostics;
    QList<YamlDocument> documents;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool plainYaml = suffix == QLatin1String("yaml") || suffix == QLatin1String("yml");
    if (plainYaml) {
        result.blocks = 1;
        YamlReadResult read = YamlReader::read(text, file, 1);
        readDiagnostics.append(read.diagnostics);
        documents.append(read.documents);
    } else {
        const QList<FencedBlock> blocks = MarkdownBlocks::split(text, file, &readDiagnostics);
        for (const FencedBlock &block : blocks) {
            if (!block.isYaml())
                continue;
            ++result.blocks;
            YamlReadResult read = YamlReader::read(block.content, file, block.firstLine);
            readDiagnostics.append(read.diagnostics);
            if (read.ok && read.documents.isEmpty()) {
                Diagnostic d;
                d.severity = Severity::Warning;
                d.rule = QStringLiteral("import.empty-block");
                d.message = QStringLiteral("the yaml block under \"%1\" holds no YAML document").arg(block.heading);
                d.source = SourceLocation{file, block.fenceLine, 1};
                readDiagnostics.append(d);
            }
            documents.append(read.documents);
        }
        if (result.blocks == 0) {
            result.diagnostics = readDiagnostics;
            // A bare YAML document without Markdown fences is accepted too.
            YamlReadResult read = YamlReader::read(text, file, 1);
            bool usable = false;
            for (const YamlDocument &doc : read.documents)
                usable = usable || doc.root.typeId() == QMetaType::QVariantMap;
            if (!usable) {
                for (const Diagnostic &d : readDiagnostics) {
                    if (d.rule == QLatin1String("import.unterminated-fence"))
                        return fatal(QStringLiteral("no complete ```yaml code block: ") + d.message, d.source.line,
                                     d.source.column);
                }
                return fatal(QStringLiteral("no ```yaml code block found, and the text is not a YAML mapping either"));
            }
            result.blocks = 1;
            readDiagnostics = read.diagnostics;
            documents = read.documents;
        }
    }
    for (const YamlDocument &doc : documents)
        importer.recognise(doc);
    importer.assemble();
    ConnectionBuilder::addConnections(importer.design, importer.diagnostics);

    DesignData design = importer.design;
    design.name = QFileInfo(fileName).completeBaseName();
    design.sourceFile = fileName;
    QList<Diagnostic> diagnostics = readDiagnostics + importer.diagnostics;
    if (options.applyFixes)
        applyFixes(design, diagnostics);
    if (options.completeTopology) {
        completeTopology(design, diagnostics);
        ConnectionBuilder::addConnections(design, diagnostics);
        if (options.applyFixes)
            applyFixes(design, diagnostics);
    }
    // Refresh object paths (objects may have moved).
    for (Diagnostic &d : diagnostics) {
        if (d.objectId && design.contains(d.objectId))
            d.objectPath = design.pathOf(d.objectId);
    }
    design.importDiagnostics = diagnostics;
    result.design = design;
    result.objects = design.size();
    result.diagnostics = diagnostics;
    result.ok = true;
    return result;
}

ImportResult DocumentImporter::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    const QFileInfo fi(path);
    if (const QString problem = FileCheck::readableProblem(path); !problem.isEmpty()) {
        ImportResult r;
        r.fatalError = path + QStringLiteral(": ") + problem;
        return r;
    }
    if (fi.size() > kMaxInputBytes) {
        ImportResult r;
        r.fatalError = path + QStringLiteral(": file is %1 MiB, larger than the %2 MiB a design document may be")
                                  .arg(fi.size() / (1024 * 1024))
                                  .arg(kMaxInputBytes / (1024 * 1024));
        return r;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult r;
        r.fatalError = path + QStringLiteral(": cannot read: ") + file.errorString();
        return r;
    }
    return importText(file.readAll(), path, options);
}

} // namespace Scaleplan
