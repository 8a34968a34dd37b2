#include "widgets/cidrmap/cidrlinearmap.h"

#include "widgets/canvasstyle.h"

#include <QLocale>
#include <QPainter>

#include <cmath>

namespace Scaleplan {

namespace {
constexpr qreal kMargin = 12;
constexpr qreal kHeader = 28;
constexpr qreal kAxis = 20;
constexpr qreal kLegend = 24;
constexpr qreal kZoneBand = 5;
constexpr qreal kMinBar = 44;
constexpr qreal kMaxBar = 150;

/// Free share of `view` in percent, counting only the free blocks' parts inside it.
double freePercent(const CidrMapContent &content, const Cidr &view)
{
    double free = 0;
    const double first = CidrMapContent::v4(view.networkValue());
    const double last = CidrMapContent::v4(view.lastValue());
    for (const Cidr &block : content.freeBlocks()) {
        const double a = std::max(first, double(CidrMapContent::v4(block.networkValue())));
        const double b = std::min(last, double(CidrMapContent::v4(block.lastValue())));
        if (b >= a)
            free += b - a + 1;
    }
    return 100.0 * free / view.addressCount();
}
struct LegendEntry {
    QBrush brush;
    QString label;
};

QBrush hatchBrush()
{
    QColor hatch = CanvasStyle::dimTextColor();
    hatch.setAlpha(90);
    return QBrush(hatch, Qt::BDiagPattern);
}

/// Tiers and zones present, overlap (when any), free.
QList<LegendEntry> legendEntries(const CidrMapContent &content)
{
    QList<LegendEntry> entries;
    QStringList tiers;
    bool anyOverlap = false;
    for (int i : content.drawOrder()) {
        const QString tier = content.spans()[i].tier;
        if (!tiers.contains(tier))
            tiers << tier;
        anyOverlap = anyOverlap || content.isOverlapping(i);
    }
    for (const QString &tier : std::as_const(tiers))
        entries.append({CanvasStyle::tierColor(tier), tier.isEmpty() ? CidrLinearMap::tr("no tier") : tier});
    for (int z = 0; z < content.availabilityZones().size(); ++z)
        entries.append({CidrMapContent::zoneColor(z), CidrLinearMap::tr("AZ %1").arg(CidrMapContent::zoneLabel(content.availabilityZones()[z]))});
    if (anyOverlap)
        entries.append({CanvasStyle::severityColor(Severity::Warning), CidrLinearMap::tr("overlap")});
    entries.append({hatchBrush(), CidrLinearMap::tr("free")});
    return entries;
}

/// Top-left of each legend entry's swatch, wrapping at `width` (relative to the legend's origin).
QList<QPointF> legendLayout(const QStringList &labels, qreal width, const QFontMetricsF &metrics)
{
    QList<QPointF> out;
    qreal x = 0, y = 0;
    for (const QString &label : labels) {
        const qreal w = 15 + metrics.horizontalAdvance(label);
        if (x > 0 && x + w > width) {
            x = 0;
            y += kLegend;
        }
        out.append(QPointF(x, y));
        x += w + 14;
    }
    return out;
}
} // namespace

CidrLinearMap::CidrLinearMap(QWidget *parent)
    : CidrMapView(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QRectF CidrLinearMap::barRect() const
{
    if (!m_content.isDrawable())
        return {};
    if (m_legendWidth != width()) {
        const QList<QPointF> layout = legendLayout(m_legendLabels, width() - 2 * kMargin, QFontMetricsF(font()));
        m_legendRows = layout.isEmpty() ? 1 : int(layout.last().y() / kLegend) + 1;
        m_legendWidth = width();
    }
    const qreal h = qBound(kMinBar, height() - kHeader - kAxis - m_legendRows * kLegend - 6, kMaxBar);
    return QRectF(kMargin, kHeader, qMax<qreal>(1, width() - 2 * kMargin), h);
}

QRectF CidrLinearMap::blockRect(const Cidr &block) const
{
    if (!m_content.isDrawable() || !block.isIPv4() || !block.overlaps(m_view))
        return {};
    const QRectF bar = barRect();
    const double viewStart = CidrMapContent::v4(m_view.networkValue());
    const double total = m_view.addressCount();
    const double start = std::max(viewStart, double(CidrMapContent::v4(block.networkValue())));
    const double end = std::min(viewStart + total, double(CidrMapContent::v4(block.networkValue())) + block.addressCount());
    return QRectF(bar.left() + (start - viewStart) / total * bar.width(), bar.top(), (end - start) / total * bar.width(),
                  bar.height());
}

QRectF CidrLinearMap::spanRect(int index) const
{
    if (index < 0 || index >= m_content.spans().size() || !m_content.isInside(index))
        return {};
    return blockRect(m_content.spans()[index].cidr);
}

std::optional<quint32> CidrLinearMap::addressAt(const QPointF &pos) const
{
    const QRectF bar = barRect();
    if (bar.isEmpty() || !bar.contains(pos))
        return std::nullopt;
    const double fraction = std::clamp((pos.x() - bar.left()) / bar.width(), 0.0, 1.0);
    const double total = m_view.addressCount();
    const double offset = std::min(total - 1, std::floor(fraction * total));
    return quint32(CidrMapContent::v4(m_view.networkValue()) + quint64(offset));
}

QSize CidrLinearMap::sizeHint() const
{
    return QSize(640, int(kHeader + 90 + kAxis + kLegend + 6));
}

QSize CidrLinearMap::minimumSizeHint() const
{
    return QSize(240, int(kHeader + kMinBar + kAxis + kLegend + 6));
}

void CidrLinearMap::contentChanged()
{
    m_legendLabels.clear();
    m_legendWidth = -1;
    for (const LegendEntry &e : legendEntries(m_content))
        m_legendLabels << e.label;
}

QRectF CidrLinearMap::highlightRect(int index) const
{
    QRectF r = spanRect(index);
    if (!r.isEmpty() && r.width() < 3)
        r.setWidth(3);
    return r;
}

void CidrLinearMap::renderCache()
{
    resetCache();
    QPainter painter(&m_cache);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor dim = CanvasStyle::dimTextColor();
    if (drawPlaceholder(painter))
        return;

    // Header: name, the block in view (with the way back when zoomed), subnet count and free share.
    const QRectF header(kMargin, 0, width() - 2 * kMargin, kHeader);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    const QString title = m_view == m_content.root()
        ? tr("%1 · %2").arg(m_content.title(), m_view.toString())
        : tr("%1 · %2 › %3").arg(m_content.title(), m_content.root().toString(), m_view.toString());
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, title);
    const qreal titleWidth = QFontMetricsF(bold).horizontalAdvance(title);
    painter.setFont(font());
    painter.setPen(dim);
    int inView = 0;
    for (int i : m_content.drawOrder())
        inView += m_content.spans()[i].cidr.overlaps(m_view) ? 1 : 0;
    const QString summary = tr("%n subnet(s) · %1 % free", nullptr, inView)
                                .arg(QLocale().toString(freePercent(m_content, m_view), 'f', 1));
    painter.drawText(header.adjusted(titleWidth + 14, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, summary);

    // The bar: hatched free space under the spans.
    const QRectF bar = barRect();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x2a, 0x2e, 0x36));
    painter.drawRect(bar);
    painter.setBrush(hatchBrush());
    painter.drawRect(bar);

