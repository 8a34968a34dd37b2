#pragma once

#include "model/sim/simulator.h"

#include <QColor>
#include <QList>
#include <QVector>
#include <QWidget>
#include <limits>
#include <optional>

class QChartView;
class QLabel;
class QLineSeries;
class QScrollArea;
class QValueAxis;

namespace Scaleplan {

class ScalingChartPanel;

/**
 * The scaling curves of one simulated load scenario (Simulator::runScenario), as a stack of
 * charts sharing one time axis, top to bottom:
 *  - Load: offered and served requests/s, refused requests/s (errors);
 *  - Replicas: desired (spec.replicas after the HPA sync) and ready pods, as step lines;
 *  - Nodes: the NodePool's nodes and the pods waiting for one (step lines);
 *  - CPU: the ready pods' average CPU in percent of their request;
 *  - Latency: p50, p95 and p99 response time in ms;
 *  - Cost: the nodes' price in USD per hour.
 * A series whose vector is empty (not produced by the simulator) is not drawn; a panel with no
 * drawn series is hidden, and so are Nodes and Cost when every value is 0 (no NodePool). Errors
 * and pending pods are drawn only when some value is not 0.
 *
 * Interaction: a vertical time cursor follows the mouse across every chart, with a readout of
 * every drawn value at that time above the charts (sample-and-hold: the last sample at or before
 * the cursor). Dragging horizontally on any chart zooms every chart to that time span, the wheel
 * zooms around the mouse, a double-click (or "Reset zoom") shows the whole run. The context menu
 * exports the chart under the mouse or the whole stack as PNG or SVG, and the data as CSV.
 *
 * Baseline overlay: setBaseline() draws a second result dashed in the same colours under the
 * current one (e.g. the design before an HPA edit), and the readout shows both values.
 *
 * Drawing: every series is decimated for the chart's plot width with SeriesDecimator (min/max per
 * device pixel column, so peaks survive) over the visible time span; the data kept here is the full
 * result (the CSV export writes every sample). The view never simulates; it shows copies. Each
 * chart's curves are drawn by one layer of its own (not by QtCharts' series items) into an image of
 * the plot area that repaints reuse until the data, the span, the value range or the size change;
 * grid, axes and ticks are drawn without antialiasing (crisp, and several times cheaper), the
 * curves, the cursor and all text with it. A 24-hour run at 1 s repaints the six charts in a few
 * ms (tests/benchmarks/bench_widget_charts.cpp).
 */
class ScalingChartsView : public QWidget
{
    Q_OBJECT
public:
    enum class Panel { Load, Replicas, Nodes, Cpu, Latency, Cost };
    static constexpr int kPanelCount = 6;

    /// One value of the readout: `value` of the current result and `baselineValue` of the
    /// baseline at the cursor time (NaN when there is no baseline or it lacks the series).
    struct CursorValue {
        Panel panel = Panel::Load;
        QString key;    ///< the CSV column name, e.g. "desired_replicas"
        QString label;  ///< translated series name, e.g. "Desired"
        QString unit;   ///< "req/s", "%", "ms", "USD/h" or empty
        double value = std::numeric_limits<double>::quiet_NaN();
        double baselineValue = std::numeric_limits<double>::quiet_NaN();
        QColor color;
    };

    explicit ScalingChartsView(QWidget *parent = nullptr);
    ~ScalingChartsView() override;

    /// Shows `result` (the zoom is kept when the run has the same length, else reset); an empty
    /// series shows the result's notes instead of charts.
    void setResult(const ScenarioResult &result);
    /// Shows `message` (e.g. "No load scenario in this design") and no data; keeps the baseline.
    void clear(const QString &message = {});
    ScenarioResult result() const { return m_result; }

    /// Draws `baseline` dashed under the current curves.
    void setBaseline(const ScenarioResult &baseline);
    void clearBaseline();
    bool hasBaseline() const { return m_hasBaseline; }
    ScenarioResult baseline() const { return m_baseline; }

    /// Peaks, dropped requests, cost and seconds over the SLO of the current result, then the
    /// simulator's notes; with a baseline, its peaks in parentheses. Empty when nothing is shown.
    QString summaryText() const;

