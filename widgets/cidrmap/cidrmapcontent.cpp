#include "widgets/cidrmap/cidrmapcontent.h"

#include "model/cidr/addressplan.h"
#include "model/cidr/overlapfinder.h"
#include "widgets/canvasstyle.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Scaleplan {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Scaleplan::CidrMapContent", text);
}

QString countText(double count)
{
    return QLocale().toString(qint64(count));
}
} // namespace

CidrMapContent::CidrMapContent(const QString &title, const Cidr &root, const QList<Span> &spans)
    : m_title(title)
    , m_root(root)
    , m_hasRoot(true)
    , m_spans(spans)
{
    const int n = int(m_spans.size());
    m_overlapping = QList<bool>(n, false);
    m_inside = QList<bool>(n, false);
    m_zoneIndex = QList<int>(n, -1);

    QList<Cidr> blocks;
    blocks.reserve(n);
    QList<Cidr> insideBlocks;
    for (int i = 0; i < n; ++i) {
        const Span &span = m_spans[i];
        blocks.append(span.cidr);
        m_inside[i] = m_root.contains(span.cidr);
        if (m_inside[i]) {
            insideBlocks.append(span.cidr);
            m_drawOrder.append(i);
        }
        if (!span.availabilityZone.isEmpty()) {
            int zone = int(m_zones.indexOf(span.availabilityZone));
            if (zone < 0) {
                zone = int(m_zones.size());
                m_zones.append(span.availabilityZone);
            }
            m_zoneIndex[i] = zone;
        }
    }
    for (const auto &pair : OverlapFinder::overlappingPairs(blocks)) {
        m_overlapping[pair.first] = true;
        m_overlapping[pair.second] = true;
    }
    m_free = AddressPlan::freeSpace(m_root, insideBlocks);
    double freeCount = 0;
    for (const Cidr &block : std::as_const(m_free))
        freeCount += block.addressCount();
    m_used = m_root.addressCount() - freeCount;

    std::stable_sort(m_drawOrder.begin(), m_drawOrder.end(), [this](int l, int r) {
        return m_spans[l].cidr.prefixLength() < m_spans[r].cidr.prefixLength();
    });
    m_byAddress = m_drawOrder;
    std::sort(m_byAddress.begin(), m_byAddress.end(), [this](int l, int r) {
        return m_spans[l].cidr < m_spans[r].cidr;
    });
    quint32 reach = 0;
    for (int i : std::as_const(m_byAddress)) {
        reach = std::max(reach, v4(m_spans[i].cidr.lastValue()));
        m_reach.append(reach);
    }
}

QList<Cidr> CidrMapContent::vpcBlocks(const DesignData &design, ObjectId vpcId)
{
    QList<Cidr> blocks;
    const DesignObject *vpc = design.object(vpcId);
    if (!vpc || vpc->kind != ObjectKind::Vpc)
        return blocks;
    if (auto primary = Cidr::parseLoose(vpc->field(QStringLiteral("CidrBlock")).toString()))
        blocks.append(*primary);
    for (const QVariant &v : vpc->field(QStringLiteral("SecondaryCidrBlocks")).toList()) {
        if (auto block = Cidr::parseLoose(v.toString()))
            blocks.append(*block);
    }
    return blocks;
}

CidrMapContent CidrMapContent::fromVpc(const DesignData &design, ObjectId vpcId, int blockIndex)
{
    const QList<Cidr> blocks = vpcBlocks(design, vpcId);
    if (blockIndex < 0 || blockIndex >= blocks.size())
        return {};
    const Cidr root = blocks[blockIndex];
    QList<Span> spans;
    for (ObjectId id : design.preorder()) {
        const DesignObject *o = design.object(id);
        if (o->kind != ObjectKind::Subnet || design.enclosing(id, ObjectKind::Vpc) != vpcId)
            continue;
        const auto cidr = Cidr::parseLoose(o->field(QStringLiteral("CidrBlock")).toString());
        if (!cidr)
            continue;
        // A subnet in another block of this VPC belongs to that block's map.
        bool elsewhere = false;
        for (int b = 0; b < blocks.size(); ++b)
            elsewhere = elsewhere || (b != blockIndex && blocks[b].contains(*cidr) && !root.contains(*cidr));
        if (elsewhere)
            continue;
        const ObjectId az = design.enclosing(id, ObjectKind::AvailabilityZone);
        QString zone;
        if (az != 0) {
            zone = design.object(az)->field(QStringLiteral("AvailabilityZone")).toString();
            if (zone.isEmpty())
                zone = design.object(az)->name;
        }
        spans.append(Span{id, o->name, o->field(QStringLiteral("Tier")).toString(), zone,
                          design.pathOf(o->parentId), *cidr});
    }
    return CidrMapContent(design.object(vpcId)->name, root, spans);
}

bool CidrMapContent::isOverlapping(int index) const
{
    return index >= 0 && index < m_overlapping.size() && m_overlapping[index];
}

