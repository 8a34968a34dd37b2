#include "model/sim/loadprofile.h"

#include "tests/model/sim/simfixtures.h"

#include <QTest>
#include <cmath>

using namespace Scaleplan;
using namespace Scaleplan::TestFixtures;

// Expected shapes: the seed's "Load Testing Strategy" scenarios read as k6 ramping-vus stages
// (linear ramp 0 -> VirtualUsers over RampUp, hold for Duration), then a 600 s cool-down at 0.
// Every number is the Go duration converted by hand (10m = 600 s, 2m = 120 s, ...).

class tst_LoadProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedScenarios_data();
    void seedScenarios();
    void requestsPerVirtualUser();
    void zeroRampStartsAtFullLoad();
    void errors_data();
    void errors();
    void stagesScenario();
    void diurnalScenario();
    void spikesScenario();
    void recordedTrafficScenario();
    void shapeConflicts_data();
    void shapeConflicts();
};

void tst_LoadProfile::seedScenarios_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("rampUpSeconds");
    QTest::addColumn<double>("holdSeconds");
    QTest::addColumn<double>("totalSeconds");
    QTest::addColumn<double>("midRampVirtualUsers");
    QTest::addColumn<double>("virtualUsers");

    // baseline: 100 VU, 10m, ramp 2m -> ramp 120, hold 600, end 720, total 720 + 600 = 1320;
    // at t = 60 (half the ramp) 100 x 60/120 = 50 VU.
    QTest::newRow("baseline-load") << 0 << 120.0 << 600.0 << 1320.0 << 50.0 << 100.0;
    // peak: 1000 VU, 30m, ramp 5m -> 300, 1800, end 2100, total 2700; at t = 150: 500 VU.
    QTest::newRow("peak-load") << 1 << 300.0 << 1800.0 << 2700.0 << 500.0 << 1000.0;
    // stress: 5000 VU, 15m, ramp 3m -> 180, 900, end 1080, total 1680; at t = 90: 2500 VU.
    QTest::newRow("stress-test") << 2 << 180.0 << 900.0 << 1680.0 << 2500.0 << 5000.0;
    // spike: 2000 VU, 1m, ramp 10s -> 10, 60, end 70, total 670; at t = 5: 1000 VU.
    QTest::newRow("spike-test") << 3 << 10.0 << 60.0 << 670.0 << 1000.0 << 2000.0;
}

void tst_LoadProfile::seedScenarios()
{
    QFETCH(int, index);
    QFETCH(double, rampUpSeconds);
    QFETCH(double, holdSeconds);
    QFETCH(double, totalSeconds);
    QFETCH(double, midRampVirtualUsers);
    QFETCH(double, virtualUsers);

    QString error;
    const auto profile = LoadProfile::fromScenario(TestFixtures::seedScenarios().at(index), 600, 1.0, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->virtualUsers(), virtualUsers);
    QCOMPARE(profile->rampUpSeconds(), rampUpSeconds);
    QCOMPARE(profile->holdSeconds(), holdSeconds);
    QCOMPARE(profile->cooldownSeconds(), 600.0);
    QCOMPARE(profile->totalSeconds(), totalSeconds);

    const double loadEnd = rampUpSeconds + holdSeconds;
    QCOMPARE(profile->loadEndSeconds(), loadEnd);
    QCOMPARE(profile->virtualUsersAt(0), 0.0);                          // ramp starts at 0
    QCOMPARE(profile->virtualUsersAt(rampUpSeconds / 2), midRampVirtualUsers);
    QCOMPARE(profile->virtualUsersAt(rampUpSeconds), virtualUsers);     // hold begins
    QCOMPARE(profile->virtualUsersAt(loadEnd - 1), virtualUsers);       // still holding
    QCOMPARE(profile->virtualUsersAt(loadEnd), 0.0);                    // cool-down
    QCOMPARE(profile->virtualUsersAt(totalSeconds), 0.0);
    QCOMPARE(profile->virtualUsersAt(-1), 0.0);
    // 1 request per VU per second by default.
    QCOMPARE(profile->requestsPerSecondAt(rampUpSeconds / 2), midRampVirtualUsers);
}

