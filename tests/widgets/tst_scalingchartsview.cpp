// Tests of ScalingChartsView through the real widgets (offscreen): the shared cursor and its
// readout, the synchronized zoom, the baseline overlay, decimation, and the exports.
#include "widgets/charts/scalingchartsview.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <cmath>

using namespace Scaleplan;
using Panel = ScalingChartsView::Panel;

namespace {

/// A 600-second run with every series given by a formula, so the expected value at any time is
/// a hand calculation: at second i, offered = i req/s, served = min(i, 400), refused = i - served,
/// desired = 2 + floor(i / 60), ready = desired one minute earlier (2 before), nodes =
/// 1 + floor(i / 200), no pending pods, CPU 50 %, latency p50/p95/p99 = 10/20/30 ms and cost
/// 0.1 USD/h per node.
ScenarioResult formulaRun(double offeredFactor = 1.0)
{
    ScenarioResult r;
    r.scenario = QStringLiteral("formula");
    r.scenarioId = 7;
    r.workload = QStringLiteral("web-app");
    TimeSeries &s = r.series;
    for (int i = 0; i < 600; ++i) {
        const double offered = i * offeredFactor;
        s.timeSeconds << i;
        s.offeredRps << offered;
        s.servedRps << std::min(offered, 400.0);
        s.errors << offered - std::min(offered, 400.0);
        s.desiredReplicas << 2 + i / 60;
        s.readyReplicas << (i < 60 ? 2 : 2 + (i - 60) / 60);
        s.nodes << 1 + i / 200;
        s.pendingPods << 0;
        s.cpuUtilisationPercent << 50;
        s.latencyP50Ms << 10;
        s.latencyP95Ms << 20;
        s.latencyP99Ms << 30;
        s.costUsdPerHour << 0.1 * (1 + i / 200);
    }
    r.peakReplicas = 11;
    r.peakNodes = 3;
    return r;
}

QHash<QString, ScalingChartsView::CursorValue> byKey(const QList<ScalingChartsView::CursorValue> &values)
{
    QHash<QString, ScalingChartsView::CursorValue> map;
    for (const auto &v : values)
        map.insert(v.key, v);
    return map;
}

/// Viewport point of simulated `seconds` at the vertical middle of `panel`'s plot.
QPoint pointAt(ScalingChartsView &view, Panel panel, double seconds)
{
    QChartView *chartView = view.chartView(panel);
    const QRectF plot = chartView->chart()->plotArea();
    const auto *axis = qobject_cast<QValueAxis *>(chartView->chart()->axes(Qt::Horizontal).first());
    const double x = plot.left() + (seconds / view.timeUnitSeconds() - axis->min()) / (axis->max() - axis->min()) * plot.width();
    return chartView->mapFromScene(QPointF(x, plot.center().y()));
}

QValueAxis *timeAxis(ScalingChartsView &view, Panel panel)
{
    return qobject_cast<QValueAxis *>(view.chartView(panel)->chart()->axes(Qt::Horizontal).first());
}

} // namespace

class TestScalingChartsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void panelsFollowTheData();
    void cursorReadoutAtKnownTime();
    void mouseMovesTheSharedCursor();
    void dragZoomsEveryChart();
    void overlayAddsDashedSeries();
    void longSeriesAreDecimatedKeepingPeaks();
    void csvExport();
    void imageExport();
};

