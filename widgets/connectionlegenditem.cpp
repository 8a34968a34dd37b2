#include "widgets/connectionlegenditem.h"

#include "widgets/canvasstyle.h"
#include "widgets/connectionitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace Scaleplan {

namespace {
constexpr qreal kPad = 10;
constexpr qreal kSample = 34;  // length of the line sample
constexpr qreal kGap = 18;     // between entries
constexpr qreal kHeight = 30;

QString caption()
{
    return QCoreApplication::translate("Scaleplan::ConnectionLegendItem", "Connections:");
}
} // namespace

ConnectionLegendItem::ConnectionLegendItem(const QList<ConnectionType> &types)
{
    for (ConnectionType t : types) {
        if (!m_types.contains(t))
            m_types.append(t);
    }
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-0.5);
    const QFontMetricsF metrics(CanvasStyle::factFont());
    m_captionWidth = metrics.horizontalAdvance(caption());
    qreal width = kPad + m_captionWidth + kGap;
    for (ConnectionType t : std::as_const(m_types)) {
        const qreal w = kSample + 6 + metrics.horizontalAdvance(connectionTypeName(t));
        m_entryWidths.append(w);
        width += w + kGap;
    }
    m_size = QSizeF(width - kGap + kPad, kHeight);
}

QRectF ConnectionLegendItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size);
}

void ConnectionLegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = CanvasStyle::dimTextColor();
    fill.setAlpha(14);
    painter->setBrush(fill);
    painter->setPen(QPen(CanvasStyle::dimTextColor(), 1, Qt::DotLine));
    painter->drawRoundedRect(boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter->setFont(CanvasStyle::factFont());
    painter->setPen(CanvasStyle::dimTextColor());
    qreal x = kPad;
    painter->drawText(QRectF(x, 0, m_captionWidth + 2, kHeight), Qt::AlignLeft | Qt::AlignVCenter, caption());
    x += m_captionWidth + kGap;
    for (int i = 0; i < m_types.size(); ++i) {
        const QPen pen = ConnectionItem::penFor(m_types.at(i));
        painter->setPen(pen);
        painter->drawLine(QPointF(x, kHeight / 2), QPointF(x + kSample - 6, kHeight / 2));
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        painter->drawPolygon(QPolygonF{QPointF(x + kSample, kHeight / 2), QPointF(x + kSample - 8, kHeight / 2 - 4),
                                       QPointF(x + kSample - 8, kHeight / 2 + 4)});
        painter->setPen(CanvasStyle::textColor());
        painter->drawText(QRectF(x + kSample + 6, 0, m_entryWidths.at(i) - kSample - 6 + 2, kHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, connectionTypeName(m_types.at(i)));
        x += m_entryWidths.at(i) + kGap;
    }
}

} // namespace Scaleplan
