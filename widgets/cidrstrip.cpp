#include "widgets/cidrstrip.h"

#include "widgets/canvasstyle.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace Scaleplan {

namespace {
constexpr qreal kMargin = 12;
constexpr qreal kHeader = 30;
constexpr qreal kBar = 54;
constexpr qreal kLabels = 22;
constexpr qreal kRowGap = 10;
constexpr qreal kOutsideLine = 20;
constexpr qreal kLegend = 24;

/// a - b as a double (a >= b assumed; 128-bit difference with borrow).
double difference(const Cidr::Value128 &a, const Cidr::Value128 &b)
{
    const quint64 low = a.low - b.low;
    const quint64 borrow = a.low < b.low ? 1 : 0;
    const quint64 high = a.high - b.high - borrow;
    return double(high) * 18446744073709551616.0 + double(low);
}

QString formatCount(double count)
{
    if (count < 1e15)
        return QLocale().toString(qint64(count));
    return QStringLiteral("2^%1").arg(qRound(std::log2(count)));
}
} // namespace

CidrStrip::CidrStrip(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void CidrStrip::setVpc(const DesignData &design, ObjectId vpcId)
{
    const DesignObject *vpc = design.object(vpcId);
    if (!vpc || vpc->kind != ObjectKind::Vpc) {
        clear();
        return;
    }
    QList<Cidr> blocks;
    if (auto primary = Cidr::parseLoose(vpc->field(QStringLiteral("CidrBlock")).toString()))
        blocks.append(*primary);
    for (const QVariant &v : vpc->field(QStringLiteral("SecondaryCidrBlocks")).toList()) {
        if (auto block = Cidr::parseLoose(v.toString()))
            blocks.append(*block);
    }
    QList<Span> spans;
    const QList<ObjectId> order = design.preorder();
    for (ObjectId id : order) {
        const DesignObject *o = design.object(id);
        if (o->kind != ObjectKind::Subnet || design.enclosing(id, ObjectKind::Vpc) != vpcId)
            continue;
        if (auto cidr = Cidr::parseLoose(o->field(QStringLiteral("CidrBlock")).toString()))
            spans.append(Span{id, o->name, o->field(QStringLiteral("Tier")).toString(), *cidr});
    }
    setAddressSpace(vpc->name, blocks, spans);
    m_vpcId = vpcId;
}

void CidrStrip::setAddressSpace(const QString &title, const QList<Cidr> &blocks, const QList<Span> &spans)
{
    m_vpcId = 0;
    m_title = title;
    m_blocks = blocks;
    m_spans = spans;
    m_hover = -1;
    m_pressed = -1;
    recompute();
    updateGeometry();
    update();
}

void CidrStrip::clear()
{
    setAddressSpace(QString(), {}, {});
}

void CidrStrip::recompute()
{
    m_spanBlock.clear();
    m_overlapping.clear();
    for (const Span &span : std::as_const(m_spans)) {
        int block = -1;
        for (int b = 0; b < m_blocks.size(); ++b) {
            if (m_blocks[b].contains(span.cidr)) {
                block = b;
                break;
            }
        }
        m_spanBlock.append(block);
    }
    for (int i = 0; i < m_spans.size(); ++i) {
        bool overlap = false;
        for (int j = 0; j < m_spans.size() && !overlap; ++j)
            overlap = i != j && m_spans[i].cidr.overlaps(m_spans[j].cidr);
        m_overlapping.append(overlap);
    }
}

int CidrStrip::blockOf(int spanIndex) const
{
    return (spanIndex >= 0 && spanIndex < m_spanBlock.size()) ? m_spanBlock[spanIndex] : -1;
}

QList<int> CidrStrip::outsideSpans() const
{
    QList<int> out;
    for (int i = 0; i < m_spans.size(); ++i) {
        if (m_spanBlock[i] < 0)
            out.append(i);
    }
    return out;
}

QRectF CidrStrip::barRect(int blockIndex) const
{
    if (blockIndex < 0 || blockIndex >= m_blocks.size())
        return {};
    const qreal top = kHeader + blockIndex * (kBar + kLabels + kRowGap);
    return QRectF(kMargin, top, qMax<qreal>(1, width() - 2 * kMargin), kBar);
}

QRectF CidrStrip::spanRect(int index) const
{
    const int block = blockOf(index);
    if (block < 0)
        return {};
    const QRectF bar = barRect(block);
    const Cidr &space = m_blocks[block];
    const Cidr &cidr = m_spans[index].cidr;
    const double total = space.addressCount();
    const double offset = difference(cidr.networkValue(), space.networkValue());
    const qreal left = bar.left() + offset / total * bar.width();
    const qreal w = cidr.addressCount() / total * bar.width();
    return QRectF(left, bar.top(), w, bar.height());
}

int CidrStrip::spanAt(const QPointF &pos) const
{
    int best = -1;
    for (int i = 0; i < m_spans.size(); ++i) {
        if (!spanRect(i).contains(pos))
            continue;
        if (best < 0 || m_spans[i].cidr.prefixLength() > m_spans[best].cidr.prefixLength())
            best = i;
    }
    return best;
}

bool CidrStrip::isOverlapping(int index) const
{
    return index >= 0 && index < m_overlapping.size() && m_overlapping[index];
}

QString CidrStrip::toolTipText(int index) const
{
    if (index < 0 || index >= m_spans.size())
        return {};
    const Span &span = m_spans[index];
    QStringList lines;
    lines << (span.tier.isEmpty() ? span.name : tr("%1 (%2)").arg(span.name, span.tier));
    lines << span.cidr.toString();
    lines << tr("%1 – %2").arg(span.cidr.networkAddress(), span.cidr.lastAddress());
    lines << tr("%1 usable addresses (AWS reserves 5 of %2)")
                 .arg(QLocale().toString(span.cidr.awsUsableAddressCount()), formatCount(span.cidr.addressCount()));
    if (isOverlapping(index)) {
        QStringList others;
        for (int j = 0; j < m_spans.size(); ++j) {
            if (j != index && span.cidr.overlaps(m_spans[j].cidr))
                others << m_spans[j].name;
        }
        lines << tr("Overlaps %1").arg(others.join(QStringLiteral(", ")));
    }
    if (blockOf(index) < 0)
        lines << tr("Outside every CIDR block of the VPC");
    return lines.join(QLatin1Char('\n'));
}

QSize CidrStrip::sizeHint() const
{
    return QSize(640, minimumSizeHint().height());
}

QSize CidrStrip::minimumSizeHint() const
{
    const int rows = qMax(1, int(m_blocks.size()));
    const int outside = int(outsideSpans().size());
    return QSize(240, int(kHeader + rows * (kBar + kLabels + kRowGap) + kLegend + outside * kOutsideLine + 4));
}

void CidrStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QColor text = palette().color(QPalette::WindowText);
    QColor dim = text;
    dim.setAlpha(170);

    if (m_blocks.isEmpty() && m_spans.isEmpty()) {
        painter.setPen(dim);
        painter.drawText(rect().adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Select an object inside a VPC to see its address plan."));
        return;
    }

    // Header: VPC name and a summary of the primary block.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    const QRectF header(kMargin, 0, width() - 2 * kMargin, kHeader);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    const qreal titleWidth = QFontMetricsF(bold).horizontalAdvance(m_title);
    painter.setFont(font());
    painter.setPen(dim);
    double total = 0, used = 0;
    for (int b = 0; b < m_blocks.size(); ++b) {
        total += m_blocks[b].addressCount();
        // Union of the spans in this block (sorted intervals, merged).
        QList<QPair<double, double>> intervals;
        for (int i = 0; i < m_spans.size(); ++i) {
            if (m_spanBlock[i] != b)
                continue;
            const double start = difference(m_spans[i].cidr.networkValue(), m_blocks[b].networkValue());
            intervals.append({start, start + m_spans[i].cidr.addressCount()});
        }
        std::sort(intervals.begin(), intervals.end());
        double end = -1;
        for (const auto &iv : std::as_const(intervals)) {
            if (iv.first >= end) {
                used += iv.second - iv.first;
                end = iv.second;
            } else if (iv.second > end) {
                used += iv.second - end;
                end = iv.second;
            }
        }
    }
    const QString summary = tr("%n subnet(s) · %1 % of the address space free", nullptr, int(m_spans.size()))
                                .arg(total > 0 ? QLocale().toString(100.0 * (total - used) / total, 'f', 1) : QStringLiteral("0"));
    painter.drawText(header.adjusted(titleWidth + 16, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, summary);

    const QColor warning = CanvasStyle::severityColor(Severity::Warning);
    const QColor error = CanvasStyle::severityColor(Severity::Error);
    QFont spanName = font();
    spanName.setBold(true);
    const QFontMetricsF nameMetrics(spanName);
    const QFontMetricsF plainMetrics(font());

    for (int b = 0; b < m_blocks.size(); ++b) {
        const QRectF bar = barRect(b);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x2a, 0x2e, 0x36));
        painter.drawRect(bar);
        QColor hatch = CanvasStyle::dimTextColor();
        hatch.setAlpha(80);
        painter.setBrush(QBrush(hatch, Qt::BDiagPattern));
        painter.drawRect(bar);

        // Larger blocks first so contained (overlapping) smaller ones stay visible on top.
        QList<int> order;
        for (int i = 0; i < m_spans.size(); ++i) {
            if (m_spanBlock[i] == b)
                order.append(i);
        }
        std::stable_sort(order.begin(), order.end(), [this](int l, int r) {
            return m_spans[l].cidr.prefixLength() < m_spans[r].cidr.prefixLength();
        });
        for (int i : std::as_const(order)) {
            // Drawn at least 3 px wide so a /24 in a /8 is still seen (the geometry stays exact).
            QRectF r = spanRect(i);
            if (r.width() < 3)
                r.setWidth(3);
            const bool overlap = m_overlapping[i];
            QColor fill = overlap ? warning : CanvasStyle::tierColor(m_spans[i].tier);
            if (i == m_hover)
                fill = fill.lighter(120);
            painter.setBrush(fill);
            painter.setPen(QPen(overlap ? error : CanvasStyle::backgroundColor(), overlap ? 2.0 : 1.0));
            painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));

            // Label: name, then CIDR, when there is room.
            const QRectF inner = r.adjusted(4, 4, -4, -4);
            if (inner.width() < 18)
                continue;
            painter.setPen(CanvasStyle::backgroundColor());
            painter.setFont(spanName);
            painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), inner.height() / 2),
                             Qt::AlignHCenter | Qt::AlignVCenter,
                             nameMetrics.elidedText(m_spans[i].name, Qt::ElideRight, inner.width()));
            painter.setFont(font());
            const QString cidrText = m_spans[i].cidr.toString();
            if (plainMetrics.horizontalAdvance(cidrText) <= inner.width())
                painter.drawText(QRectF(inner.left(), inner.center().y(), inner.width(), inner.height() / 2),
                                 Qt::AlignHCenter | Qt::AlignVCenter, cidrText);
            else if (plainMetrics.horizontalAdvance(QLatin1Char('/') + QString::number(m_spans[i].cidr.prefixLength())) <= inner.width())
                painter.drawText(QRectF(inner.left(), inner.center().y(), inner.width(), inner.height() / 2),
                                 Qt::AlignHCenter | Qt::AlignVCenter,
                                 QString(QLatin1Char('/') + QString::number(m_spans[i].cidr.prefixLength())));
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(CanvasStyle::dimTextColor(), 1));
        painter.drawRect(bar);

        // Address labels: first address, block (centre), last address.
        const QRectF labels(bar.left(), bar.bottom() + 2, bar.width(), kLabels - 2);
        painter.setFont(font());
        painter.setPen(dim);
        painter.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, m_blocks[b].networkAddress());
        painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, m_blocks[b].lastAddress());
        painter.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter,
                         tr("%1 · %2 addresses").arg(m_blocks[b].toString(), formatCount(m_blocks[b].addressCount())));
    }

    // Legend: tier colours, free space, overlap.
    qreal y = kHeader + m_blocks.size() * (kBar + kLabels + kRowGap);
    {
        struct Entry {
            QString label;
            QBrush brush;
        };
        QColor hatch = CanvasStyle::dimTextColor();
        const QList<Entry> entries{
            {tr("public"), CanvasStyle::tierColor(QStringLiteral("public"))},
            {tr("private"), CanvasStyle::tierColor(QStringLiteral("private"))},
            {tr("database"), CanvasStyle::tierColor(QStringLiteral("database"))},
            {tr("free"), QBrush(hatch, Qt::BDiagPattern)},
            {tr("overlap"), warning},
        };
        qreal x = kMargin;
        painter.setFont(font());
        for (const Entry &e : entries) {
            const QRectF swatch(x, y + 5, 14, 14);
            painter.setPen(QPen(CanvasStyle::dimTextColor(), 1));
            painter.setBrush(e.brush);
            painter.drawRect(swatch);
            painter.setPen(dim);
            const qreal w = plainMetrics.horizontalAdvance(e.label);
            painter.drawText(QRectF(swatch.right() + 5, y, w + 2, kLegend), Qt::AlignLeft | Qt::AlignVCenter, e.label);
            x = swatch.right() + 5 + w + 16;
        }
        y += kLegend;
    }

    // Subnets outside every block.
    painter.setPen(warning);
    for (int i : outsideSpans()) {
        painter.drawText(QRectF(kMargin, y, width() - 2 * kMargin, kOutsideLine), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("⚠ %1 (%2) lies outside the VPC's CIDR blocks").arg(m_spans[i].name, m_spans[i].cidr.toString()));
        y += kOutsideLine;
    }
}

bool CidrStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = spanAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), toolTipText(index), this, spanRect(index).toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void CidrStrip::mouseMoveEvent(QMouseEvent *event)
{
    const int index = spanAt(event->position());
    if (index != m_hover) {
        m_hover = index;
        setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void CidrStrip::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? spanAt(event->position()) : -1;
    QWidget::mousePressEvent(event);
}

void CidrStrip::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressed >= 0 && spanAt(event->position()) == m_pressed)
        Q_EMIT objectClicked(m_spans[m_pressed].id);
    m_pressed = -1;
    QWidget::mouseReleaseEvent(event);
}

void CidrStrip::leaveEvent(QEvent *event)
{
    if (m_hover >= 0) {
        m_hover = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

} // namespace Scaleplan
