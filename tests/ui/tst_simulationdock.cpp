// Tests of SimulationDock: the pinned baseline follows re-simulations, selection routing, and the
// Replay tab reading a metrics CSV.
#include "ui/simulationdock.h"

#include "model/design.h"
#include "model/designdata.h"
#include "ui/metricreplaypanel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineSeries>
#include <QStandardItemModel>
#include <QTest>

using namespace Scaleplan;

namespace {

ScenarioResult run(ObjectId id, const QString &name, double replicas)
{
    ScenarioResult r;
    r.scenario = name;
    r.scenarioId = id;
    for (int i = 0; i < 120; ++i) {
        r.series.timeSeconds << i;
        r.series.offeredRps << 100;
        r.series.desiredReplicas << replicas;
        r.series.readyReplicas << replicas;
    }
    return r;
}

/// web-app (2 pods, no HPA) calling `callee` (a Deployment or SqsQueue) with `share` of its
/// requests, and a 2-minute scenario of 100 VUs (100 rps) entering web-app; `design` holds it.
struct CallDesign {
    ObjectId web = 0, callee = 0, scenario = 0;
};

CallDesign callDesign(Design &design, ObjectKind calleeKind, const QString &callee, const QVariantMap &calleeFields,
                      double share)
{
    DesignData data;
    auto add = [&](ObjectKind kind, const QString &name, const QVariantMap &fields) {
        DesignObject o;
        o.kind = kind;
        o.name = name;
        o.fields = fields;
        return data.insert(o);
    };
    CallDesign c;
    c.web = add(ObjectKind::Deployment, QStringLiteral("web-app"),
                {{QStringLiteral("spec"), QVariantMap{{QStringLiteral("replicas"), 2}}}});
    c.callee = add(calleeKind, callee, calleeFields);
    add(ObjectKind::Connection, QString(QStringLiteral("web-app → ") + callee),
        {{QStringLiteral("FromId"), qlonglong(c.web)}, {QStringLiteral("ToId"), qlonglong(c.callee)},
         {QStringLiteral("Type"), QStringLiteral("calls")}, {QStringLiteral("RequestShare"), share}});
    c.scenario = add(ObjectKind::LoadScenario, QStringLiteral("flat"),
                     {{QStringLiteral("VirtualUsers"), 100}, {QStringLiteral("Duration"), QStringLiteral("2m")},
                      {QStringLiteral("RampUp"), QStringLiteral("0s")},
                      {QStringLiteral("TargetWorkload"), QStringLiteral("web-app")}});
    design.reset(data);
    return c;
}

} // namespace

class TestSimulationDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void baselineFollowsResimulation();
    void objectCurves();
    void summaryPerKind();
    void replayReadsCsv();
};

void TestSimulationDock::baselineFollowsResimulation()
{
    Design design;
    SimulationDock dock(&design);
    dock.setResults({run(1, QStringLiteral("baseline-load"), 3), run(2, QStringLiteral("peak-load"), 5)});
    // peak-load is preferred when present.
    QCOMPARE(dock.scenarioCombo()->currentText(), QStringLiteral("peak-load"));
    QVERIFY(!dock.charts()->hasBaseline());
    QVERIFY(!dock.clearBaselineAction()->isEnabled());

    dock.pinBaselineAction()->trigger();
    // A re-simulation after an edit: peak-load now needs 8 replicas.
    dock.setResults({run(1, QStringLiteral("baseline-load"), 4), run(2, QStringLiteral("peak-load"), 8)});
    QCOMPARE(dock.scenarioCombo()->currentText(), QStringLiteral("peak-load"));
    QVERIFY(dock.charts()->hasBaseline());
    QLineSeries *dashed = dock.charts()->seriesForKey(QStringLiteral("desired_replicas"), true);
    QVERIFY(dashed->isVisible());
    QCOMPARE(dashed->pen().style(), Qt::DashLine);
    dock.charts()->setCursorTime(60);
    for (const auto &v : dock.charts()->cursorValues()) {
        if (v.key == QLatin1String("desired_replicas")) {
            QCOMPARE(v.value, 8.0);
            QCOMPARE(v.baselineValue, 5.0);
        }
    }
    // The other scenario overlays its own pinned run (3), not peak-load's.
    dock.scenarioCombo()->setCurrentIndex(0);
    QCOMPARE(dock.charts()->baseline().scenarioId, ObjectId(1));

    dock.clearBaselineAction()->trigger();
    QVERIFY(!dock.charts()->hasBaseline());
    QVERIFY(!dock.charts()->seriesForKey(QStringLiteral("desired_replicas"), true)->isVisible());
}

