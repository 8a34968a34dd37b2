#include "model/export/cloudformationexporter.h"
#include "model/export/designexporter.h"

#include "oracle.h"
#include "seeddesign.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Scaleplan;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QVariantMap resourcesOf(const QVariantMap &templ)
{
    return templ.value(QStringLiteral("Resources")).toMap();
}

QStringList idsOfType(const QVariantMap &resources, const QString &type)
{
    QStringList ids;
    for (auto it = resources.cbegin(); it != resources.cend(); ++it) {
        if (it.value().toMap().value(QStringLiteral("Type")).toString() == type)
            ids.append(it.key());
    }
    return ids;
}

QVariant propertyOf(const QVariantMap &resources, const QString &id, const QString &name)
{
    return resources.value(id).toMap().value(QStringLiteral("Properties")).toMap().value(name);
}

QString refOf(const QVariant &value)
{
    return value.toMap().value(QStringLiteral("Ref")).toString();
}

/// Tag Key -> Value of a resource.
QMap<QString, QString> tagsOf(const QVariantMap &resources, const QString &id)
{
    QMap<QString, QString> tags;
    for (const QVariant &tag : propertyOf(resources, id, QStringLiteral("Tags")).toList())
        tags.insert(tag.toMap().value(QStringLiteral("Key")).toString(), tag.toMap().value(QStringLiteral("Value")).toString());
    return tags;
}

/// The route table a subnet is associated with.
QString routeTableOf(const QVariantMap &resources, const QString &subnetId)
{
    for (const QString &id : idsOfType(resources, QStringLiteral("AWS::EC2::SubnetRouteTableAssociation"))) {
        if (refOf(propertyOf(resources, id, QStringLiteral("SubnetId"))) == subnetId)
            return refOf(propertyOf(resources, id, QStringLiteral("RouteTableId")));
    }
    return QString();
}

/// The 0.0.0.0/0 route of a route table: "gateway:<id>" or "nat:<id>", empty when none.
QString defaultRouteOf(const QVariantMap &resources, const QString &tableId)
{
    for (const QString &id : idsOfType(resources, QStringLiteral("AWS::EC2::Route"))) {
        if (refOf(propertyOf(resources, id, QStringLiteral("RouteTableId"))) != tableId
            || propertyOf(resources, id, QStringLiteral("DestinationCidrBlock")).toString() != QLatin1String("0.0.0.0/0"))
            continue;
        const QString gateway = refOf(propertyOf(resources, id, QStringLiteral("GatewayId")));
        if (!gateway.isEmpty())
            return QStringLiteral("gateway:") + gateway;
        return QStringLiteral("nat:") + refOf(propertyOf(resources, id, QStringLiteral("NatGatewayId")));
    }
    return QString();
}

Diagnostic errorOn(ObjectId id, const QString &rule)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.rule = rule;
    d.objectId = id;
    d.message = QStringLiteral("test error");
    return d;
}

QList<Diagnostic> withRule(const QList<Diagnostic> &diagnostics, const QString &rule)
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : diagnostics) {
        if (d.rule == rule)
            out.append(d);
    }
    return out;
}

} // namespace

/**
 * CloudFormationExporter on the seed-like network (tests/model/export/seeddesign.h): a
 * 10.0.0.0/16 VPC, 3 AZs × public/private/database subnets. Expected resources follow the
 * Amazon VPC User Guide example "VPC with servers in private subnets and NAT" (one NAT gateway
 * per AZ, in that AZ's public subnet) and the EKS subnet tagging rules; validity is judged by the
 * shared oracle.
 */
class TestCloudFormationExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedNetworkPassesOracle();
    void resourceCounts();
    void natGatewayPerAvailabilityZone();
    void subnetPropertiesAndTags();
    void outputs();
    void logicalId_data();
    void logicalId();
    void subnetWithErrorIsLeftOut();
    void publicSubnetWithErrorMovesNat();
    void vpcWithErrorLeavesOutTemplate();
    void secondaryCidrBlocksWarn();
    void privateOnlyVpcHasNoNat();
    void oneTemplatePerRegionWithVpc();
};

