#include "model/export/cloudformationexporter.h"

#include "model/export/yamlwriter.h"

#include <QDir>
#include <QSet>

namespace Scaleplan {

namespace {

QVariantMap ref(const QString &logicalId)
{
    return {{QStringLiteral("Ref"), logicalId}};
}

QVariantMap getAtt(const QString &logicalId, const QString &attribute)
{
    return {{QStringLiteral("Fn::GetAtt"), QVariantList{logicalId, attribute}}};
}

QVariantMap tag(const QString &key, const QString &value)
{
    return {{QStringLiteral("Key"), key}, {QStringLiteral("Value"), value}};
}

QVariantMap resource(const QString &type, const QVariantMap &properties, const QString &dependsOn = QString())
{
    QVariantMap r{{QStringLiteral("Type"), type}, {QStringLiteral("Properties"), properties}};
    if (!dependsOn.isEmpty())
        r.insert(QStringLiteral("DependsOn"), dependsOn);
    return r;
}

QVariantMap output(const QString &description, const QVariant &value)
{
    return {{QStringLiteral("Description"), description}, {QStringLiteral("Value"), value}};
}

/// Hands out logical ids unique within one template ("PublicASubnet", "PublicASubnet2", ...).
class IdAllocator
{
public:
    QString take(const QString &base)
    {
        QString id = base;
        for (int n = 2; m_used.contains(id); ++n)
            id = base + QString::number(n);
        m_used.insert(id);
        return id;
    }

private:
    QSet<QString> m_used;
};

Diagnostic warning(const DesignData &design, const DesignObject &object, const QString &rule, const QString &field,
                   const QString &message)
{
    Diagnostic d;
    d.severity = Severity::Warning;
    d.rule = rule;
    d.objectId = object.id;
    d.objectPath = design.pathOf(object.id);
    d.field = field;
    d.message = message;
    d.source = object.source;
    return d;
}

struct SubnetEntry {
    const DesignObject *object = nullptr;
    QString tier;      // public, private or database
    QString logicalId;
};

struct ZoneEntry {
    ObjectId zoneId = 0;
    QString zoneName;  // "us-east-1a"; empty when the subnets sit directly under the VPC
    QList<SubnetEntry> subnets;
    QString natGatewayId;
};

QString tierOf(const DesignObject &subnet)
{
    QString tier = subnet.field(QStringLiteral("Tier")).toString().toLower();
    if (tier.isEmpty()) {
        const QString name = subnet.name.toLower();
        for (const char *known : {"public", "private", "database"}) {
            if (name.startsWith(QLatin1String(known)))
                tier = QLatin1String(known);
        }
    }
    return tier;
}

} // namespace

QString CloudFormationExporter::logicalId(const QString &name, const QString &suffix)
{
    QString id;
    bool startWord = true;
    for (QChar c : name) {
        const bool alnum = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!alnum) {
            startWord = true;
            continue;
        }
        id += startWord ? c.toUpper() : c;
        startWord = false;
    }
    if (!suffix.isEmpty() && !id.endsWith(suffix, Qt::CaseInsensitive))
        id += suffix;
    if (id.isEmpty())
        id = QStringLiteral("Resource");
    return id;
}

