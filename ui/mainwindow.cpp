#include "ui/mainwindow.h"

#include "model/design.h"
#include "model/edit/designeditor.h"
#include "model/edit/designtreemodel.h"
#include "model/edit/diagnosticsmodel.h"
#include "model/edit/propertymodel.h"
#include "model/export/designexporter.h"
#include "model/io/designloader.h"
#include "model/io/documentimporter.h"
#include "model/io/projectfile.h"
#include "model/io/recoverystore.h"
#include "model/io/simulationinputs.h"
#include "model/validation/validator.h"
#include "widgets/canvasscene.h"
#include "widgets/canvasview.h"
#include "widgets/propertydelegate.h"
#include "ui/autosaver.h"
#include "ui/addressplandock.h"
#include "ui/diagnosticsproxymodel.h"
#include "ui/preferencesdialog.h"
#include "ui/revisionsdialog.h"
#include "ui/simulationdock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

// Q_INIT_RESOURCE must be used outside any namespace (ui.qrc lives in a static library).
static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace Scaleplan {

namespace {
constexpr int kDebounceMs = 500;
constexpr int kMaxRecentFiles = 8;
const char kProjectSuffix[] = "scaleplan";

/// Elides on the left, so "…/production-eks-us-east-1/web-app-hpa" keeps the object's own name.
class ElideLeftDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideLeft;
    }
};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    initUiResources();
    m_design = new Design(this);
    m_editor = new DesignEditor(m_design, this);

    m_scene = new CanvasScene(m_design, this);
    m_view = new CanvasView(this);
    m_view->setCanvasScene(m_scene);
    setCentralWidget(m_view);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &MainWindow::startAnalysis);
    connect(m_design, &Design::changed, this, &MainWindow::scheduleAnalysis);
    connect(m_design, &Design::changed, this, &MainWindow::updateAddressPlan);
    connect(&m_validationWatcher, &QFutureWatcherBase::finished, this, &MainWindow::onValidationFinished);
    connect(&m_simulationWatcher, &QFutureWatcherBase::finished, this, &MainWindow::onSimulationFinished);

    createDocks();
    createActions();
    createMenus();

    m_countsLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    m_busyLabel = new QLabel(this);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->setTextVisible(false);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    updateBusyIndicator();
    connect(m_view, &CanvasView::zoomChanged, this, [this](qreal factor) {
        m_zoomLabel->setText(tr("Zoom %1 %").arg(qRound(factor * 100)));
    });
    m_zoomLabel->setText(tr("Zoom %1 %").arg(100));

    connect(m_scene, &CanvasScene::objectSelectionChanged, this, &MainWindow::onCanvasSelectionChanged);
    connect(m_scene, &CanvasScene::layoutChanged, this, [this] { m_scene->setDiagnostics(m_diagnostics); });
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    connect(m_design, &Design::objectRemoved, this, [this](ObjectId, ObjectId) {
        QList<ObjectId> kept;
        for (ObjectId id : std::as_const(m_selection)) {
            if (m_design->data().contains(id))
                kept.append(id);
        }
        if (kept != m_selection)
            selectObjects(kept);
    });
    connect(m_design, &Design::nameChanged, this, [this](ObjectId) { updateTitle(); });
    connect(m_design, &Design::resetDone, this, [this] {
        // A restored revision (or its undo) replaces every object: drop ids that are gone.
        QList<ObjectId> kept;
        for (ObjectId id : std::as_const(m_selection)) {
            if (m_design->data().contains(id))
                kept.append(id);
        }
        if (kept != m_selection)
            selectObjects(kept);
    });

    m_autosaver = new Autosaver(m_design, m_editor->undoStack(), this);
    m_autosaver->setIntervalSeconds(PreferencesDialog::autosaveIntervalSeconds());
    connect(m_autosaver, &Autosaver::autosaveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });

    setWindowIcon(QIcon(QStringLiteral(":/ui/scaleplan.svg")));
    setDockNestingEnabled(true);
    readSettings();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Children are deleted by ~QWidget after this body: stop every signal reaching this window.
    m_debounce->stop();
    m_scene->disconnect(this);
    m_design->disconnect(this);
    m_treeView->selectionModel()->disconnect(this);
    m_editor->undoStack()->disconnect(this);
    m_validationWatcher.disconnect(this);
    m_simulationWatcher.disconnect(this);
    m_validationWatcher.waitForFinished();
    m_simulationWatcher.waitForFinished();
}

