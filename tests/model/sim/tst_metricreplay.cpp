#include "model/sim/metricreplay.h"

#include "tests/model/sim/simfixtures.h"

#include <QTest>
#include <cmath>

using namespace Scaleplan;
using namespace Scaleplan::TestFixtures;

// CSV positions are counted by hand (1-based line and character column); quantities per the
// Kubernetes "Quantity" reference (450m = 0.45, 4Gi = 4294967296). Replay decisions are hand
// calculations with replica_calculator.go arithmetic, written beside each case (the end-to-end
// table is in tests/scripts/test_replay_cli.sh).

class tst_MetricReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesLongForm();
    void errors_data();
    void errors();
    void podsMetricWithMissingPod();
    void utilizationWithoutRequestIsNoted();
    void unreadyPodsOnScaleUp();
    void kedaCpuTriggerFromPodRows();
    void largestSampleScalesUp();
};

void tst_MetricReplay::parsesLongForm()
{
    const QByteArray csv = "metric,time_s,pod,value,ready,extra\r\n"
                           "cpu,15,pod-a,450m,true,x\r\n"
                           "\r\n"
                           "memory,0,\"pod-b\",4Gi,false,\"a,b\"\r\n";
    MetricCsvError error;
    const auto samples = MetricReplay::parseCsv(csv, QStringLiteral("m.csv"), &error);
    QVERIFY2(samples, qPrintable(error.toString()));
    QCOMPARE(samples->size(), 2);
    // Sorted by time: the memory row (t = 0, line 4) first.
    QCOMPARE(samples->at(0).metric, QStringLiteral("memory"));
    QCOMPARE(samples->at(0).line, 4);
    QCOMPARE(samples->at(0).value, 4294967296.0);
    QCOMPARE(samples->at(0).ready, 0);
    QCOMPARE(samples->at(0).pod, QStringLiteral("pod-b"));
    QCOMPARE(samples->at(1).value, 0.45);
    QCOMPARE(samples->at(1).ready, 1);
    QVERIFY(std::isnan(samples->at(1).request));
}

void tst_MetricReplay::errors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("missing column") << QByteArray("time_s,pod,value\n") << 1 << 1 << QStringLiteral("'metric'");
    // "0,a,cpu," is 8 characters: the value starts at column 9.
    QTest::newRow("bad value") << QByteArray("time_s,pod,metric,value\n0,a,cpu,12x\n") << 2 << 9 << QStringLiteral("'12x'");
    // Column 9: "0,a,cpu," is 8 characters.
    QTest::newRow("negative value") << QByteArray("time_s,pod,metric,value\n0,a,cpu,-400m\n") << 2 << 9
                                    << QStringLiteral("'-400m' is negative");
    // 1e16 cores = 1e19 millicores: more than 2^63 (9.2e18); refused, not wrapped to a scale-down.
    QTest::newRow("value beyond 64-bit milli-units") << QByteArray("time_s,pod,metric,value\n0,a,cpu,1e16\n") << 2 << 9
                                                     << QStringLiteral("larger than 1e+15");
    QTest::newRow("bad time") << QByteArray("time_s,pod,metric,value\n\nabc,a,cpu,1\n") << 3 << 1 << QStringLiteral("time_s");
    // "0,a,cpu,1," is 10 characters: ready starts at column 11.
    QTest::newRow("bad ready") << QByteArray("time_s,pod,metric,value,ready\n0,a,cpu,1,yes\n") << 2 << 11 << QStringLiteral("true or false");
    // Two fields of four: reported one past the end of the 3-character line.
    QTest::newRow("short row") << QByteArray("time_s,pod,metric,value\n0,a\n") << 2 << 4 << QStringLiteral("2 fields");
    // The opening quote of the unterminated field is the 3rd character.
    QTest::newRow("unterminated quote") << QByteArray("time_s,pod,metric,value\n0,\"a,cpu,1\n") << 2 << 3 << QStringLiteral("quoted");
    QTest::newRow("empty") << QByteArray("\n\n") << 1 << 1 << QStringLiteral("empty");
    // 1e15 s after the first sample: far beyond the 7 days (604800 s) a replay covers; the time
    // field is the first column of line 3. 604800 s exactly is still accepted (next row).
    QTest::newRow("span beyond 7 days") << QByteArray("time_s,pod,metric,value\n0,a,cpu,400m\n1e15,a,cpu,400m\n") << 3 << 1
                                        << QStringLiteral("more than the 7 days");
    QTest::newRow("span beyond 7 days, before") << QByteArray("time_s,pod,metric,value\n604800,a,cpu,1\n-1,a,cpu,1\n")
                                                << 3 << 1 << QStringLiteral("span 604801 s");
}

