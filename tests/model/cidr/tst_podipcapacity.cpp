// PodIpCapacity: per-node address use checked row by row against the example tables of the
// amazon-vpc-cni-k8s docs (docs/eni-and-ip-target.md, docs/prefix-and-ip-target.md, t3.small:
// 3 ENIs x 4 IPv4 addresses), and pool estimates worked out by hand in the comments.

#include "model/cidr/podipcapacity.h"

#include <QTest>

using namespace Scaleplan;

namespace {

PodIpCapacity::CniSettings settings(bool prefixDelegation, int warmIp, int minimumIp)
{
    PodIpCapacity::CniSettings s;
    s.prefixDelegation = prefixDelegation;
    if (warmIp >= 0)
        s.warmIpTarget = warmIp;
    if (minimumIp >= 0)
        s.minimumIpTarget = minimumIp;
    return s;
}

const InstanceType &type(const char *name)
{
    const InstanceType *t = InstanceCatalog::find(QString::fromLatin1(name));
    if (!t)
        qFatal("%s not in the catalogue", name);
    return *t;
}

QList<Cidr> blocks(const QStringList &texts)
{
    QList<Cidr> out;
    for (const QString &t : texts)
        out << *Cidr::parse(t);
    return out;
}

} // namespace

class TestPodIpCapacity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodeAddresses_data()
    {
        QTest::addColumn<bool>("prefixDelegation");
        QTest::addColumn<int>("warmIp");    // -1 = unset
        QTest::addColumn<int>("minimumIp"); // -1 = unset
        QTest::addColumn<int>("pods");
        QTest::addColumn<int>("enis");
        QTest::addColumn<int>("secondaries");
        QTest::addColumn<int>("prefixes");
        QTest::addColumn<int>("addresses"); // hand: enis + secondaries + 16 x prefixes
        // eni-and-ip-target.md, t3.small, WARM_ENI_TARGET=1 (default): "Attached ENIs", "Attached Secondary IPs".
        QTest::newRow("eni 0 pods") << false << -1 << -1 << 0 << 1 << 3 << 0 << 4;
        QTest::newRow("eni 5 pods") << false << -1 << -1 << 5 << 3 << 9 << 0 << 12;
        QTest::newRow("eni 9 pods") << false << -1 << -1 << 9 << 3 << 9 << 0 << 12;
        // same table, WARM_IP_TARGET=1, MINIMUM_IP_TARGET=1
        QTest::newRow("ip1/1 0 pods") << false << 1 << 1 << 0 << 1 << 1 << 0 << 2;
        QTest::newRow("ip1/1 5 pods") << false << 1 << 1 << 5 << 2 << 6 << 0 << 8;
        QTest::newRow("ip1/1 9 pods") << false << 1 << 1 << 9 << 3 << 9 << 0 << 12;
        // same table, WARM_IP_TARGET=2, MINIMUM_IP_TARGET=5
        QTest::newRow("ip2/5 0 pods") << false << 2 << 5 << 0 << 2 << 5 << 0 << 7;
        QTest::newRow("ip2/5 5 pods") << false << 2 << 5 << 5 << 3 << 7 << 0 << 10;
        QTest::newRow("ip2/5 9 pods") << false << 2 << 5 << 9 << 3 << 9 << 0 << 12;
        // prefix-and-ip-target.md, t3.small, WARM_PREFIX_TARGET=1: "ENIs", "Attached Prefixes".
        QTest::newRow("pd prefix 0 pods") << true << -1 << -1 << 0 << 1 << 0 << 1 << 17;
        QTest::newRow("pd prefix 5 pods") << true << -1 << -1 << 5 << 1 << 0 << 2 << 33;
        QTest::newRow("pd prefix 16 pods") << true << -1 << -1 << 16 << 1 << 0 << 2 << 33;
        QTest::newRow("pd prefix 17 pods") << true << -1 << -1 << 17 << 1 << 0 << 3 << 49;
        QTest::newRow("pd prefix 58 pods") << true << -1 << -1 << 58 << 2 << 0 << 5 << 82;
        // same table, WARM_IP_TARGET=1, MINIMUM_IP_TARGET=1
        QTest::newRow("pd ip1/1 0 pods") << true << 1 << 1 << 0 << 1 << 0 << 1 << 17;
        QTest::newRow("pd ip1/1 5 pods") << true << 1 << 1 << 5 << 1 << 0 << 1 << 17;
        QTest::newRow("pd ip1/1 17 pods") << true << 1 << 1 << 17 << 1 << 0 << 2 << 33;
        QTest::newRow("pd ip1/1 58 pods") << true << 1 << 1 << 58 << 2 << 0 << 4 << 66;
        // same table, WARM_IP_TARGET=7, MINIMUM_IP_TARGET=20 (5, 17, 58 pods; the 0-pod row of the
        // table contradicts its own note that MINIMUM_IP_TARGET=20 means two prefixes, so: hand,
        // max(0 + 7, 20) = 20 addresses -> 2 prefixes).
        QTest::newRow("pd ip7/20 0 pods") << true << 7 << 20 << 0 << 1 << 0 << 2 << 33;
        QTest::newRow("pd ip7/20 5 pods") << true << 7 << 20 << 5 << 1 << 0 << 2 << 33;
        QTest::newRow("pd ip7/20 17 pods") << true << 7 << 20 << 17 << 1 << 0 << 2 << 33;
        QTest::newRow("pd ip7/20 58 pods") << true << 7 << 20 << 58 << 2 << 0 << 5 << 82;
        // Hand: beyond the instance's capacity everything is capped at 3 ENIs x 3 slots.
        QTest::newRow("eni 100 pods capped") << false << -1 << -1 << 100 << 3 << 9 << 0 << 12;
        QTest::newRow("pd 500 pods capped") << true << -1 << -1 << 500 << 3 << 0 << 9 << 147;
    }
    void nodeAddresses()
    {
        QFETCH(bool, prefixDelegation);
        QFETCH(int, warmIp);
        QFETCH(int, minimumIp);
        QFETCH(int, pods);
        QFETCH(int, enis);
        QFETCH(int, secondaries);
        QFETCH(int, prefixes);
        QFETCH(int, addresses);
        const auto n = PodIpCapacity::nodeAddresses(type("t3.small"), settings(prefixDelegation, warmIp, minimumIp), pods);
        QCOMPARE(n.enis, enis);
        QCOMPARE(n.secondaryIps, secondaries);
        QCOMPARE(n.prefixes, prefixes);
        QCOMPARE(n.addresses, qint64(addresses));
    }

    void settingsFromConfiguration()
    {
        // The seed's vpc-cni add-on configuration (shared/seed, "EKS add-ons").
        const QVariantMap seed{{QStringLiteral("ENABLE_PREFIX_DELEGATION"), QStringLiteral("true")},
                               {QStringLiteral("WARM_IP_TARGET"), QStringLiteral("2")},
                               {QStringLiteral("AWS_VPC_CNI_NODE_PORT_SUPPORT"), QStringLiteral("true")}};
        const auto s = PodIpCapacity::CniSettings::fromConfiguration(seed);
        QVERIFY(s.prefixDelegation);
        QCOMPARE(s.warmIpTarget, std::optional<int>(2));
        QVERIFY(!s.minimumIpTarget);
        QVERIFY(s.usesIpTargets());
        const auto defaults = PodIpCapacity::CniSettings::fromConfiguration({});
        QVERIFY(!defaults.prefixDelegation);
        QVERIFY(!defaults.usesIpTargets());
        QCOMPARE(defaults.warmEniTarget, 1);
        QCOMPARE(defaults.warmPrefixTarget, 1);
        const auto typed = PodIpCapacity::CniSettings::fromConfiguration(
            {{QStringLiteral("ENABLE_PREFIX_DELEGATION"), false}, {QStringLiteral("WARM_ENI_TARGET"), 2},
             {QStringLiteral("MINIMUM_IP_TARGET"), QStringLiteral("ten")}});
        QVERIFY(!typed.prefixDelegation);
        QCOMPARE(typed.warmEniTarget, 2);
        QVERIFY(!typed.minimumIpTarget); // malformed -> unset
    }

    void podIpsPerNode()
    {
        // m5.large: 3 x (10 - 1) + 2 = 29 max pods -> 27 pod IPs; with PD capped at 110 -> 108.
        QCOMPARE(PodIpCapacity::podIpsPerNode(type("m5.large"), settings(false, -1, -1)), 27);
        QCOMPARE(PodIpCapacity::podIpsPerNode(type("m5.large"), settings(true, -1, -1)), 108);
        // t3.medium: 3 x (6 - 1) + 2 = 17 -> 15.
        QCOMPARE(PodIpCapacity::podIpsPerNode(type("t3.medium"), settings(false, -1, -1)), 15);
    }

    void seedPoolAtCpuLimit()
    {
        // Seed: NodePool limits.cpu 1000, smallest allowed type m5.large (2 vCPU) -> 500 nodes; vpc-cni
        // with prefix delegation and WARM_IP_TARGET=2. A full node runs 108 pod IPs: max(108 + 2) = 110
        // addresses -> ceil(110 / 16) = 7 prefixes on 1 ENI (9 slots) -> 1 + 7 x 16 = 113 addresses.
        // 500 x 113 = 56,500. Private subnets 10.11-13.0.0/16: 3 x (65,536 - 5) = 196,593.
        const auto e = PodIpCapacity::atCpuLimit(type("m5.large"), 1000, settings(true, 2, -1),
                                                 blocks({QStringLiteral("10.11.0.0/16"), QStringLiteral("10.12.0.0/16"),
                                                         QStringLiteral("10.13.0.0/16")}));
        QCOMPARE(e.nodes, qint64(500));
        QCOMPARE(e.maxPodsPerNode, 110);
        QCOMPARE(e.pods, qint64(54000));
        QCOMPARE(e.addressesNeeded, qint64(56500));
        QCOMPARE(e.usableAddresses, qint64(196593));
        QVERIFY(e.fits);
    }

    void smallSubnetsDoNotFit()
    {
        // m5.large without PD, default WARM_ENI_TARGET=1: a full node (27 pods) fills 3 ENIs and wants a
        // 4th warm one, capped at 3 -> 3 x 10 = 30 addresses. limits.cpu 1000 -> 500 nodes -> 15,000.
        // Three /20 subnets: 3 x (4,096 - 5) = 12,273 < 15,000.
        const auto e = PodIpCapacity::atCpuLimit(type("m5.large"), 1000, settings(false, -1, -1),
                                                 blocks({QStringLiteral("10.0.0.0/20"), QStringLiteral("10.0.16.0/20"),
                                                         QStringLiteral("10.0.32.0/20")}));
        QCOMPARE(e.nodes, qint64(500));
        QCOMPARE(e.addressesNeeded, qint64(15000));
        QCOMPARE(e.usableAddresses, qint64(12273));
        QVERIFY(!e.fits);
        // 999 cores -> floor(999 / 2) = 499 nodes.
        QCOMPARE(PodIpCapacity::atCpuLimit(type("m5.large"), 999, settings(false, -1, -1), {}).nodes, qint64(499));
    }

    void forPods()
    {
        // 100 pods on m5.large, no PD, defaults: 27 per node -> 3 full nodes + 1 with 19 pods.
        // Full node 30 addresses (above); 19 pods: ceil(19 / 9) = 3 ENIs + 1 warm -> capped 3 -> 30.
        // 4 x 30 = 120. One /24: 256 - 5 = 251.
        auto e = PodIpCapacity::forPods(type("m5.large"), 100, settings(false, -1, -1), blocks({QStringLiteral("10.0.0.0/24")}));
        QCOMPARE(e.nodes, qint64(4));
        QCOMPARE(e.addressesNeeded, qint64(120));
        QCOMPARE(e.usableAddresses, qint64(251));
        QVERIFY(e.fits);
        // WARM_IP_TARGET=2: full node wants 27 + 2 = 29 -> capped 27 secondaries on 3 ENIs = 30;
        // the 19-pod node: 21 secondaries on ceil(21 / 9) = 3 ENIs = 24. 3 x 30 + 24 = 114.
        e = PodIpCapacity::forPods(type("m5.large"), 100, settings(false, 2, -1), blocks({QStringLiteral("10.0.0.0/28")}));
        QCOMPARE(e.nodes, qint64(4));
        QCOMPARE(e.addressesNeeded, qint64(114));
        QCOMPARE(e.usableAddresses, qint64(11)); // 16 - 5
        QVERIFY(!e.fits);
        // No pods -> no nodes.
        e = PodIpCapacity::forPods(type("m5.large"), 0, settings(false, -1, -1), {});
        QCOMPARE(e.nodes, qint64(0));
        QCOMPARE(e.addressesNeeded, qint64(0));
        QVERIFY(e.fits);
    }

    void usableIgnoresIpv6()
    {
        // 2^(32-24) - 5 = 251; the IPv6 block does not count (pods get IPv4 addresses here).
        QCOMPARE(PodIpCapacity::usableAddresses(blocks({QStringLiteral("10.0.0.0/24"), QStringLiteral("2001:db8::/64")})),
                 qint64(251));
    }
};

QTEST_GUILESS_MAIN(TestPodIpCapacity)
#include "tst_podipcapacity.moc"
