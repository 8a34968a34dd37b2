// Tests of the Connection arrows on the canvas (ConnectionItem, CanvasScene), offscreen through a
// real CanvasView: the arrow between the seed's ALB and web-app (model/OBJECTS.md: an ALB target
// group "web-app-targets" forwards to the Deployment web-app), selection by clicking it, the
// "Show connections" switch, hover label, and edits through DesignEditor (delete, undo, re-point).

#include "model/connectionspec.h"
#include "model/design.h"
#include "model/edit/designeditor.h"
#include "widgets/canvasscene.h"
#include "widgets/canvasview.h"
#include "widgets/connectionitem.h"
#include "widgets/connectionlegenditem.h"
#include "widgets/containeritem.h"
#include "widgets/objectitem.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace Scaleplan;

namespace {

struct Fixture {
    Design design;
    DesignEditor editor{&design};
    ObjectId vpc = 0, cluster = 0, webApp = 0, worker = 0, hpa = 0, alb = 0, targets = 0, scales = 0;

    ObjectId add(ObjectKind kind, const QString &name, ObjectId parent, const QVariantMap &fields = {})
    {
        DesignObject o;
        o.kind = kind;
        o.name = name;
        o.parentId = parent;
        o.fields = fields;
        return design.applyInsert(o);
    }
    ObjectId connect(ObjectId from, ObjectId to, ConnectionType type)
    {
        ConnectionSpec spec;
        spec.fromId = from;
        spec.toId = to;
        spec.type = type;
        return design.applyInsert(spec.toObject(design.data()));
    }

    Fixture()
    {
        const ObjectId region = add(ObjectKind::Region, QStringLiteral("us-east-1"), 0);
        vpc = add(ObjectKind::Vpc, QStringLiteral("production-vpc"), region);
        cluster = add(ObjectKind::EksCluster, QStringLiteral("production-eks-us-east-1"), vpc);
        hpa = add(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"), cluster);
        webApp = add(ObjectKind::Deployment, QStringLiteral("web-app"), cluster);
        worker = add(ObjectKind::Deployment, QStringLiteral("worker"), cluster);
        alb = add(ObjectKind::ApplicationLoadBalancer, QStringLiteral("alb-us-east-1"), vpc);
        targets = connect(alb, webApp, ConnectionType::Targets);
        scales = connect(hpa, webApp, ConnectionType::Scales);
    }
};

/// The card rectangle of an object in scene coordinates.
QRectF cardRect(CanvasScene *scene, ObjectId id)
{
    return scene->objectItem(id)->mapRectToScene(QRectF(QPointF(0, 0), ObjectItem::cardSize()));
}

bool onBorder(const QRectF &rect, const QPointF &p)
{
    const QRectF outer = rect.adjusted(-0.5, -0.5, 0.5, 0.5);
    const QRectF inner = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    return outer.contains(p) && !inner.contains(p);
}

/// A point on the arrow that no card covers (so a click there reaches the arrow or a container).
std::optional<QPointF> freePointOn(CanvasScene *scene, ConnectionItem *arrow)
{
    for (int i = 3; i <= 17; ++i) {
        const QPointF p = arrow->path().pointAtPercent(i / 20.0);
        bool covered = false;
        for (QGraphicsItem *item : scene->items(p))
            covered = covered || qgraphicsitem_cast<ObjectItem *>(item);
        if (!covered)
            return p;
    }
    return std::nullopt;
}

} // namespace

class tst_ConnectionItem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void arrowBetweenAlbAndWebApp();
    void notABox();
    void clickSelectsConnection();
    void showConnectionsSwitch();
    void hoverShowsLabel();
    void deleteAndUndo();
    void repointByEditingToId();
};

