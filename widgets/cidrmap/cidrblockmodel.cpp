#include "widgets/cidrmap/cidrblockmodel.h"

#include "model/aws/instancecatalog.h"
#include "model/cidr/podipcapacity.h"
#include "model/quantity.h"

#include <QColor>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace Scaleplan {

namespace {

QString addressText(quint32 value)
{
    return Cidr::fromValue(Cidr::Family::IPv4, {0, value}, 32).networkAddress();
}

PodIpCapacity::CniSettings cniSettings(const DesignData &design, ObjectId clusterId)
{
    for (ObjectId id : design.children(clusterId)) {
        const DesignObject &o = *design.object(id);
        const QString addon = o.field(QStringLiteral("AddonName")).toString();
        if (o.kind != ObjectKind::EksAddon || (addon.isEmpty() ? o.name : addon) != QLatin1String("vpc-cni"))
            continue;
        QVariant configuration = o.field(QStringLiteral("Configuration"));
        if (configuration.typeId() == QMetaType::QString)
            configuration = QJsonDocument::fromJson(configuration.toString().toUtf8()).toVariant();
        QVariantMap map = configuration.toMap();
        if (map.value(QStringLiteral("env")).typeId() == QMetaType::QVariantMap)
            map.insert(map.value(QStringLiteral("env")).toMap());
        return PodIpCapacity::CniSettings::fromConfiguration(map);
    }
    return {};
}

/// Addresses the NodePools of cluster `clusterId` need at their limits (see the class comment);
/// std::nullopt when no pool gives an estimate.
std::optional<qint64> clusterDemand(const DesignData &design, ObjectId clusterId, const QList<Cidr> &privateSubnets)
{
    const PodIpCapacity::CniSettings settings = cniSettings(design, clusterId);
    qint64 hpaPods = 0;
    for (ObjectId id : design.objectsOfKind(ObjectKind::HorizontalPodAutoscaler)) {
        if (design.enclosing(id, ObjectKind::EksCluster) == clusterId)
            hpaPods += design.object(id)->field(QStringLiteral("spec.maxReplicas")).toLongLong();
    }
    std::optional<qint64> total;
    for (ObjectId poolId : design.objectsOfKind(ObjectKind::NodePool)) {
        if (design.enclosing(poolId, ObjectKind::EksCluster) != clusterId)
            continue;
        const DesignObject &pool = *design.object(poolId);
        const InstanceType *smallest = nullptr;
        for (const QVariant &r : pool.field(QStringLiteral("spec.template.spec.requirements")).toList()) {
            const QVariantMap req = r.toMap();
            if (req.value(QStringLiteral("key")).toString() != QLatin1String("node.kubernetes.io/instance-type")
                || req.value(QStringLiteral("operator")).toString() != QLatin1String("In"))
                continue;
            for (const QVariant &v : req.value(QStringLiteral("values")).toList()) {
                const InstanceType *t = InstanceCatalog::find(v.toString());
                if (t && (!smallest || t->vcpu < smallest->vcpu))
                    smallest = t;
            }
        }
        if (!smallest)
            continue;
        const std::optional<double> cpu = Quantity::cpuMillicores(pool.field(QStringLiteral("spec.limits.cpu")));
        PodIpCapacity::PoolEstimate e;
        if (cpu && *cpu > 0)
            e = PodIpCapacity::atCpuLimit(*smallest, *cpu / 1000.0, settings, privateSubnets);
        else if (hpaPods > 0)
            e = PodIpCapacity::forPods(*smallest, hpaPods, settings, privateSubnets);
        else
            continue;
        total = total.value_or(0) + e.addressesNeeded;
    }
    return total;
}

QString csvQuoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QString(QLatin1Char('"') + quoted + QLatin1Char('"'));
}

} // namespace