void TestScalingChartsView::panelsFollowTheData()
{
    ScalingChartsView view;
    view.resize(900, 900);
    QVERIFY(!view.isPanelShown(Panel::Load)); // nothing yet
    view.setResult(formulaRun());
    for (int p = 0; p < ScalingChartsView::kPanelCount; ++p)
        QVERIFY2(view.isPanelShown(Panel(p)), qPrintable(QString::number(p)));
    // Pending pods are all 0: not drawn; refused requests are not: drawn.
    QVERIFY(!view.seriesForKey(QStringLiteral("pending_pods"))->isVisible());
    QVERIFY(view.seriesForKey(QStringLiteral("errors_per_s"))->isVisible());
    // The run is 599 s long (<= 3 h): minutes on the time axis.
    QCOMPARE(view.timeUnitSeconds(), 60.0);

    // A simulator without node series (empty vectors): Nodes and Cost hidden, the rest shown.
    ScenarioResult older = formulaRun();
    older.series.nodes.clear();
    older.series.pendingPods.clear();
    older.series.costUsdPerHour.clear();
    older.series.errors.clear();
    view.setResult(older);
    QVERIFY(!view.isPanelShown(Panel::Nodes));
    QVERIFY(!view.isPanelShown(Panel::Cost));
    QVERIFY(view.isPanelShown(Panel::Replicas));
    QVERIFY(!view.seriesForKey(QStringLiteral("errors_per_s"))->isVisible());

    // A design without a NodePool: nodes and cost all 0 -> hidden too.
    ScenarioResult noPool = formulaRun();
    std::fill(noPool.series.nodes.begin(), noPool.series.nodes.end(), 0.0);
    std::fill(noPool.series.costUsdPerHour.begin(), noPool.series.costUsdPerHour.end(), 0.0);
    view.setResult(noPool);
    QVERIFY(!view.isPanelShown(Panel::Nodes));
    QVERIFY(!view.isPanelShown(Panel::Cost));

    // An empty series shows the notes instead of charts.
    ScenarioResult failed;
    failed.scenario = QStringLiteral("broken");
    failed.notes << QStringLiteral("no Deployment named web");
    view.setResult(failed);
    QVERIFY(!view.isPanelShown(Panel::Load));
    QVERIFY(view.csv().isEmpty());
}