void tst_ConnectionItem::arrowBetweenAlbAndWebApp()
{
    Fixture f;
    CanvasScene scene(&f.design);
    ConnectionItem *arrow = scene.connectionItem(f.targets);
    QVERIFY(arrow);
    QCOMPARE(arrow->objectId(), f.targets);
    QCOMPARE(arrow->fromId(), f.alb);
    QCOMPARE(arrow->toId(), f.webApp);
    QCOMPARE(arrow->connectionType(), ConnectionType::Targets);
    // From the ALB card's border to the web-app card's border (the arrowhead's tip).
    QVERIFY(onBorder(cardRect(&scene, f.alb), arrow->startPoint()));
    QVERIFY(onBorder(cardRect(&scene, f.webApp), arrow->endPoint()));
    // Beneath the cards: top level with a negative z (cards are children of z 0 containers).
    QVERIFY(arrow->parentItem() == nullptr);
    QVERIFY(arrow->zValue() < 0);
    // Style by type: targets is solid orange, scales green dotted.
    QCOMPARE(arrow->pen().style(), Qt::SolidLine);
    QCOMPARE(scene.connectionItem(f.scales)->pen().style(), Qt::DotLine);
    QVERIFY(arrow->pen().color() != scene.connectionItem(f.scales)->pen().color());
    // The legend lists the two types drawn, in the order of ConnectionType.
    QVERIFY(scene.connectionLegend());
    QCOMPARE(scene.connectionLegend()->types(), (QList<ConnectionType>{ConnectionType::Targets, ConnectionType::Scales}));
    QVERIFY(scene.contentRect().contains(scene.connectionLegend()->sceneBoundingRect()));
}

void tst_ConnectionItem::notABox()
{
    // A Connection is top level in the design but gets no card and no Global band of its own.
    Fixture f;
    CanvasScene scene(&f.design);
    QVERIFY(!scene.objectItem(f.targets));
    QVERIFY(!scene.containerItem(f.targets));
    // Only the region is at the top level besides arrows and the legend (no band: no global objects).
    int topLevelBoxes = 0;
    for (QGraphicsItem *item : scene.items()) {
        if (!item->parentItem() && !qgraphicsitem_cast<ConnectionItem *>(item)
            && !qgraphicsitem_cast<ConnectionLegendItem *>(item))
            ++topLevelBoxes;
    }
    QCOMPARE(topLevelBoxes, 1);
    // A connection to an object that does not exist draws nothing.
    ConnectionSpec dangling;
    dangling.fromId = f.alb;
    dangling.toId = 9999;
    dangling.type = ConnectionType::Targets;
    const ObjectId id = f.design.applyInsert(dangling.toObject(f.design.data()));
    QVERIFY(!scene.connectionItem(id));
}

void tst_ConnectionItem::clickSelectsConnection()
{
    Fixture f;
    CanvasScene scene(&f.design);
    CanvasView view;
    view.setCanvasScene(&scene);
    view.resize(1400, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(1.0);
    ConnectionItem *arrow = scene.connectionItem(f.targets);
    const auto point = freePointOn(&scene, arrow);
    QVERIFY(point);
    view.centerOn(*point);
    // The point lies inside the VPC box, which is drawn over the arrow: the click must still
    // reach the arrow (CanvasScene::mousePressEvent).
    QVERIFY(qgraphicsitem_cast<ContainerItem *>(scene.items(*point).first()));
    QSignalSpy spy(&scene, &CanvasScene::objectSelectionChanged);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(*point));
    QCOMPARE(scene.selectedObjectIds(), QList<ObjectId>{f.targets});
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<QList<ObjectId>>(), QList<ObjectId>{f.targets});
    QVERIFY(arrow->isLabelShown());
    QCOMPARE(arrow->zValue(), ConnectionItem::kFrontZ); // selected: in front of the cards
    // A click on the web-app card selects the card, not the arrow under it.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(cardRect(&scene, f.webApp).center()));
    QCOMPARE(scene.selectedObjectIds(), QList<ObjectId>{f.webApp});
    QCOMPARE(arrow->zValue(), ConnectionItem::kRestingZ);
    // Selecting by id (the tree) selects the arrow too.
    scene.setSelectedObjectIds({f.scales});
    QVERIFY(scene.connectionItem(f.scales)->isSelected());
}

