#include "widgets/cidrmap/hilbertmap.h"

#include "widgets/canvasstyle.h"

#include <QLocale>
#include <QPainter>

#include <cmath>

namespace Scaleplan {

namespace {
constexpr qreal kMargin = 10;
constexpr qreal kHeader = 26;
constexpr qreal kZoneBand = 4;

/// Wikipedia "Hilbert curve": rotate/flip a quadrant appropriately.
void rotate(quint64 n, quint64 &x, quint64 &y, quint64 rx, quint64 ry)
{
    if (ry == 0) {
        if (rx == 1) {
            x = n - 1 - x;
            y = n - 1 - y;
        }
        std::swap(x, y);
    }
}

int hostBits(const Cidr &view)
{
    return 32 - view.prefixLength();
}

/// Side of one Hilbert square of the grid of `view`.
quint32 squareSide(const Cidr &view)
{
    return quint32(1) << (hostBits(view) / 2);
}

/// Pixel rectangle covering a fractional one, at least one pixel wide and high.
QRectF snapped(const QRectF &r)
{
    const qreal left = std::floor(r.left());
    const qreal top = std::floor(r.top());
    const qreal right = std::max(left + 1, std::ceil(r.right() - 0.001));
    const qreal bottom = std::max(top + 1, std::ceil(r.bottom() - 0.001));
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}
} // namespace

HilbertMap::HilbertMap(QWidget *parent)
    : CidrMapView(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QPoint HilbertMap::d2xy(quint32 side, quint64 d)
{
    quint64 x = 0, y = 0, t = d;
    for (quint64 s = 1; s < side; s *= 2) {
        const quint64 rx = 1 & (t / 2);
        const quint64 ry = 1 & (t ^ rx);
        rotate(s, x, y, rx, ry);
        x += s * rx;
        y += s * ry;
        t /= 4;
    }
    return QPoint(int(x), int(y));
}

quint64 HilbertMap::xy2d(quint32 side, const QPoint &cell)
{
    quint64 x = quint64(cell.x()), y = quint64(cell.y()), d = 0;
    for (quint64 s = side / 2; s > 0; s /= 2) {
        const quint64 rx = (x & s) > 0 ? 1 : 0;
        const quint64 ry = (y & s) > 0 ? 1 : 0;
        d += s * s * ((3 * rx) ^ ry);
        rotate(side, x, y, rx, ry);
    }
    return d;
}

QSize HilbertMap::gridSize(const Cidr &view)
{
    if (!view.isIPv4())
        return {};
    const int side = int(squareSide(view));
    return QSize(hostBits(view) % 2 ? 2 * side : side, side);
}

QPoint HilbertMap::cellOf(const Cidr &view, quint64 offset)
{
    const quint32 side = squareSide(view);
    const quint64 perSquare = quint64(side) * side;
    const QPoint p = d2xy(side, offset % perSquare);
    return QPoint(p.x() + int(offset / perSquare) * int(side), p.y());
}

quint64 HilbertMap::offsetOf(const Cidr &view, const QPoint &cell)
{
    const quint32 side = squareSide(view);
    const quint64 square = quint64(cell.x()) / side;
    return square * side * side + xy2d(side, QPoint(int(quint64(cell.x()) % side), cell.y()));
}

QRect HilbertMap::cellRect(const Cidr &view, const Cidr &block)
{
    if (!view.isIPv4() || !block.isIPv4() || !block.overlaps(view))
        return {};
    if (block.contains(view))
        return QRect(QPoint(0, 0), gridSize(view));
    const quint64 offset = CidrMapContent::v4(block.networkValue()) - CidrMapContent::v4(view.networkValue());
    const int bits = 32 - block.prefixLength();
    const QPoint first = cellOf(view, offset);
    if (bits % 2 == 0) {
        // 4^(bits/2) aligned consecutive positions fill an aligned square of side 2^(bits/2).
        const int s = 1 << (bits / 2);
        return QRect((first.x() / s) * s, (first.y() / s) * s, s, s);
    }
    // Odd: the two aligned halves are two adjacent squares of side 2^((bits-1)/2).
    const int s = 1 << ((bits - 1) / 2);
    const QPoint second = cellOf(view, offset + (quint64(1) << (bits - 1)));
    const QRect a((first.x() / s) * s, (first.y() / s) * s, s, s);
    const QRect b((second.x() / s) * s, (second.y() / s) * s, s, s);
    return a.united(b);
}

QRectF HilbertMap::mapRect() const
{
    if (!m_content.isDrawable())
        return {};
    const QSize grid = gridSize(m_view);
    const qreal availableW = width() - 2 * kMargin;
    const qreal availableH = height() - kHeader - kMargin;
    if (availableW <= 1 || availableH <= 1)
        return {};
    const qreal scale = std::min(availableW / grid.width(), availableH / grid.height());
    const qreal w = grid.width() * scale;
    const qreal h = grid.height() * scale;
    return QRectF(std::round((width() - w) / 2), kHeader, w, h);
}

QRectF HilbertMap::blockRect(const Cidr &block) const
{
    const QRectF map = mapRect();
    const QRect cells = cellRect(m_view, block);
    if (map.isEmpty() || cells.isEmpty())
        return {};
    const qreal scale = map.width() / gridSize(m_view).width();
    return QRectF(map.left() + cells.x() * scale, map.top() + cells.y() * scale, cells.width() * scale, cells.height() * scale);
}

std::optional<quint32> HilbertMap::addressAt(const QPointF &pos) const
{
    const QRectF map = mapRect();
    if (map.isEmpty() || !map.contains(pos))
        return std::nullopt;
    const QSize grid = gridSize(m_view);
    const qreal scale = map.width() / grid.width();
    const int x = std::clamp(int((pos.x() - map.left()) / scale), 0, grid.width() - 1);
    const int y = std::clamp(int((pos.y() - map.top()) / scale), 0, grid.height() - 1);
    return quint32(CidrMapContent::v4(m_view.networkValue()) + offsetOf(m_view, QPoint(x, y)));
}

QSize HilbertMap::sizeHint() const
{
    return QSize(420, 440);
}

QSize HilbertMap::minimumSizeHint() const
{
    return QSize(160, 180);
}

QRectF HilbertMap::highlightRect(int index) const
{
    if (index < 0 || index >= m_content.spans().size())
        return {};
    return snapped(blockRect(m_content.spans()[index].cidr)).intersected(mapRect().adjusted(-1, -1, 1, 1));
}

void HilbertMap::renderCache()
{
    resetCache();
    QPainter painter(&m_cache);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor dim = CanvasStyle::dimTextColor();
    if (drawPlaceholder(painter))
        return;

    // Header: the block in view and the cell scale.
    const QRectF map = mapRect();
    const QSize grid = gridSize(m_view);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    const QString title = m_view == m_content.root()
        ? tr("%1 · %2").arg(m_content.title(), m_view.toString())
        : tr("%1 · %2 › %3").arg(m_content.title(), m_content.root().toString(), m_view.toString());
    const QRectF header(kMargin, 0, width() - 2 * kMargin, kHeader);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(font());
    painter.setPen(dim);
    const qreal scale = map.isEmpty() ? 0 : map.width() / grid.width();
    const QString cells = scale >= 1 ? tr("%1 × %2 grid, one address per cell").arg(grid.width()).arg(grid.height())
                                     : tr("%1 × %2 grid, %3 addresses per pixel")
                                           .arg(grid.width())
                                           .arg(grid.height())
                                           .arg(QLocale().toString(qint64(std::ceil(1.0 / (scale * scale)))));
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, cells);
    if (map.isEmpty())
        return;

    // Free space dark; free blocks outlined and labelled when large.
    painter.fillRect(map, QColor(0x16, 0x18, 0x1d));
    const QFontMetricsF metrics(font());
    QColor outline = dim;
    outline.setAlpha(70);
    const quint32 viewFirst = CidrMapContent::v4(m_view.networkValue());
    const quint32 viewLast = CidrMapContent::v4(m_view.lastValue());
    for (const Cidr &block : m_content.freeBlocks()) {
        if (CidrMapContent::v4(block.lastValue()) < viewFirst || CidrMapContent::v4(block.networkValue()) > viewLast)
            continue;
        const QRectF r = blockRect(block);
        if (r.width() < 6 || r.height() < 6)
            continue;
        painter.setPen(QPen(outline, 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
        const QString label = tr("free /%1").arg(block.prefixLength());
        if (r.width() >= metrics.horizontalAdvance(label) + 8 && r.height() >= metrics.height() + 4) {
            painter.setPen(dim);
            painter.drawText(r, Qt::AlignCenter, label);
        }
    }

    // Spans, larger first.
    const QColor error = CanvasStyle::severityColor(Severity::Error);
    QFont nameFont = font();
    nameFont.setBold(true);
    const QFontMetricsF nameMetrics(nameFont);
    painter.setClipRect(map);
    for (int i : m_content.drawOrder()) {
        const Cidr &cidr = m_content.spans()[i].cidr;
        if (CidrMapContent::v4(cidr.lastValue()) < viewFirst || CidrMapContent::v4(cidr.networkValue()) > viewLast)
            continue;
        const QRectF r = snapped(blockRect(cidr));
        painter.fillRect(r, m_content.fillColor(i));
        const bool overlap = m_content.isOverlapping(i);
        const int zone = m_content.zoneIndex(i);
        if (zone >= 0 && r.width() >= 8 && r.height() >= 12)
            painter.fillRect(QRectF(r.left(), r.bottom() - kZoneBand, r.width(), kZoneBand), CidrMapContent::zoneColor(zone));
        if (overlap || r.width() >= 6) {
            painter.setPen(QPen(overlap ? error : CanvasStyle::backgroundColor(), overlap ? 2.0 : 1.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        const QRectF inner = r.adjusted(3, 2, -3, -2 - kZoneBand);
        if (inner.width() < 24 || inner.height() < metrics.height())
            continue;
        drawSpanLabel(painter, inner, i, nameFont, metrics, nameMetrics);
    }
    painter.setClipping(false);
    painter.setPen(QPen(dim, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(map.adjusted(-0.5, -0.5, 0.5, 0.5));
}

} // namespace Scaleplan
