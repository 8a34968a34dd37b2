#include "model/sim/k6stages.h"

#include "tests/model/sim/simfixtures.h"

#include <QTest>

using namespace Scaleplan;
using namespace Scaleplan::TestFixtures;

// Expected values: the k6 "Ramping VUs" documentation example (startVUs 0, stages 20s -> 10,
// 10s -> 0) and hand interpolation: VUs = from + (target - from) x (t - stageStart) / duration.

class tst_K6Stages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void k6DocumentationExample_data();
    void k6DocumentationExample();
    void defaultStartIsOneVu();
    void zeroDurationStageJumps();
    void errors_data();
    void errors();
};

void tst_K6Stages::k6DocumentationExample_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<double>("virtualUsers");
    QTest::newRow("start") << 0.0 << 0.0;
    QTest::newRow("mid ramp-up") << 10.0 << 5.0;       // 0 + 10 x 10/20
    QTest::newRow("top") << 20.0 << 10.0;              // stage 2 starts from 10
    QTest::newRow("mid ramp-down") << 25.0 << 5.0;     // 10 + (0 - 10) x 5/10
    QTest::newRow("end") << 30.0 << 0.0;               // test over
    QTest::newRow("before") << -1.0 << 0.0;
}

void tst_K6Stages::k6DocumentationExample()
{
    QFETCH(double, time);
    QFETCH(double, virtualUsers);
    QString error;
    const QVariantList stages{map({{QStringLiteral("duration"), QStringLiteral("20s")}, {QStringLiteral("target"), 10}}),
                              map({{QStringLiteral("duration"), QStringLiteral("10s")}, {QStringLiteral("target"), 0}})};
    const auto parsed = K6Stages::fromVariant(stages, 0.0, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->totalSeconds(), 30.0);
    QCOMPARE(parsed->peakVirtualUsers(), 10.0);
    QCOMPARE(parsed->virtualUsersAt(time), virtualUsers);
}

void tst_K6Stages::defaultStartIsOneVu()
{
    // k6 startVUs default 1: stage 1m -> 61 VUs; at t = 30 s: 1 + 60 x 30/60 = 31.
    const K6Stages stages({K6Stage{60, 61}});
    QCOMPARE(stages.startVirtualUsers(), 1.0);
    QCOMPARE(stages.virtualUsersAt(0), 1.0);
    QCOMPARE(stages.virtualUsersAt(30), 31.0);
}

void tst_K6Stages::zeroDurationStageJumps()
{
    // 10 s at 5 VUs (from 5), 0 s -> 50 (instant), 10 s hold 50.
    const K6Stages stages({K6Stage{10, 5}, K6Stage{0, 50}, K6Stage{10, 50}}, 5);
    QCOMPARE(stages.totalSeconds(), 20.0);
    QCOMPARE(stages.virtualUsersAt(9.5), 5.0);
    QCOMPARE(stages.virtualUsersAt(10), 50.0);
    QCOMPARE(stages.virtualUsersAt(19.9), 50.0);
}

void tst_K6Stages::errors_data()
{
    QTest::addColumn<QVariant>("stages");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a list") << QVariant(QStringLiteral("2m")) << QStringLiteral("Stages: expected a non-empty list");
    QTest::newRow("bad duration") << QVariant(QVariantList{map({{QStringLiteral("Duration"), QStringLiteral("1m")}, {QStringLiteral("Target"), 1}}),
                                                           map({{QStringLiteral("Duration"), QStringLiteral("5x")}, {QStringLiteral("Target"), 1}})})
                                  << QStringLiteral("Stages[1].Duration: malformed Go duration '5x'");
    QTest::newRow("no target") << QVariant(QVariantList{map({{QStringLiteral("Duration"), QStringLiteral("1m")}})})
                               << QStringLiteral("Stages[0].Target: required");
    QTest::newRow("negative target") << QVariant(QVariantList{map({{QStringLiteral("Duration"), QStringLiteral("1m")}, {QStringLiteral("Target"), -3}})})
                                     << QStringLiteral("Stages[0].Target: must be a non-negative number");
}

void tst_K6Stages::errors()
{
    QFETCH(QVariant, stages);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!K6Stages::fromVariant(stages, 1.0, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_K6Stages)
#include "tst_k6stages.moc"