// ---------------------------------------------------------------------------------------------
// Construction

void MainWindow::createDocks()
{
    // Design tree.
    m_treeModel = new DesignTreeModel(m_design, this);
    m_treeView = new QTreeView(this);
    m_treeView->setObjectName(QStringLiteral("designTree"));
    m_treeView->setModel(m_treeModel);
    m_treeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_treeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setIndentation(14);
    m_treeView->header()->setStretchLastSection(true);
    m_treeView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onTreeSelectionChanged);
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, [this] { m_treeView->expandToDepth(2); });
    auto *treeDock = new QDockWidget(tr("Design"), this);
    treeDock->setObjectName(QStringLiteral("designDock"));
    treeDock->setWidget(m_treeView);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);

    // Properties.
    m_propertyModel = new PropertyModel(m_editor, this);
    m_propertyView = new QTreeView(this);
    m_propertyView->setObjectName(QStringLiteral("propertyView"));
    m_propertyView->setModel(m_propertyModel);
    m_propertyView->setItemDelegateForColumn(PropertyModel::ValueColumn, new PropertyDelegate(m_propertyView));
    m_propertyView->setAlternatingRowColors(true);
    m_propertyView->setUniformRowHeights(true);
    m_propertyView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::SelectedClicked);
    m_propertyView->setIndentation(14);
    m_propertyView->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_propertyView->header()->setStretchLastSection(true);
    connect(m_propertyModel, &QAbstractItemModel::modelReset, this, [this] {
        m_propertyView->expandToDepth(3);
        // Field names fully visible, but never more than 60 % of the width (values matter too).
        m_propertyView->resizeColumnToContents(0);
        const int cap = m_propertyView->viewport()->width() * 6 / 10;
        if (m_propertyView->columnWidth(0) > cap)
            m_propertyView->setColumnWidth(0, cap);
    });
    auto *propertyDock = new QDockWidget(tr("Properties"), this);
    propertyDock->setObjectName(QStringLiteral("propertiesDock"));
    propertyDock->setWidget(m_propertyView);
    addDockWidget(Qt::LeftDockWidgetArea, propertyDock);
    splitDockWidget(treeDock, propertyDock, Qt::Vertical);

    // Diagnostics.
    m_diagnosticsModel = new DiagnosticsModel(this);
    m_diagnosticsView = new QTableView(this);
    m_diagnosticsView->setObjectName(QStringLiteral("diagnosticsView"));
    m_diagnosticsProxy = new DiagnosticsProxyModel(this);
    m_diagnosticsProxy->setSourceModel(m_diagnosticsModel);
    m_diagnosticsView->setModel(m_diagnosticsProxy);
    m_diagnosticsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diagnosticsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_diagnosticsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diagnosticsView->setWordWrap(false);
    m_diagnosticsView->verticalHeader()->setVisible(false);
    m_diagnosticsView->setAlternatingRowColors(true);
    m_diagnosticsView->horizontalHeader()->setStretchLastSection(false);
    // The message gets the room; rule, object path and source have fixed (user-resizable) widths.
    // Object paths and sources are elided on the left: their end names the object / the line.
    QHeaderView *columns = m_diagnosticsView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(DiagnosticsModel::SeverityColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    m_diagnosticsView->setColumnWidth(DiagnosticsModel::RuleColumn, 210);
    m_diagnosticsView->setColumnWidth(DiagnosticsModel::ObjectColumn, 220);
    m_diagnosticsView->setColumnWidth(DiagnosticsModel::SourceColumn, 150);
    auto *elideLeft = new ElideLeftDelegate(m_diagnosticsView);
    m_diagnosticsView->setItemDelegateForColumn(DiagnosticsModel::ObjectColumn, elideLeft);
    m_diagnosticsView->setItemDelegateForColumn(DiagnosticsModel::SourceColumn, elideLeft);
    m_diagnosticsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_diagnosticsView, &QWidget::customContextMenuRequested, this, &MainWindow::showDiagnosticMenu);
    connect(m_diagnosticsView, &QAbstractItemView::clicked, this, &MainWindow::onDiagnosticActivated);
    connect(m_diagnosticsView, &QAbstractItemView::activated, this, &MainWindow::onDiagnosticActivated);
    auto *diagnosticsDock = new QDockWidget(tr("Diagnostics"), this);
    diagnosticsDock->setObjectName(QStringLiteral("diagnosticsDock"));
    diagnosticsDock->setWidget(m_diagnosticsView);
    addDockWidget(Qt::BottomDockWidgetArea, diagnosticsDock);

    // Simulation: scaling curves with baseline overlay, and metric replay (SimulationDock).
    m_simulationDock = new SimulationDock(m_design, this);
    auto *simulationDock = m_simulationDock;
    addDockWidget(Qt::RightDockWidgetArea, simulationDock);

    // Address plan.
    m_addressPlanDock = new AddressPlanDock(m_design, m_editor, this);
    connect(m_addressPlanDock, &AddressPlanDock::objectClicked, this, [this](ObjectId id) { selectObjects({id}); });
    auto *addressDock = m_addressPlanDock;
    addDockWidget(Qt::RightDockWidgetArea, addressDock);
    // One tab each in the right column: the six stacked charts need its full height to be read
    // without scrolling; the address plan is one click away.
    tabifyDockWidget(simulationDock, addressDock);
    simulationDock->raise();

    // The left docks take the full height; diagnostics run under the canvas and the right docks,
    // so their messages get the width.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    resizeDocks({treeDock, simulationDock}, {360, 440}, Qt::Horizontal);
    resizeDocks({treeDock, propertyDock}, {430, 520}, Qt::Vertical);
    resizeDocks({diagnosticsDock}, {200}, Qt::Vertical);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDesign);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);

    m_importAction = new QAction(tr("&Import Document…"), this);
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDialog);

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    m_exportAction = new QAction(tr("&Export Manifests…"), this);
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportManifests);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_deleteAction = new QAction(tr("&Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setEnabled(false);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelection);

    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    connect(m_zoomInAction, &QAction::triggered, m_view, &CanvasView::zoomIn);
    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &CanvasView::zoomOut);
    m_zoomResetAction = new QAction(tr("&Actual Size"), this);
    m_zoomResetAction->setShortcut(QKeySequence(tr("Ctrl+0")));
    connect(m_zoomResetAction, &QAction::triggered, m_view, &CanvasView::resetZoom);
    m_fitAction = new QAction(tr("&Fit to Window"), this);
    m_fitAction->setShortcut(QKeySequence(tr("Ctrl+9")));
    connect(m_fitAction, &QAction::triggered, m_view, &CanvasView::fitToView);

    m_saveRevisionAction = new QAction(tr("Save Re&vision…"), this);
    m_saveRevisionAction->setStatusTip(tr("Store the design as it is now under a name in the project file"));
    connect(m_saveRevisionAction, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save Revision"), tr("Revision name:"), QLineEdit::Normal,
                                                   PreferencesDialog::defaultRevisionName(), &ok).trimmed();
        if (ok && !name.isEmpty())
            saveRevision(name);
    });
    m_revisionsAction = new QAction(tr("Revisio&ns…"), this);
    m_revisionsAction->setStatusTip(tr("List the named revisions of the project and compare them"));
    connect(m_revisionsAction, &QAction::triggered, this, [this] { showRevisions(); });
    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        connect(&dialog, &PreferencesDialog::settingsChanged, this,
                [this] { m_autosaver->setIntervalSeconds(PreferencesDialog::autosaveIntervalSeconds()); });
        dialog.exec();
    });

    m_aboutAction = new QAction(tr("&About Scaleplan"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_saveRevisionAction);
    file->addAction(m_revisionsAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomResetAction);
    m_viewMenu->addAction(m_fitAction);
    QAction *showConnections = m_viewMenu->addAction(tr("Show &Connections"));
    showConnections->setObjectName(QStringLiteral("showConnectionsAction"));
    showConnections->setCheckable(true);
    showConnections->setChecked(m_scene->connectionsVisible());
    connect(showConnections, &QAction::toggled, m_scene, &CanvasScene::setConnectionsVisible);
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_planSubnetsAction = tools->addAction(tr("&Plan Subnets…"), this, [this] { m_addressPlanDock->planSubnets(); });
    m_planSubnetsAction->setObjectName(QStringLiteral("planSubnetsAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("MainWindow/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1600, 1000);
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    updateRecentMenu();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
}

// ---------------------------------------------------------------------------------------------
// Documents

void MainWindow::setDesign(const DesignData &data, const QString &filePath)
{
    m_filePath = filePath;
    m_autosaver->setDocumentPath(filePath);
    if (m_revisionsDialog)
        m_revisionsDialog->close();
    m_selection.clear();
    m_diagnostics = data.importDiagnostics;
    m_results.clear();
    m_editor->replaceDesign(data);
    m_editor->undoStack()->setClean();
    setWindowModified(false);
    m_diagnosticsModel->setDiagnostics(m_diagnostics);
    m_scene->setDiagnostics(m_diagnostics);
    m_propertyModel->setObject(0);
    m_simulationDock->clearBaseline();
    m_simulationDock->setResults(m_results);
    updateAddressPlan();
    updateTitle();
    if (isVisible())
        m_view->fitToView();
    scheduleAnalysis();
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    QString why;
    // A .scaleplan file is read as a project only: a damaged one must be refused with
    // ProjectFile's reason, not imported as some other document and later saved over.
    const bool project = QFileInfo(path).suffix().compare(QLatin1String(kProjectSuffix), Qt::CaseInsensitive) == 0;
    const std::optional<DesignData> data = project ? ProjectFile::load(path, &why) : DesignLoader::load(path, &why);
    if (!data) {
        const QString message = why.isEmpty() ? tr("Could not open %1.").arg(QDir::toNativeSeparators(path)) : why;
        if (error)
            *error = message;
        reportError(tr("Open failed"), message);
        return false;
    }
    setDesign(*data, project ? path : QString());
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    addRecentFile(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Opened %1: %n object(s)", nullptr, data->size()).arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::saveTo(const QString &path, QString *error)
{
    QString why;
    if (!ProjectFile::save(m_design->snapshot(), path, &why)) {
        const QString message = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), why);
        if (error)
            *error = message;
        reportError(tr("Save failed"), message);
        return false;
    }
    m_filePath = path;
    m_autosaver->setDocumentPath(path);
    m_editor->undoStack()->setClean(); // the autosaver deletes the recovery file
    setWindowModified(false);
    addRecentFile(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::newDesign()
{
    if (!maybeSave())
        return;
    DesignData empty;
    empty.name = tr("Untitled");
    setDesign(empty);
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString dir = QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Design"), dir,
        tr("Scaleplan projects and design documents (*.scaleplan *.md *.markdown *.txt *.yaml *.yml);;"
           "Scaleplan projects (*.scaleplan);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::importDialog()
{
    if (!maybeSave())
        return;
    const QString dir = QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Design Document"), dir,
        tr("Design documents (*.md *.markdown *.txt *.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportOptions options;
    options.completeTopology = true;
    const auto answer = QMessageBox::question(
        this, tr("Import Document"),
        tr("Apply the automatic fixes the validation rules suggest while importing %1?\n\n"
           "Every applied fix is listed in the Diagnostics panel.").arg(QFileInfo(path).fileName()),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
    if (answer == QMessageBox::Cancel)
        return;
    options.applyFixes = answer == QMessageBox::Yes;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportResult result = DocumentImporter::importFile(path, options);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        reportError(tr("Import failed"), result.fatalError.isEmpty()
                                             ? tr("Could not import %1.").arg(QDir::toNativeSeparators(path))
                                             : result.fatalError);
        return;
    }
    setDesign(result.design);
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    addRecentFile(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Imported %1: %2 blocks, %3 objects")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(result.blocks)
                                 .arg(result.objects),
                             8000);
}

bool MainWindow::save()
{
    if (m_filePath.isEmpty())
        return saveAs();
    return saveTo(m_filePath);
}

bool MainWindow::saveAs()
{
    QString suggested = m_filePath;
    if (suggested.isEmpty()) {
        const QString dir = QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
        const QString base = m_design->data().name.isEmpty() ? tr("design") : m_design->data().name;
        suggested = QDir(dir).filePath(QString(base + QLatin1Char('.') + QLatin1String(kProjectSuffix)));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Design"), suggested, tr("Scaleplan projects (*.scaleplan)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(kProjectSuffix);
    return saveTo(path);
}

void MainWindow::exportManifests()
{
    const QString dir = QSettings().value(QStringLiteral("lastExportDirectory"),
                                          QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()))
                            .toString();
    const QString outDir = QFileDialog::getExistingDirectory(this, tr("Export Manifests To"), dir);
    if (outDir.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastExportDirectory"), outDir);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ExportReport report = DesignExporter::exportDesign(m_design->snapshot(), m_diagnostics, outDir);
    QApplication::restoreOverrideCursor();
    QString text = tr("Wrote %n document(s)", nullptr, report.documentsWritten)
        + QLatin1Char(' ') + tr("in %n file(s) to %1.", nullptr, int(report.filesWritten.size())).arg(QDir::toNativeSeparators(outDir));
    if (!report.diagnostics.isEmpty()) {
        QStringList lines;
        for (const Diagnostic &d : report.diagnostics)
            lines << (d.objectPath.isEmpty() ? d.message : QString(d.objectPath + QStringLiteral(": ") + d.message));
        text += QStringLiteral("\n\n") + tr("Left out:") + QLatin1Char('\n') + lines.mid(0, 15).join(QLatin1Char('\n'));
        if (lines.size() > 15)
            text += QLatin1Char('\n') + tr("… and %n more", nullptr, int(lines.size()) - 15);
    }
    if (m_interactive)
        QMessageBox::information(this, tr("Export Manifests"), text);
    else
        statusBar()->showMessage(text, 8000);
}

void MainWindow::deleteSelection()
{
    if (m_selection.isEmpty())
        return;
    m_editor->removeObjects(m_selection);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Scaleplan"),
                       tr("<h3>Scaleplan %1</h3>"
                          "<p>Plan and check scalability designs for AWS and Kubernetes (EKS): "
                          "regions, VPC address plans, autoscalers, data tiers and load scenarios.</p>")
                           .arg(QApplication::applicationVersion()));
}

bool MainWindow::maybeSave()
{
    if (!isWindowModified() || !m_interactive)
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("The design \"%1\" has unsaved changes. Save them?").arg(m_design->data().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    int n = 0;
    for (const QString &path : files) {
        ++n;
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(n).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle()
{
    QString name = m_filePath.isEmpty() ? m_design->data().name : QFileInfo(m_filePath).completeBaseName();
    if (name.isEmpty())
        name = tr("Untitled");
    setWindowTitle(tr("%1[*] — Scaleplan").arg(name));
}

void MainWindow::reportError(const QString &title, const QString &message)
{
    if (m_interactive)
        QMessageBox::critical(this, title, message);
    else
        statusBar()->showMessage(message, 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_autosaver->discard(); // a clean close: saved, or the user chose to discard the changes
    event->accept();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fittedOnce) {
        m_fittedOnce = true;
        QTimer::singleShot(0, m_view, &CanvasView::fitToView);
    }
}

// ---------------------------------------------------------------------------------------------
// Selection

void MainWindow::selectObjects(const QList<ObjectId> &ids)
{
    m_syncingSelection = true;
    m_scene->setSelectedObjectIds(ids);
    QItemSelection selection;
    for (ObjectId id : ids) {
        const QModelIndex index = m_treeModel->indexOf(id);
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(m_treeModel->columnCount(index.parent()) - 1));
    }
    m_treeView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!ids.isEmpty()) {
        const QModelIndex first = m_treeModel->indexOf(ids.first());
        if (first.isValid()) {
            m_treeView->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
            m_treeView->scrollTo(first);
        }
        m_view->ensureObjectVisible(ids.first());
    }
    m_syncingSelection = false;
    m_selection = ids;
    onSelectionChanged();
}

void MainWindow::onTreeSelectionChanged()
{
    if (m_syncingSelection)
        return;
    QList<ObjectId> ids;
    const QModelIndexList rows = m_treeView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const ObjectId id = m_treeModel->idAt(index))
            ids.append(id);
    }
    m_syncingSelection = true;
    m_scene->setSelectedObjectIds(ids);
    if (!ids.isEmpty())
        m_view->ensureObjectVisible(ids.first());
    m_syncingSelection = false;
    m_selection = ids;
    onSelectionChanged();
}

void MainWindow::onCanvasSelectionChanged(const QList<ObjectId> &ids)
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    QItemSelection selection;
    for (ObjectId id : ids) {
        const QModelIndex index = m_treeModel->indexOf(id);
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(m_treeModel->columnCount(index.parent()) - 1));
    }
    m_treeView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!ids.isEmpty()) {
        const QModelIndex first = m_treeModel->indexOf(ids.first());
        if (first.isValid()) {
            m_treeView->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
            m_treeView->scrollTo(first);
        }
    }
    m_syncingSelection = false;
    m_selection = ids;
    onSelectionChanged();
}

void MainWindow::onSelectionChanged()
{
    const ObjectId current = m_selection.isEmpty() ? 0 : m_selection.first();
    if (m_propertyModel->objectId() != current)
        m_propertyModel->setObject(current);
    m_deleteAction->setEnabled(!m_selection.isEmpty());
    updateAddressPlan();

    if (current != 0) {
        const DesignData &data = m_design->data();
        statusBar()->showMessage(QString(kindName(data.object(current)->kind) + QStringLiteral(": ") + data.pathOf(current)));
        // A selected load scenario is shown in the curves, an HPA / ScaledObject in the replay.
        m_simulationDock->setSelectedObject(current);
    } else {
        statusBar()->clearMessage();
    }
}

// ---------------------------------------------------------------------------------------------
// Diagnostics

void MainWindow::onDiagnosticActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const ObjectId id = index.siblingAtColumn(0).data(DiagnosticsModel::ObjectIdRole).value<ObjectId>();
    if (id != 0 && m_design->data().contains(id))
        selectObjects({id});
}

void MainWindow::showDiagnosticMenu(const QPoint &pos)
{
    const QModelIndex index = m_diagnosticsView->indexAt(pos);
    if (!index.isValid())
        return;
    const Diagnostic diagnostic = m_diagnosticsModel->diagnosticAt(m_diagnosticsProxy->mapToSource(index).row());
    QMenu menu(this);
    QAction *fix = menu.addAction(tr("Apply Fix"));
    fix->setEnabled(!diagnostic.fix.isEmpty());
    if (!diagnostic.fixDescription.isEmpty())
        fix->setToolTip(diagnostic.fixDescription);
    connect(fix, &QAction::triggered, this, [this, diagnostic] { m_editor->applyFix(diagnostic); });
    QAction *show = menu.addAction(tr("Show Object"));
    show->setEnabled(diagnostic.objectId != 0 && m_design->data().contains(diagnostic.objectId));
    connect(show, &QAction::triggered, this, [this, diagnostic] { selectObjects({diagnostic.objectId}); });
    menu.setToolTipsVisible(true);
    menu.exec(m_diagnosticsView->viewport()->mapToGlobal(pos));
}

// ---------------------------------------------------------------------------------------------
// Analysis (validation + simulation off the GUI thread)

bool MainWindow::isAnalysing() const
{
    return m_debounce->isActive() || m_validationWatcher.isRunning() || m_simulationWatcher.isRunning() || m_rerunQueued;
}

void MainWindow::scheduleAnalysis()
{
    m_debounce->start();
    updateBusyIndicator();
}

void MainWindow::startAnalysis()
{
    if (m_validationWatcher.isRunning() || m_simulationWatcher.isRunning()) {
        m_rerunQueued = true;
        updateBusyIndicator();
        return;
    }
    m_rerunQueued = false;
    const DesignData snapshot = m_design->snapshot();
    // Relative TrafficCsv paths resolve against the folder of the open file.
    const QString directory = m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).absolutePath();
    m_validationWatcher.setFuture(QtConcurrent::run([snapshot, directory] {
        QList<Diagnostic> all = snapshot.importDiagnostics;
        all += Validator::validate(snapshot);
        SimulationInputs::options(snapshot, &all, {}, directory); // unreadable traffic files (sim.traffic-csv)
        return all;
    }));
    m_simulationWatcher.setFuture(QtConcurrent::run([snapshot, directory] {
        // Recorded traffic (TrafficCsv) is read here, off the GUI thread.
        return Simulator::runScenarios(snapshot, SimulationInputs::options(snapshot, nullptr, {}, directory));
    }));
    updateBusyIndicator();
}