void tst_LoadProfile::requestsPerVirtualUser()
{
    // baseline at t = 60: 50 VU x 2.5 req/s = 125 req/s; at t = 300 (hold): 100 x 2.5 = 250.
    const auto profile = LoadProfile::fromScenario(TestFixtures::seedScenarios().at(0), 0, 2.5);
    QVERIFY(profile);
    QCOMPARE(profile->requestsPerSecondAt(60), 125.0);
    QCOMPARE(profile->requestsPerSecondAt(300), 250.0);
    QCOMPARE(profile->totalSeconds(), 720.0); // no cool-down: 120 + 600
}

void tst_LoadProfile::zeroRampStartsAtFullLoad()
{
    // RampUp "0s" (and a numeric-string VirtualUsers): 300 VU from t = 0 to 60, then 0.
    const auto profile = LoadProfile::fromScenario(scenario(QStringLiteral("flat"), QStringLiteral("300"),
                                                            QStringLiteral("1m"), QStringLiteral("0s")),
                                                   30);
    QVERIFY(profile);
    QCOMPARE(profile->virtualUsersAt(0), 300.0);
    QCOMPARE(profile->virtualUsersAt(59.5), 300.0);
    QCOMPARE(profile->virtualUsersAt(60), 0.0);
    QCOMPARE(profile->totalSeconds(), 90.0);
}

void tst_LoadProfile::errors_data()
{
    QTest::addColumn<QVariant>("virtualUsers");
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QString>("rampUp");
    QTest::addColumn<QString>("errorPrefix");
    QTest::newRow("bad duration") << QVariant(100) << "ten minutes" << "2m" << "Duration: malformed Go duration";
    QTest::newRow("bad ramp") << QVariant(100) << "10m" << "2 min" << "RampUp: malformed Go duration";
    QTest::newRow("no users") << QVariant() << "10m" << "2m" << "VirtualUsers: required";
    QTest::newRow("negative users") << QVariant(-5) << "10m" << "2m" << "VirtualUsers: must be a non-negative number";
}

void tst_LoadProfile::errors()
{
    QFETCH(QVariant, virtualUsers);
    QFETCH(QString, duration);
    QFETCH(QString, rampUp);
    QFETCH(QString, errorPrefix);
    DesignObject object = scenario(QStringLiteral("broken"), virtualUsers, duration, rampUp);
    if (!virtualUsers.isValid())
        object.fields.remove(QStringLiteral("VirtualUsers"));
    QString error;
    QVERIFY(!LoadProfile::fromScenario(object, 600, 1.0, &error));
    QVERIFY2(error.startsWith(errorPrefix), qPrintable(error));

    DesignObject wrongKind = object;
    wrongKind.kind = ObjectKind::Deployment;
    QVERIFY(!LoadProfile::fromScenario(wrongKind, 600));
}

void tst_LoadProfile::stagesScenario()
{
    // Stages 1m -> 100 VU, 2m hold at 100, 30s -> 0, startVUs 0; at 2 req/s per VU:
    // t = 30: 50 VU -> 100 req/s; t = 195 (15 s into the ramp-down): 100 - 100 x 15/30 = 50 VU.
    DesignObject object = TestFixtures::object(
        ObjectKind::LoadScenario, QStringLiteral("staged"),
        map({{QStringLiteral("StartVUs"), 0},
             {QStringLiteral("Stages"),
              QVariantList{map({{QStringLiteral("Duration"), QStringLiteral("1m")}, {QStringLiteral("Target"), 100}}),
                           map({{QStringLiteral("Duration"), QStringLiteral("2m")}, {QStringLiteral("Target"), 100}}),
                           map({{QStringLiteral("Duration"), QStringLiteral("30s")}, {QStringLiteral("Target"), 0}})}}}));
    QString error;
    const auto profile = LoadProfile::fromScenario(object, 600, 2.0, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->shape(), LoadProfile::Shape::Stages);
    QCOMPARE(profile->loadEndSeconds(), 210.0);
    QCOMPARE(profile->totalSeconds(), 810.0);
    QCOMPARE(profile->virtualUsers(), 100.0);
    QCOMPARE(profile->requestsPerSecondAt(30), 100.0);
    QCOMPARE(profile->virtualUsersAt(195), 50.0);
    QCOMPARE(profile->requestsPerSecondAt(210), 0.0);
}