bool CidrMapContent::isInside(int index) const
{
    return index >= 0 && index < m_inside.size() && m_inside[index];
}

int CidrMapContent::zoneIndex(int index) const
{
    return (index >= 0 && index < m_zoneIndex.size()) ? m_zoneIndex[index] : -1;
}

int CidrMapContent::spanAtAddress(quint32 address) const
{
    if (!isDrawable())
        return -1;
    // Spans sorted by network address: every span containing `address` starts at or before it.
    // Walk back from the last such span while some earlier span still reaches the address
    // (m_reach is the running maximum of last addresses; disjoint plans stop after one step).
    auto it = std::upper_bound(m_byAddress.begin(), m_byAddress.end(), address, [this](quint32 a, int i) {
        return a < v4(m_spans[i].cidr.networkValue());
    });
    int best = -1;
    for (qsizetype k = (it - m_byAddress.begin()) - 1; k >= 0 && m_reach[k] >= address; --k) {
        const Cidr &c = m_spans[m_byAddress[k]].cidr;
        if (v4(c.lastValue()) >= address && (best < 0 || c.prefixLength() > m_spans[best].cidr.prefixLength()))
            best = m_byAddress[k];
    }
    return best;
}

std::optional<Cidr> CidrMapContent::freeBlockAtAddress(quint32 address) const
{
    auto it = std::upper_bound(m_free.begin(), m_free.end(), address, [](quint32 a, const Cidr &c) {
        return a < v4(c.networkValue());
    });
    if (it == m_free.begin())
        return std::nullopt;
    --it;
    if (v4(it->lastValue()) >= address && it->isIPv4())
        return *it;
    return std::nullopt;
}

QString CidrMapContent::toolTipText(int index) const
{
    if (index < 0 || index >= m_spans.size())
        return {};
    const Span &span = m_spans[index];
    QStringList facts;
    if (!span.tier.isEmpty())
        facts << span.tier;
    if (!span.availabilityZone.isEmpty())
        facts << span.availabilityZone;
    QStringList lines;
    lines << (facts.isEmpty() ? span.name : tr("%1 (%2)").arg(span.name, facts.join(QStringLiteral(", "))));
    lines << span.cidr.toString();
    lines << tr("%1 – %2").arg(span.cidr.networkAddress(), span.cidr.lastAddress());
    lines << tr("%1 usable addresses (AWS reserves 5 of %2)")
                 .arg(QLocale().toString(span.cidr.awsUsableAddressCount()), countText(span.cidr.addressCount()));
    if (!span.owner.isEmpty())
        lines << tr("Owner: %1").arg(span.owner);
    if (isOverlapping(index)) {
        QStringList others;
        for (int j = 0; j < m_spans.size(); ++j) {
            if (j != index && span.cidr.overlaps(m_spans[j].cidr))
                others << m_spans[j].name;
        }
        lines << tr("Overlaps %1").arg(others.join(QStringLiteral(", ")));
    }
    if (!isInside(index))
        lines << tr("Outside %1").arg(m_root.toString());
    return lines.join(QLatin1Char('\n'));
}

QString CidrMapContent::freeToolTipText(const Cidr &block)
{
    return QStringList{tr("Free"), block.toString(), tr("%1 – %2").arg(block.networkAddress(), block.lastAddress()),
                       tr("%1 addresses").arg(countText(block.addressCount()))}
        .join(QLatin1Char('\n'));
}

QColor CidrMapContent::fillColor(int index) const
{
    if (isOverlapping(index))
        return CanvasStyle::severityColor(Severity::Warning);
    const QColor tier = CanvasStyle::tierColor(index >= 0 && index < m_spans.size() ? m_spans[index].tier : QString());
    const int zone = zoneIndex(index);
    if (zone <= 0)
        return tier;
    // Zone 1 lighter, zone 2 darker, zone 3 lighter still, ...: neighbours of one tier stay apart.
    const int step = (zone + 1) / 2;
    return zone % 2 == 1 ? tier.lighter(100 + 18 * step) : tier.darker(100 + 22 * step);
}

QColor CidrMapContent::zoneColor(int zoneIndex)
{
    // Material Design 300 shades that are not tier colours: amber, cyan, pink, lime, deep orange, teal.
    static const QColor palette[] = {QColor(0xff, 0xd5, 0x4f), QColor(0x4d, 0xd0, 0xe1), QColor(0xf0, 0x62, 0x92),
                                     QColor(0xdc, 0xe7, 0x75), QColor(0xff, 0x8a, 0x65), QColor(0x4d, 0xb6, 0xac)};
    if (zoneIndex < 0)
        return CanvasStyle::dimTextColor();
    return palette[zoneIndex % 6];
}

QString CidrMapContent::zoneLabel(const QString &zone)
{
    if (!zone.isEmpty() && zone.back().isLetter() && zone.size() > 1 && zone.at(zone.size() - 2).isDigit())
        return zone.right(1);
    return zone;
}

} // namespace Scaleplan
