#include "model/sim/mmcqueue.h"

#include <QTest>
#include <cmath>

using namespace Scaleplan;

// Expected values are hand calculations of the M/M/c formulas (Harchol-Balter, "Performance
// Modeling and Design of Computer Systems", ch. 14; Kleinrock, "Queueing Systems" vol. 1, 3.5),
// with the direct Erlang C form C = (a^c/c! . c/(c-a)) / (sum_{k<c} a^k/k! + a^c/c! . c/(c-a)),
// not the recursion the code uses.

class tst_MmcQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void erlangC_data();
    void erlangC();
    void erlangB();
    void waitingTimes();
    void singleServerMatchesMm1();
    void unstableAndIdle();
    void manyServersStayFinite();
};

void tst_MmcQueue::erlangC_data()
{
    QTest::addColumn<int>("servers");
    QTest::addColumn<double>("erlangs");
    QTest::addColumn<double>("expected");

    // c = 2, lambda = 1.5, mu = 1: a = 1.5; a^2/2! = 1.125, x 2/(2-1.5) = 4 -> 4.5;
    // 1 + 1.5 = 2.5; C = 4.5 / (2.5 + 4.5) = 9/14 = 0.642857.
    QTest::newRow("c2-a1.5") << 2 << 1.5 << 9.0 / 14.0;
    // c = 2, a = 1: 1/2 x 2/1 = 1; 1 + 1 = 2; C = 1/3.
    QTest::newRow("c2-a1") << 2 << 1.0 << 1.0 / 3.0;
    // c = 3, a = 2: 8/6 x 3/1 = 4; 1 + 2 + 2 = 5; C = 4/9.
    QTest::newRow("c3-a2") << 3 << 2.0 << 4.0 / 9.0;
    // c = 1 (M/M/1): C = rho = 0.5.
    QTest::newRow("c1-a0.5") << 1 << 0.5 << 0.5;
}

void tst_MmcQueue::erlangC()
{
    QFETCH(int, servers);
    QFETCH(double, erlangs);
    QFETCH(double, expected);
    QVERIFY(std::abs(MmcQueue::erlangC(servers, erlangs) - expected) < 1e-12);
    const MmcQueue queue(servers, erlangs * 4.0, 4.0); // same a with mu = 4/s
    QVERIFY(std::abs(queue.probabilityOfWaiting() - expected) < 1e-12);
    QVERIFY(std::abs(queue.utilisation() - erlangs / servers) < 1e-12);
}

void tst_MmcQueue::erlangB()
{
    // Erlang B(c = 2, a = 1.5) = (a^2/2!) / (1 + a + a^2/2!) = 1.125 / 3.625 = 9/29.
    QVERIFY(std::abs(MmcQueue::erlangB(2, 1.5) - 9.0 / 29.0) < 1e-12);
    // B(1, a) = a / (1 + a): a = 3 -> 0.75.
    QVERIFY(std::abs(MmcQueue::erlangB(1, 3.0) - 0.75) < 1e-12);
}

void tst_MmcQueue::waitingTimes()
{
    // c = 2, lambda = 1.5/s, mu = 1/s: C = 9/14, c mu - lambda = 0.5/s.
    const MmcQueue queue(2, 1.5, 1.0);
    QCOMPARE(queue.offeredLoadErlangs(), 1.5);
    QCOMPARE(queue.utilisation(), 0.75);
    QVERIFY(queue.isStable());
    // E[W] = (9/14) / 0.5 = 9/7 = 1.285714 s; E[T] = 9/7 + 1 = 16/7 s.
    QVERIFY(std::abs(queue.meanWaitSeconds() - 9.0 / 7.0) < 1e-12);
    QVERIFY(std::abs(queue.meanResponseSeconds() - 16.0 / 7.0) < 1e-12);
    // W quantile q: ln(C / (1 - q)) / 0.5 when C > 1 - q:
    //   q = 0.50: 2 ln(1.285714) = 0.502629 s
    //   q = 0.95: 2 ln(12.857143) = 5.107799 s
    //   q = 0.99: 2 ln(64.285714) = 8.326675 s
    QVERIFY(std::abs(queue.waitQuantileSeconds(0.50) - 0.502629) < 1e-6);
    QVERIFY(std::abs(queue.waitQuantileSeconds(0.95) - 5.107799) < 1e-6);
    QVERIFY(std::abs(queue.waitQuantileSeconds(0.99) - 8.326675) < 1e-6);
    // Response p95 = service time (1/mu = 1 s) + 5.107799 s.
    QVERIFY(std::abs(queue.responseTimeQuantileSeconds(0.95, 1.0) - 6.107799) < 1e-6);
    // q = 0.3: C = 0.643 <= 0.7 -> at least 30 % of requests never wait: 0.
    QCOMPARE(queue.waitQuantileSeconds(0.3), 0.0);
}

void tst_MmcQueue::singleServerMatchesMm1()
{
    // M/M/1, lambda = 0.5, mu = 1: P(W > t) = rho e^{-(mu - lambda) t}; p95 = ln(0.5/0.05)/0.5
    // = 2 ln 10 = 4.605170 s; E[W] = rho / (mu - lambda) = 1 s.
    const MmcQueue queue(1, 0.5, 1.0);
    QVERIFY(std::abs(queue.waitQuantileSeconds(0.95) - 2.0 * std::log(10.0)) < 1e-12);
    QVERIFY(std::abs(queue.meanWaitSeconds() - 1.0) < 1e-12);
}

void tst_MmcQueue::unstableAndIdle()
{
    const MmcQueue saturated(2, 2.0, 1.0); // rho = 1
    QVERIFY(!saturated.isStable());
    QCOMPARE(saturated.probabilityOfWaiting(), 1.0);
    QVERIFY(std::isinf(saturated.meanWaitSeconds()));
    QVERIFY(std::isinf(saturated.waitQuantileSeconds(0.95)));
    const MmcQueue idle(4, 0.0, 1.0);
    QCOMPARE(idle.probabilityOfWaiting(), 0.0);
    QCOMPARE(idle.meanWaitSeconds(), 0.0);
    QCOMPARE(idle.waitQuantileSeconds(0.99), 0.0);
    QCOMPARE(idle.meanResponseSeconds(), 1.0);
    const MmcQueue noServers(0, 1.0, 2.0); // taken as one server
    QCOMPARE(noServers.servers(), 1);
    QCOMPARE(noServers.probabilityOfWaiting(), 0.5);
}

void tst_MmcQueue::manyServersStayFinite()
{
    // a^c / c! overflows a double for c = 1000; the recursion must not. rho = 0.9: C is a
    // probability, and more servers at the same rho wait less (economy of scale).
    const double c1000 = MmcQueue::erlangC(1000, 900.0);
    QVERIFY(std::isfinite(c1000));
    QVERIFY(c1000 > 0 && c1000 < 1);
    QVERIFY(c1000 < MmcQueue::erlangC(10, 9.0));
}

QTEST_GUILESS_MAIN(tst_MmcQueue)
#include "tst_mmcqueue.moc"