void tst_ConnectionItem::showConnectionsSwitch()
{
    Fixture f;
    CanvasScene scene(&f.design);
    CanvasView view;
    view.setCanvasScene(&scene);
    view.resize(1400, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(1.0);
    const auto point = freePointOn(&scene, scene.connectionItem(f.targets));
    QVERIFY(point);
    view.centerOn(*point);
    scene.setSelectedObjectIds({f.targets});
    scene.setConnectionsVisible(false);
    QVERIFY(!scene.connectionsVisible());
    QVERIFY(!scene.connectionItem(f.targets)->isVisible());
    QVERIFY(!scene.connectionItem(f.targets)->isSelected());
    QVERIFY(!scene.connectionLegend()->isVisible());
    // Hidden arrows take no clicks: the container under the point is selected instead.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(*point));
    const QList<ObjectId> selected = scene.selectedObjectIds();
    QCOMPARE(selected.size(), 1);
    QVERIFY(selected.first() != f.targets);
    // Kept across a rebuild, and back on.
    scene.rebuild();
    QVERIFY(!scene.connectionItem(f.targets)->isVisible());
    scene.setConnectionsVisible(true);
    QVERIFY(scene.connectionItem(f.targets)->isVisible());
}

void tst_ConnectionItem::hoverShowsLabel()
{
    Fixture f;
    CanvasScene scene(&f.design);
    CanvasView view;
    view.setCanvasScene(&scene);
    view.resize(1400, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(1.0);
    ConnectionItem *arrow = scene.connectionItem(f.targets);
    const auto point = freePointOn(&scene, arrow);
    QVERIFY(point);
    view.centerOn(*point);
    QCOMPARE(arrow->label(), QStringLiteral("targets"));
    QVERIFY(!arrow->isLabelShown());
    QTest::mouseMove(view.viewport(), view.mapFromScene(*point));
    QTRY_VERIFY(arrow->isLabelShown());
    QTest::mouseMove(view.viewport(), QPoint(2, 2));
    QTRY_VERIFY(!arrow->isLabelShown());
}

void tst_ConnectionItem::deleteAndUndo()
{
    Fixture f;
    CanvasScene scene(&f.design);
    f.editor.removeObjects({f.targets});
    QVERIFY(!f.design.data().contains(f.targets));
    QVERIFY(!scene.connectionItem(f.targets));
    QVERIFY(scene.connectionItem(f.scales));
    f.editor.undoStack()->undo();
    QVERIFY(scene.connectionItem(f.targets));
    QCOMPARE(scene.connectionItem(f.targets)->toId(), f.webApp);
}

void tst_ConnectionItem::repointByEditingToId()
{
    // Editing ToId (as the property editor does, through DesignEditor::setField) re-routes the
    // arrow to the worker card; a calls share shows in the label as a percentage.
    Fixture f;
    CanvasScene scene(&f.design);
    f.editor.setField(f.targets, QStringLiteral("ToId"), int(f.worker));
    ConnectionItem *arrow = scene.connectionItem(f.targets);
    QVERIFY(arrow);
    QCOMPARE(arrow->toId(), f.worker);
    QVERIFY(onBorder(cardRect(&scene, f.worker), arrow->endPoint()));
    const ObjectId calls = f.connect(f.webApp, f.worker, ConnectionType::Calls);
    f.editor.setField(calls, QStringLiteral("RequestShare"), 0.3);
    QCOMPARE(scene.connectionItem(calls)->label(), QStringLiteral("calls · 30 % of requests"));
    f.editor.undoStack()->undo();
    QCOMPARE(scene.connectionItem(calls)->label(), QStringLiteral("calls"));
}

QTEST_MAIN(tst_ConnectionItem)
#include "tst_connectionitem.moc"
