#pragma once

#include "model/designobject.h"
#include "model/diagnostic.h"

#include <QColor>
#include <QGraphicsItem>
#include <optional>

namespace Scaleplan {

/**
 * A nesting container on the canvas (Region, Vpc, AvailabilityZone, Subnet, EksCluster): a rounded
 * rectangle with a title bar showing the kind, the name and the key fact (CanvasStyle::keyFact,
 * e.g. the VPC or subnet CIDR).
 *
 * The item holds a copy of the texts it paints and the object's id, never a pointer into the
 * design; CanvasScene creates, positions and sizes it (children are child items, positioned in
 * this item's coordinates below titleBarHeight()). A container with no children is drawn compact:
 * name on the first line, the fact on the second.
 */
class ContainerItem : public QGraphicsItem
{
public:
    enum { Type = QGraphicsItem::UserType + 1 };

    explicit ContainerItem(const DesignObject &object, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    ObjectId objectId() const { return m_id; }
    ObjectKind kind() const { return m_kind; }
    QString name() const { return m_name; }
    QString fact() const { return m_fact; }

    /// Updates the painted texts and colour from the object (same id).
    void setObject(const DesignObject &object);
    /// Outer size in scene units (before the view's zoom).
    void setSize(const QSizeF &size);
    QSizeF size() const { return m_size; }
    /// Marks the container as having children (full title bar) or not (compact two-line card).
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    /// Shows a marker in the colour of `severity` (red error, amber warning) with `toolTip`
    /// listing the messages; std::nullopt removes it.
    void setDiagnosticMarker(std::optional<Severity> severity, const QString &toolTip = {});
    std::optional<Severity> diagnosticSeverity() const { return m_severity; }

    /// Height of the title bar (one line with children, two lines when compact).
    qreal titleBarHeight() const;
    /// Smallest width that shows the title without eliding, in scene units.
    qreal minimumWidth() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateToolTip();

    ObjectId m_id = 0;
    ObjectKind m_kind = ObjectKind::Region;
    QString m_name;
    QString m_fact;
    QColor m_accent;
    QSizeF m_size{200, 60};
    bool m_compact = false;
    std::optional<Severity> m_severity;
    QString m_diagnosticText;
};

} // namespace Scaleplan
