#include "model/sim/spikepattern.h"

#include "tests/model/sim/simfixtures.h"

#include <QTest>

using namespace Scaleplan;
using namespace Scaleplan::TestFixtures;

// Expected values by hand: base 100 rps; spike A +500 rps over [300, 360) s; spike B +200 rps over
// [330, 450) s; overlapping spikes add (100 + 500 + 200 = 800 in [330, 360)).

class tst_SpikePattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rates_data();
    void rates();
    void durationDefaultsToLastSpikeEnd();
    void errors();
};

namespace {
DesignObject spikeScenario(const QVariant &duration)
{
    QVariantMap fields = map({{QStringLiteral("BaseRps"), 100},
                              {QStringLiteral("Spikes"),
                               QVariantList{map({{QStringLiteral("At"), QStringLiteral("5m")}, {QStringLiteral("Height"), 500},
                                                 {QStringLiteral("Duration"), QStringLiteral("1m")}}),
                                            map({{QStringLiteral("At"), QStringLiteral("5m30s")}, {QStringLiteral("Height"), 200},
                                                 {QStringLiteral("Duration"), QStringLiteral("2m")}})}}});
    if (duration.isValid())
        fields.insert(QStringLiteral("Duration"), duration);
    return object(ObjectKind::LoadScenario, QStringLiteral("spikes"), fields);
}
} // namespace

void tst_SpikePattern::rates_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<double>("rps");
    QTest::newRow("base") << 0.0 << 100.0;
    QTest::newRow("A starts") << 300.0 << 600.0;
    QTest::newRow("A and B") << 345.0 << 800.0;
    QTest::newRow("A ended") << 360.0 << 300.0;
    QTest::newRow("B ended") << 450.0 << 100.0;
    QTest::newRow("over") << 600.0 << 0.0;
}

void tst_SpikePattern::rates()
{
    QFETCH(double, time);
    QFETCH(double, rps);
    QString error;
    const auto pattern = SpikePattern::fromScenario(spikeScenario(QStringLiteral("10m")), &error);
    QVERIFY2(pattern, qPrintable(error));
    QCOMPARE(pattern->durationSeconds(), 600.0);
    QCOMPARE(pattern->requestsPerSecondAt(time), rps);
}

void tst_SpikePattern::durationDefaultsToLastSpikeEnd()
{
    QString error;
    const auto pattern = SpikePattern::fromScenario(spikeScenario(QVariant()), &error);
    QVERIFY2(pattern, qPrintable(error));
    QCOMPARE(pattern->durationSeconds(), 450.0); // B: 330 + 120
}

void tst_SpikePattern::errors()
{
    QString error;
    DesignObject bad = spikeScenario(QVariant());
    QVariantList spikes = bad.fields.value(QStringLiteral("Spikes")).toList();
    QVariantMap second = spikes[1].toMap();
    second.insert(QStringLiteral("At"), QStringLiteral("soon"));
    spikes[1] = second;
    bad.fields.insert(QStringLiteral("Spikes"), spikes);
    QVERIFY(!SpikePattern::fromScenario(bad, &error));
    QCOMPARE(error, QStringLiteral("Spikes[1].At: malformed Go duration 'soon'"));

    bad.fields.insert(QStringLiteral("Spikes"), QVariantList{map({{QStringLiteral("At"), QStringLiteral("1m")},
                                                                  {QStringLiteral("Duration"), QStringLiteral("1m")}})});
    QVERIFY(!SpikePattern::fromScenario(bad, &error));
    QCOMPARE(error, QStringLiteral("Spikes[0].Height: required"));

    bad.fields.insert(QStringLiteral("Spikes"), QVariantList{});
    QVERIFY(!SpikePattern::fromScenario(bad, &error));
    QVERIFY(error.startsWith(QStringLiteral("Spikes: expected a non-empty list")));

    // A spike at or after the end of the traffic (Duration 10m = 600 s) never happens; one of
    // 0 s has no effect: both are refused, naming the spike.
    DesignObject late = spikeScenario(QStringLiteral("10m"));
    spikes = late.fields.value(QStringLiteral("Spikes")).toList();
    second = spikes[1].toMap();
    second.insert(QStringLiteral("At"), QStringLiteral("10m"));
    spikes[1] = second;
    late.fields.insert(QStringLiteral("Spikes"), spikes);
    QVERIFY(!SpikePattern::fromScenario(late, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Spikes[1].At: 600 s is not before the end of the traffic (Duration 600 s)")),
             qPrintable(error));
    second.insert(QStringLiteral("At"), QStringLiteral("6m"));
    second.insert(QStringLiteral("Duration"), QStringLiteral("0s"));
    spikes[1] = second;
    late.fields.insert(QStringLiteral("Spikes"), spikes);
    QVERIFY(!SpikePattern::fromScenario(late, &error));
    QCOMPARE(error, QStringLiteral("Spikes[1].Duration: a spike must last longer than 0 s"));
}

QTEST_GUILESS_MAIN(tst_SpikePattern)
#include "tst_spikepattern.moc"
