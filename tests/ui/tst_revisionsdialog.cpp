// Revisions through the main window, offscreen, with the real buttons: File > Save Revision
// stores the design in the project file; the Revisions dialog lists it, "Compare with current"
// shows the one edited field (the seed's web-app-hpa has maxReplicas: 50; we set 60) and outlines
// that HPA on the canvas; "Compare selected" diffs two revisions; Restore brings the revision
// back as one undo step. Also: opening a damaged project file reports ProjectFile's reason and
// leaves the open design and the file untouched.

#include "model/design.h"
#include "model/edit/designeditor.h"
#include "model/io/projectfile.h"
#include "model/io/referencedesign.h"
#include "ui/diffview.h"
#include "ui/mainwindow.h"
#include "ui/revisionsdialog.h"
#include "widgets/canvasscene.h"
#include "widgets/canvasview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGraphicsItem>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Scaleplan;

class TestRevisionsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveRevisionStoresTheDesign();
    void compareWithCurrentShowsTheEditedField();
    void compareTwoRevisions();
    void restoreIsOneUndoStep();
    void damagedFileIsRefused_data();
    void damagedFileIsRefused();

private:
    ObjectId webAppHpa() const;
    /// With SCALEPLAN_GRAB_DIR set, saves a picture of `widget` there (to look at the dialog).
    static void grabIfAsked(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QString m_project;
    MainWindow *m_window = nullptr;
};

void TestRevisionsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ScaleplanTest"));
    QApplication::setApplicationName(QStringLiteral("tst_revisionsdialog"));
    QVERIFY(m_dir.isValid());
}

