#include "widgets/canvasscene.h"

#include "widgets/canvasstyle.h"
#include "widgets/connectionitem.h"
#include "widgets/connectionlegenditem.h"
#include "widgets/containeritem.h"
#include "widgets/objectitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace Scaleplan {

namespace {

constexpr qreal kPad = 12;      // inside a container, around its content
constexpr qreal kGap = 14;      // between siblings
constexpr qreal kRegionGap = 40;
constexpr qreal kBandTitle = 34;

/// The "Global" band holding top-level objects that belong to no region. Not an object of the
/// design, so not selectable; only a backdrop with a caption.
class GlobalBandItem : public QGraphicsItem
{
public:
    explicit GlobalBandItem(const QSizeF &size)
        : m_size(size)
    {
        setZValue(-1);
    }
    void setSize(const QSizeF &size)
    {
        prepareGeometryChange();
        m_size = size;
    }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF rect = boundingRect().adjusted(1, 1, -1, -1);
        QColor fill = CanvasStyle::dimTextColor();
        fill.setAlpha(14);
        painter->setBrush(fill);
        QPen pen(CanvasStyle::dimTextColor(), 1.2, Qt::DotLine);
        painter->setPen(pen);
        painter->drawRoundedRect(rect, 8, 8);
        painter->setFont(CanvasStyle::titleFont());
        painter->setPen(CanvasStyle::dimTextColor());
        painter->drawText(QRectF(rect.left() + kPad, rect.top(), rect.width() - 2 * kPad, kBandTitle),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QCoreApplication::translate("Scaleplan::CanvasScene", "Global — edge, DNS, replication, load scenarios"));
    }

private:
    QSizeF m_size;
};

/// The coloured outline of a highlighted object: a child of the object's item, drawn above it and
/// its children, transparent to the mouse (no accepted buttons and an empty shape).
class HighlightOutlineItem : public QGraphicsItem
{
public:
    HighlightOutlineItem(QGraphicsItem *target, const QColor &color)
        : QGraphicsItem(target)
        , m_rect(target->boundingRect().adjusted(-3, -3, 3, 3))
        , m_color(color)
    {
        setZValue(1000);
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-3, -3, 3, 3); }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(m_color, 4));
        painter->drawRoundedRect(m_rect, 10, 10);
    }

private:
    QRectF m_rect;
    QColor m_color;
};

struct Placed {
    QGraphicsItem *item = nullptr;
    QSizeF size;
};

/// Shelf packing: places items left to right, starting a new row when the next item would pass
/// `targetWidth` (0 = one column). Returns the size of the packed block.
QSizeF pack(const QList<Placed> &items, qreal targetWidth, const QPointF &origin)
{
    qreal x = 0, y = 0, rowHeight = 0, width = 0;
    for (const Placed &p : items) {
        if (x > 0 && x + p.size.width() > targetWidth + 0.5) {
            y += rowHeight + kGap;
            x = 0;
            rowHeight = 0;
        }
        p.item->setPos(origin + QPointF(x, y));
        x += p.size.width() + kGap;
        rowHeight = qMax(rowHeight, p.size.height());
        width = qMax(width, x - kGap);
    }
    return items.isEmpty() ? QSizeF() : QSizeF(width, y + rowHeight);
}

/// The width towards which `items` are packed: wide enough for the widest item and for a block
/// `aspect` times wider than tall.
qreal targetWidthFor(const QList<Placed> &items, qreal aspect)
{
    qreal area = 0, widest = 0;
    for (const Placed &p : items) {
        area += (p.size.width() + kGap) * (p.size.height() + kGap);
        widest = qMax(widest, p.size.width());
    }
    return qMax(widest, qSqrt(area * aspect));
}

qreal aspectFor(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Region:
        return 0.8;
    case ObjectKind::EksCluster:
        return 2.2;
    default:
        return 1.8;
    }
}

} // namespace

CanvasScene::CanvasScene(Design *design, QObject *parent)
    : QGraphicsScene(parent)
    , m_design(design)
{
    setBackgroundBrush(CanvasStyle::backgroundColor());
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &CanvasScene::onSelectionChanged);

    connect(design, &Design::aboutToReset, this, [this] {
        m_silentSelection = true;
        clear();
        m_items.clear();
        m_legend = nullptr;
        m_highlightItems.clear();
        m_silentSelection = false;
    });
    connect(design, &Design::resetDone, this, [this] {
        m_worstSeverity.clear();
        m_messages.clear();
        m_lastSelection.clear();
        rebuild();
    });
    connect(design, &Design::objectInserted, this, &CanvasScene::rebuild);
    connect(design, &Design::objectRemoved, this, &CanvasScene::rebuild);
    connect(design, &Design::objectMoved, this, &CanvasScene::rebuild);
    connect(design, &Design::nameChanged, this, &CanvasScene::rebuild);
    connect(design, &Design::fieldChanged, this, [this](ObjectId id, const QString &) { updateObject(id); });
    rebuild();
}