QVariantMap CloudFormationExporter::networkTemplate(const DesignData &design, ObjectId regionId,
                                                    const QHash<ObjectId, Diagnostic> &errors,
                                                    QList<Diagnostic> *diagnostics)
{
    QList<Diagnostic> found;
    const DesignObject *region = design.object(regionId);
    if (!region)
        return {};
    const QList<ObjectId> all = design.preorder();

    QVariantMap resources;
    QVariantMap outputs;
    IdAllocator ids;
    QStringList descriptions;

    for (ObjectId vpcObjectId : all) {
        const DesignObject *vpc = design.object(vpcObjectId);
        if (vpc->kind != ObjectKind::Vpc || design.enclosing(vpcObjectId, ObjectKind::Region) != regionId)
            continue;

        // Subnets of this VPC in design order, grouped by Availability Zone.
        QList<ObjectId> subnetIds;
        for (ObjectId id : all) {
            if (design.object(id)->kind == ObjectKind::Subnet && design.enclosing(id, ObjectKind::Vpc) == vpcObjectId)
                subnetIds.append(id);
        }

        std::optional<Diagnostic> vpcCause;
        if (errors.contains(regionId))
            vpcCause = errors.value(regionId);
        else if (errors.contains(vpcObjectId))
            vpcCause = errors.value(vpcObjectId);
        if (vpcCause) {
            found.append(DesignExporter::leftOutDiagnostic(design, *vpc, *vpcCause));
            for (ObjectId id : std::as_const(subnetIds))
                found.append(DesignExporter::leftOutDiagnostic(design, *design.object(id), *vpcCause));
            continue;
        }

        const QString vpcId = ids.take(logicalId(vpc->name, QStringLiteral("Vpc")));
        QVariantMap vpcProperties{{QStringLiteral("CidrBlock"), vpc->field(QStringLiteral("CidrBlock"))},
                                  {QStringLiteral("Tags"), QVariantList{tag(QStringLiteral("Name"), vpc->name)}}};
        for (const QString &key : {QStringLiteral("EnableDnsHostnames"), QStringLiteral("EnableDnsSupport")}) {
            const QVariant value = vpc->field(key);
            if (value.isValid())
                vpcProperties.insert(key, value);
        }
        resources.insert(vpcId, resource(QStringLiteral("AWS::EC2::VPC"), vpcProperties));
        outputs.insert(vpcId + QLatin1String("Id"),
                       output(QStringLiteral("Id of VPC %1").arg(vpc->name), ref(vpcId)));
        const QStringList secondary = vpc->field(QStringLiteral("SecondaryCidrBlocks")).toStringList();
        if (!secondary.isEmpty()) {
            found.append(warning(design, *vpc, QStringLiteral("export.cfn.secondary-cidr"),
                                 QStringLiteral("SecondaryCidrBlocks"),
                                 QStringLiteral("Secondary CIDR blocks %1 are not in the template: AWS::EC2::VPCCidrBlock "
                                                "has no schema in the validation set. Associate them separately.")
                                     .arg(secondary.join(QStringLiteral(", ")))));
        }

        QList<ZoneEntry> zones;
        int exportedSubnets = 0;
        for (ObjectId subnetId : std::as_const(subnetIds)) {
            const DesignObject *subnet = design.object(subnetId);
            const ObjectId zoneId = design.enclosing(subnetId, ObjectKind::AvailabilityZone);
            if (errors.contains(subnetId) || errors.contains(zoneId)) {
                found.append(DesignExporter::leftOutDiagnostic(
                    design, *subnet, errors.contains(subnetId) ? errors.value(subnetId) : errors.value(zoneId)));
                continue;
            }
            qsizetype zoneIndex = -1;
            for (qsizetype i = 0; i < zones.size(); ++i) {
                if (zones.at(i).zoneId == zoneId)
                    zoneIndex = i;
            }
            if (zoneIndex < 0) {
                ZoneEntry zone;
                zone.zoneId = zoneId;
                if (const DesignObject *zoneObject = design.object(zoneId)) {
                    zone.zoneName = zoneObject->field(QStringLiteral("AvailabilityZone")).toString();
                    if (zone.zoneName.isEmpty())
                        zone.zoneName = zoneObject->name;
                }
                zones.append(zone);
                zoneIndex = zones.size() - 1;
            }

            SubnetEntry entry;
            entry.object = subnet;
            entry.tier = tierOf(*subnet);
            if (entry.tier != QLatin1String("public") && entry.tier != QLatin1String("private")
                && entry.tier != QLatin1String("database")) {
                found.append(warning(design, *subnet, QStringLiteral("export.cfn.unknown-tier"), QStringLiteral("Tier"),
                                     QStringLiteral("Tier \"%1\" is not public, private or database; the subnet is "
                                                    "exported as a private subnet.")
                                         .arg(subnet->field(QStringLiteral("Tier")).toString())));
                entry.tier = QStringLiteral("private");
            }
            entry.logicalId = ids.take(logicalId(subnet->name, QStringLiteral("Subnet")));

            QVariantList tags{tag(QStringLiteral("Name"), subnet->name)};
            if (entry.tier == QLatin1String("public"))
                tags.append(tag(QStringLiteral("kubernetes.io/role/elb"), QStringLiteral("1")));
            else if (entry.tier == QLatin1String("private"))
                tags.append(tag(QStringLiteral("kubernetes.io/role/internal-elb"), QStringLiteral("1")));
            QVariantMap properties{{QStringLiteral("VpcId"), ref(vpcId)},
                                   {QStringLiteral("CidrBlock"), subnet->field(QStringLiteral("CidrBlock"))},
                                   {QStringLiteral("Tags"), tags}};
            const QString zoneName = zones.at(zoneIndex).zoneName;
            if (!zoneName.isEmpty())
                properties.insert(QStringLiteral("AvailabilityZone"), zoneName);
            const QVariant mapPublicIp = subnet->field(QStringLiteral("MapPublicIpOnLaunch"));
            if (mapPublicIp.isValid())
                properties.insert(QStringLiteral("MapPublicIpOnLaunch"), mapPublicIp);
            else if (entry.tier == QLatin1String("public"))
                properties.insert(QStringLiteral("MapPublicIpOnLaunch"), true);
            resources.insert(entry.logicalId, resource(QStringLiteral("AWS::EC2::Subnet"), properties));
            outputs.insert(entry.logicalId + QLatin1String("Id"),
                           output(QStringLiteral("Id of %1 subnet %2 (%3)")
                                      .arg(entry.tier, subnet->name, subnet->field(QStringLiteral("CidrBlock")).toString()),
                                  ref(entry.logicalId)));
            zones[zoneIndex].subnets.append(entry);
            ++exportedSubnets;
        }

        // Tier lists for the comma-joined outputs (EKS takes subnet ids as one list).
        QHash<QString, QVariantList> refsByTier;
        bool anyPublic = false;
        for (const ZoneEntry &zone : std::as_const(zones)) {
            for (const SubnetEntry &entry : zone.subnets) {
                refsByTier[entry.tier].append(ref(entry.logicalId));
                anyPublic = anyPublic || entry.tier == QLatin1String("public");
            }
        }
        for (const QString &tier : {QStringLiteral("public"), QStringLiteral("private"), QStringLiteral("database")}) {
            if (refsByTier.value(tier).isEmpty())
                continue;
            const QString name = vpcId + logicalId(tier) + QLatin1String("SubnetIds");
            outputs.insert(name, output(QStringLiteral("Comma-separated ids of the %1 subnets of %2").arg(tier, vpc->name),
                                        QVariantMap{{QStringLiteral("Fn::Join"),
                                                     QVariantList{QStringLiteral(","), refsByTier.value(tier)}}}));
        }

        // Internet access: gateway, public route table, one NAT gateway per zone
        // (Amazon VPC User Guide, "Example: VPC with servers in private subnets and NAT").
        QString firstNatId;
        if (anyPublic) {
            const QString igwId = ids.take(logicalId(vpc->name, QStringLiteral("InternetGateway")));
            const QString attachmentId = ids.take(logicalId(vpc->name, QStringLiteral("GatewayAttachment")));
            resources.insert(igwId, resource(QStringLiteral("AWS::EC2::InternetGateway"),
                                             {{QStringLiteral("Tags"),
                                               QVariantList{tag(QStringLiteral("Name"), vpc->name + QLatin1String("-igw"))}}}));
            resources.insert(attachmentId, resource(QStringLiteral("AWS::EC2::VPCGatewayAttachment"),
                                                    {{QStringLiteral("VpcId"), ref(vpcId)},
                                                     {QStringLiteral("InternetGatewayId"), ref(igwId)}}));
            const QString publicTableId = ids.take(logicalId(vpc->name, QStringLiteral("PublicRouteTable")));
            resources.insert(publicTableId,
                             resource(QStringLiteral("AWS::EC2::RouteTable"),
                                      {{QStringLiteral("VpcId"), ref(vpcId)},
                                       {QStringLiteral("Tags"),
                                        QVariantList{tag(QStringLiteral("Name"), vpc->name + QLatin1String("-public"))}}}));
            // AWS::EC2::Route docs: a route to a gateway attached in the same template needs
            // DependsOn on the VPCGatewayAttachment.
            resources.insert(ids.take(logicalId(vpc->name, QStringLiteral("PublicDefaultRoute"))),
                             resource(QStringLiteral("AWS::EC2::Route"),
                                      {{QStringLiteral("RouteTableId"), ref(publicTableId)},
                                       {QStringLiteral("DestinationCidrBlock"), QStringLiteral("0.0.0.0/0")},
                                       {QStringLiteral("GatewayId"), ref(igwId)}},
                                      attachmentId));
            for (ZoneEntry &zone : zones) {
                const SubnetEntry *natHost = nullptr;
                for (const SubnetEntry &entry : std::as_const(zone.subnets)) {
                    if (entry.tier != QLatin1String("public"))
                        continue;
                    resources.insert(ids.take(entry.logicalId + QLatin1String("RouteTableAssociation")),
                                     resource(QStringLiteral("AWS::EC2::SubnetRouteTableAssociation"),
                                              {{QStringLiteral("RouteTableId"), ref(publicTableId)},
                                               {QStringLiteral("SubnetId"), ref(entry.logicalId)}}));
                    if (!natHost)
                        natHost = &entry;
                }
                if (!natHost)
                    continue;
                const QString zoneBase = zone.zoneName.isEmpty() ? vpc->name : zone.zoneName;
                const QString eipId = ids.take(logicalId(zoneBase, QStringLiteral("NatEip")));
                zone.natGatewayId = ids.take(logicalId(zoneBase, QStringLiteral("NatGateway")));
                const QString natName = vpc->name + QLatin1String("-nat")
                    + (zone.zoneName.isEmpty() ? QString() : QString(QLatin1Char('-') + zone.zoneName));
                // AWS::EC2::EIP docs: an EIP for a VPC defined in the same template depends on the
                // VPC-gateway attachment.
                resources.insert(eipId, resource(QStringLiteral("AWS::EC2::EIP"),
                                                 {{QStringLiteral("Domain"), QStringLiteral("vpc")},
                                                  {QStringLiteral("Tags"), QVariantList{tag(QStringLiteral("Name"), natName)}}},
                                                 attachmentId));
                resources.insert(zone.natGatewayId,
                                 resource(QStringLiteral("AWS::EC2::NatGateway"),
                                          {{QStringLiteral("AllocationId"), getAtt(eipId, QStringLiteral("AllocationId"))},
                                           {QStringLiteral("SubnetId"), ref(natHost->logicalId)},
                                           {QStringLiteral("Tags"), QVariantList{tag(QStringLiteral("Name"), natName)}}}));
                if (firstNatId.isEmpty())
                    firstNatId = zone.natGatewayId;
            }
        }

        // Private route tables: one per zone, default route through the zone's own NAT gateway
        // so a zone outage does not cut the others off (same VPC User Guide example).
        for (const ZoneEntry &zone : std::as_const(zones)) {
            QList<const SubnetEntry *> inner;
            for (const SubnetEntry &entry : zone.subnets) {
                if (entry.tier != QLatin1String("public"))
                    inner.append(&entry);
            }
            if (inner.isEmpty())
                continue;
            const QString zoneBase = zone.zoneName.isEmpty() ? vpc->name : zone.zoneName;
            const QString tableId = ids.take(logicalId(zoneBase, QStringLiteral("PrivateRouteTable")));
            const QString tableName = vpc->name + QLatin1String("-private")
                + (zone.zoneName.isEmpty() ? QString() : QString(QLatin1Char('-') + zone.zoneName));
            resources.insert(tableId, resource(QStringLiteral("AWS::EC2::RouteTable"),
                                               {{QStringLiteral("VpcId"), ref(vpcId)},
                                                {QStringLiteral("Tags"), QVariantList{tag(QStringLiteral("Name"), tableName)}}}));
            QString natId = zone.natGatewayId;
            if (natId.isEmpty() && !firstNatId.isEmpty()) {
                natId = firstNatId;
                found.append(warning(design, *inner.first()->object, QStringLiteral("export.cfn.nat-other-az"), QString(),
                                     QStringLiteral("Availability Zone %1 has no public subnet for a NAT gateway; its "
                                                    "private route table uses %2 in another zone.")
                                         .arg(zone.zoneName, natId)));
            } else if (natId.isEmpty()) {
                found.append(warning(design, *vpc, QStringLiteral("export.cfn.no-nat"), QString(),
                                     QStringLiteral("VPC %1 has no public subnet, so there is no NAT gateway: the private "
                                                    "route table of %2 has no default route.")
                                         .arg(vpc->name, zone.zoneName.isEmpty() ? vpc->name : zone.zoneName)));
            }
            if (!natId.isEmpty()) {
                resources.insert(ids.take(logicalId(zoneBase, QStringLiteral("PrivateDefaultRoute"))),
                                 resource(QStringLiteral("AWS::EC2::Route"),
                                          {{QStringLiteral("RouteTableId"), ref(tableId)},
                                           {QStringLiteral("DestinationCidrBlock"), QStringLiteral("0.0.0.0/0")},
                                           {QStringLiteral("NatGatewayId"), ref(natId)}}));
            }
            for (const SubnetEntry *entry : std::as_const(inner)) {
                resources.insert(ids.take(entry->logicalId + QLatin1String("RouteTableAssociation")),
                                 resource(QStringLiteral("AWS::EC2::SubnetRouteTableAssociation"),
                                          {{QStringLiteral("RouteTableId"), ref(tableId)},
                                           {QStringLiteral("SubnetId"), ref(entry->logicalId)}}));
            }
        }

        descriptions.append(QStringLiteral("VPC %1 (%2) with %3 subnets in %4 Availability Zones")
                                .arg(vpc->name, vpc->field(QStringLiteral("CidrBlock")).toString())
                                .arg(exportedSubnets)
                                .arg(zones.size()));
    }

    if (diagnostics)
        diagnostics->append(found);
    if (resources.isEmpty())
        return {};
    QString regionName = region->field(QStringLiteral("RegionName")).toString();
    if (regionName.isEmpty())
        regionName = region->name;
    QVariantMap templ;
    templ.insert(QStringLiteral("AWSTemplateFormatVersion"), QStringLiteral("2010-09-09"));
    templ.insert(QStringLiteral("Description"),
                 QString(QStringLiteral("Network of %1 exported by Scaleplan: ").arg(regionName)
                         + descriptions.join(QStringLiteral("; ")) + QLatin1Char('.'))
                     .left(1024)); // CloudFormation limits Description to 1024 bytes
    templ.insert(QStringLiteral("Resources"), resources);
    templ.insert(QStringLiteral("Outputs"), outputs);
    return templ;
}

ExportReport CloudFormationExporter::exportTo(const DesignData &design, const QHash<ObjectId, Diagnostic> &errors,
                                              const QString &outDir)
{
    ExportReport report;
    const QString cfnDir = QDir(outDir).filePath(QStringLiteral("cfn"));
    QSet<QString> usedStems;
    for (ObjectId regionId : design.objectsOfKind(ObjectKind::Region)) {
        const QVariantMap templ = networkTemplate(design, regionId, errors, &report.diagnostics);
        if (templ.isEmpty())
            continue;
        const DesignObject *region = design.object(regionId);
        QString regionName = region->field(QStringLiteral("RegionName")).toString();
        if (regionName.isEmpty())
            regionName = region->name;
        const QString base = DesignExporter::fileStem(regionName) + QLatin1String("-network");
        QString stem = base;
        for (int n = 2; usedStems.contains(stem); ++n)
            stem = base + QLatin1Char('-') + QString::number(n);
        usedStems.insert(stem);
        if (DesignExporter::writeFile(QDir(cfnDir).filePath(stem + QLatin1String(".yaml")), YamlWriter::toYaml(templ), &report))
            ++report.documentsWritten;
    }
    return report;
}

} // namespace Scaleplan