void tst_LoadProfile::diurnalScenario()
{
    // Peak 400 at 12:00, trough 0 (default), Duration 1h: at t = 0 (midnight) the trough, 0 req/s.
    const DesignObject object = TestFixtures::object(ObjectKind::LoadScenario, QStringLiteral("daily"),
                                                     map({{QStringLiteral("Pattern"), QStringLiteral("diurnal")},
                                                          {QStringLiteral("PeakRps"), 400},
                                                          {QStringLiteral("Duration"), QStringLiteral("1h")}}));
    QString error;
    const auto profile = LoadProfile::fromScenario(object, 60, 1.0, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->shape(), LoadProfile::Shape::Diurnal);
    QCOMPARE(profile->totalSeconds(), 3660.0);
    QVERIFY(std::abs(profile->requestsPerSecondAt(0)) < 1e-9);
    QCOMPARE(profile->virtualUsersAt(10), 0.0); // rate-based: no VUs
}

void tst_LoadProfile::spikesScenario()
{
    const DesignObject object = TestFixtures::object(
        ObjectKind::LoadScenario, QStringLiteral("spiky"),
        map({{QStringLiteral("BaseRps"), 50},
             {QStringLiteral("Spikes"), QVariantList{map({{QStringLiteral("At"), QStringLiteral("10s")},
                                                          {QStringLiteral("Height"), 950},
                                                          {QStringLiteral("Duration"), QStringLiteral("5s")}})}}}));
    QString error;
    const auto profile = LoadProfile::fromScenario(object, 0, 1.0, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->shape(), LoadProfile::Shape::Spikes);
    QCOMPARE(profile->totalSeconds(), 15.0);      // the spike ends at 10 + 5
    QCOMPARE(profile->requestsPerSecondAt(9), 50.0);
    QCOMPARE(profile->requestsPerSecondAt(12), 1000.0); // 50 + 950
}

void tst_LoadProfile::recordedTrafficScenario()
{
    const DesignObject object = TestFixtures::object(ObjectKind::LoadScenario, QStringLiteral("replayed"),
                                                     map({{QStringLiteral("TrafficCsv"), QStringLiteral("traffic/monday.csv")}}));
    QString error;
    QVERIFY(!LoadProfile::fromScenario(object, 0, 1.0, &error));
    QVERIFY2(error.startsWith(QStringLiteral("TrafficCsv: 'traffic/monday.csv' was not loaded")), qPrintable(error));

    QMap<QString, RecordedTraffic> traffic;
    traffic.insert(QStringLiteral("traffic/monday.csv"), RecordedTraffic({0, 100}, {20, 220}));
    const auto profile = LoadProfile::fromScenario(object, 30, 1.0, &error, &traffic);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->shape(), LoadProfile::Shape::RecordedTraffic);
    QCOMPARE(profile->totalSeconds(), 130.0);
    QCOMPARE(profile->requestsPerSecondAt(25), 70.0); // 20 + (220 - 20) x 25/100 = 20 + 50
    QCOMPARE(profile->requestsPerSecondAt(101), 0.0);
}

void tst_LoadProfile::shapeConflicts_data()
{
    const QVariantList stages{map({{QStringLiteral("Duration"), QStringLiteral("1m")}, {QStringLiteral("Target"), 1}})};
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("message");
    QTest::newRow("two shapes") << map({{QStringLiteral("Stages"), stages}, {QStringLiteral("Pattern"), QStringLiteral("diurnal")}})
                                << QStringLiteral("Stages, Pattern: a LoadScenario takes only one of Stages, Pattern, Spikes, TrafficCsv");
    QTest::newRow("VUs with stages") << map({{QStringLiteral("Stages"), stages}, {QStringLiteral("VirtualUsers"), 10}})
                                     << QStringLiteral("VirtualUsers: not used with Stages; remove it");
    QTest::newRow("Duration with stages") << map({{QStringLiteral("Stages"), stages}, {QStringLiteral("Duration"), QStringLiteral("1m")}})
                                          << QStringLiteral("Duration: not used with Stages (each stage has its own Duration); remove it");
}

void tst_LoadProfile::shapeConflicts()
{
    QFETCH(QVariantMap, fields);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!LoadProfile::fromScenario(TestFixtures::object(ObjectKind::LoadScenario, QStringLiteral("x"), fields), 0, 1.0, &error));
    QCOMPARE(error, message);
}

QTEST_GUILESS_MAIN(tst_LoadProfile)
#include "tst_loadprofile.moc"
