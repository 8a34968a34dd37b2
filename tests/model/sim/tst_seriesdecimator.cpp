// Tests of SeriesDecimator: min/max-per-bucket thinning keeps peaks, troughs and both ends.
#include "model/sim/seriesdecimator.h"

#include <QTest>
#include <cmath>

using namespace Scaleplan;

namespace {

QVector<double> ramp(int n, double start = 0, double step = 1)
{
    QVector<double> v(n);
    for (int i = 0; i < n; ++i)
        v[i] = start + i * step;
    return v;
}

bool strictlyAscending(const QVector<qsizetype> &v)
{
    for (qsizetype i = 1; i < v.size(); ++i) {
        if (v[i] <= v[i - 1])
            return false;
    }
    return true;
}

} // namespace

class TestSeriesDecimator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyInput();
    void shortSeriesKeepsEveryPoint();
    void peakAndTroughSurvive_data();
    void peakAndTroughSurvive();
    void visibleRangeHandComputed();
    void rangeEdgesIncludeNeighbours();
    void nanIsNeverChosen();
    void dayAtOneSecondResolution();
};

void TestSeriesDecimator::emptyInput()
{
    QVERIFY(SeriesDecimator::minMaxIndices({}, {}, 10).isEmpty());
    // A range that ends before it starts selects nothing.
    QVERIFY(SeriesDecimator::minMaxIndices(ramp(10), ramp(10), 4, 5, 2).isEmpty());
}

void TestSeriesDecimator::shortSeriesKeepsEveryPoint()
{
    // 5 samples, 10 buckets: 5 <= 2 x 10 + 2, so nothing is dropped.
    const QVector<qsizetype> out = SeriesDecimator::minMaxIndices(ramp(5), {3, 1, 4, 1, 5}, 10);
    QCOMPARE(out, (QVector<qsizetype>{0, 1, 2, 3, 4}));
    // 22 samples, 10 buckets: exactly the limit, still every sample.
    QCOMPARE(SeriesDecimator::minMaxIndices(ramp(22), ramp(22), 10).size(), 22);
}

void TestSeriesDecimator::peakAndTroughSurvive_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("buckets");
    QTest::addColumn<int>("peak");
    QTest::addColumn<int>("trough");
    // Flat series at 0 with one spike to +100 and one dip to -50 at arbitrary places.
    QTest::newRow("1000 pts, 10 buckets") << 1000 << 10 << 437 << 612;
    QTest::newRow("1000 pts, 1 bucket") << 1000 << 1 << 3 << 996;
    QTest::newRow("peak next to trough") << 5000 << 7 << 2500 << 2501;
    QTest::newRow("peak on the second sample") << 3000 << 100 << 1 << 2998;
}

void TestSeriesDecimator::peakAndTroughSurvive()
{
    QFETCH(int, n);
    QFETCH(int, buckets);
    QFETCH(int, peak);
    QFETCH(int, trough);
    QVector<double> y(n, 0.0);
    y[peak] = 100;
    y[trough] = -50;
    const QVector<qsizetype> out = SeriesDecimator::minMaxIndices(ramp(n), y, buckets);
    QVERIFY(out.size() <= 2 * buckets + 2);
    QVERIFY(out.contains(peak));
    QVERIFY(out.contains(trough));
    QCOMPARE(out.first(), 0);
    QCOMPARE(out.last(), n - 1);
    QVERIFY(strictlyAscending(out)); // timestamps stay monotonic
}

void TestSeriesDecimator::visibleRangeHandComputed()
{
    // x = y = 0..999, visible [200, 300], 5 buckets of width 20 over the interior 201..299:
    // [200,220) -> 201..219, [220,240) -> 220..239, ... [280,300] -> 280..299; y increases, so
    // each bucket's min is its first sample and its max its last. Plus the edges 200 and 300.
    const QVector<qsizetype> out = SeriesDecimator::minMaxIndices(ramp(1000), ramp(1000), 5, 200, 300);
    QCOMPARE(out, (QVector<qsizetype>{200, 201, 219, 220, 239, 240, 259, 260, 279, 280, 299, 300}));
}

void TestSeriesDecimator::rangeEdgesIncludeNeighbours()
{
    // x = 0, 10, 20, ... 990; visible [105, 415]: the last sample at or before 105 is x = 100
    // (index 10), the first at or after 415 is x = 420 (index 42), so the line reaches both edges.
    const QVector<qsizetype> out = SeriesDecimator::minMaxIndices(ramp(100, 0, 10), ramp(100), 4, 105, 415);
    QCOMPARE(out.first(), 10);
    QCOMPARE(out.last(), 42);
    QVERIFY(out.size() <= 2 * 4 + 2);
    QVERIFY(strictlyAscending(out));
    // A range beyond the data keeps the last sample only.
    QCOMPARE(SeriesDecimator::minMaxIndices(ramp(100), ramp(100), 4, 500, 600), (QVector<qsizetype>{99}));
}

void TestSeriesDecimator::nanIsNeverChosen()
{
    // 100 samples, 2 buckets over the interior 1..98: the first bucket is all NaN except sample 30
    // (value 7); the second holds 60 (value 9) and 80 (value -3), the rest NaN.
    QVector<double> y(100, std::nan(""));
    y[0] = 1;
    y[99] = 2;
    y[30] = 7;
    y[60] = 9;
    y[80] = -3;
    const QVector<qsizetype> out = SeriesDecimator::minMaxIndices(ramp(100), y, 2);
    QCOMPARE(out, (QVector<qsizetype>{0, 30, 60, 80, 99}));
}

void TestSeriesDecimator::dayAtOneSecondResolution()
{
    // 86,400 one-second samples of a smooth daily wave plus a one-second spike at 13:37:01 and a
    // one-second outage (0) at 04:00:00; 800 pixel columns.
    const int n = 86400;
    QVector<double> t = ramp(n);
    QVector<double> y(n);
    for (int i = 0; i < n; ++i)
        y[i] = 500 + 400 * std::sin(2 * M_PI * i / n);
    const int spike = 13 * 3600 + 37 * 60 + 1;
    const int outage = 4 * 3600;
    y[spike] = 5000;
    y[outage] = 0;
    const QVector<qsizetype> out = SeriesDecimator::minMaxIndices(t, y, 800);
    QVERIFY(out.size() <= 1602);
    QVERIFY(out.size() > 800); // a smooth wave still gives about two points per column
    QVERIFY(out.contains(spike));
    QVERIFY(out.contains(outage));
    QVERIFY(strictlyAscending(out));
    // The drawn extent equals the full extent: max 5000 (the spike), min 0 (the outage).
    double lo = 1e9, hi = -1e9;
    for (qsizetype i : out) {
        lo = std::min(lo, y[i]);
        hi = std::max(hi, y[i]);
    }
    QCOMPARE(hi, 5000.0);
    QCOMPARE(lo, 0.0);
}

QTEST_APPLESS_MAIN(TestSeriesDecimator)
#include "tst_seriesdecimator.moc"