void TestSimulationDock::objectCurves()
{
    // A real run of a small design: web-app (2 pods, 200 rps each) calls api (RequestShare 0.5)
    // under 100 VUs (100 rps): api is offered 0.5 x 100 = 50 rps.
    Design design;
    const CallDesign c = callDesign(design, ObjectKind::Deployment, QStringLiteral("api"),
                                    {{QStringLiteral("spec"), QVariantMap{{QStringLiteral("replicas"), 2}}}}, 0.5);
    const ObjectId api = c.callee, scenario = c.scenario;
    SimulationOptions options;
    options.modelNodes = false;
    SimulationDock dock(&design);
    dock.setResults({Simulator::runScenario(design.data(), scenario, options)});
    // Whole design first, then the objects in the order the load reaches them.
    QCOMPARE(dock.objectCombo()->count(), 3);
    QCOMPARE(dock.objectCombo()->itemData(0).value<ObjectId>(), ObjectId(0));
    QCOMPARE(dock.objectCombo()->itemData(2).value<ObjectId>(), api);
    QCOMPARE(dock.charts()->result().workload, QStringLiteral("web-app"));

    // Selecting api in the design shows its curves.
    dock.setSelectedObject(api);
    QCOMPARE(dock.objectCombo()->currentData().value<ObjectId>(), api);
    QCOMPARE(dock.charts()->result().workload, QStringLiteral("api"));
    dock.charts()->setCursorTime(60);
    for (const auto &v : dock.charts()->cursorValues()) {
        if (v.key == QLatin1String("offered_rps"))
            QCOMPARE(v.value, 50.0);
        if (v.key == QLatin1String("desired_replicas"))
            QCOMPARE(v.value, 2.0);
    }
    // A kind that is not simulated (the scenario itself) keeps the object shown.
    dock.setSelectedObject(scenario);
    QCOMPARE(dock.objectCombo()->currentData().value<ObjectId>(), api);
    QVERIFY(!dock.showObject(9999));
}

void TestSimulationDock::summaryPerKind()
{
    // web-app (2 pods, 200 rps each, no HPA) sends 10 % of 100 rps to a queue nobody consumes:
    // 10 messages/s for the 2-minute load, none received, so the queue holds 10 x 120 = 1,200
    // messages at the end of the load (hand calculation: 120 one-second steps with load).
    Design design;
    const CallDesign c = callDesign(design, ObjectKind::SqsQueue, QStringLiteral("jobs"), {}, 0.1);
    const ObjectId web = c.web, queue = c.callee, scenario = c.scenario;
    SimulationOptions options;
    options.modelNodes = false;
    SimulationDock dock(&design);
    dock.setResults({Simulator::runScenario(design.data(), scenario, options)});
    const QLocale locale;
    // The workload: replicas, CPU and latency.
    QVERIFY2(dock.summaryText().startsWith(QStringLiteral("Peaks: peak 2 replicas, CPU ")), qPrintable(dock.summaryText()));
    // The queue: messages, not replicas or CPU.
    dock.setSelectedObject(queue);
    const QString text = dock.summaryText();
    QVERIFY2(text.startsWith(QStringLiteral("Peaks: peak %1 messages/s sent, %2 received; at most %3 messages waiting")
                                 .arg(locale.toString(10.0, 'f', 1), locale.toString(0.0, 'f', 1),
                                      locale.toString(1200.0, 'f', 0))),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("replicas")));
    QVERIFY(!text.contains(QLatin1String("CPU")));
    // Its charts: the messages (Load, titled msg/s) and the waiting messages; no empty replicas,
    // CPU or latency charts. The workload keeps all of them.
    using Panel = ScalingChartsView::Panel;
    QVERIFY(dock.charts()->isPanelShown(Panel::Load));
    QVERIFY(!dock.charts()->isPanelShown(Panel::Replicas));
    QVERIFY(!dock.charts()->isPanelShown(Panel::Cpu));
    QVERIFY(!dock.charts()->isPanelShown(Panel::Latency));
    QVERIFY(dock.charts()->isPanelShown(Panel::Nodes)); // the messages waiting
    dock.setSelectedObject(web);
    QVERIFY(dock.charts()->isPanelShown(Panel::Replicas));
    QVERIFY(dock.charts()->isPanelShown(Panel::Cpu));
}

