// GUI test of MainWindow on the bundled reference design (ReferenceDesign::load), offscreen and
// through the real widgets: the canvas shows the seed's regions, VPC and the web-app Deployment
// (the seed's HPA "web-app-hpa" targets Deployment "web-app"; the multi-region block names
// us-east-1 and us-west-2); a mouse click on the canvas selects in the tree and fills the
// properties; a property edit typed into the editor is undone by Edit > Undo.

#include "model/design.h"
#include "model/edit/designeditor.h"
#include "model/edit/designtreemodel.h"
#include "model/edit/diagnosticsmodel.h"
#include "model/edit/propertymodel.h"
#include "model/io/referencedesign.h"
#include "ui/mainwindow.h"
#include "widgets/canvasscene.h"
#include "widgets/canvasview.h"
#include "ui/addressplandock.h"
#include "widgets/cidrmap/cidrlinearmap.h"
#include "widgets/containeritem.h"
#include "widgets/objectitem.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGraphicsItem>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Scaleplan;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void canvasShowsReferenceDesign();
    void clickOnCanvasSelectsInTreeAndProperties();
    void treeSelectionSelectsOnCanvas();
    void propertyEditIsUndoable();
    void analysisFillsDiagnosticsAndChart();
    void titleFollowsCleanState();

private:
    ContainerItem *findContainer(ObjectKind kind, const QString &name) const;
    ObjectItem *findObject(ObjectKind kind, const QString &name) const;
    QModelIndex findProperty(const QString &path, const QModelIndex &parent = {}) const;
    void clickItem(QGraphicsItem *item);

    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ScaleplanTest"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    m_window = new MainWindow;
    m_window->setInteractive(false);
    m_window->setDesign(ReferenceDesign::load());
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

ContainerItem *TestMainWindow::findContainer(ObjectKind kind, const QString &name) const
{
    for (QGraphicsItem *item : m_window->canvasScene()->items()) {
        auto *c = qgraphicsitem_cast<ContainerItem *>(item);
        if (c && c->kind() == kind && c->name() == name)
            return c;
    }
    return nullptr;
}

ObjectItem *TestMainWindow::findObject(ObjectKind kind, const QString &name) const
{
    for (QGraphicsItem *item : m_window->canvasScene()->items()) {
        auto *o = qgraphicsitem_cast<ObjectItem *>(item);
        if (o && o->kind() == kind && o->name() == name)
            return o;
    }
    return nullptr;
}

QModelIndex TestMainWindow::findProperty(const QString &path, const QModelIndex &parent) const
{
    const QAbstractItemModel *model = m_window->propertyModel();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, PropertyModel::FieldColumn, parent);
        if (index.data(PropertyModel::FieldPathRole).toString() == path)
            return index;
        const QModelIndex found = findProperty(path, index);
        if (found.isValid())
            return found;
    }
    return {};
}

void TestMainWindow::clickItem(QGraphicsItem *item)
{
    CanvasView *view = m_window->canvasView();
    view->resetZoom();
    // The item's top-left area (its own name), clear of any child item.
    const QPointF target = item->mapToScene(QPointF(40, 12));
    view->centerOn(target);
    QApplication::processEvents();
    const QPoint pos = view->mapFromScene(target);
    QVERIFY(view->viewport()->rect().contains(pos));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
}

