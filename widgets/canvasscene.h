#pragma once

#include "model/design.h"
#include "model/designdiff.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

namespace Scaleplan {

class ConnectionItem;
class ConnectionLegendItem;
class ContainerItem;
class ObjectItem;

/**
 * The canvas: a view of a Design as nested boxes, laid out automatically from the object tree.
 *
 * The scene never owns or edits the document; it follows the Design's signals and rebuilds its
 * items from `design->data()` (a structural change rebuilds everything, which stays well under a
 * millisecond per hundred objects). Items hold object ids, never pointers into the design.
 *
 * Layout (all sizes in scene units, 1 unit = 1 px at 100 % zoom):
 *  - top-level objects that are not regions or containers (CloudFront, Route 53, global
 *    replication, load scenarios) sit in a "Global" band at the top;
 *  - regions (and any other top-level container) sit side by side below it;
 *  - inside a container, child containers come first and leaf cards after them, each group packed
 *    in rows ("shelf" packing) towards a width that keeps the container roughly as wide as it is
 *    tall; an availability zone stacks its subnets in one column.
 *
 * Connections (ObjectKind::Connection) are not boxes: after the layout each one becomes a
 * ConnectionItem arrow between the items of its two ends, beneath the cards (see ConnectionItem).
 *
 * Selection: selectedObjectIds() / setSelectedObjectIds() work with object ids; the scene emits
 * objectSelectionChanged only for selections the user made on the canvas, never for
 * setSelectedObjectIds() or a rebuild, so a tree view can mirror it without feedback loops.
 */
class CanvasScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit CanvasScene(Design *design, QObject *parent = nullptr);
    ~CanvasScene() override;

    Design *design() const { return m_design; }

    /// The item drawing `id` (a ContainerItem or ObjectItem), nullptr when none.
    QGraphicsItem *itemForObject(ObjectId id) const { return m_items.value(id); }
    ContainerItem *containerItem(ObjectId id) const;
    ObjectItem *objectItem(ObjectId id) const;
    /// The arrow drawing Connection `id`, nullptr when none (either end has no item, or the
    /// connection cannot be read).
    ConnectionItem *connectionItem(ObjectId id) const;

    /// Shows or hides the Connection arrows (kept across rebuilds). Hidden arrows are deselected.
    void setConnectionsVisible(bool visible);
    bool connectionsVisible() const { return m_connectionsVisible; }
    /// The key to the arrow styles under the content, nullptr when no arrow is drawn.
    ConnectionLegendItem *connectionLegend() const { return m_legend; }

    /// Ids of the selected items, in design preorder.
    QList<ObjectId> selectedObjectIds() const;
    /// Selects exactly `ids` (unknown ids are ignored) without emitting objectSelectionChanged.
    void setSelectedObjectIds(const QList<ObjectId> &ids);

    /// Shows the worst severity of `diagnostics` per object as a marker (red error, amber warning;
    /// info is not marked). Kept across rebuilds until the next call.
    void setDiagnostics(const QList<Diagnostic> &diagnostics);

    /// Outlines `changes` (object id → what happened to it; ids of the current design) in the
    /// change colours of a diff: Added green, Changed amber, Removed red. An outline is a separate
    /// child item that takes no mouse input, so selection and clicks are unaffected. Kept across
    /// rebuilds (ids that disappear are skipped) until the next call; an empty hash clears them.
    void setHighlightedObjects(const QHash<ObjectId, ObjectDifference::Change> &changes);
    QHash<ObjectId, ObjectDifference::Change> highlightedObjects() const { return m_highlights; }
    /// The outline item drawn for `id`, nullptr when `id` is not highlighted (for tests).
    QGraphicsItem *highlightItem(ObjectId id) const { return m_highlightItems.value(id); }
    /// Outline colour of a change kind (also used by the diff view's legend).
    static QColor highlightColor(ObjectDifference::Change change);

    /// Rebuilds all items from the design and lays them out; keeps the selection by id.
    void rebuild();

    /// Bounding rectangle of the laid-out content (for fit-to-view), in scene coordinates.
    QRectF contentRect() const { return m_contentRect; }

Q_SIGNALS:
    /// The user changed the selection on the canvas; ids in design preorder.
    void objectSelectionChanged(const QList<Scaleplan::ObjectId> &ids);
    /// Items were rebuilt and laid out again.
    void layoutChanged();

protected:
    /// A click that lands on a container (or empty band) above a Connection arrow selects the
    /// arrow: the arrows lie beneath the containers' translucent fills.
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QSizeF buildNode(ObjectId id, QGraphicsItem *parentItem);
    void buildConnections();
    void updateObject(ObjectId id);
    void applyMarker(ObjectId id);
    void onSelectionChanged();
    void applyHighlights();

    QPointer<Design> m_design;
    QHash<ObjectId, QGraphicsItem *> m_items;
    QHash<ObjectId, Severity> m_worstSeverity;
    QHash<ObjectId, QStringList> m_messages;
    QRectF m_contentRect;
    bool m_silentSelection = false;
    QList<ObjectId> m_lastSelection;
    QHash<ObjectId, ObjectDifference::Change> m_highlights;
    QHash<ObjectId, QGraphicsItem *> m_highlightItems;
    bool m_connectionsVisible = true;
    ConnectionLegendItem *m_legend = nullptr;
};

} // namespace Scaleplan
