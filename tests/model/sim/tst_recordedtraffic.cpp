#include "model/sim/recordedtraffic.h"

#include <QTest>

using namespace Scaleplan;

// Expected values: linear interpolation by hand between the samples (0, 10), (10, 30), (30, 30);
// error positions counted by hand (1-based line and column of the offending field).

class tst_RecordedTraffic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interpolation_data();
    void interpolation();
    void headerOrderAndExtraColumns();
    void noHeader();
    void errors_data();
    void errors();
};

void tst_RecordedTraffic::interpolation_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<double>("rps");
    QTest::newRow("first") << 0.0 << 10.0;
    QTest::newRow("quarter") << 2.5 << 15.0;   // 10 + 20 x 2.5/10
    QTest::newRow("sample") << 10.0 << 30.0;
    QTest::newRow("flat") << 20.0 << 30.0;
    QTest::newRow("last") << 30.0 << 30.0;
    QTest::newRow("after") << 30.5 << 0.0;
    QTest::newRow("before") << -1.0 << 0.0;
}

void tst_RecordedTraffic::interpolation()
{
    QFETCH(double, time);
    QFETCH(double, rps);
    TrafficCsvError error;
    const auto traffic = RecordedTraffic::parseCsv("time_s,rps\r\n0,10\r\n\r\n10,30\r\n# a comment\r\n30,30\r\n",
                                                   QStringLiteral("t.csv"), &error);
    QVERIFY2(traffic, qPrintable(error.toString()));
    QCOMPARE(traffic->timeSeconds().size(), 3);
    QCOMPARE(traffic->durationSeconds(), 30.0);
    QCOMPARE(traffic->requestsPerSecondAt(time), rps);
}

void tst_RecordedTraffic::headerOrderAndExtraColumns()
{
    TrafficCsvError error;
    const auto traffic = RecordedTraffic::parseCsv("rps,host,\"time_s\"\n5,a,0\n15,b,20\n", QStringLiteral("t.csv"), &error);
    QVERIFY2(traffic, qPrintable(error.toString()));
    QCOMPARE(traffic->requestsPerSecondAt(10), 10.0); // 5 + 10 x 10/20
}

void tst_RecordedTraffic::noHeader()
{
    TrafficCsvError error;
    const auto traffic = RecordedTraffic::parseCsv("0,100\n60,200\n", QStringLiteral("t.csv"), &error);
    QVERIFY2(traffic, qPrintable(error.toString()));
    QCOMPARE(traffic->requestsPerSecondAt(30), 150.0);
}

void tst_RecordedTraffic::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad rps") << QByteArray("time_s,rps\n0,10\n5, abc\n")
                             << QStringLiteral("f.csv:3:4: rps: expected a number of requests per second >= 0, not 'abc'");
    QTest::newRow("time goes back") << QByteArray("time_s,rps\n10,1\n5,1\n")
                                    << QStringLiteral("f.csv:3:1: time_s: 5 is not after the previous sample's 10");
    QTest::newRow("negative rps") << QByteArray("0,-1\n") << QStringLiteral("f.csv:1:3: rps: expected a number of requests per second >= 0, not '-1'");
    QTest::newRow("missing field") << QByteArray("time_s,rps\n0\n") << QStringLiteral("f.csv:2:2: expected 2 fields, found 1");
    QTest::newRow("no rps column") << QByteArray("time_s,value\n0,1\n") << QStringLiteral("f.csv:1:1: the header has no rps column (expected time_s,rps)");
    QTest::newRow("empty") << QByteArray("time_s,rps\n") << QStringLiteral("f.csv:1:1: no traffic samples (expected lines of time_s,rps)");
    QTest::newRow("bad time") << QByteArray("time_s,rps\n0,1\nnan,2\n")
                              << QStringLiteral("f.csv:3:1: time_s: expected a number of seconds >= 0, not 'nan'");
}

void tst_RecordedTraffic::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    TrafficCsvError error;
    QVERIFY(!RecordedTraffic::parseCsv(text, QStringLiteral("f.csv"), &error));
    QCOMPARE(error.toString(), expected);
}

QTEST_GUILESS_MAIN(tst_RecordedTraffic)
#include "tst_recordedtraffic.moc"
