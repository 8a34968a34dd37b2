#include "model/sim/costmodel.h"

#include <QRegularExpression>
#include <QTest>
#include <cmath>

using namespace Scaleplan;

// Prices: AWS us-east-1 on-demand (c5.large $0.085/h, m5.large $0.096/h, EC2 pricing page) and the
// CostRates defaults' sources (Aurora, ElastiCache, Lambda pricing pages); arithmetic by hand.

class tst_CostModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodes();
    void services();
    void dataTransferOut();
};

void tst_CostModel::nodes()
{
    const CostModel cost;
    QVERIFY(std::abs(cost.nodeUsdPerHour(u"c5.large", false) - 0.085) < 1e-12);
    QVERIFY(std::abs(cost.nodeUsdPerHour(u"m5.large", true) - 0.0384) < 1e-12); // 0.096 x (1 - 0.6)
    QVERIFY(std::isnan(cost.nodeUsdPerHour(u"x9.huge", false)));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}$")).match(CostModel::catalogueDate()).hasMatch());
}

void tst_CostModel::services()
{
    const CostModel cost;
    QVERIFY(std::abs(cost.auroraInstancesUsdPerHour(3) - 0.78) < 1e-12);       // 3 x 0.26
    QVERIFY(std::abs(cost.auroraServerlessUsdPerHour(8) - 0.96) < 1e-12);      // 8 ACU x 0.12
    QVERIFY(std::abs(cost.elastiCacheUsdPerHour(3) - 0.618) < 1e-12);          // 3 x 0.206
    // 100 rps, 200 ms, 0.5 GiB: 360,000 requests/h x 0.1 GB-s = 36,000 GB-s x 0.0000166667 = 0.6000012;
    // 0.36 M requests x $0.20 = 0.072 -> 0.6720012.
    QVERIFY(std::abs(cost.lambdaUsdPerHour(100, 0.2, 0.5) - 0.6720012) < 1e-9);
}

void tst_CostModel::dataTransferOut()
{
    // Amazon EC2 On-Demand Pricing, "Data Transfer OUT From Amazon EC2 To Internet", us-east-1,
    // first 10 TB/month: $0.09 per GB, GB = 2^30 bytes.
    const CostModel cost;
    const double gb = 1024.0 * 1024.0 * 1024.0;
    QVERIFY(std::abs(cost.dataTransferOutUsd(gb) - 0.09) < 1e-12);
    QVERIFY(std::abs(cost.dataTransferOutUsd(10 * gb) - 0.9) < 1e-12);
    QVERIFY(std::abs(cost.dataTransferOutUsd(20.0 * 1024 * 52428.8) - 0.09) < 1e-12); // 52,428.8 x 20 KiB = 1 GB
    QCOMPARE(cost.dataTransferOutUsd(-5), 0.0);
}

QTEST_GUILESS_MAIN(tst_CostModel)
#include "tst_costmodel.moc"