void tst_MetricReplay::errors()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, text);
    MetricCsvError error;
    QVERIFY(!MetricReplay::parseCsv(csv, QStringLiteral("f.csv"), &error));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.message.contains(text), qPrintable(error.message));
    QVERIFY(error.toString().startsWith(QStringLiteral("f.csv:%1:%2: ").arg(line).arg(column)));
}

void tst_MetricReplay::podsMetricWithMissingPod()
{
    // Pods metric rps AverageValue 100, 3 replicas; pod-c has no sample.
    // Ready a, b: (30 + 50) / 2 = 40 -> ratio 0.4 < 1, so missing pod-c counts as the target 100:
    // (30 + 50 + 100) / 3 = 60 -> 0.6 -> ceil(0.6 x 3) = 2 (no direction change, 2 < 3).
    HpaSpec spec;
    spec.name = QStringLiteral("h");
    spec.minReplicas = 1;
    spec.maxReplicas = 10;
    spec.metrics = {HpaMetricSpec{HpaMetricSourceType::Pods, QStringLiteral("rps"), HpaMetricTargetType::AverageValue, 100}};
    const QByteArray csv = "time_s,pod,metric,value\n0,pod-a,rps,30\n0,pod-b,rps,50\n0,pod-c,other,1\n";
    const auto samples = MetricReplay::parseCsv(csv, QStringLiteral("m.csv"), nullptr);
    QVERIFY(samples);
    ReplayOptions options;
    options.initialReplicas = 3;
    const ReplayResult r = MetricReplay::replayHpa(spec, *samples, options);
    QCOMPARE(r.steps.size(), 1);
    QCOMPARE(r.steps[0].metricReplicas[0], 2);
    // First sync: the controller first records the current 3 replicas as a recommendation
    // (horizontal.go reconcileAutoscaler -> recordInitialRecommendation), so the 300 s scale-down
    // window holds max(3, 2) = 3: the HPA stays at 3, limited by stabilisation.
    QCOMPARE(r.steps[0].stabilizedReplicas, 3);
    QCOMPARE(r.steps[0].finalReplicas, 3);
    QCOMPARE(r.steps[0].limitedBy, QStringLiteral("stabilization"));
}

void tst_MetricReplay::utilizationWithoutRequestIsNoted()
{
    // cpu Utilization 50 %: without a request per pod (CSV column or --request) no utilisation can
    // be computed (replica_calculator.go: "missing request for cpu"): no proposal, and a note says why.
    HpaSpec spec;
    spec.name = QStringLiteral("h");
    spec.minReplicas = 1;
    spec.maxReplicas = 10;
    spec.metrics = {HpaMetricSpec{HpaMetricSourceType::Resource, QStringLiteral("cpu"), HpaMetricTargetType::Utilization, 50}};
    const auto samples = MetricReplay::parseCsv("time_s,pod,metric,value\n0,pod-a,cpu,400m\n", QStringLiteral("m.csv"), nullptr);
    QVERIFY(samples);
    ReplayOptions options;
    options.initialReplicas = 1;
    const ReplayResult r = MetricReplay::replayHpa(spec, *samples, options);
    QCOMPARE(r.steps.size(), 1);
    QCOMPARE(r.steps[0].metricReplicas[0], -1);
    QVERIFY(r.notes.join(QLatin1Char(' ')).contains(QLatin1String("no 'request' column")));
    // With --request 500m the same sample is 80 % -> ratio 1.6 -> ceil(1.6 x 1) = 2, and no note.
    options.requestPerPod = 0.5;
    const ReplayResult withRequest = MetricReplay::replayHpa(spec, *samples, options);
    QCOMPARE(withRequest.steps[0].metricReplicas[0], 2);
    QVERIFY(!withRequest.notes.join(QLatin1Char(' ')).contains(QLatin1String("no 'request' column")));
}