void TestSimulationDock::replayReadsCsv()
{
    // The CLI's replay fixtures: api-hpa (cpu 50 % Utilization + External queue_depth) and a CSV
    // with samples at 0, 15, 30, 45 and 60 s.
    const QString dir = QStringLiteral(SCALEPLAN_SOURCE_DIR "/tests/scripts/replay/");
    DesignData data;
    DesignObject hpa;
    hpa.kind = ObjectKind::HorizontalPodAutoscaler;
    hpa.name = QStringLiteral("api-hpa");
    hpa.fields = QVariantMap{
        {QStringLiteral("apiVersion"), QStringLiteral("autoscaling/v2")},
        {QStringLiteral("kind"), QStringLiteral("HorizontalPodAutoscaler")},
        {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("name"), QStringLiteral("api-hpa")}}},
        {QStringLiteral("spec"),
         QVariantMap{{QStringLiteral("scaleTargetRef"), QVariantMap{{QStringLiteral("kind"), QStringLiteral("Deployment")},
                                                                    {QStringLiteral("name"), QStringLiteral("api")}}},
                     {QStringLiteral("minReplicas"), 1},
                     {QStringLiteral("maxReplicas"), 10},
                     {QStringLiteral("metrics"),
                      QVariantList{QVariantMap{{QStringLiteral("type"), QStringLiteral("Resource")},
                                               {QStringLiteral("resource"),
                                                QVariantMap{{QStringLiteral("name"), QStringLiteral("cpu")},
                                                            {QStringLiteral("target"),
                                                             QVariantMap{{QStringLiteral("type"), QStringLiteral("Utilization")},
                                                                         {QStringLiteral("averageUtilization"), 50}}}}}}}}}}};
    const ObjectId hpaId = data.insert(hpa);
    Design design;
    design.reset(data);
    SimulationDock dock(&design);
    MetricReplayPanel *replay = dock.replayPanel();
    dock.setSelectedObject(hpaId);
    QCOMPARE(replay->autoscaler(), hpaId);

    QString error;
    QVERIFY2(replay->loadCsvFile(dir + QStringLiteral("metrics.csv"), &error), qPrintable(error));
    // One HPA sync per 15 s from the first sample (0) to the last (60): 0, 15, 30, 45, 60.
    QCOMPARE(replay->result().steps.size(), 5);
    QCOMPARE(replay->decisionModel()->rowCount(), 5);
    QCOMPARE(replay->decisionModel()->index(1, 0).data().toLongLong(), 15);
    // Columns: time, current, ready, raw:cpu, desired, stabilised, after policies, final, limited by.
    QCOMPARE(replay->decisionModel()->columnCount(), 9);
    // At t = 0 two ready pods use 600m of a 500m request = 120 % against a 50 % target:
    // ceil(2 x 120 / 50) = ceil(4.8) = 5 (kubernetes.io, HPA algorithm details).
    QCOMPARE(replay->result().steps.first().desiredReplicas, 5);

    // A malformed CSV: the error names the line.
    QVERIFY(!replay->setCsv("time_s,pod,metric,value\n0,a,cpu,lots\n", QStringLiteral("bad.csv"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("bad.csv:2")), qPrintable(error));
    QCOMPARE(replay->decisionModel()->rowCount(), 0);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestSimulationDock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_simulationdock.moc"
