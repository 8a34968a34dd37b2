#pragma once

#include "model/sim/simulator.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace Scaleplan {

/**
 * A chart of one simulated load scenario (Simulator::runScenario): desired and ready replicas as
 * step lines on the left axis, offered load in requests per second on a right axis, and the
 * average CPU utilisation of the ready pods in percent of their request on a second right axis,
 * over time in minutes. Dark theme, thick lines and large fonts so it reads on a projector.
 *
 * The view keeps a copy of the result it shows; it never runs the simulation itself (the main
 * window does that off the GUI thread).
 */
class SimulationChartView : public QChartView
{
    Q_OBJECT
public:
    explicit SimulationChartView(QWidget *parent = nullptr);

    /// Shows `result`; an empty series shows the result's notes as the title instead.
    void setResult(const ScenarioResult &result);
    /// Shows `message` (e.g. "No load scenario in this design") and no data.
    void clear(const QString &message = {});

    ScenarioResult result() const { return m_result; }
    /// One or two sentences for a label beside the chart: peaks, dropped requests and the
    /// simulator's notes. Empty when nothing is shown.
    QString summaryText() const;
    /// The plotted series (for tests and accessibility): desired replicas, ready replicas,
    /// offered rps, CPU %.
    QLineSeries *desiredReplicasSeries() const { return m_desired; }
    QLineSeries *readyReplicasSeries() const { return m_ready; }
    QLineSeries *offeredRpsSeries() const { return m_offered; }
    QLineSeries *cpuSeries() const { return m_cpu; }

private:
    ScenarioResult m_result;
    QLineSeries *m_desired = nullptr;
    QLineSeries *m_ready = nullptr;
    QLineSeries *m_offered = nullptr;
    QLineSeries *m_cpu = nullptr;
    QValueAxis *m_time = nullptr;
    QValueAxis *m_replicas = nullptr;
    QValueAxis *m_rps = nullptr;
    QValueAxis *m_cpuAxis = nullptr;
};

} // namespace Scaleplan