void TestCloudFormationExporter::seedNetworkPassesOracle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (qEnvironmentVariableIsSet("SCALEPLAN_KEEP_EXPORT")) { // debugging aid: keep the files
        dir.setAutoRemove(false);
        qInfo("export kept in %s", qPrintable(dir.path()));
    }
    const ExportReport report = DesignExporter::exportDesign(SeedDesign::build(), {}, dir.path());
    QCOMPARE(countDiagnostics(report.diagnostics).errors, 0);
    QCOMPARE(countDiagnostics(report.diagnostics).warnings, 0);
    const QString file = QDir(dir.path()).filePath(QStringLiteral("cfn/us-east-1-network.yaml"));
    QVERIFY(report.filesWritten.contains(file));

    // Text of the written file: the version date is quoted, 9 subnets, 3 NAT gateways.
    const QString text = readText(file);
    QVERIFY(text.startsWith(QLatin1String("AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: ")));
    QCOMPARE(text.count(QLatin1String("Type: AWS::EC2::Subnet\n")), 9);
    QCOMPARE(text.count(QLatin1String("Type: AWS::EC2::NatGateway\n")), 3);
    QCOMPARE(text.count(QLatin1String("Type: AWS::EC2::EIP\n")), 3);
    QCOMPARE(text.count(QLatin1String("Value: \"1\"\n")), 6); // elb / internal-elb tag values

    const Oracle::Result oracle = Oracle::run(QDir(dir.path()).filePath(QStringLiteral("cfn")));
    if (!oracle.available)
        QSKIP(qPrintable(oracle.whyUnavailable));
    QVERIFY2(oracle.exitCode == 0, qPrintable(oracle.output + oracle.errors));
    QCOMPARE(oracle.summary, QStringLiteral("1 documents, 1 valid, 0 invalid, 0 unknown-kind"));
}

void TestCloudFormationExporter::resourceCounts()
{
    SeedDesign::Ids ids;
    const DesignData design = SeedDesign::build(&ids);
    QList<Diagnostic> diagnostics;
    const QVariantMap resources = resourcesOf(CloudFormationExporter::networkTemplate(design, ids.region, {}, &diagnostics));
    QVERIFY(diagnostics.isEmpty());
    // 3 AZs × 3 tiers: 9 subnets; 1 public + 3 private route tables; a default route in each;
    // 9 associations; one EIP + NAT gateway per AZ; one Internet gateway + attachment.
    QCOMPARE(idsOfType(resources, "AWS::EC2::VPC").size(), 1);
    QCOMPARE(idsOfType(resources, "AWS::EC2::Subnet").size(), 9);
    QCOMPARE(idsOfType(resources, "AWS::EC2::InternetGateway").size(), 1);
    QCOMPARE(idsOfType(resources, "AWS::EC2::VPCGatewayAttachment").size(), 1);
    QCOMPARE(idsOfType(resources, "AWS::EC2::RouteTable").size(), 4);
    QCOMPARE(idsOfType(resources, "AWS::EC2::Route").size(), 4);
    QCOMPARE(idsOfType(resources, "AWS::EC2::SubnetRouteTableAssociation").size(), 9);
    QCOMPARE(idsOfType(resources, "AWS::EC2::EIP").size(), 3);
    QCOMPARE(idsOfType(resources, "AWS::EC2::NatGateway").size(), 3);
    QCOMPARE(resources.size(), 1 + 9 + 1 + 1 + 4 + 4 + 9 + 3 + 3);
    QCOMPARE(idsOfType(resources, "AWS::EC2::VPC"), QStringList{"ProductionVpc"});
    const QVariantMap vpc = resources.value("ProductionVpc").toMap().value("Properties").toMap();
    QCOMPARE(vpc.value("CidrBlock").toString(), QStringLiteral("10.0.0.0/16"));
    QCOMPARE(vpc.value("EnableDnsHostnames"), QVariant(true));
    QCOMPARE(vpc.value("EnableDnsSupport"), QVariant(true));
    // AWS::EC2::Route / EIP docs: depend on the gateway attachment.
    for (const QString &id : idsOfType(resources, "AWS::EC2::EIP"))
        QCOMPARE(resources.value(id).toMap().value("DependsOn").toString(), QStringLiteral("ProductionVpcGatewayAttachment"));
    QCOMPARE(resources.value("ProductionVpcPublicDefaultRoute").toMap().value("DependsOn").toString(),
             QStringLiteral("ProductionVpcGatewayAttachment"));
}

