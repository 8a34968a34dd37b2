// SubnetPlanner: plans checked block by block by hand (largest tier first, zones interleaved per
// tier, one growth block per tier); free space cross-checked with Python's ipaddress
// (address_exclude of the allocations from the VPC, sorted), as noted beside each case.

#include "model/cidr/subnetplanner.h"

#include <QTest>

using namespace Scaleplan;

namespace {

Cidr c(const char *text)
{
    const auto cidr = Cidr::parse(QString::fromLatin1(text));
    if (!cidr)
        qFatal("bad CIDR in test: %s", text);
    return *cidr;
}

QStringList texts(const QList<Cidr> &blocks)
{
    QStringList out;
    for (const Cidr &b : blocks)
        out << b.toString();
    return out;
}

QStringList allocationTexts(const SubnetPlanner::Plan &plan)
{
    QStringList out;
    for (const auto &a : plan.allocations)
        out << QStringLiteral("%1/%2 %3").arg(a.tier, a.availabilityZone, a.block.toString());
    return out;
}

} // namespace

class TestSubnetPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefixForHosts_data()
    {
        QTest::addColumn<qint64>("hosts");
        QTest::addColumn<int>("prefix"); // -1 = none
        // usable = 2^(32-p) - 5: /28 11, /27 27, /24 251, /23 507, /16 65,531
        QTest::newRow("1") << qint64(1) << 28;
        QTest::newRow("11") << qint64(11) << 28;
        QTest::newRow("12") << qint64(12) << 27;
        QTest::newRow("200") << qint64(200) << 24;
        QTest::newRow("251") << qint64(251) << 24;
        QTest::newRow("252") << qint64(252) << 23;
        QTest::newRow("65531") << qint64(65531) << 16;
        QTest::newRow("65532") << qint64(65532) << -1;
        QTest::newRow("0") << qint64(0) << -1;
    }
    void prefixForHosts()
    {
        QFETCH(qint64, hosts);
        QFETCH(int, prefix);
        const auto p = SubnetPlanner::prefixForHosts(hosts);
        QCOMPARE(p.value_or(-1), prefix);
    }

    void parseTier_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("prefix");
        QTest::addColumn<qint64>("hosts");
        QTest::newRow("slash") << "private=/19" << true << "private" << 19 << qint64(0);
        QTest::newRow("bare") << "public=24" << true << "public" << 24 << qint64(0);
        QTest::newRow("hosts") << "database=hosts:200" << true << "database" << 0 << qint64(200);
        QTest::newRow("no name") << "=/19" << false << "" << 0 << qint64(0);
        QTest::newRow("no size") << "private" << false << "" << 0 << qint64(0);
        QTest::newRow("bad hosts") << "db=hosts:many" << false << "" << 0 << qint64(0);
        QTest::newRow("zero hosts") << "db=hosts:0" << false << "" << 0 << qint64(0);
        QTest::newRow("prefix 33") << "db=/33" << false << "" << 0 << qint64(0);
    }
    void parseTier()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, name);
        QFETCH(int, prefix);
        QFETCH(qint64, hosts);
        QString error;
        const auto tier = SubnetPlanner::parseTier(text, &error);
        QCOMPARE(tier.has_value(), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(tier->name, name);
        QCOMPARE(tier->prefixLength, prefix);
        QCOMPARE(tier->hosts, hosts);
    }

    void threeTiersThreeZones()
    {
        // The CLI example: 10.0.0.0/16, zones a b c, private /19, public /24, database 200 hosts (/24).
        // Hand: private /19s at 0, 32, 64 (third octet), growth at 96; then the /24s from 128: public
        // 128 129 130 (growth 131), database 132 133 134 (growth 135).
        const auto plan = SubnetPlanner::plan(c("10.0.0.0/16"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                              {{QStringLiteral("private"), 19, 0}, {QStringLiteral("public"), 24, 0},
                                               {QStringLiteral("database"), 0, 200}});
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QCOMPARE(allocationTexts(plan),
                 QStringList({"private/a 10.0.0.0/19", "private/b 10.0.32.0/19", "private/c 10.0.64.0/19",
                              "public/a 10.0.128.0/24", "public/b 10.0.129.0/24", "public/c 10.0.130.0/24",
                              "database/a 10.0.132.0/24", "database/b 10.0.133.0/24", "database/c 10.0.134.0/24"}));
        QCOMPARE(texts(plan.growthBlocks), QStringList({"10.0.96.0/19", "10.0.131.0/24", "10.0.135.0/24"}));
        // ipaddress: VPC minus the nine allocations (address_exclude), sorted.
        QCOMPARE(texts(plan.freeBlocks), QStringList({"10.0.96.0/19", "10.0.131.0/24", "10.0.135.0/24", "10.0.136.0/21",
                                                      "10.0.144.0/20", "10.0.160.0/19", "10.0.192.0/18"}));
        QCOMPARE(plan.allocations.at(0).usableAddresses, qint64(8187)); // 8192 - 5
        QCOMPARE(plan.allocations.at(8).usableAddresses, qint64(251));  // 256 - 5
        QVERIFY(plan.notes.isEmpty());
    }

    void largestFirstWhateverTheOrder()
    {
        // Tiers given small first; hand: private /20 at 10.0.0.0 and 10.0.16.0, growth 10.0.32.0/20;
        // public /24 at 10.0.48.0 and 10.0.49.0, growth 10.0.50.0/24.
        const auto plan = SubnetPlanner::plan(c("10.0.0.0/16"), {QStringLiteral("eu-west-1a"), QStringLiteral("eu-west-1b")},
                                              {{QStringLiteral("public"), 24, 0}, {QStringLiteral("private"), 20, 0}});
        QVERIFY(plan.ok);
        QCOMPARE(allocationTexts(plan),
                 QStringList({"private/eu-west-1a 10.0.0.0/20", "private/eu-west-1b 10.0.16.0/20",
                              "public/eu-west-1a 10.0.48.0/24", "public/eu-west-1b 10.0.49.0/24"}));
        QCOMPARE(texts(plan.growthBlocks), QStringList({"10.0.32.0/20", "10.0.50.0/24"}));
    }

    void packedWhenNoRoomToGrow()
    {
        // 10.0.0.0/22 = 1,024 addresses; two /23 = 1,024 exactly, a growth /23 would need 1,536.
        const auto plan = SubnetPlanner::plan(c("10.0.0.0/22"), {QStringLiteral("a"), QStringLiteral("b")},
                                              {{QStringLiteral("app"), 23, 0}});
        QVERIFY(plan.ok);
        QCOMPARE(allocationTexts(plan), QStringList({"app/a 10.0.0.0/23", "app/b 10.0.2.0/23"}));
        QVERIFY(plan.growthBlocks.isEmpty());
        QVERIFY(plan.freeBlocks.isEmpty());
        QCOMPARE(plan.notes.size(), 1);
        QVERIFY(plan.notes.first().contains(QLatin1String("No room to grow")));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("vpc");
        QTest::addColumn<int>("zones");
        QTest::addColumn<QString>("tiers"); // NAME=SIZE separated by spaces
        QTest::addColumn<QString>("needle");
        // 3 x /20 = 3 x 4,096 = 12,288 > 4,096
        QTest::newRow("too big") << "10.0.0.0/20" << 3 << "private=/20" << "needs 12,288 addresses";
        QTest::newRow("too big vpc size") << "10.0.0.0/20" << 3 << "private=/20" << "10.0.0.0/20 has 4,096";
        QTest::newRow("tier /15") << "10.0.0.0/8" << 1 << "big=/15" << "outside the AWS subnet sizes";
        QTest::newRow("tier /29") << "10.0.0.0/16" << 1 << "tiny=/29" << "outside the AWS subnet sizes";
        QTest::newRow("tier larger than vpc") << "10.0.0.0/24" << 1 << "big=/20" << "larger than the VPC block 10.0.0.0/24";
        QTest::newRow("hosts too many") << "10.0.0.0/16" << 1 << "big=hosts:70000" << "70,000 hosts do not fit";
        QTest::newRow("duplicate") << "10.0.0.0/16" << 1 << "a=/24 a=/25" << "given twice";
        QTest::newRow("no zones") << "10.0.0.0/16" << 0 << "a=/24" << "no Availability Zones";
        QTest::newRow("no tiers") << "10.0.0.0/16" << 2 << "" << "no tiers";
        QTest::newRow("ipv6") << "2001:db8::/56" << 2 << "a=/24" << "IPv6";
    }
    void errors()
    {
        QFETCH(QString, vpc);
        QFETCH(int, zones);
        QFETCH(QString, tiers);
        QFETCH(QString, needle);
        QStringList zoneNames;
        for (int i = 0; i < zones; ++i)
            zoneNames << QString(QChar(u'a' + i));
        QList<SubnetPlanner::Tier> tierList;
        for (const QString &t : tiers.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            tierList << *SubnetPlanner::parseTier(t);
        const auto plan = SubnetPlanner::plan(*Cidr::parse(vpc), zoneNames, tierList);
        QVERIFY(!plan.ok);
        QVERIFY(plan.allocations.isEmpty());
        QVERIFY2(plan.error.contains(needle), qPrintable(plan.error));
    }

    void exactFitWithoutGrowth()
    {
        // 10.0.0.0/24 with /26 x 4 zones: 4 x 64 = 256, exact; hand: 0, 64, 128, 192.
        const auto plan = SubnetPlanner::plan(c("10.0.0.0/24"), {"a", "b", "c", "d"}, {{QStringLiteral("x"), 26, 0}});
        QVERIFY(plan.ok);
        QCOMPARE(allocationTexts(plan), QStringList({"x/a 10.0.0.0/26", "x/b 10.0.0.64/26", "x/c 10.0.0.128/26", "x/d 10.0.0.192/26"}));
    }
};

QTEST_GUILESS_MAIN(TestSubnetPlanner)
#include "tst_subnetplanner.moc"
