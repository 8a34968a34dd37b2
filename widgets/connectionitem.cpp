#include "widgets/connectionitem.h"

#include "widgets/canvasstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace Scaleplan {

namespace {

constexpr qreal kHeadLength = 12;
constexpr qreal kHeadHalfWidth = 5.5;

QString tr(const char *text)
{
    return QCoreApplication::translate("Scaleplan::ConnectionItem", text);
}

/// Where the ray from the centre of `rect` towards `towards` leaves the rectangle.
QPointF borderPoint(const QRectF &rect, const QPointF &towards)
{
    const QPointF c = rect.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal tx = qFuzzyIsNull(d.x()) ? std::numeric_limits<qreal>::max() : (rect.width() / 2) / qAbs(d.x());
    const qreal ty = qFuzzyIsNull(d.y()) ? std::numeric_limits<qreal>::max() : (rect.height() / 2) / qAbs(d.y());
    const qreal t = qMin(qMin(tx, ty), 1.0);
    return c + d * t;
}

QFont labelFont()
{
    QFont font = CanvasStyle::factFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

} // namespace

ConnectionItem::ConnectionItem(const DesignObject &connection, const ConnectionSpec &spec)
    : m_id(connection.id)
    , m_spec(spec)
    , m_name(connection.name)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(kRestingZ);
    setPen(penFor(spec.type));
    QString tip = m_name + QStringLiteral("\n") + label();
    if (!spec.description.isEmpty())
        tip += QStringLiteral("\n") + spec.description;
    setToolTip(tip);
}

QString ConnectionItem::label() const
{
    QString text = connectionTypeName(m_spec.type);
    if (m_spec.type == ConnectionType::Calls && m_spec.requestShare)
        text += QStringLiteral(" · ") + tr("%1 % of requests").arg(QString::number(*m_spec.requestShare * 100, 'g', 4));
    return text;
}

QPen ConnectionItem::penFor(ConnectionType type)
{
    QPen pen;
    pen.setWidthF(2.2);
    pen.setCapStyle(Qt::RoundCap);
    switch (type) {
    case ConnectionType::Calls:
        pen.setColor(QColor(0x42, 0xa5, 0xf5));
        break;
    case ConnectionType::Targets:
        pen.setColor(QColor(0xff, 0x8a, 0x65));
        break;
    case ConnectionType::Aliases:
        pen.setColor(QColor(0xff, 0xb7, 0x4d));
        pen.setStyle(Qt::DashLine);
        break;
    case ConnectionType::Origin:
        pen.setColor(QColor(0xff, 0x8a, 0x65));
        pen.setStyle(Qt::DashDotLine);
        break;
    case ConnectionType::Replicates:
        pen.setColor(QColor(0xba, 0x68, 0xc8));
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(2.6);
        break;
    case ConnectionType::Triggers:
        pen.setColor(QColor(0xff, 0xd5, 0x4f));
        pen.setStyle(Qt::DashLine);
        break;
    case ConnectionType::Scales:
        pen.setColor(QColor(0x66, 0xbb, 0x6a));
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(2.6);
        break;
    }
    return pen;
}

void ConnectionItem::setEndpoints(const QRectF &from, const QRectF &to)
{
    prepareGeometryChange();
    m_start = borderPoint(from, to.center());
    const QPointF approach = borderPoint(to, from.center());
    // A gentle bend (to the left of the direction of travel) keeps opposite arrows apart and
    // lifts arrows off the borders they run along.
    const QPointF d = approach - m_start;
    const qreal length = std::hypot(d.x(), d.y());
    const QPointF normal = length > 0 ? QPointF(d.y(), -d.x()) / length : QPointF();
    const QPointF control = (m_start + approach) / 2 + normal * qMin<qreal>(40, length * 0.12);
    // The arrowhead points along the curve's end tangent; the line stops at the head's base.
    QPointF tangent = approach - control;
    const qreal tangentLength = std::hypot(tangent.x(), tangent.y());
    tangent = tangentLength > 0 ? tangent / tangentLength : QPointF(1, 0);
    m_end = approach;
    const QPointF base = approach - tangent * kHeadLength;
    const QPointF side(-tangent.y(), tangent.x());
    m_head = QPolygonF{approach, base + side * kHeadHalfWidth, base - side * kHeadHalfWidth};
    QPainterPath path(m_start);
    path.quadTo(control, base);
    m_mid = path.pointAtPercent(0.5);
    setPath(path);
}

QRectF ConnectionItem::labelRect() const
{
    const QFontMetricsF metrics(labelFont());
    const QSizeF size(metrics.horizontalAdvance(label()) + 12, metrics.height() + 6);
    return QRectF(m_mid - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF ConnectionItem::boundingRect() const
{
    const qreal margin = qMax<qreal>(kHitWidth, pen().widthF()) / 2 + 1;
    return path().boundingRect().united(m_head.boundingRect()).adjusted(-margin, -margin, margin, margin).united(
        labelRect().adjusted(-2, -2, 2, 2));
}

QPainterPath ConnectionItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(kHitWidth);
    stroker.setCapStyle(Qt::RoundCap);
    QPainterPath shape = stroker.createStroke(path());
    QPainterPath head;
    head.addPolygon(m_head);
    head.closeSubpath();
    return shape.united(head);
}

void ConnectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QPen line = pen();
    const bool emphasised = isLabelShown();
    if (isSelected()) {
        // A halo in the selection colour under the line.
        QPen halo(CanvasStyle::selectionColor(), line.widthF() + 5, Qt::SolidLine, Qt::RoundCap);
        QColor c = halo.color();
        c.setAlpha(110);
        halo.setColor(c);
        painter->setPen(halo);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path());
    }
    if (emphasised)
        line.setWidthF(line.widthF() + 1);
    painter->setPen(line);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    painter->setPen(QPen(line.color(), 1));
    painter->setBrush(line.color());
    painter->drawPolygon(m_head);

    if (emphasised) {
        const QRectF box = labelRect();
        painter->setPen(QPen(line.color(), 1));
        painter->setBrush(CanvasStyle::backgroundColor().lighter(170));
        painter->drawRoundedRect(box, 4, 4);
        painter->setFont(labelFont());
        painter->setPen(CanvasStyle::textColor());
        painter->drawText(box, Qt::AlignCenter, label());
    }
}

void ConnectionItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    updateStacking();
    QGraphicsPathItem::hoverEnterEvent(event);
}

void ConnectionItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    updateStacking();
    QGraphicsPathItem::hoverLeaveEvent(event);
}

void ConnectionItem::updateStacking()
{
    // Hovered or selected: in front of the cards, so the whole route and the label show.
    setZValue(isLabelShown() ? kFrontZ : kRestingZ);
    update();
}

QVariant ConnectionItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        updateStacking();
    return QGraphicsPathItem::itemChange(change, value);
}

} // namespace Scaleplan
