// Benchmark of the scaling curves (ScalingChartsView): prints figures, not a pass/fail test.
// A 24-hour run at 1 s resolution (86,400 samples x 12 series: a diurnal wave with spikes) in a
// 900 x 1000 view with six charts. Printed (mean, median and max over the frames):
//  - setResult: copy + decimation of every series to the plot width + QLineSeries::replace;
//  - repaint, whole stack: QWidget::repaint of every chart's viewport (one frame of the six
//    charts), nothing changed since the last frame — the target is <= 16 ms;
//  - render, nothing cached: every chart's scene drawn into an image of its viewport with the view's
//    render hints (QGraphicsScene::render), i.e. the first frame after the data, the span or the
//    size changed, when no layer drawn before can be reused;
//  - one chart (Load, 3 series), warm;
//  - the same two stack figures with a baseline overlay (12 more series, dashed);
//  - cursor: setCursorTime + the repaint it schedules (strips under the old and new line, the
//    readout), i.e. what one mouse move costs;
//  - zoom: setTimeRange to one hour (re-decimation) + repaint;
//  - for comparison, one QChartView repaint with the same 86,400 points undecimated.
// Runs offscreen (QT_QPA_PLATFORM=offscreen unless set). Options:
//   --frames N    frames per repaint figure (default 100; more for `perf record`)
//   --grab PNG    also save the stack (with the baseline and the cursor at 13:37) as PNG, and its
//                 exportImage() (2x, no cursor) beside it as <name>-export.png
//   --only WORD   time only the figures whose label contains WORD (e.g. "cursor", for perf)

#include "widgets/charts/scalingchartsview.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace Scaleplan;

namespace {

/// The day: a diurnal wave (cosine over 24 h) with a 1-s spike every 3,613 s and a 0.7 rad/s
/// wobble, so every pixel column of the plot holds a different min and max. `scale` multiplies
/// the load (the baseline overlay uses 0.8).
ScenarioResult dayRun(double scale = 1.0)
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
        const double offered = scale * (200 + 1800 * wave + (i % 3613 == 0 ? 3000 : 0) + 40 * std::sin(i * 0.7));
        const double replicas = std::ceil(offered / 150);
        s.timeSeconds << i;
        s.offeredRps << offered;
        s.servedRps << std::min(offered, 2400.0);
        s.errors << std::max(0.0, offered - 2400.0);
        s.desiredReplicas << replicas;
        s.readyReplicas << std::max(1.0, replicas - (i % 60 < 30 ? 1 : 0));
        s.nodes << std::ceil(replicas / 4);
        s.pendingPods << (i % 60 < 30 ? 1 : 0);
        s.cpuUtilisationPercent << scale * (40 + 40 * wave);
        s.latencyP95Ms << 50 / (1 - std::min(0.95, 0.3 + 0.6 * scale * wave));
        s.latencyP50Ms << s.latencyP95Ms.last() * std::log(2.0) / std::log(20.0);
        s.latencyP99Ms << s.latencyP95Ms.last() * std::log(100.0) / std::log(20.0);
        s.costUsdPerHour << 0.192 * s.nodes.last();
    }
    return r;
}

struct Stats {
    double meanMs = 0, medianMs = 0, maxMs = 0;
    int frames = 0;
};

const char kStack[] = "repaint, whole stack (6 charts)";
const char kStackCold[] = "render, whole stack, nothing cached";
const char kOne[] = "repaint, one chart (load, 3 series)";
const char kBaseline[] = "repaint, whole stack + baseline";
const char kBaselineCold[] = "render, stack + baseline, nothing cached";
const char kCursor[] = "cursor move + its repaint";
const char kZoom[] = "zoom to 1 h + re-decimate + repaint";
const char kRaw[] = "one chart, 86,400 points undecimated";

/// Times `frame(i)` for i in [0, runs).
template<typename F>
Stats measure(int runs, F &&frame)
{
    std::vector<double> times;
    times.reserve(runs);
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        frame(i);
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    Stats stats;
    stats.frames = runs;
    if (times.empty())
        return stats;
    for (double ms : times)
        stats.meanMs += ms / runs;
    std::sort(times.begin(), times.end());
    stats.medianMs = times[times.size() / 2];
    stats.maxMs = times.back();
    return stats;
}

