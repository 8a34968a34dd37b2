#pragma once

#include "model/sim/simulator.h"
#include "widgets/charts/scalingchartsview.h"

#include <QDockWidget>
#include <QHash>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTabWidget;
class QToolButton;

namespace Scaleplan {

class Design;
class MetricReplayPanel;

/**
 * The "Simulation" dock: a "Curves" tab with the scenario combo, the scaling curves
 * (ScalingChartsView) and a summary, and a "Replay" tab (MetricReplayPanel).
 *
 * The main window runs the simulation (off the GUI thread) and hands every finished run to
 * setResults(); setBusy() shows that a re-simulation is running. "Pin as baseline" keeps the
 * results shown at that moment, one per scenario: from then on every re-simulated scenario is
 * drawn over its pinned version (dashed), so an edit in Properties (e.g. an HPA behavior) shows
 * its effect against the design before the edit. Baselines are kept by scenario id until "Clear
 * baseline" or setResults() after a new design (clearBaseline()).
 *
 * The dock reads the Design only to list the autoscalers for the replay and to tell "no
 * scenario" from "still simulating"; it never edits it.
 */
class SimulationDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SimulationDock(Design *design, QWidget *parent = nullptr);

    /// Replaces the shown results (keeps the chosen scenario when it still exists, else
    /// "peak-load", else the first) and redraws the curves with their baselines.
    void setResults(const QList<ScenarioResult> &results);
    QList<ScenarioResult> results() const { return m_results; }
    /// Follows the main window's selection: a LoadScenario becomes the shown scenario, an HPA or
    /// ScaledObject the replay's autoscaler, a simulated object (Deployment, queue, function,
    /// database, cache, table) the object whose curves are shown; an autoscaler also shows the
    /// curves of the workload it scales. Other kinds are ignored.
    void setSelectedObject(ObjectId id);
    /// Shows the curves of `objectId` in every scenario (0: the whole design — the entry
    /// workload's load, replicas and latency with the design's nodes and cost). False when no
    /// result has that object.
    bool showObject(ObjectId objectId);
    QComboBox *objectCombo() const { return m_objectCombo; }
    /// `result` as seen for one of its objects (ScenarioResult::objects): that object's series,
    /// peaks and cost, and the notes that name it. `objectId` 0 or unknown: `result` itself.
    static ScenarioResult viewOf(const ScenarioResult &result, ObjectId objectId);
    /// Shows or hides the "re-simulating" indicator.
    void setBusy(bool simulating);

    /// Pins every current result as the baseline of its scenario.
    void pinBaseline();
    void clearBaseline();
    bool hasBaseline() const { return !m_baselines.isEmpty(); }

    QComboBox *scenarioCombo() const { return m_scenarioCombo; }
    ScalingChartsView *charts() const { return m_charts; }
    MetricReplayPanel *replayPanel() const { return m_replay; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *pinBaselineAction() const { return m_pinAction; }
    QAction *clearBaselineAction() const { return m_clearAction; }
    /// The summary under the charts (ScalingChartsView::summaryText()), without the notes.
    QString summaryText() const;
    /// The notes of the shown scenario / object, one per line (the "Notes" panel).
    QString notesText() const;

private:
    void showSelectedScenario();
    void fillObjectCombo();
    void updateActions();

    Design *m_design = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_scenarioCombo = nullptr;
    QComboBox *m_objectCombo = nullptr;
    ObjectId m_objectId = 0;
    ScalingChartsView *m_charts = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_notesButton = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_baselineLabel = nullptr;
    MetricReplayPanel *m_replay = nullptr;
    QAction *m_pinAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QToolButton *m_exportButton = nullptr;

    QList<ScenarioResult> m_results;
    QHash<ObjectId, ScenarioResult> m_baselines;
};

} // namespace Scaleplan
