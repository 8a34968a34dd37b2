#pragma once

#include "model/cidr/cidr.h"
#include "model/designdata.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace Scaleplan {

/**
 * What the CIDR maps (CidrLinearMap, HilbertMap) show: one IPv4 address space (`root`, e.g. a VPC's
 * primary block) and the subnets allocated in it, with the derived facts both maps need — which
 * subnets overlap another (OverlapFinder), the free space as the minimal list of aligned blocks
 * (AddressPlan::freeSpace, RFC 4632 section 3.1), the Availability Zones in first-seen order — and
 * the hover text.
 *
 * A value type: it copies what it shows (no pointer into a design); rebuild it after the design
 * changes. Spans outside `root` are kept (listed as outside) but not drawn. Only IPv4 roots are
 * drawn by the maps; an IPv6 root gives an empty map with a hint.
 */
class CidrMapContent
{
public:
    /// One allocated block (a subnet, or a planned allocation in the subnet planner preview).
    struct Span {
        ObjectId id = 0;            // 0 for a planned block that is not in the design yet
        QString name;
        QString tier;               // "public", "private", "database" or anything else
        QString availabilityZone;   // e.g. "us-east-1a"; may be empty
        QString owner;              // owner path, e.g. "us-east-1/production-vpc/us-east-1a"
        Cidr cidr;
    };

    CidrMapContent() = default;
    /// `root` is the address space shown; `spans` in any order (kept as given).
    CidrMapContent(const QString &title, const Cidr &root, const QList<Span> &spans);

    /// The subnets of VPC `vpcId` (preorder) inside block `blockIndex` of the VPC (0 = `CidrBlock`,
    /// 1.. = `SecondaryCidrBlocks`). Subnets of the VPC in other blocks are left out; subnets in no
    /// block of the VPC are kept (outside). An id that is not a Vpc, or a VPC without that block,
    /// gives an empty content.
    static CidrMapContent fromVpc(const DesignData &design, ObjectId vpcId, int blockIndex = 0);
    /// The IPv4 blocks of VPC `vpcId`: `CidrBlock` then `SecondaryCidrBlocks` (unparsable ones skipped).
    static QList<Cidr> vpcBlocks(const DesignData &design, ObjectId vpcId);

    bool isEmpty() const { return !m_hasRoot; }
    /// True when the root is an IPv4 block the maps can draw.
    bool isDrawable() const { return m_hasRoot && m_root.isIPv4(); }
    QString title() const { return m_title; }
    Cidr root() const { return m_root; }
    const QList<Span> &spans() const { return m_spans; }
    /// Free blocks of root (AddressPlan::freeSpace of the spans inside root), in address order.
    const QList<Cidr> &freeBlocks() const { return m_free; }
    /// Indices of spans inside root, larger blocks first (drawing order: smaller ones stay on top).
    const QList<int> &drawOrder() const { return m_drawOrder; }
    /// Availability Zones in first-seen order (spans with an empty zone are not listed).
    const QStringList &availabilityZones() const { return m_zones; }

    bool isOverlapping(int index) const;
    bool isInside(int index) const;
    /// Position of span `index`'s zone in availabilityZones(), -1 when it has none.
    int zoneIndex(int index) const;
    /// Addresses of root covered by at least one span (union), and root's address count.
    double usedAddressCount() const { return m_used; }

    /// The smallest span inside root containing the IPv4 address `address` (a 32-bit value), -1
    /// when it is free space or outside root.
    int spanAtAddress(quint32 address) const;
    /// The free block containing `address`, std::nullopt when allocated or outside root.
    std::optional<Cidr> freeBlockAtAddress(quint32 address) const;

    /// Hover text of span `index`, one fact per line: "name (tier, zone)", the CIDR, "first – last"
    /// address, "N usable addresses (AWS reserves 5 of M)" (Cidr::awsUsableAddressCount, Amazon VPC
    /// User Guide "Subnet CIDR blocks": 2^(32-p) - 5), "Owner: path", then "Overlaps a, b" when it
    /// overlaps. Empty for an index out of range.
    QString toolTipText(int index) const;
    /// Hover text of a free block: "Free", the CIDR, "first – last", address count.
    static QString freeToolTipText(const Cidr &block);

    /// The fill of span `index`: its tier colour (CanvasStyle::tierColor) shaded by its zone (zone
    /// 0 as is, then alternately lighter / darker), or the warning colour when it overlaps.
    QColor fillColor(int index) const;
    /// The colour of zone `zoneIndex` for the zone bands and legend (a fixed palette, cycled).
    static QColor zoneColor(int zoneIndex);
    /// Short zone label: the trailing letter of "us-east-1a" ("a"), else the whole name.
    static QString zoneLabel(const QString &zone);

    /// IPv4 address value (32 bits) of an address of an IPv4 block.
    static quint32 v4(const Cidr::Value128 &value) { return quint32(value.low); }

private:
    QString m_title;
    Cidr m_root;
    bool m_hasRoot = false;
    QList<Span> m_spans;
    QList<bool> m_overlapping;
    QList<bool> m_inside;
    QList<int> m_zoneIndex;
    QList<int> m_drawOrder;
    QList<int> m_byAddress;   // spans inside root sorted by network address, then prefix length
    QList<quint32> m_reach;   // running maximum of the last addresses along m_byAddress
    QList<Cidr> m_free;
    QStringList m_zones;
    double m_used = 0;
};

} // namespace Scaleplan
