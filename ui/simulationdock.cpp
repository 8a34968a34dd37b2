#include "ui/simulationdock.h"

#include "model/design.h"
#include "ui/metricreplaypanel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTabWidget>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace Scaleplan {

SimulationDock::SimulationDock(Design *design, QWidget *parent)
    : QDockWidget(tr("Simulation"), parent)
    , m_design(design)
{
    setObjectName(QStringLiteral("simulationDock"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("simulationTabs"));
    m_tabs->setDocumentMode(true);

    // Curves.
    auto *curves = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(curves);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    auto *row = new QHBoxLayout;
    auto *scenarioLabel = new QLabel(tr("&Scenario:"), curves);
    m_scenarioCombo = new QComboBox(curves);
    m_scenarioCombo->setObjectName(QStringLiteral("scenarioCombo"));
    m_scenarioCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenarioCombo->setMinimumContentsLength(12);
    scenarioLabel->setBuddy(m_scenarioCombo);
    row->addWidget(scenarioLabel);
    row->addWidget(m_scenarioCombo);
    auto *objectLabel = new QLabel(tr("&Object:"), curves);
    m_objectCombo = new QComboBox(curves);
    m_objectCombo->setObjectName(QStringLiteral("simulationObjectCombo"));
    m_objectCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_objectCombo->setMinimumContentsLength(24);
    m_objectCombo->setToolTip(tr("Whose curves to show: the whole design, or one simulated workload, queue, function "
                                 "or tier (selecting it in the design does the same)."));
    objectLabel->setBuddy(m_objectCombo);
    row->addWidget(objectLabel);
    row->addWidget(m_objectCombo, 1);
    layout->addLayout(row);
    // The actions on a second row, so the combos keep their full text.
    row = new QHBoxLayout;
    m_busyLabel = new QLabel(tr("Re-simulating…"), curves);
    m_busyBar = new QProgressBar(curves);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(70);
    m_busyBar->setMaximumHeight(12);
    m_busyBar->setTextVisible(false);
    row->addWidget(m_busyLabel);
    row->addWidget(m_busyBar);
    row->addStretch(1);

    m_pinAction = new QAction(tr("Pin as Baseline"), this);
    m_pinAction->setObjectName(QStringLiteral("pinBaselineAction"));
    m_pinAction->setToolTip(tr("Keep the current curves; after the next change the re-simulated curves are drawn over "
                               "them (the pinned ones dashed)."));
    m_clearAction = new QAction(tr("Clear Baseline"), this);
    m_clearAction->setObjectName(QStringLiteral("clearBaselineAction"));
    m_resetZoomAction = new QAction(tr("Whole Run"), this);
    m_resetZoomAction->setToolTip(tr("Show the whole run (or double-click a chart)."));
    for (QAction *action : {m_pinAction, m_clearAction, m_resetZoomAction}) {
        auto *button = new QToolButton(curves);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        row->addWidget(button);
    }
    m_exportButton = new QToolButton(curves);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setObjectName(QStringLiteral("chartExportButton"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setAutoRaise(true);
    auto *exportMenu = new QMenu(m_exportButton);
    m_exportButton->setMenu(exportMenu);
    row->addWidget(m_exportButton);
    layout->addLayout(row);

    m_baselineLabel = new QLabel(curves);
    m_baselineLabel->setObjectName(QStringLiteral("baselineLabel"));
    m_baselineLabel->setVisible(false);
    layout->addWidget(m_baselineLabel);

    m_charts = new ScalingChartsView(curves);
    m_charts->setObjectName(QStringLiteral("scalingCharts"));
    layout->addWidget(m_charts, 1);
    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLabel(curves);
    m_summary->setObjectName(QStringLiteral("simulationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryRow->addWidget(m_summary, 1);
    m_notesButton = new QToolButton(curves);
    m_notesButton->setObjectName(QStringLiteral("simulationNotesButton"));
    m_notesButton->setCheckable(true);
    m_notesButton->setAutoRaise(true);
    m_notesButton->setToolTip(tr("What the simulation assumed and left out for this scenario"));
    summaryRow->addWidget(m_notesButton, 0, Qt::AlignTop);
    layout->addLayout(summaryRow);
    m_notes = new QPlainTextEdit(curves);
    m_notes->setObjectName(QStringLiteral("simulationNotes"));
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(110);
    m_notes->setVisible(false);
    layout->addWidget(m_notes);
    connect(m_notesButton, &QToolButton::toggled, m_notes, &QWidget::setVisible);
    m_tabs->addTab(curves, tr("Curves"));

    exportMenu->addAction(tr("All Charts as PNG…"), this, [this] { m_charts->exportImageDialog(std::nullopt, false); });
    exportMenu->addAction(tr("All Charts as SVG…"), this, [this] { m_charts->exportImageDialog(std::nullopt, true); });
    exportMenu->addAction(tr("Data as CSV…"), this, [this] { m_charts->exportCsvDialog(); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("One chart: right-click it"))->setEnabled(false);

    // Replay.
    m_replay = new MetricReplayPanel(design, m_tabs);
    m_replay->setObjectName(QStringLiteral("metricReplayPanel"));
    m_tabs->addTab(m_replay, tr("Replay"));
    setWidget(m_tabs);

    connect(m_scenarioCombo, &QComboBox::currentIndexChanged, this, [this](int) {
        fillObjectCombo();
        showSelectedScenario();
    });
    connect(m_objectCombo, &QComboBox::activated, this, [this](int index) {
        m_objectId = m_objectCombo->itemData(index).value<ObjectId>();
        showSelectedScenario();
    });
    connect(m_pinAction, &QAction::triggered, this, &SimulationDock::pinBaseline);
    connect(m_clearAction, &QAction::triggered, this, &SimulationDock::clearBaseline);
    connect(m_resetZoomAction, &QAction::triggered, m_charts, &ScalingChartsView::resetZoom);
    connect(m_charts, &ScalingChartsView::timeRangeChanged, this, [this] { updateActions(); });
    setBusy(false);
    showSelectedScenario();
}

void SimulationDock::setResults(const QList<ScenarioResult> &results)
{
    m_results = results;
    const ObjectId current = m_scenarioCombo->currentData().value<ObjectId>();
    {
        const QSignalBlocker blocker(m_scenarioCombo);
        m_scenarioCombo->clear();
        int select = -1;
        for (int i = 0; i < m_results.size(); ++i) {
            const ScenarioResult &r = m_results[i];
            m_scenarioCombo->addItem(r.scenario, QVariant::fromValue(r.scenarioId));
            if (r.scenarioId == current)
                select = i;
        }
        if (select < 0) {
            // Default: the peak-load scenario of the reference design, else the first one.
            select = m_scenarioCombo->findText(QStringLiteral("peak-load"));
            if (select < 0 && !m_results.isEmpty())
                select = 0;
        }
        m_scenarioCombo->setCurrentIndex(select);
        m_scenarioCombo->setEnabled(!m_results.isEmpty());
    }
    fillObjectCombo();
    showSelectedScenario();
}

void SimulationDock::fillObjectCombo()
{
    const QSignalBlocker blocker(m_objectCombo);
    m_objectCombo->clear();
    const int index = m_scenarioCombo->currentIndex();
    if (index < 0 || index >= m_results.size()) {
        m_objectCombo->setEnabled(false);
        return;
    }
    const ScenarioResult &r = m_results[index];
    m_objectCombo->addItem(tr("Whole design (load on %1)").arg(r.workload), QVariant::fromValue(ObjectId(0)));
    for (const ObjectResult &o : r.objects) {
        const QString scaler = o.scaler.isEmpty() || o.scaler == QLatin1String("-") ? QString()
                                                                                     : QStringLiteral(", %1").arg(o.scaler);
        m_objectCombo->addItem(QStringLiteral("%1 (%2%3)").arg(o.name, kindName(o.kind), scaler),
                               QVariant::fromValue(o.objectId));
    }
    const int select = m_objectCombo->findData(QVariant::fromValue(m_objectId));
    m_objectCombo->setCurrentIndex(select >= 0 ? select : 0);
    m_objectCombo->setEnabled(m_objectCombo->count() > 1);
}

bool SimulationDock::showObject(ObjectId objectId)
{
    bool known = objectId == 0;
    for (const ScenarioResult &r : std::as_const(m_results))
        known = known || r.objectResult(objectId);
    if (!known)
        return false;
    m_objectId = objectId;
    fillObjectCombo();
    showSelectedScenario();
    return true;
}

ScenarioResult SimulationDock::viewOf(const ScenarioResult &result, ObjectId objectId)
{
    const ObjectResult *o = objectId ? result.objectResult(objectId) : nullptr;
    if (!o)
        return result;
    ScenarioResult view = result;
    view.workload = o->name;
    view.workloadId = o->objectId;
    view.series = o->series;
    view.peakReplicas = o->peakReplicas;
    view.peakLatencyP95Ms = o->peakLatencyP95Ms;
    view.droppedRequests = o->droppedRequests;
    view.totalCostUsd = o->costUsd;
    view.peakCpuUtilisationPercent = 0;
    for (double v : o->series.cpuUtilisationPercent)
        view.peakCpuUtilisationPercent = std::max(view.peakCpuUtilisationPercent, v);
    view.peakNodes = 0;
    for (double v : o->series.nodes)
        view.peakNodes = std::max(view.peakNodes, v);
    view.secondsOverSlo = 0;
    view.dependents.clear();
    view.costBreakdownUsd.clear();
    QStringList notes;
    if (o->kind == ObjectKind::SqsQueue) {
        double peak = 0;
        for (double depth : o->queueDepth)
            peak = std::max(peak, depth);
        notes.append(tr("%1: at most %2 messages waiting; received = what its consumers took.")
                         .arg(o->name, QLocale().toString(peak, 'f', 0)));
    }
    if (o->sampleStride > 1)
        notes.append(tr("Each point is the maximum over %1 simulation steps.").arg(o->sampleStride));
    for (const QString &note : result.notes) {
        if (note.contains(o->name))
            notes.append(note);
    }
    view.notes = notes;
    return view;
}

void SimulationDock::setSelectedObject(ObjectId id)
{
    if (!m_design || !m_design->data().contains(id))
        return;
    const ObjectKind kind = m_design->data().object(id)->kind;
    if (kind == ObjectKind::LoadScenario) {
        const int index = m_scenarioCombo->findData(QVariant::fromValue(id));
        if (index >= 0)
            m_scenarioCombo->setCurrentIndex(index);
    } else if (kind == ObjectKind::HorizontalPodAutoscaler || kind == ObjectKind::ScaledObject) {
        m_replay->setAutoscaler(id);
        // ... and the curves of the workload it scales.
        const DesignObject *scaler = m_design->data().object(id);
        const QString target = scaler->field(QStringLiteral("spec.scaleTargetRef.name")).toString();
        const ObjectId workload = m_design->data().findByName(ObjectKind::Deployment, target);
        if (workload && !showObject(workload)) {
            m_objectId = workload; // shown once a simulation has it
            fillObjectCombo();
        }
    } else if (kind == ObjectKind::Deployment || kind == ObjectKind::SqsQueue || kind == ObjectKind::LambdaFunction
               || kind == ObjectKind::AuroraCluster || kind == ObjectKind::ElastiCacheReplicationGroup
               || kind == ObjectKind::DynamoDBTable) {
        if (!showObject(id)) {
            m_objectId = id; // shown once a simulation has it
            fillObjectCombo();
        }
    }
}

void SimulationDock::setBusy(bool simulating)
{
    m_busyLabel->setVisible(simulating);
    m_busyBar->setVisible(simulating);
}

void SimulationDock::pinBaseline()
{
    m_baselines.clear();
    for (const ScenarioResult &r : std::as_const(m_results)) {
        if (!r.series.timeSeconds.isEmpty())
            m_baselines.insert(r.scenarioId, r);
    }
    m_baselineLabel->setText(tr("Baseline pinned at %1: the dashed curves; the solid ones follow your edits.")
                                 .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    showSelectedScenario();
}

void SimulationDock::clearBaseline()
{
    m_baselines.clear();
    showSelectedScenario();
}

QString SimulationDock::summaryText() const
{
    return m_summary->text();
}

QString SimulationDock::notesText() const
{
    return m_notes->toPlainText();
}

void SimulationDock::showSelectedScenario()
{
    const int index = m_scenarioCombo->currentIndex();
    if (index < 0 || index >= m_results.size()) {
        const bool noScenario = m_design && m_design->data().objectsOfKind(ObjectKind::LoadScenario).isEmpty();
        m_charts->clearBaseline();
        m_charts->clear(noScenario ? tr("No load scenario in this design") : tr("Simulating…"));
        m_summary->clear();
        updateActions();
        return;
    }
    ScenarioResult result = viewOf(m_results[index], m_objectId);
    // The notes go to their own panel (they can be long); the charts show their message only
    // when the scenario could not run.
    const QStringList notes = result.notes;
    if (!result.series.timeSeconds.isEmpty())
        result.notes.clear();
    m_notes->setPlainText(notes.isEmpty() ? QString() : QString(QStringLiteral("• ") + notes.join(QStringLiteral("\n• "))));
    m_notesButton->setText(tr("Notes (%1)").arg(notes.size()));
    m_notesButton->setEnabled(!notes.isEmpty());
    m_charts->setResult(result);
    const auto baseline = m_baselines.constFind(result.scenarioId);
    if (baseline != m_baselines.cend())
        m_charts->setBaseline(viewOf(*baseline, m_objectId));
    else
        m_charts->clearBaseline();
    m_summary->setText(m_charts->summaryText());
    updateActions();
}

void SimulationDock::updateActions()
{
    const bool hasData = !m_charts->result().series.timeSeconds.isEmpty();
    m_pinAction->setEnabled(hasData);
    m_clearAction->setEnabled(!m_baselines.isEmpty());
    m_exportButton->setEnabled(hasData);
    m_resetZoomAction->setEnabled(hasData
                                  && (m_charts->visibleFromSeconds() > m_charts->result().series.timeSeconds.first()
                                      || m_charts->visibleToSeconds() < m_charts->result().series.timeSeconds.last()));
    m_baselineLabel->setVisible(!m_baselines.isEmpty());
}

} // namespace Scaleplan