void MainWindow::onValidationFinished()
{
    m_diagnostics = m_validationWatcher.result();
    m_diagnosticsModel->setDiagnostics(m_diagnostics);
    m_scene->setDiagnostics(m_diagnostics);
    const DiagnosticCounts counts = countDiagnostics(m_diagnostics);
    m_countsLabel->setText(tr("%n error(s)", nullptr, counts.errors) + QStringLiteral(", ")
                           + tr("%n warning(s)", nullptr, counts.warnings));
    if (m_rerunQueued && !m_simulationWatcher.isRunning())
        startAnalysis();
    updateBusyIndicator();
}

void MainWindow::onSimulationFinished()
{
    m_results = m_simulationWatcher.result();
    m_simulationDock->setResults(m_results);
    if (m_rerunQueued && !m_validationWatcher.isRunning())
        startAnalysis();
    updateBusyIndicator();
}

void MainWindow::updateBusyIndicator()
{
    const bool running = m_validationWatcher.isRunning() || m_simulationWatcher.isRunning();
    const bool busy = running || m_debounce->isActive() || m_rerunQueued;
    m_busyBar->setVisible(running);
    m_simulationDock->setBusy(running);
    m_busyLabel->setText(running ? tr("Validating and simulating…") : QString());
    m_busyLabel->setVisible(running);
    if (!busy)
        QTimer::singleShot(0, this, [this] {
            if (!isAnalysing())
                Q_EMIT analysisFinished();
        });
}