CidrBlockModel::CidrBlockModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CidrBlockModel::setDesign(const DesignData &design, ObjectId vpcId)
{
    beginResetModel();
    m_rows.clear();
    QList<ObjectId> vpcs;
    for (ObjectId id : design.objectsOfKind(ObjectKind::Vpc)) {
        if (vpcId == 0 || id == vpcId)
            vpcs.append(id);
    }
    for (ObjectId vpc : std::as_const(vpcs)) {
        QList<int> privateRows;
        QList<Cidr> privateBlocks;
        QStringList clusters, balancers, databases;
        QList<ObjectId> clusterIds;
        for (ObjectId id : design.preorder()) {
            if (design.enclosing(id, ObjectKind::Vpc) != vpc)
                continue;
            const DesignObject &o = *design.object(id);
            if (o.kind == ObjectKind::EksCluster) {
                clusters << o.name;
                clusterIds << id;
            } else if (o.kind == ObjectKind::ApplicationLoadBalancer) {
                balancers << o.name;
            } else if (o.kind == ObjectKind::AuroraCluster || o.kind == ObjectKind::ElastiCacheReplicationGroup) {
                databases << o.name;
            }
        }
        for (ObjectId id : design.preorder()) {
            const DesignObject &o = *design.object(id);
            if (o.kind != ObjectKind::Subnet || design.enclosing(id, ObjectKind::Vpc) != vpc)
                continue;
            const auto cidr = Cidr::parseLoose(o.field(QStringLiteral("CidrBlock")).toString());
            if (!cidr)
                continue;
            Row row;
            row.id = id;
            row.name = o.name;
            row.cidr = *cidr;
            row.tier = o.field(QStringLiteral("Tier")).toString();
            const ObjectId az = design.enclosing(id, ObjectKind::AvailabilityZone);
            if (az != 0) {
                row.availabilityZone = design.object(az)->field(QStringLiteral("AvailabilityZone")).toString();
                if (row.availabilityZone.isEmpty())
                    row.availabilityZone = design.object(az)->name;
            }
            row.vpc = design.object(vpc)->name;
            if (cidr->isIPv4()) {
                row.usable = cidr->awsUsableAddressCount();
                if (cidr->prefixLength() <= 29) {
                    row.firstUsable = addressText(quint32(cidr->networkValue().low) + 4);
                    row.lastUsable = addressText(quint32(cidr->lastValue().low) - 1);
                }
            }
            const QString tier = row.tier.toLower();
            if (tier == QLatin1String("private"))
                row.usedBy = clusters;
            else if (tier == QLatin1String("public"))
                row.usedBy = balancers;
            else if (tier == QLatin1String("database"))
                row.usedBy = databases;
            if (tier == QLatin1String("private") && cidr->isIPv4()) {
                privateRows.append(int(m_rows.size()));
                privateBlocks.append(*cidr);
            }
            m_rows.append(row);
        }
        // Pod-IP demand of the VPC's clusters, shared in proportion to usable addresses.
        std::optional<qint64> demand;
        for (ObjectId cluster : std::as_const(clusterIds)) {
            if (const auto d = clusterDemand(design, cluster, privateBlocks))
                demand = demand.value_or(0) + *d;
        }
        const qint64 usable = PodIpCapacity::usableAddresses(privateBlocks);
        if (demand && usable > 0) {
            for (int r : std::as_const(privateRows))
                m_rows[r].podIpDemand = qint64(std::llround(double(*demand) * double(m_rows[r].usable) / double(usable)));
        }
    }
    endResetModel();
}

std::optional<double> CidrBlockModel::utilisationPercent(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows[row].podIpDemand || m_rows[row].usable <= 0)
        return std::nullopt;
    return 100.0 * double(*m_rows[row].podIpDemand) / double(m_rows[row].usable);
}

int CidrBlockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CidrBlockModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ObjectId CidrBlockModel::objectId(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows[row].id : 0;
}

