#include "widgets/objectitem.h"

#include "widgets/canvasstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace Scaleplan {

namespace {
constexpr qreal kPad = 10;
constexpr qreal kStripe = 6;
constexpr qreal kRadius = 6;
constexpr qreal kMarkerRadius = 9;
} // namespace

ObjectItem::ObjectItem(const DesignObject &object, QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setFlag(ItemIsSelectable);
    setObject(object);
}

QSizeF ObjectItem::cardSize()
{
    return QSizeF(290, 62);
}

void ObjectItem::setObject(const DesignObject &object)
{
    m_id = object.id;
    m_kind = object.kind;
    m_name = object.name;
    m_fact = CanvasStyle::keyFact(object);
    m_accent = CanvasStyle::accentColor(object);
    updateToolTip();
    update();
}

void ObjectItem::setDiagnosticMarker(std::optional<Severity> severity, const QString &toolTip)
{
    m_severity = severity;
    m_diagnosticText = toolTip;
    updateToolTip();
    update();
}

QRectF ObjectItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), cardSize()).adjusted(-2, -2, 2, 2);
}

void ObjectItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF rect(QPointF(0, 0), cardSize());
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);

    QPainterPath card;
    card.addRoundedRect(rect.adjusted(1, 1, -1, -1), kRadius, kRadius);
    painter->fillPath(card, CanvasStyle::backgroundColor().lighter(150));
    painter->save();
    painter->setClipPath(card);
    painter->fillRect(QRectF(rect.left(), rect.top(), kStripe, rect.height()), m_accent);
    painter->restore();
    painter->setPen(QPen(selected ? CanvasStyle::selectionColor() : m_accent.darker(130), selected ? 3.5 : 1.2));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(card);

    const qreal left = rect.left() + kStripe + kPad;
    const qreal right = rect.right() - kPad - (m_severity ? 2 * kMarkerRadius + 6 : 0);

    // Line 1: badge pill + name.
    const QFont badgeFont = CanvasStyle::badgeFont();
    const QFontMetricsF badgeMetrics(badgeFont);
    const QString badge = CanvasStyle::badgeText(m_kind);
    const QRectF pill(left, 9, badgeMetrics.horizontalAdvance(badge) + 10, 18);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_accent);
    painter->drawRoundedRect(pill, 4, 4);
    painter->setFont(badgeFont);
    painter->setPen(CanvasStyle::backgroundColor());
    painter->drawText(pill, Qt::AlignCenter, badge);

    const QFontMetricsF nameMetrics(CanvasStyle::nameFont());
    const qreal nameLeft = pill.right() + 8;
    painter->setFont(CanvasStyle::nameFont());
    painter->setPen(CanvasStyle::textColor());
    painter->drawText(QRectF(nameLeft, 4, right - nameLeft, 28), Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(m_name, Qt::ElideRight, qMax<qreal>(0, right - nameLeft)));

    // Line 2: the key fact.
    if (!m_fact.isEmpty()) {
        const QFontMetricsF factMetrics(CanvasStyle::factFont());
        painter->setFont(CanvasStyle::factFont());
        painter->setPen(CanvasStyle::dimTextColor());
        painter->drawText(QRectF(left, 32, rect.right() - kPad - left, 24), Qt::AlignLeft | Qt::AlignVCenter,
                          factMetrics.elidedText(m_fact, Qt::ElideRight, rect.right() - kPad - left));
    }

    if (m_severity)
        CanvasStyle::paintDiagnosticMarker(painter, QPointF(rect.right() - kPad - kMarkerRadius + 2, 18),
                                           kMarkerRadius, *m_severity);
}

void ObjectItem::updateToolTip()
{
    QString tip = kindName(m_kind) + QStringLiteral(": ") + m_name;
    if (!m_fact.isEmpty())
        tip += QStringLiteral("\n") + m_fact;
    if (!m_diagnosticText.isEmpty())
        tip += QStringLiteral("\n\n") + m_diagnosticText;
    setToolTip(tip);
}

} // namespace Scaleplan
