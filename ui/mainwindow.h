#pragma once

#include "model/diagnostic.h"
#include "model/sim/simulator.h"
#include "ui/simulationdock.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QTableView;
class QTimer;
class QTreeView;
class QUndoStack;

namespace Scaleplan {

class Autosaver;
class CanvasScene;
class CanvasView;
class AddressPlanDock;
class Design;
class DesignData;
class DesignEditor;
class DesignTreeModel;
class DiagnosticsModel;
class DiagnosticsProxyModel;
class PropertyModel;
class RevisionsDialog;
struct RecoveryCandidate;
class SimulationDock;

/**
 * The Scaleplan main window: the canvas in the centre, docks for the design tree, the properties
 * of the selected object, diagnostics, the load simulation and the address plan of the selected
 * object's VPC.
 *
 * Ownership: the window owns the Design (the open document), its DesignEditor (undo stack) and
 * every view; views follow the Design's signals and change it only through the editor. Selection
 * is kept as object ids and mirrored between canvas and tree with a guard, so neither side echoes
 * the other's change back.
 *
 * Analysis: every Design::changed restarts a 500 ms debounce; when it fires, validation
 * (Validator::validate) and simulation (Simulator::runScenarios) run on a snapshot of the design
 * with QtConcurrent::run, watched by QFutureWatchers; a change during a run queues one more run
 * after it. analysisFinished() is emitted when both results are current and nothing is pending.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Replaces the document (clears the undo stack). `filePath` is the project file it was read
    /// from or saved to; empty for a new or imported design (Save then asks for a file).
    void setDesign(const DesignData &data, const QString &filePath = {});
    /// Opens a .scaleplan project or imports any document DesignLoader reads. On failure returns
    /// false, fills *error (naming the file and why) and, when interactive, shows a message box.
    bool openFile(const QString &path, QString *error = nullptr);
    /// Saves the design as a project file at `path` (ProjectFile::save); marks the undo stack clean.
    bool saveTo(const QString &path, QString *error = nullptr);

    /// Selects `ids` on the canvas and in the tree and shows the first one's properties.
    void selectObjects(const QList<ObjectId> &ids);
    QList<ObjectId> selectedObjects() const { return m_selection; }

    /// When false, errors are reported in the status bar only (no modal message boxes, no
    /// "save changes?" question): for tests and --screenshot.
    void setInteractive(bool interactive) { m_interactive = interactive; }

    Design *design() const { return m_design; }
    DesignEditor *editor() const { return m_editor; }
    CanvasScene *canvasScene() const { return m_scene; }
    CanvasView *canvasView() const { return m_view; }
    QTreeView *designTreeView() const { return m_treeView; }
    QTreeView *propertyView() const { return m_propertyView; }
    QTableView *diagnosticsView() const { return m_diagnosticsView; }
    DesignTreeModel *designTreeModel() const { return m_treeModel; }
    PropertyModel *propertyModel() const { return m_propertyModel; }
    DiagnosticsModel *diagnosticsModel() const { return m_diagnosticsModel; }
    SimulationDock *simulationDock() const { return m_simulationDock; }
    ScalingChartsView *simulationChart() const { return m_simulationDock->charts(); }
    QComboBox *scenarioCombo() const { return m_simulationDock->scenarioCombo(); }
    AddressPlanDock *addressPlanDock() const { return m_addressPlanDock; }
    QAction *planSubnetsAction() const { return m_planSubnetsAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    /// Crash recovery (autosave of unsaved work), see ui/autosaver.h.
    Autosaver *autosaver() const { return m_autosaver; }
    /// Stores the current design as a named revision in the project file, saving the file first
    /// when it is unsaved or modified (asking for a path when it has none). False on failure.
    bool saveRevision(const QString &name);
    /// Opens (or raises) the non-modal Revisions dialog of the project file.
    RevisionsDialog *showRevisions();
    /// Looks for recovery files of crashed sessions and offers each: Restore (as a modified,
    /// unsaved design), Discard, or Later (asked again at the next start).
    void offerRecovery();
    /// Restores a crashed session's work as a modified, unsaved design belonging to the project
    /// file it came from, and deletes that recovery file. False (file kept) when it is unreadable.
    bool restoreRecovery(const RecoveryCandidate &candidate);

    /// Import diagnostics followed by the latest validation results.
    QList<Diagnostic> diagnostics() const { return m_diagnostics; }
    QList<ScenarioResult> simulationResults() const { return m_results; }
    /// True while an analysis run is scheduled, running, or queued.
    bool isAnalysing() const;

Q_SIGNALS:
    /// Validation and simulation results are current and no run is pending.
    void analysisFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void readSettings();
    void writeSettings() const;

    void newDesign();
    void openDialog();
    void importDialog();
    bool save();
    bool saveAs();
    void exportManifests();
    void deleteSelection();
    void about();
    bool maybeSave();
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void updateTitle();
    void reportError(const QString &title, const QString &message);

    void onTreeSelectionChanged();
    void onCanvasSelectionChanged(const QList<ObjectId> &ids);
    void onSelectionChanged();
    void showDiagnosticMenu(const QPoint &pos);
    void onDiagnosticActivated(const QModelIndex &index);

    void scheduleAnalysis();
    void startAnalysis();
    void onValidationFinished();
    void onSimulationFinished();
    void updateBusyIndicator();
    void updateAddressPlan();

    Design *m_design = nullptr;
    DesignEditor *m_editor = nullptr;
    CanvasScene *m_scene = nullptr;
    CanvasView *m_view = nullptr;
    DesignTreeModel *m_treeModel = nullptr;
    PropertyModel *m_propertyModel = nullptr;
    DiagnosticsModel *m_diagnosticsModel = nullptr;
    DiagnosticsProxyModel *m_diagnosticsProxy = nullptr;
    QTreeView *m_treeView = nullptr;
    QTreeView *m_propertyView = nullptr;
    QTableView *m_diagnosticsView = nullptr;
    SimulationDock *m_simulationDock = nullptr;
    AddressPlanDock *m_addressPlanDock = nullptr;
    QAction *m_planSubnetsAction = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    Autosaver *m_autosaver = nullptr;
    QAction *m_saveRevisionAction = nullptr;
    QAction *m_revisionsAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QPointer<RevisionsDialog> m_revisionsDialog;

    QString m_filePath;
    QList<ObjectId> m_selection;
    bool m_syncingSelection = false;
    bool m_interactive = true;
    bool m_fittedOnce = false;

    QTimer *m_debounce = nullptr;
    QFutureWatcher<QList<Diagnostic>> m_validationWatcher;
    QFutureWatcher<QList<ScenarioResult>> m_simulationWatcher;
    bool m_rerunQueued = false;
    QList<Diagnostic> m_diagnostics;
    QList<ScenarioResult> m_results;
};

} // namespace Scaleplan