void TestCloudFormationExporter::natGatewayPerAvailabilityZone()
{
    SeedDesign::Ids ids;
    const DesignData design = SeedDesign::build(&ids);
    const QVariantMap resources = resourcesOf(CloudFormationExporter::networkTemplate(design, ids.region, {}, nullptr));
    // Each NAT gateway sits in the public subnet of its own zone, with its own EIP.
    const QMap<QString, QString> expectedHost = {{"UsEast1aNatGateway", "PublicASubnet"},
                                                 {"UsEast1bNatGateway", "PublicBSubnet"},
                                                 {"UsEast1cNatGateway", "PublicCSubnet"}};
    QCOMPARE(idsOfType(resources, "AWS::EC2::NatGateway"), expectedHost.keys());
    for (auto it = expectedHost.cbegin(); it != expectedHost.cend(); ++it) {
        QCOMPARE(refOf(propertyOf(resources, it.key(), "SubnetId")), it.value());
        const QVariantList getAtt = propertyOf(resources, it.key(), "AllocationId").toMap().value("Fn::GetAtt").toList();
        QCOMPARE(getAtt.size(), 2);
        QCOMPARE(getAtt.at(1).toString(), QStringLiteral("AllocationId"));
        QCOMPARE(resources.value(getAtt.at(0).toString()).toMap().value("Type").toString(), QStringLiteral("AWS::EC2::EIP"));
    }
    // Public subnets route to the Internet gateway; private and database subnets of zone X to
    // the NAT gateway of zone X.
    const QStringList letters = {"A", "B", "C"};
    const QStringList zones = {"UsEast1a", "UsEast1b", "UsEast1c"};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(defaultRouteOf(resources, routeTableOf(resources, QString("Public" + letters[i] + "Subnet"))),
                 QStringLiteral("gateway:ProductionVpcInternetGateway"));
        for (const QString tier : {"Private", "Database"}) {
            const QString table = routeTableOf(resources, QString(tier + letters[i] + "Subnet"));
            QCOMPARE(table, QString(zones[i] + "PrivateRouteTable"));
            QCOMPARE(defaultRouteOf(resources, table), QString("nat:" + zones[i] + "NatGateway"));
        }
    }
}

void TestCloudFormationExporter::subnetPropertiesAndTags()
{
    SeedDesign::Ids ids;
    const DesignData design = SeedDesign::build(&ids);
    const QVariantMap resources = resourcesOf(CloudFormationExporter::networkTemplate(design, ids.region, {}, nullptr));
    // seeddesign.h subnet plan; EKS User Guide "Subnet requirements": kubernetes.io/role/elb = 1
    // on public, kubernetes.io/role/internal-elb = 1 on private subnets.
    QCOMPARE(propertyOf(resources, "PublicBSubnet", "CidrBlock").toString(), QStringLiteral("10.0.1.0/24"));
    QCOMPARE(propertyOf(resources, "PublicBSubnet", "AvailabilityZone").toString(), QStringLiteral("us-east-1b"));
    QCOMPARE(propertyOf(resources, "PublicBSubnet", "MapPublicIpOnLaunch"), QVariant(true));
    QCOMPARE(refOf(propertyOf(resources, "PublicBSubnet", "VpcId")), QStringLiteral("ProductionVpc"));
    QCOMPARE(tagsOf(resources, "PublicBSubnet"),
             (QMap<QString, QString>{{"Name", "public-b"}, {"kubernetes.io/role/elb", "1"}}));
    QCOMPARE(propertyOf(resources, "PrivateCSubnet", "CidrBlock").toString(), QStringLiteral("10.0.48.0/20"));
    QVERIFY(!propertyOf(resources, "PrivateCSubnet", "MapPublicIpOnLaunch").isValid());
    QCOMPARE(tagsOf(resources, "PrivateCSubnet"),
             (QMap<QString, QString>{{"Name", "private-c"}, {"kubernetes.io/role/internal-elb", "1"}}));
    QCOMPARE(tagsOf(resources, "DatabaseASubnet"), (QMap<QString, QString>{{"Name", "database-a"}}));
    QCOMPARE(propertyOf(resources, "DatabaseASubnet", "AvailabilityZone").toString(), QStringLiteral("us-east-1a"));
}