    /// Puts the shared cursor at `seconds` of simulated time (NaN hides it).
    void setCursorTime(double seconds);
    double cursorTime() const { return m_cursorSeconds; }
    /// Every drawn series' value at the cursor (empty when the cursor is hidden).
    QList<CursorValue> cursorValues() const;
    /// The readout line above the charts, as plain text.
    QString readoutText() const;

    /// Zooms every chart to [fromSeconds, toSeconds] (clamped to the run; at least 2 steps wide).
    void setTimeRange(double fromSeconds, double toSeconds);
    void resetZoom();
    double visibleFromSeconds() const { return m_fromSeconds; }
    double visibleToSeconds() const { return m_toSeconds; }
    /// The time axis unit: 60 (minutes) for runs up to 3 hours, else 3600 (hours).
    double timeUnitSeconds() const { return m_unitSeconds; }

    QChartView *chartView(Panel panel) const;
    bool isPanelShown(Panel panel) const;
    /// The drawn series of a panel (current or baseline), in legend order; hidden ones included.
    /// They hold the decimated points, pens and visibility that the panel's curve layer draws and
    /// are not added to the chart (its legend shows point-less twins of the current ones).
    QList<QLineSeries *> series(Panel panel, bool baseline = false) const;
    /// The series drawing CSV column `key` ("offered_rps", ...), or nullptr.
    QLineSeries *seriesForKey(const QString &key, bool baseline = false) const;

    /**
     * Every sample of the current result as CSV (RFC 4180, '\n' line ends): `time_s` then one
     * column per non-empty series (offered_rps, served_rps, errors_per_s, desired_replicas,
     * ready_replicas, nodes, pending_pods, cpu_utilisation_percent, latency_p50_ms,
     * latency_p95_ms, latency_p99_ms, cost_usd_per_hour); with a baseline, `baseline_<column>`
     * columns holding the baseline's sample at or before each time. Numbers in C locale, up to
     * 10 significant digits. Empty when no result is shown.
     */
    QByteArray csv() const;
    /// Writes csv() atomically (QSaveFile). False with *error naming the file and why.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    /**
     * Writes one chart (`panel`) or the whole visible stack (std::nullopt) as SVG when `path`
     * ends in ".svg" (QSvgGenerator, vector), else as a raster image in the format its suffix
     * names (PNG by default), atomically (QSaveFile). The cursor is left out. False with *error.
     */
    bool exportImage(const QString &path, std::optional<Panel> panel = std::nullopt, QString *error = nullptr);
    /// Asks for a file name (QFileDialog, remembering the folder) and calls exportImage(); a
    /// failure is shown in a message box.
    void exportImageDialog(std::optional<Panel> panel, bool svg);
    /// Asks for a file name and calls exportCsv(); a failure is shown in a message box.
    void exportCsvDialog();

    /// Implementation details (defined in the .cpp): one drawn quantity and its two series.
    struct SeriesDef;
    struct SeriesSlot;

Q_SIGNALS:
    void cursorTimeChanged(double seconds);
    void timeRangeChanged(double fromSeconds, double toSeconds);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    friend class ScalingChartPanel;

    void buildPanels();
    void refresh();
    void redecimate();
    void updatePanelVisibility();
    void updateAxes();
    void updateReadout();
    void scheduleAlignment();
    void alignPlotAreas();
    void showContextMenu(ScalingChartPanel *panel, const QPoint &globalPos);
    double runEndSeconds() const;
    double runStartSeconds() const;

    ScenarioResult m_result;
    ScenarioResult m_baseline;
    bool m_hasBaseline = false;
    QString m_message;

    QLabel *m_readout = nullptr;
    QLabel *m_messageLabel = nullptr;
    QScrollArea *m_scroll = nullptr;
    QList<ScalingChartPanel *> m_panels;
    QList<SeriesSlot> m_slots;

    double m_cursorSeconds = std::numeric_limits<double>::quiet_NaN();
    double m_fromSeconds = 0;
    double m_toSeconds = 600;
    double m_unitSeconds = 60;
    bool m_alignScheduled = false;
    bool m_exporting = false;
};

} // namespace Scaleplan
