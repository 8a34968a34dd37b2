#include "model/sim/dynamodbondemand.h"
#include "model/sim/lambdaconcurrency.h"

#include <QTest>

using namespace Scaleplan;

// DynamoDB: "up to double the previous peak; throttling when exceeding it within 30 minutes", new
// tables 4,000 writes/s (DynamoDB Developer Guide, on-demand capacity mode). Lambda: concurrency =
// rps x duration, +1,000 environments per 10 s, reserved concurrency caps (Lambda Developer Guide,
// "Understanding Lambda function scaling"). The Lambda case lives here too: both are pass-through
// throughput limits with one hand-computed timeline each.

class tst_DynamoDbOnDemand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previousPeakTimesTwo();
    void lambdaConcurrency();
};

void tst_DynamoDbOnDemand::previousPeakTimesTwo()
{
    DynamoDbOnDemand table(4000);
    QCOMPARE(table.serve(0, 3000, 1), 3000.0);   // within the new-table 4000
    QCOMPARE(table.serve(10, 5000, 1), 4000.0);  // 3000's double is not available before t = 1800
    QCOMPARE(table.throttledRequests(), 1000.0);
    QCOMPARE(table.serve(1799, 5000, 1), 4000.0);
    // At 1800 the t = 0 peak (3000) is 30 min old; the t = 10 peak (4000) settles at 1810.
    QCOMPARE(table.serve(1800, 7000, 1), 6000.0);
    QCOMPARE(table.serve(1810, 9000, 1), 8000.0);
}

void tst_DynamoDbOnDemand::lambdaConcurrency()
{
    // Reserved 300, 1 s duration, 500 rps: +100 environments per second -> 100, 200, 300 (cap), 300.
    LambdaConcurrency lambda(1.0, 300);
    QCOMPARE(lambda.serve(500, 1), 100.0);
    QCOMPARE(lambda.serve(500, 1), 200.0);
    QCOMPARE(lambda.serve(500, 1), 300.0);
    QCOMPARE(lambda.serve(500, 1), 300.0);
    QCOMPARE(lambda.throttledRequests(), 400.0 + 300.0 + 200.0 + 200.0);
    // 0.25 s duration at 100 rps: concurrency 25, all served.
    LambdaConcurrency fast(0.25, 1000);
    QCOMPARE(fast.serve(100, 1), 100.0);
    QCOMPARE(fast.concurrency(), 25.0);
}

QTEST_GUILESS_MAIN(tst_DynamoDbOnDemand)
#include "tst_dynamodbondemand.moc"
