#pragma once

#include "model/connectionspec.h"
#include "model/designobject.h"

#include <QGraphicsPathItem>
#include <QPen>

namespace Scaleplan {

/**
 * A Connection object on the canvas: a gently curved arrow from the source item's border to the
 * target item's border, coloured and dashed by the connection's Type (penFor()), with a small
 * label ("calls · 30 %") shown while the mouse hovers over it or it is selected.
 *
 * Holds the connection's id and copies of its texts only; CanvasScene creates it after laying the
 * cards out, places it beneath them (negative z, top level) and calls setEndpoints() with the two
 * items' scene rectangles. While hovered or selected it comes in front of the cards (kFrontZ).
 * Selecting it selects the Connection object, so the property editor and
 * Delete work on it like on any object. The shape is the stroke widened to kHitWidth scene units
 * so that a thin arrow is easy to hit.
 */
class ConnectionItem : public QGraphicsPathItem
{
public:
    enum { Type = QGraphicsItem::UserType + 3 };
    static constexpr qreal kHitWidth = 12;
    /// z of an arrow at rest (beneath the top-level boxes, above the Global band at -1) and of a
    /// hovered or selected one (in front of everything).
    static constexpr qreal kRestingZ = -0.5;
    static constexpr qreal kFrontZ = 100;

    /// `connection` must be readable by ConnectionSpec::fromObject (CanvasScene checks).
    ConnectionItem(const DesignObject &connection, const ConnectionSpec &spec);

    int type() const override { return Type; }
    ObjectId objectId() const { return m_id; }
    ObjectId fromId() const { return m_spec.fromId; }
    ObjectId toId() const { return m_spec.toId; }
    ConnectionType connectionType() const { return m_spec.type; }
    /// The hover label: the type, and the request share in percent for `calls` with a share.
    QString label() const;
    /// True while the hover label is shown (hovered or selected).
    bool isLabelShown() const { return m_hovered || isSelected(); }

    /// Routes the arrow between two rectangles in scene coordinates: from the border of `from`
    /// towards the centre of `to`, ending with an arrowhead on the border of `to`.
    void setEndpoints(const QRectF &from, const QRectF &to);
    QPointF startPoint() const { return m_start; }
    QPointF endPoint() const { return m_end; }

    /// Colour and dash of a type: calls blue solid, targets orange solid, aliases amber dashed,
    /// origin orange dash-dot, replicates purple dotted, triggers yellow dashed, scales green
    /// dotted (Material 400 shades, readable on the dark canvas).
    static QPen penFor(ConnectionType type);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QRectF labelRect() const;
    void updateStacking();

    ObjectId m_id = 0;
    ConnectionSpec m_spec;
    QString m_name;
    QPointF m_start, m_end, m_mid;
    QPolygonF m_head;
    bool m_hovered = false;
};

} // namespace Scaleplan