void tst_MetricReplay::unreadyPodsOnScaleUp()
{
    // Pods metric (not cpu: readiness comes only from Pending, so a not-ready pod with a sample
    // counts as ready) -> a: 300, b: 100 -> 200 average -> ratio 2 -> ceil(2 x 2) = 4.
    HpaSpec spec;
    spec.minReplicas = 1;
    spec.maxReplicas = 10;
    spec.metrics = {HpaMetricSpec{HpaMetricSourceType::Pods, QStringLiteral("rps"), HpaMetricTargetType::AverageValue, 100}};
    const QByteArray csv = "time_s,pod,metric,value,ready\n0,a,rps,300,true\n0,b,rps,100,false\n";
    const auto samples = MetricReplay::parseCsv(csv, QStringLiteral("m.csv"), nullptr);
    QVERIFY(samples);
    ReplayOptions options;
    options.initialReplicas = 2;
    ReplayResult r = MetricReplay::replayHpa(spec, *samples, options);
    QCOMPARE(r.steps[0].metricReplicas[0], 4);
    // cpu Utilization 100 %, request 1 core: b started at 0 s with condition False is inside the
    // 300 s CPU initialisation period -> unready. Ready a: 300 % -> ratio 3 > 1 with an unready pod,
    // so b counts 0: (3000m + 0) x 100 / 2000m = 150 % -> 1.5 -> ceil(1.5 x 2) = 3.
    spec.metrics = {HpaMetricSpec{HpaMetricSourceType::Resource, QStringLiteral("cpu"), HpaMetricTargetType::Utilization, 100}};
    const QByteArray cpu = "time_s,pod,metric,value,ready,started_s,request\n0,a,cpu,3,true,,1\n0,b,cpu,1,false,0,1\n";
    r = MetricReplay::replayHpa(spec, *MetricReplay::parseCsv(cpu, QStringLiteral("c.csv"), nullptr), options);
    QCOMPARE(r.steps[0].metricReplicas[0], 3);
}

void tst_MetricReplay::largestSampleScalesUp()
{
    // The largest sample a row may hold, 1e15 cores at a 500m request: 2e17 % of the target 50 %
    // -> far above maxReplicas 10, so the HPA scales up (default policy: max(+4, x2) from 2 -> 6),
    // never "no metrics" or a wrapped-around scale-down.
    HpaSpec spec;
    spec.name = QStringLiteral("h");
    spec.minReplicas = 1;
    spec.maxReplicas = 10;
    spec.metrics = {HpaMetricSpec{HpaMetricSourceType::Resource, QStringLiteral("cpu"), HpaMetricTargetType::Utilization, 50}};
    const QByteArray csv = "time_s,pod,metric,value,ready,started_s,request\n"
                           "0,a,cpu,1e15,true,-1000,500m\n"
                           "0,b,cpu,1e15,true,-1000,500m\n";
    const auto samples = MetricReplay::parseCsv(csv, QStringLiteral("m.csv"), nullptr);
    QVERIFY(samples);
    ReplayOptions options;
    options.initialReplicas = 2;
    const ReplayResult r = MetricReplay::replayHpa(spec, *samples, options);
    QCOMPARE(r.steps.size(), 1);
    QVERIFY(r.steps[0].metricsAvailable);
    QCOMPARE(r.steps[0].finalReplicas, 6);
}

void tst_MetricReplay::kedaCpuTriggerFromPodRows()
{
    // A ScaledObject with a cpu trigger (keda.sh CPU scaler: metricType Utilization, value 50):
    // two ready pods at 450m of a 500m request = 90 % each, total 180. KEDA's HPA:
    // ceil(180 / 50) = ceil(3.6) = 4; the default scale-up policy (max of +4 pods, +100 % per
    // 15 s) allows up to 6, so 2 -> 4 at the first sync.
    const QVariantMap manifest = map(
        {{QStringLiteral("kind"), QStringLiteral("ScaledObject")},
         {QStringLiteral("metadata"), map({{QStringLiteral("name"), QStringLiteral("api-scaler")}})},
         {QStringLiteral("spec"),
          map({{QStringLiteral("scaleTargetRef"), map({{QStringLiteral("name"), QStringLiteral("api")}})},
               {QStringLiteral("minReplicaCount"), 1},
               {QStringLiteral("maxReplicaCount"), 10},
               {QStringLiteral("triggers"),
                QVariantList{map({{QStringLiteral("type"), QStringLiteral("cpu")},
                                  {QStringLiteral("metricType"), QStringLiteral("Utilization")},
                                  {QStringLiteral("metadata"), map({{QStringLiteral("value"), QStringLiteral("50")}})}})}}})}});
    const auto spec = KedaSpec::fromManifest(manifest);
    QVERIFY(spec);
    QVERIFY(spec->triggers.first().utilization);
    const QByteArray csv = "time_s,pod,metric,value,ready,started_s,request\n"
                           "0,a,cpu,450m,true,-1000,500m\n"
                           "0,b,cpu,450m,true,-1000,500m\n";
    const auto samples = MetricReplay::parseCsv(csv, QStringLiteral("m.csv"), nullptr);
    QVERIFY(samples);
    ReplayOptions options;
    options.initialReplicas = 2;
    const ReplayResult r = MetricReplay::replayKeda(*spec, *samples, options);
    QVERIFY(!r.steps.isEmpty());
    const ReplayStep &last = r.steps.last();
    QCOMPARE(last.source, QStringLiteral("hpa"));
    QCOMPARE(last.metricReplicas.value(0), 4);
    QCOMPARE(last.finalReplicas, 4);
}

QTEST_GUILESS_MAIN(tst_MetricReplay)
#include "tst_metricreplay.moc"
