#include "model/sim/decayinghistogram.h"

#include <QTest>
#include <cmath>

using namespace Scaleplan;

// Expected values: the VPA histogram formulas (histogram_options.go) by hand, for the CPU options
// (first bucket 0.001 core, ratio 1.05, max 1000 cores):
//   bucket(v) = floor(ln(v x 0.05 / 0.001 + 1) / ln 1.05), start(n) = 0.02 x (1.05^n - 1);
//   0.2 core: ln(11) / ln 1.05 = 49.147 -> bucket 49, its end start(50) = 0.02 x (1.05^50 - 1) = 0.209348;
//   0.8 core: ln(41) / ln 1.05 = 76.113 -> bucket 76, end start(77) = 0.836261;
//   buckets: ceil(ln(50001) / ln 1.05) + 1 = 222 + 1 = 223.

class tst_DecayingHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buckets();
    void percentileReturnsBucketEnd();
    void newerSamplesWeighMore();
    void subtractEmpties();
};

void tst_DecayingHistogram::buckets()
{
    const DecayingHistogram h = DecayingHistogram::cpuHistogram();
    QCOMPARE(h.bucketCount(), 223);
    QCOMPARE(h.findBucket(0.0005), 0); // below the first bucket size
    QCOMPARE(h.findBucket(0.2), 49);
    QCOMPARE(h.findBucket(0.8), 76);
    QCOMPARE(h.findBucket(5000.0), 222); // clamped to the last bucket
    QCOMPARE(h.bucketStart(0), 0.0);
    QVERIFY(std::abs(h.bucketStart(1) - 0.001) < 1e-15);
    QVERIFY(std::abs(h.bucketStart(50) - 0.209348) < 1e-6);
    // Memory: ceil(ln(1e12 x 0.05 / 1e7 + 1) / ln 1.05) + 1 = 175 + 1 = 176 buckets.
    QCOMPARE(DecayingHistogram::memoryHistogram().bucketCount(), 176);
}

void tst_DecayingHistogram::percentileReturnsBucketEnd()
{
    DecayingHistogram h = DecayingHistogram::cpuHistogram();
    QVERIFY(h.isEmpty());
    QCOMPARE(h.percentile(0.9), 0.0);
    h.addSample(0.2, 1.0, 0);
    h.addSample(0.8, 1.0, 0);
    // total 2: p50 threshold 1 reached by the 0.2 bucket; p90 threshold 1.8 needs the 0.8 bucket.
    QVERIFY(std::abs(h.percentile(0.5) - 0.209348) < 1e-6);
    QVERIFY(std::abs(h.percentile(0.9) - 0.836261) < 1e-6);
}

void tst_DecayingHistogram::newerSamplesWeighMore()
{
    // 0.2 at t = 0 (weight 1), 0.8 one half-life later (weight 1 x 2^1 = 2): total 3, p50
    // threshold 1.5 > 1 -> the 0.8 bucket.
    DecayingHistogram h = DecayingHistogram::cpuHistogram(86400);
    h.addSample(0.2, 1.0, 0);
    h.addSample(0.8, 1.0, 86400);
    QVERIFY(std::abs(h.percentile(0.5) - 0.836261) < 1e-6);
    QVERIFY(std::abs(h.percentile(0.3) - 0.209348) < 1e-6); // threshold 0.9 <= 1
}

void tst_DecayingHistogram::subtractEmpties()
{
    DecayingHistogram h = DecayingHistogram::memoryHistogram();
    h.addSample(300.0 * 1024 * 1024, 1.0, 100);
    QVERIFY(!h.isEmpty());
    h.subtractSample(300.0 * 1024 * 1024, 1.0, 100);
    QVERIFY(h.isEmpty());
    QCOMPARE(h.percentile(0.5), 0.0);
}

QTEST_GUILESS_MAIN(tst_DecayingHistogram)
#include "tst_decayinghistogram.moc"
