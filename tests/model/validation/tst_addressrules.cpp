// AddressRules (aws.cidr.overlap, aws.vpc.ipv6, eks.pod-ip-capacity) on small designs built in
// code and on the seed design. Overlaps: Python's ipaddress, a.overlaps(b), for each pair named in
// the comments. Capacities: hand calculations beside each case (the VPC CNI rules as documented in
// amazon-vpc-cni-k8s, usable = 2^(32-p) - 5 from the Amazon VPC User Guide).

#include "model/validation/addressrules.h"
#include "model/validation/validator.h"

#include "seeddesign.h"

#include <QTest>

using namespace Scaleplan;
using namespace Scaleplan::TestSupport;

namespace {

QList<Diagnostic> run(const DesignData &design)
{
    QList<Diagnostic> out;
    AddressRules::check(design, out);
    return out;
}

QStringList summary(const QList<Diagnostic> &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << QStringLiteral("%1 %2 %3 %4").arg(severityName(d.severity), d.rule, d.objectPath, d.field);
    return out;
}

ObjectId addVpc(DesignData &d, const QString &region, const QString &name, const QVariantMap &fields)
{
    ObjectId regionId = d.findByName(ObjectKind::Region, region);
    if (!regionId)
        regionId = add(d, ObjectKind::Region, 0, region, {{QStringLiteral("RegionName"), region}});
    return add(d, ObjectKind::Vpc, regionId, name, fields);
}

/// A VPC 10.0.0.0/16 with private subnets of the given blocks (one zone each), an EKS cluster and a
/// vpc-cni add-on with `cni` as Configuration.
struct ClusterDesign {
    DesignData design;
    ObjectId vpc = 0, cluster = 0;
};

ClusterDesign clusterDesign(const QStringList &privateBlocks, const QVariantMap &cni)
{
    ClusterDesign c;
    c.vpc = addVpc(c.design, QStringLiteral("eu-west-1"), QStringLiteral("vpc"), {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16")}});
    for (int i = 0; i < privateBlocks.size(); ++i) {
        const QString zoneName = QStringLiteral("eu-west-1") + QChar(u'a' + i);
        const ObjectId zone = add(c.design, ObjectKind::AvailabilityZone, c.vpc, zoneName, {{QStringLiteral("AvailabilityZone"), zoneName}});
        add(c.design, ObjectKind::Subnet, zone, QStringLiteral("private-") + QChar(u'a' + i),
            {{QStringLiteral("CidrBlock"), privateBlocks.at(i)}, {QStringLiteral("Tier"), QStringLiteral("private")}});
        add(c.design, ObjectKind::Subnet, zone, QStringLiteral("public-") + QChar(u'a' + i),
            {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.%1.0/24").arg(200 + i)}, {QStringLiteral("Tier"), QStringLiteral("public")}});
    }
    c.cluster = add(c.design, ObjectKind::EksCluster, c.vpc, QStringLiteral("eks"),
                    json(R"J({"KubernetesNetworkConfig": {"IpFamily": "ipv4", "ServiceIpv4Cidr": "172.20.0.0/16"}})J"));
    add(c.design, ObjectKind::EksAddon, c.cluster, QStringLiteral("vpc-cni"),
        {{QStringLiteral("AddonName"), QStringLiteral("vpc-cni")}, {QStringLiteral("Configuration"), cni}});
    return c;
}

ObjectId addNodePool(ClusterDesign &c, const QString &name, const QVariant &cpuLimit)
{
    QVariantMap pool = json(R"J({"apiVersion": "karpenter.sh/v1beta1", "kind": "NodePool",
        "spec": {"template": {"spec": {"requirements": [
            {"key": "kubernetes.io/arch", "operator": "In", "values": ["amd64"]},
            {"key": "node.kubernetes.io/instance-type", "operator": "In", "values": ["m5.xlarge", "m5.large", "c5.large", "x9.unknown"]}]}}}})J");
    pool.insert(QStringLiteral("metadata"), QVariantMap{{QStringLiteral("name"), name}});
    if (cpuLimit.isValid()) {
        QVariantMap spec = pool.value(QStringLiteral("spec")).toMap();
        spec.insert(QStringLiteral("limits"), QVariantMap{{QStringLiteral("cpu"), cpuLimit}});
        pool.insert(QStringLiteral("spec"), spec);
    }
    return add(c.design, ObjectKind::NodePool, c.cluster, name, pool);
}

} // namespace

class TestAddressRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesAreRegistered()
    {
        const QStringList ids = Validator::ruleIds();
        for (const char *id : {"aws.cidr.overlap", "aws.vpc.ipv6", "eks.pod-ip-capacity"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        QStringList own;
        for (const auto &info : AddressRules::rules())
            own << info.id;
        QStringList sorted = own;
        sorted.sort();
        QCOMPARE(own, sorted);
    }

    void overlapAcrossTheDesign()
    {
        DesignData d;
        // us-east-1: 10.0.0.0/16 with secondary 10.0.0.0/17 (same VPC: aws.vpc.secondary-overlap's job,
        // not reported here) and a cluster whose service CIDR 10.0.128.0/20 lies in its own VPC
        // (aws.eks.service-cidr-overlap's job).
        const ObjectId east = addVpc(d, QStringLiteral("us-east-1"), QStringLiteral("east"),
                                     json(R"J({"CidrBlock": "10.0.0.0/16", "SecondaryCidrBlocks": ["10.0.0.0/17"]})J"));
        add(d, ObjectKind::EksCluster, east, QStringLiteral("eks-east"),
            json(R"J({"KubernetesNetworkConfig": {"ServiceIpv4Cidr": "10.0.128.0/20"}})J"));
        // eu-west-1: 10.0.128.0/17 -- ipaddress: 10.0.128.0/17 overlaps 10.0.0.0/16 (True), 10.0.0.0/17 (False),
        // 10.0.128.0/20 (True: the east cluster's service CIDR).
        addVpc(d, QStringLiteral("eu-west-1"), QStringLiteral("west"), json(R"J({"CidrBlock": "10.0.128.0/17"})J"));
        // us-west-2: 10.1.0.0/16, clean apart from the on-premises range below.
        addVpc(d, QStringLiteral("us-west-2"), QStringLiteral("other"), json(R"J({"CidrBlock": "10.1.0.0/16"})J"));
        // On premises: 192.168.0.0/16 (overlaps nothing) and 10.1.64.0/18 -- ipaddress: overlaps 10.1.0.0/16 only.
        add(d, ObjectKind::ExternalNetwork, 0, QStringLiteral("on-premises"),
            json(R"J({"CidrBlocks": ["192.168.0.0/16", "10.1.64.0/18"], "Description": "data centre over Direct Connect"})J"));
        const QList<Diagnostic> found = run(d);
        QCOMPARE(summary(found), QStringList({
            "warning aws.cidr.overlap eu-west-1/west CidrBlock",      // vs us-east-1/east CidrBlock
            "warning aws.cidr.overlap eu-west-1/west CidrBlock",      // vs us-east-1/east/eks-east service CIDR
            "error aws.cidr.overlap on-premises CidrBlocks[1]",       // vs us-west-2/other
        }));
        QVERIFY(found.at(0).message.contains(QLatin1String("us-east-1/east (CidrBlock 10.0.0.0/16)")));
        QVERIFY(found.at(1).message.contains(QLatin1String("10.0.128.0/20")));
        QVERIFY(found.at(1).message.contains(QLatin1String("serviceIpv4Cidr")));
        QVERIFY(found.at(2).message.contains(QLatin1String("10.1.64.0/18")));
        QVERIFY(found.at(2).message.contains(QLatin1String("us-west-2/other (CidrBlock 10.1.0.0/16)")));
    }

    void eachPairOnce()
    {
        // Three VPCs with the same block: 3 pairs (a,b) (a,c) (b,c), each reported once, on the later VPC.
        DesignData d;
        for (const char *name : {"a", "b", "c"})
            addVpc(d, QStringLiteral("us-east-1"), QString::fromLatin1(name), json(R"J({"CidrBlock": "10.0.0.0/16"})J"));
        QCOMPARE(summary(run(d)), QStringList({"warning aws.cidr.overlap us-east-1/b CidrBlock",
                                               "warning aws.cidr.overlap us-east-1/c CidrBlock",
                                               "warning aws.cidr.overlap us-east-1/c CidrBlock"}));
    }

    void externalAgainstServiceCidr()
    {
        // ipaddress: 172.20.0.0/16 overlaps 172.16.0.0/12 -> error (declared connected network).
        ClusterDesign c = clusterDesign({QStringLiteral("10.0.0.0/20")}, {});
        add(c.design, ObjectKind::ExternalNetwork, 0, QStringLiteral("partner"), json(R"J({"CidrBlocks": ["172.16.0.0/12"]})J"));
        QCOMPARE(summary(run(c.design)), QStringList({"error aws.cidr.overlap partner CidrBlocks[0]"}));
    }

    void ipv6Sizes_data()
    {
        QTest::addColumn<QString>("vpcBlock");
        QTest::addColumn<QString>("subnetBlock");
        QTest::addColumn<QStringList>("expected");
        const QString ok = QStringLiteral("2600:1f18:abcd:1200::/56");
        QTest::newRow("/56 + /64") << ok << "2600:1f18:abcd:1201::/64" << QStringList();
        QTest::newRow("vpc /48 ipam") << "2600:1f18:abcd::/48" << "2600:1f18:abcd:1201::/64"
                                      << QStringList({"warning aws.vpc.ipv6 us-east-1/v6 Ipv6CidrBlock"});
        QTest::newRow("vpc /50") << "2600:1f18:abcd::/50" << "2600:1f18:abcd:1201::/64"
                                 << QStringList({"error aws.vpc.ipv6 us-east-1/v6 Ipv6CidrBlock"});
        QTest::newRow("vpc /64") << "2600:1f18:abcd:1201::/64" << "2600:1f18:abcd:1201::/64"
                                 << QStringList({"error aws.vpc.ipv6 us-east-1/v6 Ipv6CidrBlock"});
        QTest::newRow("subnet /60 ipam") << ok << "2600:1f18:abcd:1210::/60"
                                         << QStringList({"warning aws.vpc.ipv6 us-east-1/v6/us-east-1a/s Ipv6CidrBlock"});
        QTest::newRow("subnet /65") << ok << "2600:1f18:abcd:1201::/65"
                                    << QStringList({"error aws.vpc.ipv6 us-east-1/v6/us-east-1a/s Ipv6CidrBlock"});
        // ipaddress: 2600:1f18:abcd:1301::/64 is not subnet_of 2600:1f18:abcd:1200::/56
        QTest::newRow("subnet outside") << ok << "2600:1f18:abcd:1301::/64"
                                        << QStringList({"error aws.vpc.ipv6 us-east-1/v6/us-east-1a/s Ipv6CidrBlock"});
    }
    void ipv6Sizes()
    {
        QFETCH(QString, vpcBlock);
        QFETCH(QString, subnetBlock);
        QFETCH(QStringList, expected);
        DesignData d;
        const ObjectId vpc = addVpc(d, QStringLiteral("us-east-1"), QStringLiteral("v6"),
                                    {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16")}, {QStringLiteral("Ipv6CidrBlock"), vpcBlock}});
        const ObjectId zone = add(d, ObjectKind::AvailabilityZone, vpc, QStringLiteral("us-east-1a"), {});
        add(d, ObjectKind::Subnet, zone, QStringLiteral("s"),
            {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/24")}, {QStringLiteral("Ipv6CidrBlock"), subnetBlock}});
        QCOMPARE(summary(run(d)), expected);
    }

    void seedHasNoAddressFindings()
    {
        // Seed: VPC 10.0.0.0/8, service CIDR 172.20.0.0/16: no overlap. Pod IPs: limits.cpu 1000 over
        // m5.large/c5.large (2 vCPU) = 500 nodes; prefix delegation + WARM_IP_TARGET=2: a full node (108 pod
        // IPs) takes 1 + 16 x ceil(110 / 16) = 113 addresses -> 56,500, and the private subnets
        // 10.11-13.0.0/16 have 3 x 65,531 = 196,593.
        SeedIds ids;
        const DesignData design = seedDesign(&ids);
        QCOMPARE(summary(run(design)), QStringList());
    }

    void podIpCapacityAtCpuLimit()
    {
        // No prefix delegation (defaults: WARM_ENI_TARGET=1). Smallest allowed types: m5.large and c5.large
        // (2 vCPU, equal ENIs 3 x 10) -> 1000 / 2 = 500 nodes; a full node has 27 pod IPs on 3 ENIs and
        // wants a 4th warm ENI, capped at 3: 3 x 10 = 30 addresses -> 15,000. Three private /20 subnets:
        // 3 x (4,096 - 5) = 12,273; short by 2,727.
        ClusterDesign c = clusterDesign({QStringLiteral("10.0.0.0/20"), QStringLiteral("10.0.16.0/20"), QStringLiteral("10.0.32.0/20")}, {});
        const ObjectId pool = addNodePool(c, QStringLiteral("general"), 1000);
        const QList<Diagnostic> found = run(c.design);
        QCOMPARE(summary(found), QStringList({"warning eks.pod-ip-capacity eu-west-1/vpc/eks/general spec.limits.cpu"}));
        QCOMPARE(found.first().objectId, pool);
        const QString &m = found.first().message;
        for (const char *needle : {"500 m5.large nodes", "up to 29 pods", "takes 30 subnet addresses", "15,000 in all",
                                   "12,273 usable", "2,727 short", "WARM_ENI_TARGET=1", "private-a 10.0.0.0/20"})
            QVERIFY2(m.contains(QLatin1String(needle)), qPrintable(QStringLiteral("%1 not in: %2").arg(QLatin1String(needle), m)));
        // limits.cpu as a quantity string: "900" -> 450 nodes x 30 = 13,500 > 12,273, still an error.
        ClusterDesign c2 = clusterDesign({QStringLiteral("10.0.0.0/20"), QStringLiteral("10.0.16.0/20"), QStringLiteral("10.0.32.0/20")}, {});
        addNodePool(c2, QStringLiteral("general"), QStringLiteral("900"));
        QVERIFY(run(c2.design).first().message.contains(QLatin1String("13,500")));
        // "800" -> 400 x 30 = 12,000 <= 12,273: fits.
        ClusterDesign c3 = clusterDesign({QStringLiteral("10.0.0.0/20"), QStringLiteral("10.0.16.0/20"), QStringLiteral("10.0.32.0/20")}, {});
        addNodePool(c3, QStringLiteral("general"), QStringLiteral("800"));
        QCOMPARE(summary(run(c3.design)), QStringList());
    }

    void podIpCapacityWithPrefixDelegation()
    {
        // ENABLE_PREFIX_DELEGATION with WARM_PREFIX_TARGET=1 (default): full m5.large = 108 pod IPs ->
        // ceil(108 / 16) + 1 = 8 prefixes on 1 ENI: 1 + 128 = 129 addresses; 100 / 2 = 50 nodes -> 6,450.
        // One private /20: 4,091 usable -> error; short by 2,359.
        ClusterDesign c = clusterDesign({QStringLiteral("10.0.0.0/20")}, {{QStringLiteral("ENABLE_PREFIX_DELEGATION"), QStringLiteral("true")}});
        addNodePool(c, QStringLiteral("general"), 100);
        const QList<Diagnostic> found = run(c.design);
        QCOMPARE(found.size(), 1);
        for (const char *needle : {"50 m5.large nodes", "up to 110 pods", "129 subnet addresses", "8 /28 prefixes", "6,450 in all",
                                   "4,091 usable", "2,359 short"})
            QVERIFY2(found.first().message.contains(QLatin1String(needle)), qPrintable(found.first().message));
    }

    void podIpCapacityFromAutoscalers()
    {
        // No limits: the HPA's maxReplicas 50 + the ScaledObject's maxReplicaCount 50 = 100 pods on m5.large
        // (no PD): 27 per node -> 3 full nodes (30 addresses each) + 19 pods (3 ENIs + warm, capped: 30)
        // = 120 addresses. A private /28 has 11 usable -> error; a /24 (251) fits.
        for (const QString &block : {QStringLiteral("10.0.0.0/28"), QStringLiteral("10.0.0.0/24")}) {
            ClusterDesign c = clusterDesign({block}, {});
            addNodePool(c, QStringLiteral("general"), QVariant());
            add(c.design, ObjectKind::HorizontalPodAutoscaler, c.cluster, QStringLiteral("hpa"),
                json(R"J({"kind": "HorizontalPodAutoscaler", "spec": {"minReplicas": 3, "maxReplicas": 50}})J"));
            add(c.design, ObjectKind::ScaledObject, c.cluster, QStringLiteral("keda"),
                json(R"J({"kind": "ScaledObject", "spec": {"minReplicaCount": 1, "maxReplicaCount": 50}})J"));
            const QList<Diagnostic> found = run(c.design);
            if (block.endsWith(QLatin1String("/24"))) {
                QCOMPARE(found.size(), 0);
                continue;
            }
            QCOMPARE(summary(found), QStringList({"error eks.pod-ip-capacity eu-west-1/vpc/eks/general spec.template.spec.requirements"}));
            for (const char *needle : {"100 pods in all", "4 m5.large nodes", "120 in all", "11 usable"})
                QVERIFY2(found.first().message.contains(QLatin1String(needle)), qPrintable(found.first().message));
        }
    }

    void poolsTogether()
    {
        // Two pools, each 500 m5.large nodes x 30 = 15,000 addresses; three private /19: 3 x 8,187 = 24,561.
        // Each fits alone; together 30,000 > 24,561 -> one error on the cluster.
        ClusterDesign c = clusterDesign({QStringLiteral("10.0.0.0/19"), QStringLiteral("10.0.32.0/19"), QStringLiteral("10.0.64.0/19")}, {});
        addNodePool(c, QStringLiteral("one"), 1000);
        addNodePool(c, QStringLiteral("two"), 1000);
        const QList<Diagnostic> found = run(c.design);
        QCOMPARE(summary(found), QStringList({"warning eks.pod-ip-capacity eu-west-1/vpc/eks "}));
        QVERIFY(found.first().message.contains(QLatin1String("30,000")));
        QVERIFY(found.first().message.contains(QLatin1String("24,561")));
    }

    void ipv6ClusterSkipped()
    {
        ClusterDesign c = clusterDesign({QStringLiteral("10.0.0.0/28")}, {});
        c.design.setField(c.cluster, QStringLiteral("KubernetesNetworkConfig.IpFamily"), QStringLiteral("ipv6"));
        addNodePool(c, QStringLiteral("general"), 1000);
        QCOMPARE(summary(run(c.design)), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAddressRules)
#include "tst_addressrules.moc"
