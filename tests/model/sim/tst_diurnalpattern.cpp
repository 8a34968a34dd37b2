#include "model/sim/diurnalpattern.h"

#include "tests/model/sim/simfixtures.h"

#include <QTest>
#include <cmath>

using namespace Scaleplan;
using namespace Scaleplan::TestFixtures;

// Expected values: the documented raised cosine by hand,
// rps = trough + (peak - trough) (1 + cos(2 pi (t - peakHour h) / 24 h)) / 2,
// with peak 1000, trough 200, peak hour 18.

class tst_DiurnalPattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void curve_data();
    void curve();
    void fromScenario();
    void errors_data();
    void errors();
};

void tst_DiurnalPattern::curve_data()
{
    QTest::addColumn<double>("hour");
    QTest::addColumn<double>("rps");
    QTest::newRow("peak 18:00") << 18.0 << 1000.0;                 // cos 0 = 1
    QTest::newRow("trough 06:00") << 6.0 << 200.0;                 // cos(-pi) = -1
    QTest::newRow("midnight") << 0.0 << 600.0;                     // cos(-3pi/2) = 0 -> 200 + 400
    QTest::newRow("noon") << 12.0 << 600.0;                        // cos(-pi/2) = 0
    QTest::newRow("21:00") << 21.0 << 200.0 + 400.0 * (1.0 + std::sqrt(0.5)); // cos(pi/4) = 0.7071 -> 882.84
}

void tst_DiurnalPattern::curve()
{
    QFETCH(double, hour);
    QFETCH(double, rps);
    const DiurnalPattern pattern(1000, 200, 18);
    QVERIFY(std::abs(pattern.requestsPerSecondAt(hour * 3600) - rps) < 1e-9);
}

void tst_DiurnalPattern::fromScenario()
{
    const DesignObject scenario = object(ObjectKind::LoadScenario, QStringLiteral("daily"),
                                         map({{QStringLiteral("Pattern"), QStringLiteral("diurnal")},
                                              {QStringLiteral("PeakRps"), 1000},
                                              {QStringLiteral("TroughRps"), QStringLiteral("200")},
                                              {QStringLiteral("PeakHour"), 18},
                                              {QStringLiteral("Duration"), QStringLiteral("48h")}}));
    QString error;
    const auto pattern = DiurnalPattern::fromScenario(scenario, &error);
    QVERIFY2(pattern, qPrintable(error));
    QCOMPARE(pattern->periodSeconds(), 86400.0);   // default 24h
    QCOMPARE(pattern->durationSeconds(), 172800.0); // 48h
    QVERIFY(std::abs(pattern->requestsPerSecondAt((24 + 18) * 3600.0) - 1000.0) < 1e-9); // next day's peak
    QCOMPARE(pattern->requestsPerSecondAt(172800.0), 0.0);                                // over

    // Defaults: TroughRps 0, PeakHour 12, Duration = Period.
    const DesignObject minimal = object(ObjectKind::LoadScenario, QStringLiteral("d"),
                                        map({{QStringLiteral("Pattern"), QStringLiteral("diurnal")}, {QStringLiteral("PeakRps"), 50}}));
    const auto defaults = DiurnalPattern::fromScenario(minimal, &error);
    QVERIFY2(defaults, qPrintable(error));
    QCOMPARE(defaults->troughRps(), 0.0);
    QCOMPARE(defaults->peakHour(), 12.0);
    QCOMPARE(defaults->durationSeconds(), 86400.0);
    QVERIFY(std::abs(defaults->requestsPerSecondAt(0.0)) < 1e-9); // midnight = trough 0
}

void tst_DiurnalPattern::errors_data()
{
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown pattern") << map({{QStringLiteral("Pattern"), QStringLiteral("weekly")}, {QStringLiteral("PeakRps"), 5}})
                                     << QStringLiteral("Pattern: unknown pattern 'weekly'");
    QTest::newRow("no peak") << map({{QStringLiteral("Pattern"), QStringLiteral("diurnal")}}) << QStringLiteral("PeakRps: required");
    QTest::newRow("trough above peak") << map({{QStringLiteral("Pattern"), QStringLiteral("diurnal")}, {QStringLiteral("PeakRps"), 5},
                                               {QStringLiteral("TroughRps"), 6}})
                                       << QStringLiteral("TroughRps: 6 is above PeakRps 5");
    QTest::newRow("bad period") << map({{QStringLiteral("Pattern"), QStringLiteral("diurnal")}, {QStringLiteral("PeakRps"), 5},
                                        {QStringLiteral("Period"), QStringLiteral("1d")}})
                                << QStringLiteral("Period: malformed Go duration '1d'");
}

void tst_DiurnalPattern::errors()
{
    QFETCH(QVariantMap, fields);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!DiurnalPattern::fromScenario(object(ObjectKind::LoadScenario, QStringLiteral("x"), fields), &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_DiurnalPattern)
#include "tst_diurnalpattern.moc"
