#pragma once

#include "model/cidr/cidr.h"
#include "model/designdata.h"

#include <QAbstractTableModel>

namespace Scaleplan {

/**
 * A table of the subnets of one VPC (or of every VPC): name, CIDR, tier, zone, VPC, first and last
 * usable address, usable count, the objects using the subnet, the estimated pod-IP demand and the
 * utilisation it gives. Read-only; a copy of the design's facts (call setDesign() again after a
 * change).
 *
 * Usable addresses: AWS reserves the first four and the last address of a subnet, so the first
 * usable address is network + 4, the last is the broadcast - 1, and usable = 2^(32 - p) - 5
 * (Amazon VPC User Guide, "Subnet CIDR blocks"). IPv6 subnets show their block and "–" for counts.
 *
 * Pod-IP demand (private subnets of a VPC with an EKS cluster): per NodePool of the cluster, the
 * addresses of the pool at its Karpenter CPU limit (PodIpCapacity::atCpuLimit) or, without a limit,
 * at the autoscalers' maxReplicas (PodIpCapacity::forPods), with the cluster's vpc-cni settings
 * and the allowed instance type with the fewest vCPUs; the sum is shared among the private
 * subnets in proportion to their usable addresses (the CNI draws from all the NodeClass's
 * subnets), so a subnet's utilisation = demand / usable. Unknown (empty) elsewhere.
 *
 * Sorting: Qt::UserRole holds a sortable value for every column (numbers for counts and
 * addresses), for a QSortFilterProxyModel with setSortRole(Qt::UserRole).
 */
class CidrBlockModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CidrColumn,
        TierColumn,
        ZoneColumn,
        VpcColumn,
        FirstUsableColumn,
        LastUsableColumn,
        UsableColumn,
        UsedByColumn,
        DemandColumn,
        UtilisationColumn,
        ColumnCount
    };

    /// One row, as shown.
    struct Row {
        ObjectId id = 0;
        QString name;
        Cidr cidr;
        QString tier;
        QString availabilityZone;
        QString vpc;
        QString firstUsable;         // "10.0.0.4"; empty for IPv6 or blocks under /30
        QString lastUsable;          // "10.0.0.254"
        qint64 usable = 0;           // 2^(32-p) - 5 (IPv4)
        QStringList usedBy;          // object names
        std::optional<qint64> podIpDemand;
    };

    explicit CidrBlockModel(QObject *parent = nullptr);

    /// Shows the subnets of VPC `vpcId`, or of every VPC when `vpcId` is 0, in preorder.
    void setDesign(const DesignData &design, ObjectId vpcId);
    const QList<Row> &rows() const { return m_rows; }
    /// Utilisation of row `row` in percent (demand / usable), std::nullopt when unknown.
    std::optional<double> utilisationPercent(int row) const;

    /// The table as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or
    /// line break quoted, quotes doubled), header first, then the rows `rowOrder` (model rows, e.g.
    /// in a proxy's sort order; empty = every row in model order), plain numbers without grouping.
    QString toCsv(const QList<int> &rowOrder = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The object id of a row (Qt::UserRole + 1 on any column gives it too).
    ObjectId objectId(int row) const;
    static constexpr int ObjectIdRole = Qt::UserRole + 1;

private:
    QString csvField(int row, int column) const;
    QList<Row> m_rows;
};

} // namespace Scaleplan