void TestScalingChartsView::cursorReadoutAtKnownTime()
{
    ScalingChartsView view;
    view.resize(900, 900);
    view.setResult(formulaRun());
    QVERIFY(view.cursorValues().isEmpty()); // no cursor yet

    // 125.4 s: the sample at or before it is i = 125 (formulaRun's formulas):
    // offered 125, served 125, refused 0, desired 2 + 2 = 4, ready 2 + 1 = 3, nodes 1, CPU 50,
    // p50/p95/p99 10/20/30, cost 0.1.
    view.setCursorTime(125.4);
    const auto values = byKey(view.cursorValues());
    QCOMPARE(values.value(QStringLiteral("offered_rps")).value, 125.0);
    QCOMPARE(values.value(QStringLiteral("served_rps")).value, 125.0);
    QCOMPARE(values.value(QStringLiteral("errors_per_s")).value, 0.0);
    QCOMPARE(values.value(QStringLiteral("desired_replicas")).value, 4.0);
    QCOMPARE(values.value(QStringLiteral("ready_replicas")).value, 3.0);
    QCOMPARE(values.value(QStringLiteral("nodes")).value, 1.0);
    QCOMPARE(values.value(QStringLiteral("cpu_utilisation_percent")).value, 50.0);
    QCOMPARE(values.value(QStringLiteral("latency_p50_ms")).value, 10.0);
    QCOMPARE(values.value(QStringLiteral("latency_p95_ms")).value, 20.0);
    QCOMPARE(values.value(QStringLiteral("latency_p99_ms")).value, 30.0);
    QCOMPARE(values.value(QStringLiteral("cost_usd_per_hour")).value, 0.1);
    QVERIFY(!values.contains(QStringLiteral("pending_pods"))); // not drawn, not read out
    QVERIFY(std::isnan(values.value(QStringLiteral("offered_rps")).baselineValue));
    // The readout: time as m:ss (125 s = 2:05) and the values.
    const QString text = view.readoutText();
    QVERIFY2(text.contains(QStringLiteral("t = 2:05")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Desired")), qPrintable(text));

    // 450 s: offered 450, served 400 (capacity), refused 50, desired 2 + 7 = 9, nodes 1 + 2 = 3.
    view.setCursorTime(450);
    const auto later = byKey(view.cursorValues());
    QCOMPARE(later.value(QStringLiteral("served_rps")).value, 400.0);
    QCOMPARE(later.value(QStringLiteral("errors_per_s")).value, 50.0);
    QCOMPARE(later.value(QStringLiteral("desired_replicas")).value, 9.0);
    QCOMPARE(later.value(QStringLiteral("nodes")).value, 3.0);

    view.setCursorTime(std::nan(""));
    QVERIFY(view.cursorValues().isEmpty());
}

void TestScalingChartsView::mouseMovesTheSharedCursor()
{
    ScalingChartsView view;
    view.resize(900, 1000);
    view.setResult(formulaRun());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50); // plot-area alignment runs from the event loop

    // Every chart's plot starts and ends at the same x, so the cursor is one vertical line.
    const QRectF loadPlot = view.chartView(Panel::Load)->chart()->plotArea();
    for (Panel p : {Panel::Replicas, Panel::Nodes, Panel::Cpu, Panel::Latency, Panel::Cost}) {
        const QRectF plot = view.chartView(p)->chart()->plotArea();
        QVERIFY2(std::abs(plot.left() - loadPlot.left()) < 1.0 && std::abs(plot.right() - loadPlot.right()) < 1.0,
                 qPrintable(QStringLiteral("panel %1: %2..%3 vs %4..%5").arg(int(p)).arg(plot.left()).arg(plot.right())
                                .arg(loadPlot.left()).arg(loadPlot.right())));
    }

    // Move over the Replicas chart at 300 s; the cursor lands within one pixel of it.
    QWidget *viewport = view.chartView(Panel::Replicas)->viewport();
    QTest::mouseMove(viewport, pointAt(view, Panel::Replicas, 300));
    const double secondsPerPixel = 599.0 / view.chartView(Panel::Replicas)->chart()->plotArea().width();
    QVERIFY2(std::abs(view.cursorTime() - 300) <= secondsPerPixel + 1e-9, qPrintable(QString::number(view.cursorTime())));
    // The readout covers every chart, not only the one under the mouse, with the values of the
    // sample at or before the cursor (formulaRun: offered = i, desired = 2 + floor(i / 60)).
    const int i = int(std::floor(view.cursorTime()));
    const auto values = byKey(view.cursorValues());
    QCOMPARE(values.value(QStringLiteral("offered_rps")).value, double(i));
    QCOMPARE(values.value(QStringLiteral("desired_replicas")).value, double(2 + i / 60));
    QCOMPARE(values.value(QStringLiteral("latency_p95_ms")).value, 20.0);
    QCOMPARE(values.value(QStringLiteral("nodes")).value, double(1 + i / 200));

    // Moving over another chart moves the same cursor.
    QTest::mouseMove(view.chartView(Panel::Latency)->viewport(), pointAt(view, Panel::Latency, 500));
    QVERIFY(std::abs(view.cursorTime() - 500) <= secondsPerPixel + 1e-9);

    // For looking at it: SCALEPLAN_GRAB_DIR=/tmp ./tst_scalingchartsview saves the view with a
    // baseline and the cursor.
    const QString grabDir = qEnvironmentVariable("SCALEPLAN_GRAB_DIR");
    if (!grabDir.isEmpty()) {
        view.setBaseline(formulaRun(0.5));
        QTest::qWait(50);
        QTest::mouseMove(view.chartView(Panel::Cpu)->viewport(), pointAt(view, Panel::Cpu, 420));
        QTest::qWait(20);
        view.grab().save(grabDir + QStringLiteral("/scalingchartsview.png"));
    }
}

void TestScalingChartsView::dragZoomsEveryChart()
{
    ScalingChartsView view;
    view.resize(900, 1000);
    view.setResult(formulaRun());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);

    // Drag on the Load chart from 120 s to 240 s: every chart shows 2..4 minutes.
    QWidget *viewport = view.chartView(Panel::Load)->viewport();
    const QPoint from = pointAt(view, Panel::Load, 120), to = pointAt(view, Panel::Load, 240);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    const double tolerance = 599.0 / view.chartView(Panel::Load)->chart()->plotArea().width() / 60 + 1e-9; // 1 px in minutes
    for (int p = 0; p < ScalingChartsView::kPanelCount; ++p) {
        QValueAxis *axis = timeAxis(view, Panel(p));
        QVERIFY2(std::abs(axis->min() - 2.0) <= tolerance && std::abs(axis->max() - 4.0) <= tolerance,
                 qPrintable(QStringLiteral("panel %1: %2..%3").arg(p).arg(axis->min()).arg(axis->max())));
    }
    QVERIFY(std::abs(view.visibleFromSeconds() - 120) <= tolerance * 60);
    // The zoomed Load series holds only the visible samples' decimation: 120..240 s is 121
    // samples (+ one on each side at most), fewer than the full 600.
    QVERIFY(view.seriesForKey(QStringLiteral("offered_rps"))->count() <= 123);

    // A double-click shows the whole run again: 0..599 s = 0..9.9833 minutes.
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, from);
    for (int p = 0; p < ScalingChartsView::kPanelCount; ++p) {
        QCOMPARE(timeAxis(view, Panel(p))->min(), 0.0);
        QCOMPARE(timeAxis(view, Panel(p))->max(), 599.0 / 60);
    }
}