    // Free blocks wide enough get their size (or their CIDR) written in.
    const QFontMetricsF metrics(font());
    painter.setPen(dim);
    for (const Cidr &block : m_content.freeBlocks()) {
        const QRectF r = blockRect(block);
        if (r.width() < 44)
            continue;
        const QString full = tr("free %1").arg(block.toString());
        const QString brief = tr("free /%1").arg(block.prefixLength());
        const QString label = metrics.horizontalAdvance(full) + 8 <= r.width() ? full : brief;
        if (metrics.horizontalAdvance(label) + 8 > r.width())
            continue;
        const QRectF box(r.center().x() - metrics.horizontalAdvance(label) / 2 - 4, r.center().y() - metrics.height() / 2 - 2,
                         metrics.horizontalAdvance(label) + 8, metrics.height() + 4);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x2a, 0x2e, 0x36));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(dim);
        painter.drawText(box, Qt::AlignCenter, label);
    }

    // Spans, larger first so a contained (overlapping) smaller one stays visible on top.
    const QColor error = CanvasStyle::severityColor(Severity::Error);
    QFont nameFont = font();
    nameFont.setBold(true);
    const QFontMetricsF nameMetrics(nameFont);
    const quint32 viewFirst = CidrMapContent::v4(m_view.networkValue());
    const quint32 viewLast = CidrMapContent::v4(m_view.lastValue());
    painter.setClipRect(bar);
    for (int i : m_content.drawOrder()) {
        const Cidr &cidr = m_content.spans()[i].cidr;
        if (CidrMapContent::v4(cidr.lastValue()) < viewFirst || CidrMapContent::v4(cidr.networkValue()) > viewLast)
            continue;
        QRectF r = blockRect(cidr);
        // At least 2 px so a /24 in a /8 is still seen (the geometry stays exact).
        if (r.width() < 2)
            r.setWidth(2);
        const bool overlap = m_content.isOverlapping(i);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_content.fillColor(i));
        painter.drawRect(r);
        const int zone = m_content.zoneIndex(i);
        if (zone >= 0 && r.width() >= 3)
            painter.fillRect(QRectF(r.left(), r.bottom() - kZoneBand, r.width(), kZoneBand), CidrMapContent::zoneColor(zone));
        if (r.width() >= 4) {
            painter.setPen(QPen(overlap ? error : CanvasStyle::backgroundColor(), overlap ? 2.0 : 1.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
        }

        // Label lines: name, CIDR, zone, as many as fit.
        const QRectF inner = r.adjusted(4, 3, -4, -3 - kZoneBand);
        if (inner.width() < 16)
            continue;
        drawSpanLabel(painter, inner, i, nameFont, metrics, nameMetrics);
    }
    painter.setClipping(false);

    // Axis: first, middle and last address of the view.
    painter.setPen(dim);
    const QRectF axis(bar.left(), bar.bottom() + 2, bar.width(), kAxis);
    painter.drawText(axis, Qt::AlignLeft | Qt::AlignVCenter, m_view.networkAddress());
    painter.drawText(axis, Qt::AlignRight | Qt::AlignVCenter, m_view.lastAddress());
    if (m_view.prefixLength() < 32) {
        const Cidr upper = Cidr::fromValue(Cidr::Family::IPv4, {0, quint64(viewFirst) + quint64(m_view.addressCount() / 2)},
                                           m_view.prefixLength() + 1);
        const QString mid = upper.networkAddress();
        const qreal w = metrics.horizontalAdvance(mid);
        if (bar.width() > 3 * w + 40) {
            painter.drawText(QRectF(bar.center().x() - w / 2, axis.top(), w + 2, kAxis), Qt::AlignCenter, mid);
            painter.drawLine(QPointF(bar.center().x(), bar.bottom() - 4), QPointF(bar.center().x(), bar.bottom() + 2));
        }
    }

    // Legend: tiers and zones present, overlap, free (wrapped).
    const QList<LegendEntry> entries = legendEntries(m_content);
    const QList<QPointF> places = legendLayout(m_legendLabels, width() - 2 * kMargin, metrics);
    for (int e = 0; e < entries.size(); ++e) {
        const QPointF origin = places[e] + QPointF(kMargin, axis.bottom());
        const QRectF swatch(origin.x(), origin.y() + kLegend / 2 - 5, 10, 10);
        painter.setPen(QPen(dim, 0.5));
        painter.setBrush(entries[e].brush);
        painter.drawRect(swatch);
        painter.setPen(dim);
        painter.drawText(QRectF(swatch.right() + 5, origin.y(), metrics.horizontalAdvance(entries[e].label) + 2, kLegend),
                         Qt::AlignLeft | Qt::AlignVCenter, entries[e].label);
    }
}

} // namespace Scaleplan