void TestRevisionsDialog::init()
{
    m_project = m_dir.filePath(QStringLiteral("%1.scaleplan").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_project);
    m_window = new MainWindow;
    m_window->setInteractive(false);
    m_window->setDesign(ReferenceDesign::load());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestRevisionsDialog::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

ObjectId TestRevisionsDialog::webAppHpa() const
{
    return m_window->design()->data().findByName(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"));
}

void TestRevisionsDialog::grabIfAsked(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SCALEPLAN_GRAB_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestRevisionsDialog::saveRevisionStoresTheDesign()
{
    // Without a project file there is nowhere to store a revision (non-interactive: no dialog).
    QVERIFY(!m_window->saveRevision(QStringLiteral("too early")));
    QVERIFY(!QFile::exists(m_project));

    QVERIFY(m_window->saveTo(m_project));
    m_window->editor()->setField(webAppHpa(), QStringLiteral("spec.maxReplicas"), 60);
    QVERIFY(m_window->isWindowModified());
    // Saving a revision of a modified design saves the file first.
    QVERIFY(m_window->saveRevision(QStringLiteral("as reviewed on 2026-12-01")));
    QVERIFY(!m_window->isWindowModified());
    QString error;
    const QList<ProjectFile::Revision> revisions = ProjectFile::revisions(m_project, &error);
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(revisions.first().name, QStringLiteral("as reviewed on 2026-12-01"));
    const std::optional<DesignData> stored = ProjectFile::loadRevision(m_project, revisions.first().id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->object(webAppHpa())->field(QStringLiteral("spec.maxReplicas")).toInt(), 60);
    QVERIFY(*ProjectFile::load(m_project, &error) == m_window->design()->data());
}

void TestRevisionsDialog::compareWithCurrentShowsTheEditedField()
{
    QVERIFY(m_window->saveTo(m_project));
    QVERIFY(m_window->saveRevision(QStringLiteral("as reviewed on 2026-12-01")));
    const ObjectId hpa = webAppHpa();
    m_window->editor()->setField(hpa, QStringLiteral("spec.maxReplicas"), 60);

    RevisionsDialog *dialog = m_window->showRevisions();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->revisionList()->topLevelItemCount(), 1);
    QCOMPARE(dialog->revisionList()->topLevelItem(0)->text(0), QStringLiteral("as reviewed on 2026-12-01"));
    // The newest revision is selected on opening, so the button is ready.
    QVERIFY(dialog->compareCurrentButton()->isEnabled());
    QVERIFY(!dialog->compareButton()->isEnabled()); // needs two
    QTest::mouseClick(dialog->compareCurrentButton(), Qt::LeftButton);

    QTreeWidget *tree = dialog->diffView()->tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *object = tree->topLevelItem(0);
    QVERIFY(object->text(DiffView::FieldColumn).endsWith(QStringLiteral("/web-app-hpa  (HorizontalPodAutoscaler)")));
    QCOMPARE(object->childCount(), 1);
    QCOMPARE(object->child(0)->text(DiffView::FieldColumn), QStringLiteral("spec.maxReplicas"));
    QCOMPARE(object->child(0)->text(DiffView::OldColumn), QStringLiteral("50"));
    QCOMPARE(object->child(0)->text(DiffView::NewColumn), QStringLiteral("60"));

    // The HPA is outlined on the canvas, and only it.
    CanvasScene *scene = m_window->canvasScene();
    QCOMPARE(scene->highlightedObjects().size(), 1);
    QCOMPARE(scene->highlightedObjects().value(hpa), ObjectDifference::Change::Changed);
    QVERIFY(scene->highlightItem(hpa));
    QCOMPARE(scene->highlightItem(hpa)->parentItem(), scene->itemForObject(hpa));

    // A further edit updates the live comparison (after its short debounce).
    m_window->editor()->setField(hpa, QStringLiteral("spec.minReplicas"), 4);
    QTRY_COMPARE(tree->topLevelItemCount() > 0 ? tree->topLevelItem(0)->childCount() : 0, 2);
    QCOMPARE(tree->topLevelItem(0)->child(1)->text(DiffView::FieldColumn), QStringLiteral("spec.minReplicas"));
    QCOMPARE(tree->topLevelItem(0)->child(1)->text(DiffView::OldColumn), QStringLiteral("3"));
    QCOMPARE(tree->topLevelItem(0)->child(1)->text(DiffView::NewColumn), QStringLiteral("4"));
    QVERIFY(scene->highlightItem(hpa)); // kept across the canvas update
    grabIfAsked(dialog, QStringLiteral("revisions-dialog"));
    m_window->canvasView()->fitToObject(hpa);
    QApplication::processEvents();
    grabIfAsked(m_window, QStringLiteral("revisions-canvas"));

    // Clicking the object row selects it in the main window.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(tree->topLevelItem(0)).center());
    QCOMPARE(m_window->selectedObjects(), QList<ObjectId>{hpa});

    // Closing the dialog removes the outlines.
    dialog->close();
    QVERIFY(scene->highlightedObjects().isEmpty());
    QVERIFY(!scene->highlightItem(hpa));
}

void TestRevisionsDialog::compareTwoRevisions()
{
    QVERIFY(m_window->saveTo(m_project));
    QVERIFY(m_window->saveRevision(QStringLiteral("first")));
    const ObjectId hpa = webAppHpa();
    m_window->editor()->rename(hpa, QStringLiteral("web-hpa"));
    QVERIFY(m_window->saveRevision(QStringLiteral("second")));
    m_window->editor()->setField(hpa, QStringLiteral("spec.maxReplicas"), 70); // not in either revision

    RevisionsDialog *dialog = m_window->showRevisions();
    QCOMPARE(dialog->revisionList()->topLevelItemCount(), 2);
    QCOMPARE(dialog->revisionList()->topLevelItem(0)->text(0), QStringLiteral("second")); // newest first
    dialog->revisionList()->selectAll();
    QVERIFY(dialog->compareButton()->isEnabled());
    QVERIFY(!dialog->compareCurrentButton()->isEnabled());
    QTest::mouseClick(dialog->compareButton(), Qt::LeftButton);

    QTreeWidget *tree = dialog->diffView()->tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
    QTreeWidgetItem *row = tree->topLevelItem(0)->child(0);
    QCOMPARE(row->text(DiffView::FieldColumn), QStringLiteral("name"));
    QCOMPARE(row->text(DiffView::OldColumn), QStringLiteral("\"web-app-hpa\"")); // older side: "first"
    QCOMPARE(row->text(DiffView::NewColumn), QStringLiteral("\"web-hpa\""));
    QVERIFY(dialog->diffView()->summaryLabel()->text().contains(QStringLiteral("<b>first</b> → <b>second</b>")));
    QCOMPARE(m_window->canvasScene()->highlightedObjects().value(hpa), ObjectDifference::Change::Changed);
    dialog->close();
}

void TestRevisionsDialog::restoreIsOneUndoStep()
{
    QVERIFY(m_window->saveTo(m_project));
    QVERIFY(m_window->saveRevision(QStringLiteral("reviewed")));
    const DesignData reviewed = m_window->design()->data();
    const ObjectId hpa = webAppHpa();
    m_window->editor()->setField(hpa, QStringLiteral("spec.maxReplicas"), 60);
    m_window->editor()->removeObjects({hpa});
    QVERIFY(!m_window->design()->data().contains(hpa));
    const int steps = m_window->editor()->undoStack()->count();

    RevisionsDialog *dialog = m_window->showRevisions();
    QVERIFY(dialog->restoreRevision(dialog->revisions().first().id, false));
    QVERIFY(m_window->design()->data() == reviewed);
    QCOMPARE(m_window->editor()->undoStack()->count(), steps + 1);
    QVERIFY(m_window->isWindowModified()); // a new step, not the saved state of the stack
    QCOMPARE(m_window->editor()->undoStack()->undoText(), QStringLiteral("Restore revision \"reviewed\""));
    // The comparison with the current design is empty now.
    QCOMPARE(dialog->diffView()->tree()->topLevelItemCount(), 0);

    m_window->editor()->undoStack()->undo();
    QVERIFY(!m_window->design()->data().contains(hpa));
    m_window->editor()->undoStack()->redo();
    QVERIFY(m_window->design()->data() == reviewed);
    // New objects after a restore never reuse an id that the undo history may bring back.
    QVERIFY(m_window->design()->data().nextId() >= reviewed.nextId());
    dialog->close();
}

void TestRevisionsDialog::damagedFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); // a word of the message (ProjectFile names the problem)
    QTest::newRow("not SQLite") << QByteArray("apiVersion: v1\nkind: ConfigMap\n") << QStringLiteral("SQLite");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\0", 19) << QString();
}

void TestRevisionsDialog::damagedFileIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(QStringLiteral("damaged.scaleplan"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    const DesignData before = m_window->design()->data();
    const QString title = m_window->windowTitle();
    const int steps = m_window->editor()->undoStack()->count();

    QString error;
    QVERIFY(!m_window->openFile(path, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged.scaleplan")), qPrintable(error));
    if (!reason.isEmpty())
        QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(m_window->statusBar()->currentMessage(), error); // non-interactive: the message box text
    QVERIFY(m_window->design()->data() == before);
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(m_window->editor()->undoStack()->count(), steps);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes); // never written to
}

QTEST_MAIN(TestRevisionsDialog)
#include "tst_revisionsdialog.moc"