void TestMainWindow::canvasShowsReferenceDesign()
{
    // Seed: "Primary Region (us-east-1)", "Secondary Region (us-west-2)".
    ContainerItem *east = findContainer(ObjectKind::Region, QStringLiteral("us-east-1"));
    ContainerItem *west = findContainer(ObjectKind::Region, QStringLiteral("us-west-2"));
    QVERIFY(east);
    QVERIFY(west);
    // Regions sit side by side: neither contains the other, same top edge.
    QVERIFY(!east->sceneBoundingRect().intersects(west->sceneBoundingRect()));
    QCOMPARE(east->scenePos().y(), west->scenePos().y());

    // The VPC inside us-east-1; the web-app Deployment (target of web-app-hpa) nested inside it.
    ContainerItem *vpc = nullptr;
    for (QGraphicsItem *item : m_window->canvasScene()->items()) {
        auto *c = qgraphicsitem_cast<ContainerItem *>(item);
        if (c && c->kind() == ObjectKind::Vpc && c->parentItem() == east)
            vpc = c;
    }
    QVERIFY(vpc);
    ObjectItem *webApp = findObject(ObjectKind::Deployment, QStringLiteral("web-app"));
    QVERIFY(webApp);
    QVERIFY(vpc->isAncestorOf(webApp));
    QVERIFY(east->sceneBoundingRect().contains(webApp->sceneBoundingRect()));

    // Key facts: the HPA card shows the seed's minReplicas 3 / maxReplicas 50 (U+2013 dash).
    ObjectItem *hpa = findObject(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"));
    QVERIFY(hpa);
    QCOMPARE(hpa->fact(), QStringLiteral("3\u201350 replicas"));
    // Aurora: the seed's AutoScaling MinCapacity 2, MaxCapacity 16.
    bool auroraFound = false;
    for (QGraphicsItem *item : m_window->canvasScene()->items()) {
        auto *o = qgraphicsitem_cast<ObjectItem *>(item);
        if (o && o->kind() == ObjectKind::AuroraCluster && o->fact() == QStringLiteral("2\u201315 replicas"))
            auroraFound = true;
    }
    QVERIFY(auroraFound);
}

void TestMainWindow::clickOnCanvasSelectsInTreeAndProperties()
{
    ObjectItem *webApp = findObject(ObjectKind::Deployment, QStringLiteral("web-app"));
    QVERIFY(webApp);
    const ObjectId id = webApp->objectId();
    clickItem(webApp);

    QVERIFY(webApp->isSelected());
    const QModelIndexList rows = m_window->designTreeView()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(m_window->designTreeModel()->idAt(rows.first()), id);
    QCOMPARE(rows.first().data().toString(), QStringLiteral("web-app"));

    // The properties show the Deployment's manifest.
    QCOMPARE(m_window->propertyModel()->objectId(), id);
    const QModelIndex kind = findProperty(QStringLiteral("kind"));
    QVERIFY(kind.isValid());
    QCOMPARE(kind.siblingAtColumn(PropertyModel::ValueColumn).data().toString(), QStringLiteral("Deployment"));
    const QModelIndex name = findProperty(QStringLiteral("metadata.name"));
    QVERIFY(name.isValid());
    QCOMPARE(name.siblingAtColumn(PropertyModel::ValueColumn).data().toString(), QStringLiteral("web-app"));

    // The address plan shows the VPC enclosing the selection.
    QCOMPARE(m_window->addressPlanDock()->vpcId(), m_window->design()->data().enclosing(id, ObjectKind::Vpc));
    QVERIFY(!m_window->addressPlanDock()->linearMap()->content().spans().isEmpty());

    // Clicking empty canvas clears the selection everywhere.
    CanvasView *view = m_window->canvasView();
    const QRectF content = m_window->canvasScene()->contentRect();
    view->centerOn(content.bottomRight() + QPointF(40, 40));
    QApplication::processEvents();
    const QPoint empty = view->mapFromScene(content.bottomRight() + QPointF(30, 30));
    QVERIFY(view->viewport()->rect().contains(empty));
    QVERIFY(!view->itemAt(empty));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, empty);
    QVERIFY(m_window->designTreeView()->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(m_window->propertyModel()->objectId(), ObjectId(0));
}

void TestMainWindow::treeSelectionSelectsOnCanvas()
{
    const DesignData &data = m_window->design()->data();
    const ObjectId hpa = data.findByName(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"));
    QVERIFY(hpa != 0);
    QSignalSpy canvasSpy(m_window->canvasScene(), &CanvasScene::objectSelectionChanged);
    const QModelIndex index = m_window->designTreeModel()->indexOf(hpa);
    m_window->designTreeView()->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(m_window->canvasScene()->itemForObject(hpa)->isSelected());
    QCOMPARE(m_window->canvasScene()->selectedObjectIds(), QList<ObjectId>{hpa});
    QCOMPARE(m_window->propertyModel()->objectId(), hpa);
    // No echo: the canvas did not report a user selection back.
    QCOMPARE(canvasSpy.size(), 0);
}

void TestMainWindow::propertyEditIsUndoable()
{
    ObjectItem *hpaItem = findObject(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"));
    QVERIFY(hpaItem);
    const ObjectId hpa = hpaItem->objectId();
    clickItem(hpaItem);
    QCOMPARE(m_window->propertyModel()->objectId(), hpa);

    // The seed's web-app-hpa has maxReplicas: 50.
    const QString path = QStringLiteral("spec.maxReplicas");
    QCOMPARE(m_window->design()->data().object(hpa)->field(path).toInt(), 50);
    const QModelIndex field = findProperty(path);
    QVERIFY(field.isValid());
    const QModelIndex value = field.siblingAtColumn(PropertyModel::ValueColumn);
    QCOMPARE(value.data().toString(), QStringLiteral("50"));

    // Type 80 into the editor and commit with Return.
    QTreeView *view = m_window->propertyView();
    view->scrollTo(value);
    view->setCurrentIndex(value);
    view->edit(value);
    QApplication::processEvents();
    QList<QLineEdit *> editors = view->viewport()->findChildren<QLineEdit *>();
    QCOMPARE(editors.size(), 1);
    QLineEdit *editor = editors.first();
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("80"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();

    QCOMPARE(m_window->design()->data().object(hpa)->field(path), QVariant(80));
    QVERIFY(m_window->isWindowModified());
    hpaItem = findObject(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"));
    QVERIFY(hpaItem);
    QCOMPARE(hpaItem->fact(), QStringLiteral("3\u201380 replicas"));

    QVERIFY(m_window->undoAction()->isEnabled());
    m_window->undoAction()->trigger();
    QCOMPARE(m_window->design()->data().object(hpa)->field(path), QVariant(50));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(findObject(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"))->fact(),
             QStringLiteral("3\u201350 replicas"));
    // The properties follow the undo.
    QCOMPARE(findProperty(path).siblingAtColumn(PropertyModel::ValueColumn).data().toString(), QStringLiteral("50"));

    m_window->redoAction()->trigger();
    QCOMPARE(m_window->design()->data().object(hpa)->field(path), QVariant(80));
}

void TestMainWindow::analysisFillsDiagnosticsAndChart()
{
    if (m_window->isAnalysing()) {
        QSignalSpy finished(m_window, &MainWindow::analysisFinished);
        QVERIFY(finished.wait(60000));
    }
    QVERIFY(!m_window->isAnalysing());

    // The seed has four load scenarios (baseline-load, peak-load, stress-test, spike-test).
    QComboBox *combo = m_window->scenarioCombo();
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->currentText(), QStringLiteral("peak-load"));
    QVERIFY(m_window->simulationChart()->result().series.timeSeconds.size() > 10);

    // Diagnostics are listed errors first; clicking a row selects its object.
    QTableView *table = m_window->diagnosticsView();
    QVERIFY(table->model()->rowCount() > 0);
    int previous = int(Severity::Error);
    int rowWithObject = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        const int severity = index.data(DiagnosticsModel::SeverityRole).toInt();
        QVERIFY(severity <= previous);
        previous = severity;
        const ObjectId id = index.data(DiagnosticsModel::ObjectIdRole).value<ObjectId>();
        if (rowWithObject < 0 && id != 0 && m_window->design()->data().contains(id))
            rowWithObject = row;
    }
    QVERIFY(rowWithObject >= 0);
    const QModelIndex cell = table->model()->index(rowWithObject, DiagnosticsModel::MessageColumn);
    const ObjectId expected = cell.siblingAtColumn(0).data(DiagnosticsModel::ObjectIdRole).value<ObjectId>();
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QCOMPARE(m_window->canvasScene()->selectedObjectIds(), QList<ObjectId>{expected});
    const QModelIndexList rows = m_window->designTreeView()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(m_window->designTreeModel()->idAt(rows.first()), expected);
}

void TestMainWindow::titleFollowsCleanState()
{
    QVERIFY(m_window->windowTitle().endsWith(QStringLiteral("[*] — Scaleplan")));
    QVERIFY(!m_window->isWindowModified());
    const ObjectId hpa = m_window->design()->data().findByName(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"));
    m_window->editor()->setField(hpa, QStringLiteral("spec.minReplicas"), 4);
    QVERIFY(m_window->isWindowModified());
    m_window->editor()->undoStack()->undo();
    QVERIFY(!m_window->isWindowModified());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