void TestScalingChartsView::overlayAddsDashedSeries()
{
    ScalingChartsView view;
    view.resize(900, 900);
    view.setResult(formulaRun());
    for (QLineSeries *s : view.series(Panel::Load, true))
        QVERIFY(!s->isVisible());

    // The pinned variant: half the load (offered = i / 2), drawn dashed under the current one.
    view.setBaseline(formulaRun(0.5));
    QVERIFY(view.hasBaseline());
    int dashed = 0;
    for (int p = 0; p < ScalingChartsView::kPanelCount; ++p) {
        for (QLineSeries *s : view.series(Panel(p), true)) {
            if (!s->isVisible())
                continue;
            QCOMPARE(s->pen().style(), Qt::DashLine);
            QVERIFY(s->count() > 0);
            ++dashed;
        }
        for (QLineSeries *s : view.series(Panel(p), false)) {
            if (s->isVisible())
                QCOMPARE(s->pen().style(), Qt::SolidLine);
        }
    }
    // 11 drawn quantities (pending pods are all 0) get a dashed twin; refused requests too
    // (the current run has some).
    QCOMPARE(dashed, 11);
    // Same colour as the current curve.
    QCOMPARE(view.seriesForKey(QStringLiteral("offered_rps"), true)->pen().color().rgb(),
             view.seriesForKey(QStringLiteral("offered_rps"))->pen().color().rgb());

    // At 300 s: now 300 req/s, baseline 150 (formulaRun(0.5)).
    view.setCursorTime(300);
    const auto values = byKey(view.cursorValues());
    QCOMPARE(values.value(QStringLiteral("offered_rps")).value, 300.0);
    QCOMPARE(values.value(QStringLiteral("offered_rps")).baselineValue, 150.0);
    QVERIFY(view.readoutText().contains(QStringLiteral("was")));

    view.clearBaseline();
    for (int p = 0; p < ScalingChartsView::kPanelCount; ++p) {
        for (QLineSeries *s : view.series(Panel(p), true))
            QVERIFY(!s->isVisible());
    }
}

void TestScalingChartsView::longSeriesAreDecimatedKeepingPeaks()
{
    // 24 h at 1 s: a flat 100 req/s with a one-second spike to 9000 at 13:37:01 and a
    // one-second step of the replicas to 40 at 02:00:00.
    ScenarioResult day;
    day.scenario = QStringLiteral("day");
    const int n = 86400;
    const int spike = 13 * 3600 + 37 * 60 + 1;
    for (int i = 0; i < n; ++i) {
        day.series.timeSeconds << i;
        day.series.offeredRps << (i == spike ? 9000.0 : 100.0);
        day.series.desiredReplicas << (i == 7200 ? 40.0 : 4.0);
        day.series.readyReplicas << 4.0;
        day.series.cpuUtilisationPercent << 40.0;
        day.series.latencyP95Ms << 60.0;
    }
    ScalingChartsView view;
    view.resize(1000, 900);
    view.setResult(day);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
    QCOMPARE(view.timeUnitSeconds(), 3600.0); // a day: hours

    // One min/max pair per device pixel column (the plot's width times the device pixel ratio).
    const int width = int(view.chartView(Panel::Load)->chart()->plotArea().width() * view.chartView(Panel::Load)->devicePixelRatioF());
    QLineSeries *offered = view.seriesForKey(QStringLiteral("offered_rps"));
    QVERIFY2(offered->count() <= 2 * std::max(50, width) + 2, qPrintable(QString::number(offered->count())));
    double peak = 0;
    for (const QPointF &p : offered->points())
        peak = std::max(peak, p.y());
    QCOMPARE(peak, 9000.0);
    // Step lines add at most one corner per kept point.
    QLineSeries *desired = view.seriesForKey(QStringLiteral("desired_replicas"));
    QVERIFY(desired->count() <= 2 * (2 * std::max(50, width) + 2));
    double desiredPeak = 0;
    for (const QPointF &p : desired->points())
        desiredPeak = std::max(desiredPeak, p.y());
    QCOMPARE(desiredPeak, 40.0);
    // Missing series (no nodes, latency p50/p99, cost): their panels and series are not shown.
    QVERIFY(!view.isPanelShown(Panel::Nodes));
    QVERIFY(!view.seriesForKey(QStringLiteral("latency_p99_ms"))->isVisible());
    QVERIFY(view.seriesForKey(QStringLiteral("latency_p95_ms"))->isVisible());
}