void TestCloudFormationExporter::outputs()
{
    SeedDesign::Ids ids;
    const DesignData design = SeedDesign::build(&ids);
    const QVariantMap templ = CloudFormationExporter::networkTemplate(design, ids.region, {}, nullptr);
    const QVariantMap outputs = templ.value("Outputs").toMap();
    // VPC id, 9 subnet ids, 3 comma-joined tier lists.
    QCOMPARE(outputs.size(), 13);
    QCOMPARE(refOf(outputs.value("ProductionVpcId").toMap().value("Value")), QStringLiteral("ProductionVpc"));
    QCOMPARE(refOf(outputs.value("DatabaseBSubnetId").toMap().value("Value")), QStringLiteral("DatabaseBSubnet"));
    const QVariantList join = outputs.value("ProductionVpcPrivateSubnetIds").toMap().value("Value").toMap().value("Fn::Join").toList();
    QCOMPARE(join.size(), 2);
    QCOMPARE(join.at(0).toString(), QStringLiteral(","));
    QStringList refs;
    for (const QVariant &r : join.at(1).toList())
        refs.append(refOf(r));
    QCOMPARE(refs, QStringList({"PrivateASubnet", "PrivateBSubnet", "PrivateCSubnet"}));
    QCOMPARE(templ.value("AWSTemplateFormatVersion").toString(), QStringLiteral("2010-09-09"));
    QVERIFY(templ.value("Description").toString().contains(QLatin1String("9 subnets in 3 Availability Zones")));
}

void TestCloudFormationExporter::logicalId_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("expected");
    QTest::newRow("vpc already suffixed") << "production-vpc" << "Vpc" << "ProductionVpc";
    QTest::newRow("subnet") << "public-a" << "Subnet" << "PublicASubnet";
    QTest::newRow("zone") << "us-east-1a" << "NatGateway" << "UsEast1aNatGateway";
    QTest::newRow("underscore and dot") << "my_subnet.x" << "Subnet" << "MySubnetXSubnet";
    QTest::newRow("suffix case-insensitive") << "db subnet" << "Subnet" << "DbSubnet";
    QTest::newRow("keeps inner capitals") << "ALB-US-East-1" << "" << "ALBUSEast1";
    QTest::newRow("non-ascii dropped") << QString::fromUtf8("r\u00e9seau") << "Vpc" << "RSeauVpc";
    QTest::newRow("empty name") << "" << "Vpc" << "Vpc";
    QTest::newRow("nothing") << "" << "" << "Resource";
}

void TestCloudFormationExporter::logicalId()
{
    QFETCH(QString, name);
    QFETCH(QString, suffix);
    QFETCH(QString, expected);
    QCOMPARE(CloudFormationExporter::logicalId(name, suffix), expected);
}

