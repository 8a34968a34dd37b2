// Benchmark of the scaling curves (ScalingChartsView): prints figures, not a pass/fail test.
// A 24-hour run at 1 s resolution (86,400 samples x 12 series: a diurnal wave with spikes) in a
// 900 x 1000 view with six charts. Printed:
//  - setResult: copy + decimation of every series to the plot width + QLineSeries::replace;
//  - repaint: QWidget::repaint of every chart's viewport (one frame of the whole stack), mean and
//    max over 100 frames, and of the Load chart alone — the target is <= 16 ms per
//    repaint after decimation;
//  - cursor: setCursorTime + the repaint it schedules (strips under the old and new line, the
//    readout), i.e. what one mouse move costs;
//  - zoom: setTimeRange to one hour (re-decimation) + repaint;
//  - for comparison, one QChartView repaint with the same 86,400 points undecimated.
// Runs offscreen (QT_QPA_PLATFORM=offscreen unless set).

#include "widgets/charts/scalingchartsview.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Scaleplan;

namespace {

ScenarioResult dayRun()
{
    ScenarioResult r;
    r.scenario = QStringLiteral("day");
    TimeSeries &s = r.series;
    const int n = 86400;
    for (QVector<double> *v : {&s.timeSeconds, &s.offeredRps, &s.servedRps, &s.errors, &s.desiredReplicas,
                               &s.readyReplicas, &s.nodes, &s.pendingPods, &s.cpuUtilisationPercent, &s.latencyP50Ms,
                               &s.latencyP95Ms, &s.latencyP99Ms, &s.costUsdPerHour})
        v->reserve(n);
    for (int i = 0; i < n; ++i) {
        const double wave = 0.5 - 0.5 * std::cos(2 * M_PI * i / n);
        const double offered = 200 + 1800 * wave + (i % 3613 == 0 ? 3000 : 0) + 40 * std::sin(i * 0.7);
        const double replicas = std::ceil(offered / 150);
        s.timeSeconds << i;
        s.offeredRps << offered;
        s.servedRps << std::min(offered, 2400.0);
        s.errors << std::max(0.0, offered - 2400.0);
        s.desiredReplicas << replicas;
        s.readyReplicas << std::max(1.0, replicas - (i % 60 < 30 ? 1 : 0));
        s.nodes << std::ceil(replicas / 4);
        s.pendingPods << (i % 60 < 30 ? 1 : 0);
        s.cpuUtilisationPercent << 40 + 40 * wave;
        s.latencyP95Ms << 50 / (1 - std::min(0.95, 0.3 + 0.6 * wave));
        s.latencyP50Ms << s.latencyP95Ms.last() * std::log(2.0) / std::log(20.0);
        s.latencyP99Ms << s.latencyP95Ms.last() * std::log(100.0) / std::log(20.0);
        s.costUsdPerHour << 0.192 * s.nodes.last();
    }
    return r;
}

struct Stats {
    double meanMs = 0, maxMs = 0;
};

template<typename F>
Stats measure(int runs, F &&frame)
{
    Stats stats;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        frame(i);
        const double ms = timer.nsecsElapsed() / 1e6;
        stats.meanMs += ms / runs;
        stats.maxMs = std::max(stats.maxMs, ms);
    }
    return stats;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const ScenarioResult day = dayRun();

    ScalingChartsView view;
    view.resize(900, 1000);
    view.show();
    QApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    view.setResult(day);
    const double setMs = timer.nsecsElapsed() / 1e6;
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents(); // plot-area alignment + decimation for the final widths

    int points = 0;
    for (int p = 0; p < ScalingChartsView::kPanelCount; ++p) {
        for (QLineSeries *s : view.series(ScalingChartsView::Panel(p)))
            points += s->isVisible() ? int(s->count()) : 0;
    }
    auto repaintAll = [&](int) {
        for (int p = 0; p < ScalingChartsView::kPanelCount; ++p) {
            QChartView *chart = view.chartView(ScalingChartsView::Panel(p));
            if (chart->isVisible())
                chart->viewport()->repaint();
        }
    };
    const Stats repaint = measure(100, repaintAll);
    QChartView *loadChart = view.chartView(ScalingChartsView::Panel::Load);
    const Stats repaintOne = measure(100, [&](int) { loadChart->viewport()->repaint(); });
    // A cursor move repaints only the strips under the old and new line (what the mouse costs).
    const Stats cursor = measure(100, [&](int i) {
        view.setCursorTime(i * 864.0);
        QApplication::processEvents();
    });
    const Stats zoom = measure(20, [&](int i) {
        view.setTimeRange(i * 3600.0, (i + 1) * 3600.0);
        repaintAll(i);
    });

    // The same day undecimated, in one plain chart of the same size as one of the stack's.
    QChartView raw;
    raw.resize(900, 160);
    auto *series = new QLineSeries;
    QList<QPointF> all;
    all.reserve(day.series.timeSeconds.size());
    for (qsizetype i = 0; i < day.series.timeSeconds.size(); ++i)
        all.append(QPointF(day.series.timeSeconds[i] / 3600, day.series.offeredRps[i]));
    series->replace(all);
    raw.chart()->addSeries(series);
    raw.chart()->createDefaultAxes();
    raw.show();
    QApplication::processEvents();
    const Stats rawRepaint = measure(10, [&](int) { raw.viewport()->repaint(); });

    std::printf("bench_widget_charts: 24 h at 1 s = %lld samples x 13 vectors, view 900x1000\n",
                static_cast<long long>(day.series.timeSeconds.size()));
    std::printf("  setResult (decimate + replace)      %8.2f ms\n", setMs);
    std::printf("  points drawn after decimation        %8d (all current series)\n", points);
    std::printf("  repaint, whole stack                 %8.2f ms mean  %8.2f ms max  (100 frames)\n", repaint.meanMs, repaint.maxMs);
    std::printf("  repaint, one chart (load, 3 series)  %8.2f ms mean  %8.2f ms max  (100 frames)\n", repaintOne.meanMs, repaintOne.maxMs);
    std::printf("  cursor move + its repaint            %8.2f ms mean  %8.2f ms max  (100 frames)\n", cursor.meanMs, cursor.maxMs);
    std::printf("  zoom to 1 h + re-decimate + repaint  %8.2f ms mean  %8.2f ms max  (20 frames)\n", zoom.meanMs, zoom.maxMs);
    std::printf("  one chart, 86,400 points undecimated %8.2f ms mean  %8.2f ms max  (10 frames, comparison)\n",
                rawRepaint.meanMs, rawRepaint.maxMs);
    return 0;
}