QVariant CidrBlockModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    if (role == ObjectIdRole)
        return QVariant::fromValue(row.id);
    if (role == Qt::TextAlignmentRole) {
        if (column == UsableColumn || column == DemandColumn || column == UtilisationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ForegroundRole && column == UtilisationColumn) {
        const auto u = utilisationPercent(index.row());
        if (u && *u > 100)
            return QColor(0xef, 0x53, 0x50);
        if (u && *u > 80)
            return QColor(0xff, 0xca, 0x28);
        return {};
    }
    if (role == Qt::ToolTipRole && column == DemandColumn && row.podIpDemand)
        return tr("Pod-IP demand of the VPC's EKS NodePools at their limits, shared among the private subnets "
                  "in proportion to their usable addresses.");
    if (role == Qt::UserRole) {
        switch (column) {
        case CidrColumn:
        case FirstUsableColumn:
        case LastUsableColumn:
            // Address order: network value, then prefix length.
            return QVariant(double(row.cidr.networkValue().low) * 256.0 + row.cidr.prefixLength()
                            + double(row.cidr.networkValue().high) * 1e30);
        case UsableColumn:
            return row.cidr.isIPv4() ? QVariant(row.usable) : QVariant(qint64(-1));
        case DemandColumn:
            return row.podIpDemand ? QVariant(*row.podIpDemand) : QVariant(qint64(-1));
        case UtilisationColumn:
            return utilisationPercent(index.row()).value_or(-1.0);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return row.name;
    case CidrColumn:
        return row.cidr.toString();
    case TierColumn:
        return row.tier;
    case ZoneColumn:
        return row.availabilityZone;
    case VpcColumn:
        return row.vpc;
    case FirstUsableColumn:
        return row.firstUsable;
    case LastUsableColumn:
        return row.lastUsable;
    case UsableColumn:
        return row.cidr.isIPv4() ? QLocale().toString(row.usable) : QStringLiteral("–");
    case UsedByColumn:
        return row.usedBy.join(QStringLiteral(", "));
    case DemandColumn:
        return row.podIpDemand ? QLocale().toString(*row.podIpDemand) : QString();
    case UtilisationColumn:
        if (const auto u = utilisationPercent(index.row()))
            return tr("%1 %").arg(QLocale().toString(*u, 'f', 1));
        return QString();
    default:
        return {};
    }
}

QVariant CidrBlockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Subnet");
    case CidrColumn: return tr("CIDR");
    case TierColumn: return tr("Tier");
    case ZoneColumn: return tr("AZ");
    case VpcColumn: return tr("VPC");
    case FirstUsableColumn: return tr("First usable");
    case LastUsableColumn: return tr("Last usable");
    case UsableColumn: return tr("Usable");
    case UsedByColumn: return tr("Used by");
    case DemandColumn: return tr("Pod-IP demand");
    case UtilisationColumn: return tr("Utilisation");
    default: return {};
    }
}

QString CidrBlockModel::csvField(int row, int column) const
{
    const Row &r = m_rows[row];
    switch (column) {
    case UsableColumn:
        return r.cidr.isIPv4() ? QString::number(r.usable) : QString();
    case DemandColumn:
        return r.podIpDemand ? QString::number(*r.podIpDemand) : QString();
    case UtilisationColumn:
        if (const auto u = utilisationPercent(row))
            return QString::number(*u, 'f', 1);
        return {};
    default:
        return data(index(row, column), Qt::DisplayRole).toString();
    }
}

QString CidrBlockModel::toCsv(const QList<int> &rowOrder) const
{
    // Column names in the file are fixed English identifiers (not translated), so scripts can read them.
    static const char *const names[] = {"subnet", "cidr", "tier", "availability_zone", "vpc", "first_usable",
                                        "last_usable", "usable_addresses", "used_by", "pod_ip_demand",
                                        "utilisation_percent"};
    QStringList lines;
    QStringList header;
    for (const char *name : names)
        header << QString::fromLatin1(name);
    lines << header.join(QLatin1Char(','));
    QList<int> order = rowOrder;
    if (order.isEmpty()) {
        for (int r = 0; r < m_rows.size(); ++r)
            order.append(r);
    }
    for (int r : std::as_const(order)) {
        if (r < 0 || r >= m_rows.size())
            continue;
        QStringList fields;
        for (int c = 0; c < ColumnCount; ++c)
            fields << csvQuoted(csvField(r, c));
        lines << fields.join(QLatin1Char(','));
    }
    return QString(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
}

} // namespace Scaleplan