void TestCloudFormationExporter::subnetWithErrorIsLeftOut()
{
    SeedDesign::Ids ids;
    const DesignData design = SeedDesign::build(&ids);
    const ObjectId databaseC = ids.subnets.at(8);
    QCOMPARE(design.object(databaseC)->name, QStringLiteral("database-c"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ExportReport report = DesignExporter::exportDesign(design, {errorOn(databaseC, "aws.subnet.overlap")}, dir.path());
    const QString text = readText(QDir(dir.path()).filePath(QStringLiteral("cfn/us-east-1-network.yaml")));
    QCOMPARE(text.count(QLatin1String("Type: AWS::EC2::Subnet\n")), 8);
    QVERIFY(!text.contains(QLatin1String("DatabaseCSubnet")));
    QVERIFY(!text.contains(QLatin1String("10.0.66.0/24")));
    const QList<Diagnostic> leftOut = withRule(report.diagnostics, "export.left-out");
    QCOMPARE(leftOut.size(), 1);
    QCOMPARE(leftOut.first().objectId, databaseC);
    QCOMPARE(leftOut.first().severity, Severity::Error);
    QVERIFY(leftOut.first().message.contains(QLatin1String("aws.subnet.overlap")));

    const Oracle::Result oracle = Oracle::run(QDir(dir.path()).filePath(QStringLiteral("cfn")));
    if (!oracle.available)
        QSKIP(qPrintable(oracle.whyUnavailable));
    QVERIFY2(oracle.exitCode == 0, qPrintable(oracle.output + oracle.errors));
}

void TestCloudFormationExporter::publicSubnetWithErrorMovesNat()
{
    SeedDesign::Ids ids;
    const DesignData design = SeedDesign::build(&ids);
    const ObjectId publicB = ids.subnets.at(3);
    QCOMPARE(design.object(publicB)->name, QStringLiteral("public-b"));
    const auto errors = DesignExporter::errorsByObject({errorOn(publicB, "aws.subnet.cidr")});
    QList<Diagnostic> diagnostics;
    const QVariantMap templ = CloudFormationExporter::networkTemplate(design, ids.region, errors, &diagnostics);
    const QVariantMap resources = resourcesOf(templ);
    // Zone b has no public subnet left: 2 NAT gateways; zone b's private table uses zone a's.
    QCOMPARE(idsOfType(resources, "AWS::EC2::NatGateway"), QStringList({"UsEast1aNatGateway", "UsEast1cNatGateway"}));
    QCOMPARE(defaultRouteOf(resources, "UsEast1bPrivateRouteTable"), QStringLiteral("nat:UsEast1aNatGateway"));
    QCOMPARE(withRule(diagnostics, "export.cfn.nat-other-az").size(), 1);
    QCOMPARE(withRule(diagnostics, "export.left-out").size(), 1);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DesignExporter::exportDesign(design, {errorOn(publicB, "aws.subnet.cidr")}, dir.path());
    const Oracle::Result oracle = Oracle::run(QDir(dir.path()).filePath(QStringLiteral("cfn")));
    if (!oracle.available)
        QSKIP(qPrintable(oracle.whyUnavailable));
    QVERIFY2(oracle.exitCode == 0, qPrintable(oracle.output + oracle.errors));
}

void TestCloudFormationExporter::vpcWithErrorLeavesOutTemplate()
{
    SeedDesign::Ids ids;
    const DesignData design = SeedDesign::build(&ids);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ExportReport report = DesignExporter::exportDesign(design, {errorOn(ids.vpc, "aws.vpc.cidr-size")}, dir.path());
    QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("cfn/us-east-1-network.yaml"))));
    // The VPC and its 9 subnets are reported, each naming the VPC's rule.
    const QList<Diagnostic> leftOut = withRule(report.diagnostics, "export.left-out");
    QCOMPARE(leftOut.size(), 1 + 9);
    QCOMPARE(leftOut.first().objectId, ids.vpc);
    for (const Diagnostic &d : leftOut)
        QVERIFY2(d.message.contains(QLatin1String("aws.vpc.cidr-size")), qPrintable(d.message));
    // The Kubernetes objects of the cluster inside the VPC are still exported.
    QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("k8s/production-eks-us-east-1.yaml"))));
}

void TestCloudFormationExporter::secondaryCidrBlocksWarn()
{
    SeedDesign::Ids ids;
    DesignData design = SeedDesign::build(&ids);
    QVERIFY(design.setField(ids.vpc, QStringLiteral("SecondaryCidrBlocks"), QStringList{QStringLiteral("100.64.0.0/16")}));
    QList<Diagnostic> diagnostics;
    const QVariantMap resources = resourcesOf(CloudFormationExporter::networkTemplate(design, ids.region, {}, &diagnostics));
    const QList<Diagnostic> warnings = withRule(diagnostics, "export.cfn.secondary-cidr");
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().severity, Severity::Warning);
    QVERIFY(warnings.first().message.contains(QLatin1String("100.64.0.0/16")));
    QVERIFY(idsOfType(resources, "AWS::EC2::VPCCidrBlock").isEmpty());
}