CanvasScene::~CanvasScene()
{
    // Deleting the items changes the selection; nobody may hear about that any more.
    m_silentSelection = true;
    disconnect(this, nullptr, nullptr, nullptr);
    clear();
}

ContainerItem *CanvasScene::containerItem(ObjectId id) const
{
    return qgraphicsitem_cast<ContainerItem *>(m_items.value(id));
}

ObjectItem *CanvasScene::objectItem(ObjectId id) const
{
    return qgraphicsitem_cast<ObjectItem *>(m_items.value(id));
}

ConnectionItem *CanvasScene::connectionItem(ObjectId id) const
{
    return qgraphicsitem_cast<ConnectionItem *>(m_items.value(id));
}

void CanvasScene::setConnectionsVisible(bool visible)
{
    m_connectionsVisible = visible;
    for (QGraphicsItem *item : std::as_const(m_items)) {
        if (auto *c = qgraphicsitem_cast<ConnectionItem *>(item)) {
            if (!visible)
                c->setSelected(false);
            c->setVisible(visible);
        }
    }
    if (m_legend)
        m_legend->setVisible(visible);
}

void CanvasScene::buildConnections()
{
    const DesignData &data = m_design->data();
    // The drawn rectangle of an item in scene coordinates (cards and boxes, without margins).
    auto sceneRectOf = [](QGraphicsItem *item) {
        if (auto *o = qgraphicsitem_cast<ObjectItem *>(item))
            return o->mapRectToScene(QRectF(QPointF(0, 0), ObjectItem::cardSize()));
        if (auto *c = qgraphicsitem_cast<ContainerItem *>(item))
            return c->mapRectToScene(QRectF(QPointF(0, 0), c->size()));
        return item->sceneBoundingRect();
    };
    QList<ConnectionType> drawn;
    for (ObjectId id : data.objectsOfKind(ObjectKind::Connection)) {
        const DesignObject &object = *data.object(id);
        const auto spec = ConnectionSpec::fromObject(object);
        if (!spec)
            continue;
        QGraphicsItem *from = m_items.value(spec->fromId);
        QGraphicsItem *to = m_items.value(spec->toId);
        if (!from || !to || from == to)
            continue;
        auto *item = new ConnectionItem(object, *spec);
        addItem(item);
        item->setEndpoints(sceneRectOf(from), sceneRectOf(to));
        item->setVisible(m_connectionsVisible);
        m_items.insert(id, item);
        drawn.append(spec->type);
    }
    if (drawn.isEmpty())
        return;
    // The key, in the order of ConnectionType, under the content.
    QList<ConnectionType> types;
    for (ConnectionType t : allConnectionTypes()) {
        if (drawn.contains(t))
            types.append(t);
    }
    m_legend = new ConnectionLegendItem(types);
    addItem(m_legend);
    m_legend->setPos(m_contentRect.left(), m_contentRect.bottom() + kGap);
    m_legend->setVisible(m_connectionsVisible);
    m_contentRect = m_contentRect.united(m_legend->sceneBoundingRect());
}

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_connectionsVisible) {
        const QList<QGraphicsItem *> under = items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder);
        ConnectionItem *connection = nullptr;
        for (QGraphicsItem *item : under) {
            if (qgraphicsitem_cast<ObjectItem *>(item))
                break; // a card on top takes the click
            if ((connection = qgraphicsitem_cast<ConnectionItem *>(item)))
                break;
        }
        if (connection && under.first() != connection) {
            const bool toggle = event->modifiers() & Qt::ControlModifier;
            if (!toggle) {
                m_silentSelection = true;
                clearSelection();
                m_silentSelection = false;
            }
            connection->setSelected(!toggle || !connection->isSelected());
            onSelectionChanged();
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

QList<ObjectId> CanvasScene::selectedObjectIds() const
{
    if (!m_design)
        return {};
    QList<ObjectId> ids;
    for (ObjectId id : m_design->data().preorder()) {
        const QGraphicsItem *item = m_items.value(id);
        if (item && item->isSelected())
            ids.append(id);
    }
    return ids;
}

void CanvasScene::setSelectedObjectIds(const QList<ObjectId> &ids)
{
    const bool wasSilent = m_silentSelection;
    m_silentSelection = true;
    clearSelection();
    for (ObjectId id : ids) {
        if (QGraphicsItem *item = m_items.value(id))
            item->setSelected(true);
    }
    m_silentSelection = wasSilent;
    m_lastSelection = selectedObjectIds();
}

void CanvasScene::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_worstSeverity.clear();
    m_messages.clear();
    for (const Diagnostic &d : diagnostics) {
        if (d.objectId == 0 || d.severity == Severity::Info)
            continue;
        auto it = m_worstSeverity.find(d.objectId);
        if (it == m_worstSeverity.end())
            m_worstSeverity.insert(d.objectId, d.severity);
        else if (int(d.severity) > int(*it))
            *it = d.severity;
        m_messages[d.objectId].append(severityName(d.severity) + QStringLiteral(": ") + d.message);
    }
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        applyMarker(it.key());
}