void MainWindow::updateAddressPlan()
{
    const DesignData &data = m_design->data();
    ObjectId vpc = 0;
    if (!m_selection.isEmpty()) {
        const ObjectId id = m_selection.first();
        vpc = data.enclosing(id, ObjectKind::Vpc);
        if (vpc == 0) {
            // A region (or something in one) selected: its first VPC.
            const ObjectId region = data.enclosing(id, ObjectKind::Region);
            for (ObjectId child : data.children(region)) {
                if (region != 0 && data.object(child)->kind == ObjectKind::Vpc) {
                    vpc = child;
                    break;
                }
            }
        }
    }
    if (vpc == 0) {
        const QList<ObjectId> vpcs = data.objectsOfKind(ObjectKind::Vpc);
        if (!vpcs.isEmpty())
            vpc = vpcs.first();
    }
    m_addressPlanDock->showVpc(vpc);
}

// ---------------------------------------------------------------------------------------------
// Revisions and crash recovery

bool MainWindow::saveRevision(const QString &name)
{
    if (m_filePath.isEmpty() && !m_interactive) {
        reportError(tr("Save revision failed"), tr("Save the design as a project file before storing a revision."));
        return false;
    }
    if ((m_filePath.isEmpty() || isWindowModified()) && !save())
        return false;
    QString error;
    if (ProjectFile::addRevision(m_filePath, name, m_design->snapshot(), &error) == 0) {
        reportError(tr("Save revision failed"),
                    tr("Could not store the revision in %1: %2").arg(QDir::toNativeSeparators(m_filePath), error));
        return false;
    }
    statusBar()->showMessage(tr("Stored revision \"%1\" in %2").arg(name, QFileInfo(m_filePath).fileName()), 5000);
    if (m_revisionsDialog)
        m_revisionsDialog->reload();
    return true;
}

