#pragma once

#include "model/designobject.h"
#include "model/diagnostic.h"

#include <QColor>
#include <QGraphicsItem>
#include <optional>

namespace Scaleplan {

/**
 * A leaf object on the canvas (workloads, autoscalers, data tiers, edge and scenario objects) as a
 * compact card: a coloured kind badge ("HPA", "AURORA"), the name, and one key fact
 * (CanvasStyle::keyFact: "3–50 replicas", "2–16 ACU").
 *
 * Holds copies of its texts and the object's id only; CanvasScene creates and positions it. The
 * card has the fixed size cardSize() so the layout can be computed before painting.
 */
class ObjectItem : public QGraphicsItem
{
public:
    enum { Type = QGraphicsItem::UserType + 2 };

    explicit ObjectItem(const DesignObject &object, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    ObjectId objectId() const { return m_id; }
    ObjectKind kind() const { return m_kind; }
    QString name() const { return m_name; }
    QString fact() const { return m_fact; }

    /// Updates the painted texts and colour from the object (same id).
    void setObject(const DesignObject &object);
    /// Shows a marker in the colour of `severity` with `toolTip`; std::nullopt removes it.
    void setDiagnosticMarker(std::optional<Severity> severity, const QString &toolTip = {});
    std::optional<Severity> diagnosticSeverity() const { return m_severity; }

    /// Size of every card in scene units.
    static QSizeF cardSize();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateToolTip();

    ObjectId m_id = 0;
    ObjectKind m_kind = ObjectKind::Deployment;
    QString m_name;
    QString m_fact;
    QColor m_accent;
    std::optional<Severity> m_severity;
    QString m_diagnosticText;
};

} // namespace Scaleplan