void CanvasScene::applyMarker(ObjectId id)
{
    QGraphicsItem *item = m_items.value(id);
    if (!item)
        return;
    std::optional<Severity> severity;
    if (m_worstSeverity.contains(id))
        severity = m_worstSeverity.value(id);
    QStringList lines = m_messages.value(id);
    if (lines.size() > 6) {
        const int more = int(lines.size()) - 5;
        lines = lines.mid(0, 5);
        lines.append(tr("… and %n more", nullptr, more));
    }
    const QString text = lines.join(QLatin1Char('\n'));
    if (auto *c = qgraphicsitem_cast<ContainerItem *>(item))
        c->setDiagnosticMarker(severity, text);
    else if (auto *o = qgraphicsitem_cast<ObjectItem *>(item))
        o->setDiagnosticMarker(severity, text);
}

void CanvasScene::updateObject(ObjectId id)
{
    if (!m_design)
        return;
    const DesignObject *object = m_design->data().object(id);
    if (object && object->kind == ObjectKind::Connection) {
        rebuild(); // new ends, type or share: route and style the arrow again (or drop it)
        return;
    }
    QGraphicsItem *item = m_items.value(id);
    if (!object || !item)
        return;
    if (auto *c = qgraphicsitem_cast<ContainerItem *>(item)) {
        c->setObject(*object);
        if (c->minimumWidth() > c->size().width())
            rebuild();
    } else if (auto *o = qgraphicsitem_cast<ObjectItem *>(item)) {
        o->setObject(*object);
    }
}

QSizeF CanvasScene::buildNode(ObjectId id, QGraphicsItem *parentItem)
{
    const DesignData &data = m_design->data();
    const DesignObject *object = data.object(id);
    const QList<ObjectId> kids = data.children(id);
    if (!isContainerKind(object->kind) && kids.isEmpty()) {
        auto *item = new ObjectItem(*object, parentItem);
        if (!parentItem)
            addItem(item);
        m_items.insert(id, item);
        applyMarker(id);
        return ObjectItem::cardSize();
    }

    auto *item = new ContainerItem(*object, parentItem);
    if (!parentItem)
        addItem(item);
    m_items.insert(id, item);
    item->setCompact(kids.isEmpty());
    applyMarker(id);

    QList<Placed> containers, leaves;
    for (ObjectId kid : kids) {
        const QSizeF size = buildNode(kid, item);
        QGraphicsItem *kidItem = m_items.value(kid);
        (qgraphicsitem_cast<ContainerItem *>(kidItem) ? containers : leaves).append(Placed{kidItem, size});
    }

    const qreal minimumWidth = qMax<qreal>(item->minimumWidth(), 180);
    if (kids.isEmpty()) {
        item->setSize(QSizeF(minimumWidth, item->titleBarHeight() + 4));
        return item->size();
    }

    const bool column = object->kind == ObjectKind::AvailabilityZone;
    if (column) {
        // Same width for every stacked child, so subnet boxes line up.
        qreal widest = 0;
        for (const Placed &p : containers)
            widest = qMax(widest, p.size.width());
        for (Placed &p : containers) {
            if (auto *c = qgraphicsitem_cast<ContainerItem *>(p.item); c && c->isCompact()) {
                p.size.setWidth(widest);
                c->setSize(p.size);
            }
        }
    }

    const QPointF origin(kPad, item->titleBarHeight() + kPad);
    const qreal aspect = aspectFor(object->kind);
    const QSizeF containerBlock = pack(containers, column ? 0 : targetWidthFor(containers, aspect), origin);
    const qreal leafTarget = qMax(containerBlock.width(), targetWidthFor(leaves, aspect));
    const qreal leafTop = containerBlock.isEmpty() ? 0 : containerBlock.height() + kGap;
    const QSizeF leafBlock = pack(leaves, column ? 0 : leafTarget, origin + QPointF(0, leafTop));

    const qreal contentWidth = qMax(containerBlock.width(), leafBlock.width());
    const qreal contentHeight = leafBlock.isEmpty() ? containerBlock.height() : leafTop + leafBlock.height();
    item->setSize(QSizeF(qMax(minimumWidth, contentWidth + 2 * kPad),
                         item->titleBarHeight() + kPad + contentHeight + kPad));
    return item->size();
}

