#include "widgets/containeritem.h"

#include "widgets/canvasstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace Scaleplan {

namespace {
constexpr qreal kPad = 10;
constexpr qreal kGap = 8;
constexpr qreal kRadius = 8;
constexpr qreal kLineHeight = 34;   // one title line: 12 pt bold fits with room
constexpr qreal kMarkerRadius = 9;
constexpr qreal kMarkerSpace = 2 * kMarkerRadius + 8;

int fillAlpha(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Subnet:
        return 46;
    case ObjectKind::AvailabilityZone:
        return 10;
    default:
        return 20;
    }
}
} // namespace

ContainerItem::ContainerItem(const DesignObject &object, QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(false);
    setObject(object);
}

void ContainerItem::setObject(const DesignObject &object)
{
    m_id = object.id;
    m_kind = object.kind;
    m_name = object.name;
    m_fact = CanvasStyle::keyFact(object);
    m_accent = CanvasStyle::accentColor(object);
    updateToolTip();
    update();
}

void ContainerItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

void ContainerItem::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    prepareGeometryChange();
    m_compact = compact;
}

void ContainerItem::setDiagnosticMarker(std::optional<Severity> severity, const QString &toolTip)
{
    m_severity = severity;
    m_diagnosticText = toolTip;
    updateToolTip();
    update();
}

qreal ContainerItem::titleBarHeight() const
{
    return (m_compact && !m_fact.isEmpty()) ? kLineHeight + 20 : kLineHeight;
}

qreal ContainerItem::minimumWidth() const
{
    const QFontMetricsF badge(CanvasStyle::badgeFont());
    const QFontMetricsF title(CanvasStyle::titleFont());
    const QFontMetricsF fact(CanvasStyle::factFont());
    const qreal head = badge.horizontalAdvance(CanvasStyle::badgeText(m_kind)) + kGap + title.horizontalAdvance(m_name);
    const qreal factWidth = m_fact.isEmpty() ? 0 : fact.horizontalAdvance(m_fact);
    const qreal text = m_compact ? qMax(head, factWidth) : head + (factWidth > 0 ? 2 * kGap + factWidth : 0);
    return kPad + text + kGap + kMarkerSpace + kPad;
}

QRectF ContainerItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-2, -2, 2, 2);
}

void ContainerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF rect(QPointF(0, 0), m_size);
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);

    QPainterPath outline;
    outline.addRoundedRect(rect.adjusted(1, 1, -1, -1), kRadius, kRadius);
    QColor fill = m_accent;
    fill.setAlpha(fillAlpha(m_kind));
    painter->fillPath(outline, fill);

    // Title bar: the top strip of the rounded rectangle in a stronger tint.
    const qreal titleHeight = titleBarHeight();
    painter->save();
    painter->setClipPath(outline);
    QColor bar = m_accent;
    bar.setAlpha(m_kind == ObjectKind::Subnet ? 70 : 60);
    painter->fillRect(QRectF(rect.left(), rect.top(), rect.width(), qMin(titleHeight, rect.height())), bar);
    painter->restore();

    QPen pen(selected ? CanvasStyle::selectionColor() : m_accent, selected ? 3.5 : 1.8);
    if (m_kind == ObjectKind::AvailabilityZone && !selected)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(outline);

    // Texts: badge, name, then the fact on the same line (or on the second line when compact).
    const qreal textRight = rect.right() - kPad - (m_severity ? kMarkerSpace : 0);
    qreal x = rect.left() + kPad;
    const QRectF line1(x, rect.top(), textRight - x, kLineHeight);

    painter->setFont(CanvasStyle::badgeFont());
    painter->setPen(m_accent.lighter(125));
    const QString badge = CanvasStyle::badgeText(m_kind);
    painter->drawText(line1, Qt::AlignLeft | Qt::AlignVCenter, badge);
    x += QFontMetricsF(CanvasStyle::badgeFont()).horizontalAdvance(badge) + kGap;

    painter->setFont(CanvasStyle::titleFont());
    painter->setPen(CanvasStyle::textColor());
    const QFontMetricsF titleMetrics(CanvasStyle::titleFont());
    const QString name = titleMetrics.elidedText(m_name, Qt::ElideRight, qMax<qreal>(0, textRight - x));
    painter->drawText(QRectF(x, line1.top(), textRight - x, line1.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
    x += titleMetrics.horizontalAdvance(name) + 2 * kGap;

    if (!m_fact.isEmpty()) {
        painter->setFont(CanvasStyle::factFont());
        painter->setPen(CanvasStyle::dimTextColor());
        const QFontMetricsF factMetrics(CanvasStyle::factFont());
        QRectF factRect;
        if (m_compact)
            factRect = QRectF(rect.left() + kPad, kLineHeight - 8, textRight - rect.left() - kPad, 22);
        else
            factRect = QRectF(x, line1.top(), textRight - x, line1.height());
        if (factRect.width() > 20)
            painter->drawText(factRect, Qt::AlignLeft | Qt::AlignVCenter,
                              factMetrics.elidedText(m_fact, Qt::ElideRight, factRect.width()));
    }

    if (m_severity)
        CanvasStyle::paintDiagnosticMarker(painter, QPointF(rect.right() - kPad - kMarkerRadius, kLineHeight / 2),
                                           kMarkerRadius, *m_severity);
}

void ContainerItem::updateToolTip()
{
    QString tip = kindName(m_kind) + QStringLiteral(": ") + m_name;
    if (!m_fact.isEmpty())
        tip += QStringLiteral("\n") + m_fact;
    if (!m_diagnosticText.isEmpty())
        tip += QStringLiteral("\n\n") + m_diagnosticText;
    setToolTip(tip);
}

} // namespace Scaleplan
