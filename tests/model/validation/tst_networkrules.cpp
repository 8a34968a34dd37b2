// Tests of the address-plan rules (model/validation/networkrules.cpp) through Validator::validate.
// Expected blocks come from Python's ipaddress module (quoted beside each case) or hand
// calculations written beside the case; limits from the Amazon VPC User Guide.

#include "model/validation/validator.h"

#include "seeddesign.h"

#include <QTest>

using namespace Scaleplan;
using namespace Scaleplan::TestSupport;

namespace {

struct SmallVpc {
    DesignData design;
    ObjectId region = 0, vpc = 0, zone = 0, cluster = 0;
};

SmallVpc smallVpc(const QString &cidr, const QStringList &secondaries = {})
{
    SmallVpc s;
    s.region = add(s.design, ObjectKind::Region, 0, QStringLiteral("eu-west-1"), {{QStringLiteral("RegionName"), QStringLiteral("eu-west-1")}});
    QVariantMap fields{{QStringLiteral("CidrBlock"), cidr}};
    if (!secondaries.isEmpty())
        fields.insert(QStringLiteral("SecondaryCidrBlocks"), QVariant(secondaries).toList());
    s.vpc = add(s.design, ObjectKind::Vpc, s.region, QStringLiteral("vpc"), fields, 7);
    s.zone = add(s.design, ObjectKind::AvailabilityZone, s.vpc, QStringLiteral("eu-west-1a"),
                 {{QStringLiteral("AvailabilityZone"), QStringLiteral("eu-west-1a")}});
    return s;
}

ObjectId addSubnet(SmallVpc &s, const QString &name, const QString &cidr, const QString &tier = QStringLiteral("private"))
{
    return add(s.design, ObjectKind::Subnet, s.zone, name,
               {{QStringLiteral("CidrBlock"), cidr}, {QStringLiteral("Tier"), tier}}, 20);
}

} // namespace

class TestNetworkRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cidrSyntax_data()
    {
        QTest::addColumn<QString>("where"); // vpc | secondary | subnet | service
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fixValue"); // "" = no fix
        // ipaddress.ip_network('10.0.0.1/16', strict=False) -> 10.0.0.0/16
        QTest::newRow("vpc host bits") << "vpc" << "10.0.0.1/16" << "CidrBlock" << "10.0.0.0/16";
        QTest::newRow("vpc prefix 33") << "vpc" << "10.0.0.0/33" << "CidrBlock" << "";
        QTest::newRow("vpc three octets") << "vpc" << "10.0.0/16" << "CidrBlock" << "";
        QTest::newRow("vpc no prefix") << "vpc" << "10.0.0.0" << "CidrBlock" << "";
        // ipaddress.ip_network('100.64.7.0/16', strict=False) -> 100.64.0.0/16
        QTest::newRow("secondary host bits") << "secondary" << "100.64.7.0/16" << "SecondaryCidrBlocks[0]" << "100.64.0.0/16";
        // ipaddress.ip_network('10.0.1.7/24', strict=False) -> 10.0.1.0/24
        QTest::newRow("subnet host bits") << "subnet" << "10.0.1.7/24" << "CidrBlock" << "10.0.1.0/24";
        QTest::newRow("subnet octet 256") << "subnet" << "10.0.256.0/24" << "CidrBlock" << "";
        // ipaddress.ip_network('172.20.0.1/16', strict=False) -> 172.20.0.0/16
        QTest::newRow("service host bits") << "service" << "172.20.0.1/16" << "KubernetesNetworkConfig.ServiceIpv4Cidr"
                                           << "172.20.0.0/16";
    }
    void cidrSyntax()
    {
        QFETCH(QString, where);
        QFETCH(QString, value);
        QFETCH(QString, field);
        QFETCH(QString, fixValue);
        SmallVpc s = smallVpc(where == QLatin1String("vpc") ? value : QStringLiteral("10.0.0.0/16"),
                              where == QLatin1String("secondary") ? QStringList{value} : QStringList{});
        ObjectId target = where == QLatin1String("vpc") || where == QLatin1String("secondary") ? s.vpc : 0;
        if (where == QLatin1String("subnet"))
            target = addSubnet(s, QStringLiteral("private-a"), value);
        if (where == QLatin1String("service")) {
            target = add(s.design, ObjectKind::EksCluster, s.vpc, QStringLiteral("eks"),
                         {{QStringLiteral("KubernetesNetworkConfig"), QVariantMap{{QStringLiteral("ServiceIpv4Cidr"), value}}}});
        }
        const QList<Diagnostic> found = ofRule(Validator::validate(s.design), QStringLiteral("cidr.syntax"));
        QCOMPARE(found.size(), 1);
        const Diagnostic &d = found.first();
        QCOMPARE(d.severity, Severity::Error);
        QCOMPARE(d.objectId, target);
        QCOMPARE(d.field, field);
        QCOMPARE(d.objectPath, s.design.pathOf(target));
        QVERIFY2(d.message.contains(value), qPrintable(d.message));
        if (fixValue.isEmpty()) {
            QVERIFY(d.fix.isEmpty());
        } else {
            QCOMPARE(d.fix, (QList<FieldChange>{FieldChange{target, field, fixValue}}));
            QVERIFY(d.fixDescription.contains(fixValue));
        }
    }

    void vpcCidrSize_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<bool>("error");
        QTest::addColumn<QString>("fixVpc"); // "" = no fix
        // Amazon VPC User Guide "VPC CIDR blocks": between /16 and /28.
        QTest::newRow("/8 (seed)") << "10.0.0.0/8" << true << "10.0.0.0/16";
        QTest::newRow("/15") << "172.16.0.0/15" << true << "172.16.0.0/16";
        QTest::newRow("/16") << "10.0.0.0/16" << false << "";
        QTest::newRow("/28") << "10.0.0.0/28" << false << "";
        QTest::newRow("/29 too small, no fix") << "10.0.0.0/29" << true << "";
    }
    void vpcCidrSize()
    {
        QFETCH(QString, cidr);
        QFETCH(bool, error);
        QFETCH(QString, fixVpc);
        SmallVpc s = smallVpc(cidr);
        const QList<Diagnostic> found = ofRule(Validator::validate(s.design), QStringLiteral("aws.vpc.cidr-size"));
        QCOMPARE(found.size(), error ? 1 : 0);
        if (!error)
            return;
        QCOMPARE(found.first().severity, Severity::Error);
        QCOMPARE(found.first().field, QStringLiteral("CidrBlock"));
        QCOMPARE(found.first().source.line, 7);
        QVERIFY(found.first().message.contains(QLatin1String("/16")));
        QVERIFY(found.first().message.contains(QLatin1String("/28")));
        if (fixVpc.isEmpty()) {
            QVERIFY(found.first().fix.isEmpty());
        } else {
            QCOMPARE(found.first().fix, (QList<FieldChange>{FieldChange{s.vpc, QStringLiteral("CidrBlock"), fixVpc}}));
        }
    }

    void seedVpcReplan()
    {
        SeedIds ids;
        const DesignData design = seedDesign(&ids);
        const QList<Diagnostic> found = ofRule(Validator::validate(design), QStringLiteral("aws.vpc.cidr-size"));
        QCOMPARE(found.size(), 1);
        const Diagnostic &d = found.first();
        QCOMPARE(d.objectId, ids.vpc);
        QCOMPARE(d.objectPath, QStringLiteral("us-east-1/production-vpc"));
        QCOMPARE(d.source, (SourceLocation{kSeedFile, 494, 1}));
        // Hand calculation: the first /16 of 10.0.0.0/8 is 10.0.0.0/16. Three private subnets get
        // the largest equal size leaving room: /18 (3 x 16384 of 65536), at offsets 0, 64, 128 in
        // the third octet. The six others share the last /18 (16384 addresses): 6 x 2^(32-q) <=
        // 16384 first holds at q = 21 (6 x 2048 = 12288), so /21 blocks every 8 in the third
        // octet from 192: public a/b/c 192, 200, 208; database a/b/c 216, 224, 232.
        // ids.subnets: per zone public, private, database.
        auto subnet = [&](int zone, int tier) { return ids.subnets.at(zone * 3 + tier); };
        const QList<FieldChange> expected = {
            {ids.vpc, QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16")},
            {subnet(0, 1), QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/18")},
            {subnet(1, 1), QStringLiteral("CidrBlock"), QStringLiteral("10.0.64.0/18")},
            {subnet(2, 1), QStringLiteral("CidrBlock"), QStringLiteral("10.0.128.0/18")},
            {subnet(0, 0), QStringLiteral("CidrBlock"), QStringLiteral("10.0.192.0/21")},
            {subnet(1, 0), QStringLiteral("CidrBlock"), QStringLiteral("10.0.200.0/21")},
            {subnet(2, 0), QStringLiteral("CidrBlock"), QStringLiteral("10.0.208.0/21")},
            {subnet(0, 2), QStringLiteral("CidrBlock"), QStringLiteral("10.0.216.0/21")},
            {subnet(1, 2), QStringLiteral("CidrBlock"), QStringLiteral("10.0.224.0/21")},
            {subnet(2, 2), QStringLiteral("CidrBlock"), QStringLiteral("10.0.232.0/21")},
        };
        QCOMPARE(d.fix, expected);
        // The description names the new plan; usable counts: 2^14 - 5 = 16379, 2^11 - 5 = 2043.
        QVERIFY2(d.fixDescription.contains(QLatin1String("10.0.0.0/16")), qPrintable(d.fixDescription));
        QVERIFY(d.fixDescription.contains(QLatin1String("private-a 10.0.0.0/18")));
        QVERIFY(d.fixDescription.contains(QLatin1String("database-c 10.0.232.0/21")));
        QVERIFY(d.fixDescription.contains(QLatin1String("16,379")));
        QVERIFY(d.fixDescription.contains(QLatin1String("2,043")));
    }

    void replanKeepsSubnetsOfSecondaryBlocks()
    {
        // Primary 10.0.0.0/12 (too large), secondary 100.64.0.0/16 holding a pod subnet: that
        // subnet keeps its block; the two others are re-planned into 10.0.0.0/16.
        SmallVpc s = smallVpc(QStringLiteral("10.0.0.0/12"), {QStringLiteral("100.64.0.0/16")});
        const ObjectId pods = addSubnet(s, QStringLiteral("pods-a"), QStringLiteral("100.64.0.0/17"));
        const ObjectId priv = addSubnet(s, QStringLiteral("private-a"), QStringLiteral("10.1.0.0/16"));
        const ObjectId pub = addSubnet(s, QStringLiteral("public-a"), QStringLiteral("10.2.0.0/16"), QStringLiteral("public"));
        const QList<Diagnostic> found = ofRule(Validator::validate(s.design), QStringLiteral("aws.vpc.cidr-size"));
        QCOMPARE(found.size(), 1);
        // Hand calculation: one private subnet: p = 16 leaves nothing, p = 17 leaves 32768
        // addresses, enough for one other at /17 -> private 10.0.0.0/17, public 10.0.128.0/17.
        const QList<FieldChange> expected = {
            {s.vpc, QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16")},
            {priv, QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/17")},
            {pub, QStringLiteral("CidrBlock"), QStringLiteral("10.0.128.0/17")},
        };
        QCOMPARE(found.first().fix, expected);
        for (const FieldChange &c : found.first().fix)
            QVERIFY(c.objectId != pods);
    }

    void replanNotOfferedWhenSecondaryOverlapsNewBlock()
    {
        // The first /16 of 10.0.0.0/8 would be 10.0.0.0/16, which the secondary already uses.
        SmallVpc s = smallVpc(QStringLiteral("10.0.0.0/8"), {QStringLiteral("10.0.0.0/16")});
        const QList<Diagnostic> all = Validator::validate(s.design);
        const QList<Diagnostic> size = ofRule(all, QStringLiteral("aws.vpc.cidr-size"));
        QCOMPARE(size.size(), 1);
        QVERIFY(size.first().fix.isEmpty());
        QCOMPARE(ofRule(all, QStringLiteral("aws.vpc.secondary-overlap")).size(), 1);
    }

    void vpcCidrCount_data()
    {
        QTest::addColumn<int>("secondaries");
        QTest::addColumn<bool>("error");
        // Amazon VPC User Guide, "Amazon VPC quotas": 5 IPv4 CIDR blocks per VPC (default).
        QTest::newRow("1+4 = 5") << 4 << false;
        QTest::newRow("1+5 = 6") << 5 << true;
    }
    void vpcCidrCount()
    {
        QFETCH(int, secondaries);
        QFETCH(bool, error);
        QStringList blocks;
        for (int i = 0; i < secondaries; ++i)
            blocks.append(QStringLiteral("10.%1.0.0/16").arg(i + 1));
        SmallVpc s = smallVpc(QStringLiteral("10.0.0.0/16"), blocks);
        const QList<Diagnostic> all = Validator::validate(s.design);
        const QList<Diagnostic> found = ofRule(all, QStringLiteral("aws.vpc.cidr-count"));
        QCOMPARE(found.size(), error ? 1 : 0);
        if (error) {
            QCOMPARE(found.first().field, QStringLiteral("SecondaryCidrBlocks"));
            QVERIFY(found.first().message.contains(QLatin1String("6 IPv4")));
        }
        QCOMPARE(ofRule(all, QStringLiteral("aws.vpc.secondary-overlap")).size(), 0);
    }

    void secondaryOverlap()
    {
        // ipaddress: ip_network('10.0.128.0/17').overlaps(ip_network('10.0.0.0/16')) -> True
        SmallVpc s = smallVpc(QStringLiteral("10.0.0.0/16"), {QStringLiteral("100.64.0.0/16"), QStringLiteral("10.0.128.0/17")});
        const QList<Diagnostic> found = ofRule(Validator::validate(s.design), QStringLiteral("aws.vpc.secondary-overlap"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().field, QStringLiteral("SecondaryCidrBlocks[1]"));
        QCOMPARE(found.first().severity, Severity::Error);
        QVERIFY(found.first().message.contains(QLatin1String("10.0.0.0/16")));
    }

    void subnetRules_data()
    {
        QTest::addColumn<QString>("subnet");
        QTest::addColumn<QString>("rule"); // "" = valid
        // VPC 10.0.0.0/16 in every row.
        QTest::newRow("inside /24") << "10.0.4.0/24" << "";
        QTest::newRow("/28 smallest") << "10.0.4.16/28" << "";
        QTest::newRow("/29 too small") << "10.0.4.8/29" << "aws.subnet.cidr-size";
        // ipaddress: ip_network('10.1.0.0/24').subnet_of(ip_network('10.0.0.0/16')) -> False
        QTest::newRow("outside") << "10.1.0.0/24" << "aws.subnet.outside-vpc";
        // ip_network('10.0.0.0/15') is a supernet of the VPC block, not inside it.
        QTest::newRow("larger than vpc") << "10.0.0.0/15" << "aws.subnet.cidr-size|aws.subnet.outside-vpc";
    }
    void subnetRules()
    {
        QFETCH(QString, subnet);
        QFETCH(QString, rule);
        SmallVpc s = smallVpc(QStringLiteral("10.0.0.0/16"));
        const ObjectId id = addSubnet(s, QStringLiteral("private-a"), subnet);
        const QList<Diagnostic> found = ofObject(Validator::validate(s.design), id);
        QStringList rules;
        for (const Diagnostic &d : found) {
            rules.append(d.rule);
            QCOMPARE(d.field, QStringLiteral("CidrBlock"));
            QCOMPARE(d.severity, Severity::Error);
            QCOMPARE(d.objectPath, QStringLiteral("eu-west-1/vpc/eu-west-1a/private-a"));
        }
        QCOMPARE(rules.join(QLatin1Char('|')), rule);
    }

    void subnetOverlapEachPairOnce()
    {
        SmallVpc s = smallVpc(QStringLiteral("10.0.0.0/16"));
        const ObjectId a = addSubnet(s, QStringLiteral("a"), QStringLiteral("10.0.0.0/24"));
        // ipaddress: 10.0.0.128/25 overlaps 10.0.0.0/24; 10.0.0.0/23 overlaps both; 10.0.8.0/24 none.
        const ObjectId b = addSubnet(s, QStringLiteral("b"), QStringLiteral("10.0.0.128/25"));
        const ObjectId c = addSubnet(s, QStringLiteral("c"), QStringLiteral("10.0.0.0/23"));
        const ObjectId d = addSubnet(s, QStringLiteral("d"), QStringLiteral("10.0.8.0/24"));
        const QList<Diagnostic> found = ofRule(Validator::validate(s.design), QStringLiteral("aws.subnet.overlap"));
        QCOMPARE(found.size(), 3); // pairs (a,b), (a,c), (b,c)
        QCOMPARE(found.at(0).objectId, b);
        QVERIFY(found.at(0).message.contains(s.design.pathOf(a)));
        QCOMPARE(found.at(1).objectId, c);
        QVERIFY(found.at(1).message.contains(s.design.pathOf(a)));
        QCOMPARE(found.at(2).objectId, c);
        QVERIFY(found.at(2).message.contains(s.design.pathOf(b)));
        for (const Diagnostic &diag : found)
            QVERIFY(diag.objectId != a && diag.objectId != d);
    }

    void eksServiceCidr_data()
    {
        QTest::addColumn<QString>("vpc");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("rule"); // "" = valid
        QTest::newRow("seed: 172.20/16 vs 10/8") << "10.0.0.0/8" << "172.20.0.0/16" << "";
        // ipaddress: ip_network('172.20.0.0/16').overlaps(ip_network('172.20.128.0/17')) -> True
        QTest::newRow("overlaps vpc") << "172.20.128.0/17" << "172.20.0.0/16" << "aws.eks.service-cidr-overlap";
        // EKS: within 10/8, 172.16/12 or 192.168/16, between /12 and /24.
        QTest::newRow("not private") << "10.0.0.0/16" << "100.64.0.0/16" << "aws.eks.service-cidr-range";
        QTest::newRow("/25 too small") << "10.0.0.0/16" << "10.100.0.0/25" << "aws.eks.service-cidr-range";
        QTest::newRow("/11 too large") << "10.0.0.0/16" << "172.0.0.0/11" << "aws.eks.service-cidr-range";
    }
    void eksServiceCidr()
    {
        QFETCH(QString, vpc);
        QFETCH(QString, service);
        QFETCH(QString, rule);
        SmallVpc s = smallVpc(vpc);
        const ObjectId cluster = add(s.design, ObjectKind::EksCluster, s.vpc, QStringLiteral("eks"),
                                     {{QStringLiteral("KubernetesNetworkConfig"), QVariantMap{{QStringLiteral("ServiceIpv4Cidr"), service}}}});
        QList<Diagnostic> found = ofObject(Validator::validate(s.design), cluster);
        QCOMPARE(found.size(), rule.isEmpty() ? 0 : 1);
        if (rule.isEmpty())
            return;
        QCOMPARE(found.first().rule, rule);
        QCOMPARE(found.first().field, QStringLiteral("KubernetesNetworkConfig.ServiceIpv4Cidr"));
        QCOMPARE(found.first().severity, rule.endsWith(QLatin1String("overlap")) ? Severity::Warning : Severity::Error);
    }

    void azCount_data()
    {
        QTest::addColumn<int>("declared");
        QTest::addColumn<bool>("warning");
        QTest::newRow("seed: 6 declared, 3 with subnets") << 6 << true;
        QTest::newRow("3 declared") << 3 << false;
    }
    void azCount()
    {
        QFETCH(int, declared);
        QFETCH(bool, warning);
        SeedIds ids;
        DesignData design = seedDesign(&ids);
        design.setField(ids.vpc, QStringLiteral("AvailabilityZoneCount"), declared);
        // A fourth zone without subnets does not count.
        add(design, ObjectKind::AvailabilityZone, ids.vpc, QStringLiteral("us-east-1d"), {});
        const QList<Diagnostic> found = ofRule(Validator::validate(design), QStringLiteral("aws.vpc.az-count"));
        QCOMPARE(found.size(), warning ? 1 : 0);
        if (warning) {
            QCOMPARE(found.first().severity, Severity::Warning);
            QCOMPARE(found.first().field, QStringLiteral("AvailabilityZoneCount"));
            QVERIFY(found.first().message.contains(QLatin1String("us-east-1a, us-east-1b, us-east-1c")));
        }
    }
};

QTEST_GUILESS_MAIN(TestNetworkRules)
#include "tst_networkrules.moc"