RevisionsDialog *MainWindow::showRevisions()
{
    if (m_revisionsDialog && m_revisionsDialog->projectPath() != m_filePath)
        m_revisionsDialog->close();
    if (!m_revisionsDialog) {
        m_revisionsDialog = new RevisionsDialog(m_filePath, m_editor, m_scene, this);
        m_revisionsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_revisionsDialog, &RevisionsDialog::objectActivated, this, [this](ObjectId id) { selectObjects({id}); });
    } else {
        m_revisionsDialog->reload();
    }
    m_revisionsDialog->show();
    m_revisionsDialog->raise();
    m_revisionsDialog->activateWindow();
    return m_revisionsDialog;
}

void MainWindow::offerRecovery()
{
    if (!m_interactive)
        return;
    const QList<RecoveryCandidate> candidates = Autosaver::orphanedRecoveries();
    for (const RecoveryCandidate &candidate : candidates) {
        const QString name = candidate.documentPath.isEmpty()
            ? (candidate.designName.isEmpty() ? tr("Untitled") : candidate.designName)
            : QFileInfo(candidate.documentPath).fileName();
        QMessageBox box(QMessageBox::Warning, tr("Recover Unsaved Work"),
                        tr("Scaleplan did not close normally. Unsaved changes to \"%1\", autosaved %2, can be restored.")
                            .arg(name, QLocale().toString(candidate.savedUtc.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        box.setInformativeText(candidate.documentPath.isEmpty()
                                   ? tr("The design had not been saved as a project yet.")
                                   : tr("Project file: %1").arg(QDir::toNativeSeparators(candidate.documentPath)));
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == discard) {
            Autosaver::discardRecovery(candidate);
        } else if (box.clickedButton() == restore) {
            if (maybeSave() && restoreRecovery(candidate))
                return; // one restored design at a time; the others are offered at the next start
        }
    }
}

bool MainWindow::restoreRecovery(const RecoveryCandidate &candidate)
{
    QString error;
    const std::optional<DesignData> data = RecoveryStore::recover(candidate.recoveryPath, &error);
    if (!data) {
        reportError(tr("Recovery failed"), tr("Could not read the recovery file %1: %2")
                                                .arg(QDir::toNativeSeparators(candidate.recoveryPath), error));
        return false;
    }
    setDesign(*data, candidate.documentPath);
    m_editor->undoStack()->resetClean(); // modified and unsaved: Save writes it to its project
    Autosaver::discardRecovery(candidate);
    m_autosaver->autosaveNow(); // this session now owns the recovered work
    statusBar()->showMessage(tr("Restored unsaved work of %1").arg(QDir::toNativeSeparators(candidate.recoveryPath)), 8000);
    return true;
}

} // namespace Scaleplan