void print(const char *what, const Stats &s, const char *note = "")
{
    if (s.frames == 0)
        return;
    std::printf("  %-40s %7.2f ms mean %7.2f median %7.2f max  (%d frames)%s\n", what, s.meanMs, s.medianMs, s.maxMs,
                s.frames, note);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int frames = 100;
    QString grabPath;
    QByteArray only;
    // The frame count of the figure labelled `label`: 0 when --only leaves it out.
    auto framesFor = [&](const char *label, int count) { return only.isEmpty() || QByteArray(label).contains(only) ? count : 0; };
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--frames") == 0)
            frames = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--grab") == 0)
            grabPath = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--only") == 0)
            only = argv[++i];
    }
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

    auto countPoints = [&](bool baseline) {
        int points = 0, series = 0;
        for (int p = 0; p < ScalingChartsView::kPanelCount; ++p) {
            for (QLineSeries *s : view.series(ScalingChartsView::Panel(p), baseline)) {
                if (s->isVisible()) {
                    points += int(s->count());
                    ++series;
                }
            }
        }
        return std::make_pair(points, series);
    };
    const auto [points, seriesCount] = countPoints(false);
    const qreal plotWidth = view.chartView(ScalingChartsView::Panel::Load)->chart()->plotArea().width();
    auto repaintAll = [&](int) {
        for (int p = 0; p < ScalingChartsView::kPanelCount; ++p) {
            QChartView *chart = view.chartView(ScalingChartsView::Panel(p));
            if (chart->isVisible())
                chart->viewport()->repaint();
        }
    };
    // Everything drawn from scratch, as after a change: QGraphicsScene::render paints every item
    // (the curves as vectors, not from a view's cache) into an image like the viewport's.
    QImage canvas;
    auto renderAll = [&](int) {
        for (int p = 0; p < ScalingChartsView::kPanelCount; ++p) {
            QChartView *chart = view.chartView(ScalingChartsView::Panel(p));
            if (!chart->isVisible())
                continue;
            const QSize size = chart->viewport()->size();
            if (canvas.size() != size)
                canvas = QImage(size, QImage::Format_ARGB32_Premultiplied);
            canvas.fill(Qt::black);
            QPainter painter(&canvas);
            painter.setRenderHints(chart->renderHints());
            chart->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
        }
    };
    repaintAll(0); // first paint after the layout: not counted
    const Stats repaint = measure(framesFor(kStack, frames), repaintAll);
    const Stats repaintCold = measure(framesFor(kStackCold, frames), renderAll);
    QChartView *loadChart = view.chartView(ScalingChartsView::Panel::Load);
    const Stats repaintOne = measure(framesFor(kOne, frames), [&](int) { loadChart->viewport()->repaint(); });

    // The baseline overlay: 12 more (dashed) series.
    view.setBaseline(dayRun(0.8));
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const int baselinePoints = countPoints(true).first;
    repaintAll(0);
    const Stats repaintBaseline = measure(framesFor(kBaseline, frames), repaintAll);
    const Stats repaintBaselineCold = measure(framesFor(kBaselineCold, frames), renderAll);

    // A cursor move repaints only the strips under the old and new line (what the mouse costs).
    const Stats cursor = measure(framesFor(kCursor, frames), [&](int i) {
        view.setCursorTime(std::fmod(i * 864.0, 86400.0));
        QApplication::processEvents();
    });
    const int zoomFrames = framesFor(kZoom, std::min(frames, 24));
    const Stats zoom = measure(zoomFrames, [&](int i) {
        view.setTimeRange(i * 3600.0, (i + 1) * 3600.0);
        repaintAll(i);
    });
    if (!grabPath.isEmpty()) {
        view.resetZoom();
        view.setCursorTime(13 * 3600 + 37 * 60);
        QApplication::processEvents();
        view.grab().save(grabPath);
        // The same stack through exportImage (vectors at 2x, no cursor), for comparison.
        QString error;
        const QString exportPath = QString(QFileInfo(grabPath).path() + QLatin1Char('/') + QFileInfo(grabPath).completeBaseName()
                                           + QStringLiteral("-export.png"));
        if (!view.exportImage(exportPath, std::nullopt, &error))
            std::fprintf(stderr, "bench_widget_charts: %s\n", qPrintable(error));
    }

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
    const Stats rawRepaint = measure(framesFor(kRaw, 10), [&](int) { raw.viewport()->repaint(); });

    std::printf("bench_widget_charts: 24 h at 1 s = %lld samples x 13 vectors, view 900x1000, plot %.0f px wide\n",
                static_cast<long long>(day.series.timeSeconds.size()), plotWidth);
    std::printf("  setResult (decimate + replace)           %7.2f ms\n", setMs);
    std::printf("  points drawn after decimation            %7d in %d series (+ %d in the baseline's)\n", points,
                seriesCount, baselinePoints);
    print(kStack, repaint, "  <- target <= 16 ms");
    print(kStackCold, repaintCold, "  (first frame after a change)");
    print(kOne, repaintOne);
    print(kBaseline, repaintBaseline);
    print(kBaselineCold, repaintBaselineCold);
    print(kCursor, cursor);
    print(kZoom, zoom);
    print(kRaw, rawRepaint, "  (comparison)");
    return 0;
}
