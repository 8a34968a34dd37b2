#pragma once

#include "model/connectionspec.h"

#include <QGraphicsItem>
#include <QList>

namespace Scaleplan {

/**
 * The key to the connection arrows: one entry per connection type drawn on the canvas, a short
 * line in that type's pen (ConnectionItem::penFor) followed by the type's name, in one row under a
 * caption. Not an object of the design: not selectable, takes no mouse input. CanvasScene places
 * it under the laid-out content and hides it with the arrows.
 */
class ConnectionLegendItem : public QGraphicsItem
{
public:
    enum { Type = QGraphicsItem::UserType + 4 };

    /// `types` in the order to show them (duplicates are ignored).
    explicit ConnectionLegendItem(const QList<ConnectionType> &types);

    int type() const override { return Type; }
    QList<ConnectionType> types() const { return m_types; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<ConnectionType> m_types;
    QSizeF m_size;
    qreal m_captionWidth = 0;
    QList<qreal> m_entryWidths;
};

} // namespace Scaleplan