void TestCloudFormationExporter::privateOnlyVpcHasNoNat()
{
    DesignData design;
    const ObjectId region = SeedDesign::add(design, ObjectKind::Region, 0, "eu-west-1", {{"RegionName", "eu-west-1"}});
    const ObjectId vpc = SeedDesign::add(design, ObjectKind::Vpc, region, "isolated", {{"CidrBlock", "10.1.0.0/16"}});
    const ObjectId zone = SeedDesign::add(design, ObjectKind::AvailabilityZone, vpc, "eu-west-1a", {{"AvailabilityZone", "eu-west-1a"}});
    SeedDesign::add(design, ObjectKind::Subnet, zone, "private-a", {{"CidrBlock", "10.1.0.0/20"}, {"Tier", "private"}});
    // No Tier: the name prefix says database.
    SeedDesign::add(design, ObjectKind::Subnet, zone, "database-a", {{"CidrBlock", "10.1.16.0/24"}});
    QList<Diagnostic> diagnostics;
    const QVariantMap resources = resourcesOf(CloudFormationExporter::networkTemplate(design, region, {}, &diagnostics));
    QVERIFY(idsOfType(resources, "AWS::EC2::InternetGateway").isEmpty());
    QVERIFY(idsOfType(resources, "AWS::EC2::NatGateway").isEmpty());
    QVERIFY(idsOfType(resources, "AWS::EC2::Route").isEmpty());
    QCOMPARE(routeTableOf(resources, "PrivateASubnet"), QStringLiteral("EuWest1aPrivateRouteTable"));
    QCOMPARE(routeTableOf(resources, "DatabaseASubnet"), QStringLiteral("EuWest1aPrivateRouteTable"));
    QCOMPARE(tagsOf(resources, "DatabaseASubnet"), (QMap<QString, QString>{{"Name", "database-a"}}));
    QCOMPARE(withRule(diagnostics, "export.cfn.no-nat").size(), 1);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DesignExporter::exportDesign(design, {}, dir.path());
    const Oracle::Result oracle = Oracle::run(QDir(dir.path()).filePath(QStringLiteral("cfn")));
    if (!oracle.available)
        QSKIP(qPrintable(oracle.whyUnavailable));
    QVERIFY2(oracle.exitCode == 0, qPrintable(oracle.output + oracle.errors));
}

void TestCloudFormationExporter::oneTemplatePerRegionWithVpc()
{
    SeedDesign::Ids ids;
    DesignData design = SeedDesign::build(&ids);
    SeedDesign::add(design, ObjectKind::Region, 0, "us-west-2", {{"RegionName", "us-west-2"}}); // no VPC: no file
    const ObjectId eu = SeedDesign::add(design, ObjectKind::Region, 0, "eu-west-1", {{"RegionName", "eu-west-1"}});
    const ObjectId vpc = SeedDesign::add(design, ObjectKind::Vpc, eu, "production-vpc", {{"CidrBlock", "10.2.0.0/16"}});
    const ObjectId zone = SeedDesign::add(design, ObjectKind::AvailabilityZone, vpc, "eu-west-1a", {{"AvailabilityZone", "eu-west-1a"}});
    SeedDesign::add(design, ObjectKind::Subnet, zone, "public-a", {{"CidrBlock", "10.2.0.0/24"}, {"Tier", "public"}});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ExportReport report = DesignExporter::exportDesign(design, {}, dir.path());
    QStringList cfnFiles;
    for (const QString &file : report.filesWritten) {
        if (file.contains(QLatin1String("/cfn/")))
            cfnFiles.append(QFileInfo(file).fileName());
    }
    QCOMPARE(cfnFiles, QStringList({"us-east-1-network.yaml", "eu-west-1-network.yaml"}));
    const QString eu1 = readText(QDir(dir.path()).filePath(QStringLiteral("cfn/eu-west-1-network.yaml")));
    QCOMPARE(eu1.count(QLatin1String("Type: AWS::EC2::NatGateway\n")), 1);
    QVERIFY(eu1.contains(QLatin1String("CidrBlock: 10.2.0.0/16\n")));

    const Oracle::Result oracle = Oracle::run(QDir(dir.path()).filePath(QStringLiteral("cfn")));
    if (!oracle.available)
        QSKIP(qPrintable(oracle.whyUnavailable));
    QVERIFY2(oracle.exitCode == 0, qPrintable(oracle.output + oracle.errors));
    QCOMPARE(oracle.summary, QStringLiteral("2 documents, 2 valid, 0 invalid, 0 unknown-kind"));
}

QTEST_GUILESS_MAIN(TestCloudFormationExporter)
#include "tst_cloudformationexporter.moc"