void TestScalingChartsView::csvExport()
{
    ScenarioResult r;
    r.scenario = QStringLiteral("tiny");
    r.series.timeSeconds = {0, 15, 30};
    r.series.offeredRps = {10, 20.5, 30};
    r.series.servedRps = {10, 20.5, 25};
    r.series.desiredReplicas = {1, 2, 2};
    r.series.readyReplicas = {1, 1, 2};
    r.series.cpuUtilisationPercent = {12.5, 40, 99.25};
    r.series.latencyP95Ms = {50, 55, 120};
    ScalingChartsView view;
    view.setResult(r);
    // Columns in the documented order, only the non-empty series; C-locale numbers.
    const QByteArray expected = "time_s,offered_rps,served_rps,desired_replicas,ready_replicas,cpu_utilisation_percent,latency_p95_ms\n"
                                "0,10,10,1,1,12.5,50\n"
                                "15,20.5,20.5,2,1,40,55\n"
                                "30,30,25,2,2,99.25,120\n";
    QCOMPARE(view.csv(), expected);

    // A baseline sampled at 0 and 20 s: at 15 s its sample at or before is t = 0, at 30 s t = 20.
    ScenarioResult base;
    base.series.timeSeconds = {0, 20};
    base.series.offeredRps = {5, 7};
    base.series.desiredReplicas = {1, 3};
    base.series.readyReplicas = {1, 1};
    view.setBaseline(base);
    const QByteArray withBaseline =
        "time_s,offered_rps,served_rps,desired_replicas,ready_replicas,cpu_utilisation_percent,latency_p95_ms,"
        "baseline_offered_rps,baseline_desired_replicas,baseline_ready_replicas\n"
        "0,10,10,1,1,12.5,50,5,1,1\n"
        "15,20.5,20.5,2,1,40,55,5,1,1\n"
        "30,30,25,2,2,99.25,120,7,3,1\n";
    QCOMPARE(view.csv(), withBaseline);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("curves.csv"));
    QString error;
    QVERIFY2(view.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), withBaseline);
    // An unwritable place: false and a message naming the file.
    QVERIFY(!view.exportCsv(dir.filePath(QStringLiteral("no/such/dir/x.csv")), &error));
    QVERIFY(error.contains(QStringLiteral("x.csv")));
}

void TestScalingChartsView::imageExport()
{
    ScalingChartsView view;
    view.resize(900, 1000);
    view.setResult(formulaRun());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
    QTemporaryDir dir;
    QString error;

    // One chart as PNG: the chart's size at 2x.
    const QString png = dir.filePath(QStringLiteral("replicas.png"));
    QVERIFY2(view.exportImage(png, Panel::Replicas, &error), qPrintable(error));
    const QImage image(png);
    const QSizeF chartSize = view.chartView(Panel::Replicas)->chart()->size();
    QCOMPARE(image.width(), 2 * int(std::ceil(chartSize.width())));
    QCOMPARE(image.height(), 2 * int(std::ceil(chartSize.height())));

    // The whole stack as SVG: one document, vector, six charts high.
    const QString svg = dir.filePath(QStringLiteral("all.svg"));
    QVERIFY2(view.exportImage(svg, std::nullopt, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("<path") || text.contains("<polyline"));
    int height = 0;
    for (int p = 0; p < ScalingChartsView::kPanelCount; ++p)
        height += int(std::ceil(view.chartView(Panel(p))->chart()->size().height()));
    const int width = int(std::ceil(view.chartView(Panel::Load)->chart()->size().width()));
    const QByteArray viewBox = "viewBox=\"0 0 " + QByteArray::number(width) + ' ' + QByteArray::number(height) + '"';
    QVERIFY2(text.contains(viewBox), text.left(600).constData());

    // A hidden chart cannot be exported.
    ScenarioResult noPool = formulaRun();
    std::fill(noPool.series.nodes.begin(), noPool.series.nodes.end(), 0.0);
    view.setResult(noPool);
    QVERIFY(!view.exportImage(dir.filePath(QStringLiteral("nodes.png")), Panel::Nodes, &error));
    QVERIFY(!error.isEmpty());
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestScalingChartsView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_scalingchartsview.moc"