void CanvasScene::rebuild()
{
    const QList<ObjectId> keep = m_lastSelection;
    m_silentSelection = true;
    clear();
    m_items.clear();
    m_legend = nullptr;
    m_contentRect = QRectF();

    if (m_design) {
        const DesignData &data = m_design->data();
        QList<Placed> globals, regions;
        for (ObjectId id : data.children(0)) {
            const DesignObject *object = data.object(id);
            if (object->kind == ObjectKind::Connection)
                continue; // drawn as arrows once the boxes are placed
            const bool container = isContainerKind(object->kind) || !data.children(id).isEmpty();
            const QSizeF size = buildNode(id, nullptr);
            (container ? regions : globals).append(Placed{m_items.value(id), size});
        }

        // Regions side by side (a single row, however wide: a region is a unit of failure).
        qreal x = 0, regionsHeight = 0;
        for (const Placed &p : regions) {
            x += p.size.width() + kRegionGap;
            regionsHeight = qMax(regionsHeight, p.size.height());
        }
        const qreal regionsWidth = regions.isEmpty() ? 0 : x - kRegionGap;

        qreal top = 0;
        if (!globals.isEmpty()) {
            auto *band = new GlobalBandItem(QSizeF(100, 100));
            addItem(band);
            for (const Placed &p : globals)
                p.item->setParentItem(band);
            const qreal target = qMax(regionsWidth - 2 * kPad, targetWidthFor(globals, 6.0));
            const QSizeF block = pack(globals, target, QPointF(kPad, kBandTitle + kPad / 2));
            const QSizeF bandSize(qMax(regionsWidth, block.width() + 2 * kPad), kBandTitle + kPad / 2 + block.height() + kPad);
            band->setSize(bandSize);
            band->setPos(0, 0);
            top = bandSize.height() + kRegionGap;
            m_contentRect = QRectF(QPointF(0, 0), bandSize);
        }
        x = 0;
        for (const Placed &p : regions) {
            p.item->setPos(x, top);
            x += p.size.width() + kRegionGap;
        }
        if (!regions.isEmpty())
            m_contentRect = m_contentRect.united(QRectF(0, top, regionsWidth, regionsHeight));
        buildConnections();
    }

    setSceneRect(m_contentRect.adjusted(-60, -60, 60, 60));
    m_highlightItems.clear();
    applyHighlights();
    setSelectedObjectIds(keep);
    m_silentSelection = false;
    Q_EMIT layoutChanged();
}

QColor CanvasScene::highlightColor(ObjectDifference::Change change)
{
    switch (change) {
    case ObjectDifference::Change::Added:
        return QColor(0x66, 0xbb, 0x6a); // Material green 400
    case ObjectDifference::Change::Removed:
        return QColor(0xef, 0x53, 0x50); // Material red 400
    case ObjectDifference::Change::Changed:
        break;
    }
    return QColor(0xff, 0xca, 0x28); // Material amber 400
}

void CanvasScene::setHighlightedObjects(const QHash<ObjectId, ObjectDifference::Change> &changes)
{
    m_highlights = changes;
    applyHighlights();
}

void CanvasScene::applyHighlights()
{
    // Every clear() of the scene also empties m_highlightItems, so these outlines are alive.
    qDeleteAll(m_highlightItems);
    m_highlightItems.clear();
    for (auto it = m_highlights.cbegin(); it != m_highlights.cend(); ++it) {
        if (QGraphicsItem *target = m_items.value(it.key()))
            m_highlightItems.insert(it.key(), new HighlightOutlineItem(target, highlightColor(it.value())));
    }
}

void CanvasScene::onSelectionChanged()
{
    if (m_silentSelection)
        return;
    const QList<ObjectId> ids = selectedObjectIds();
    if (ids == m_lastSelection)
        return;
    m_lastSelection = ids;
    Q_EMIT objectSelectionChanged(ids);
}

} // namespace Scaleplan
