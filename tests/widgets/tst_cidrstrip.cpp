// Tests of CidrStrip: span geometry (hand-calculated fractions of a /16), tooltip values
// (first/last address as Python's ipaddress prints them, usable = 2^(32-p) - 5 per the Amazon VPC
// User Guide, "Subnet CIDR blocks": AWS reserves the first four and the last address), overlap
// marking, subnets outside the VPC, clicks, and collecting a VPC's subnets from a design.

#include "widgets/cidrstrip.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Scaleplan;

namespace {
Cidr cidr(const char *text)
{
    const auto parsed = Cidr::parse(QString::fromLatin1(text));
    Q_ASSERT(parsed);
    return *parsed;
}
} // namespace

class TestCidrStrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spanGeometry_data();
    void spanGeometry();
    void toolTip_data();
    void toolTip();
    void overlapAndOutside();
    void clickEmitsObjectId();
    void setVpcCollectsSubnets();
    void emptyStrip();
};

void TestCidrStrip::spanGeometry_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<double>("leftFraction");
    QTest::addColumn<double>("widthFraction");

    // VPC 10.0.0.0/16 = 65,536 addresses. Offsets and sizes by hand:
    // a /18 holds 2^14 = 16,384 = 1/4 of the /16.
    QTest::newRow("/18 at the start") << "10.0.0.0/18" << 0.0 << 0.25;
    // 10.0.64.0 is 64 * 256 = 16,384 addresses in: 1/4.
    QTest::newRow("second /18") << "10.0.64.0/18" << 0.25 << 0.25;
    // 10.0.192.0 = 192 * 256 = 49,152 = 3/4 in; a /21 is 2,048 = 1/32.
    QTest::newRow("/21 at three quarters") << "10.0.192.0/21" << 0.75 << 1.0 / 32;
    // 10.0.255.0 = 65,280 in = 255/256; a /24 is 256 = 1/256.
    QTest::newRow("last /24") << "10.0.255.0/24" << 255.0 / 256 << 1.0 / 256;
    // The whole VPC block.
    QTest::newRow("whole /16") << "10.0.0.0/16" << 0.0 << 1.0;
}

void TestCidrStrip::spanGeometry()
{
    QFETCH(QString, subnet);
    QFETCH(double, leftFraction);
    QFETCH(double, widthFraction);

    CidrStrip strip;
    strip.resize(1024, 200);
    strip.setAddressSpace(QStringLiteral("vpc"), {cidr("10.0.0.0/16")},
                          {CidrStrip::Span{1, QStringLiteral("subnet"), QStringLiteral("private"), *Cidr::parse(subnet)}});
    const QRectF bar = strip.barRect(0);
    QVERIFY(bar.width() > 900);
    QVERIFY(bar.width() <= 1024);
    const QRectF span = strip.spanRect(0);
    QCOMPARE(span.left(), bar.left() + leftFraction * bar.width());
    QCOMPARE(span.width(), widthFraction * bar.width());
    QCOMPARE(span.top(), bar.top());
    QCOMPARE(span.height(), bar.height());
}

void TestCidrStrip::toolTip_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<qint64>("usable");

    // Python: ipaddress.ip_network(s)[0], [-1]; usable = num_addresses - 5.
    QTest::newRow("/18") << "10.0.0.0/18" << "10.0.0.0" << "10.0.63.255" << qint64(16384 - 5);
    QTest::newRow("/21") << "10.0.192.0/21" << "10.0.192.0" << "10.0.199.255" << qint64(2048 - 5);
    QTest::newRow("/24") << "10.0.255.0/24" << "10.0.255.0" << "10.0.255.255" << qint64(256 - 5);
    // The smallest subnet AWS allows: /28 = 16 addresses, 11 usable.
    QTest::newRow("/28") << "10.0.255.240/28" << "10.0.255.240" << "10.0.255.255" << qint64(16 - 5);
}

void TestCidrStrip::toolTip()
{
    QFETCH(QString, subnet);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(qint64, usable);

    CidrStrip strip;
    strip.resize(800, 200);
    strip.setAddressSpace(QStringLiteral("vpc"), {cidr("10.0.0.0/16")},
                          {CidrStrip::Span{7, QStringLiteral("private-a"), QStringLiteral("private"), *Cidr::parse(subnet)}});
    const QString tip = strip.toolTipText(0);
    const QStringList lines = tip.split(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 4, qPrintable(tip));
    QCOMPARE(lines[0], QStringLiteral("private-a (private)"));
    QCOMPARE(lines[1], subnet);
    QVERIFY2(lines[2].startsWith(first) && lines[2].endsWith(last), qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(QLocale().toString(usable) + QLatin1Char(' ')), qPrintable(lines[3]));
    QCOMPARE(strip.toolTipText(1), QString());
}

void TestCidrStrip::overlapAndOutside()
{
    CidrStrip strip;
    strip.resize(800, 200);
    strip.setAddressSpace(QStringLiteral("vpc"), {cidr("10.0.0.0/16")},
                          {
                              CidrStrip::Span{1, QStringLiteral("a"), QStringLiteral("public"), cidr("10.0.0.0/20")},
                              // 10.0.8.0/24 lies inside 10.0.0.0/20 (10.0.0.0 - 10.0.15.255).
                              CidrStrip::Span{2, QStringLiteral("b"), QStringLiteral("private"), cidr("10.0.8.0/24")},
                              // 10.0.16.0/20 starts right after a: adjacent, no overlap.
                              CidrStrip::Span{3, QStringLiteral("c"), QStringLiteral("database"), cidr("10.0.16.0/20")},
                              // Not inside 10.0.0.0/16 at all.
                              CidrStrip::Span{4, QStringLiteral("d"), QStringLiteral("private"), cidr("10.1.0.0/24")},
                          });
    QVERIFY(strip.isOverlapping(0));
    QVERIFY(strip.isOverlapping(1));
    QVERIFY(!strip.isOverlapping(2));
    QVERIFY(!strip.isOverlapping(3));
    QVERIFY(strip.toolTipText(0).contains(QLatin1String("Overlaps b")));
    QVERIFY(strip.spanRect(3).isEmpty());
    QVERIFY(strip.toolTipText(3).contains(QLatin1String("Outside")));
    // Where a and b overlap, the smaller block (b) is the one under the pointer.
    QCOMPARE(strip.spanAt(strip.spanRect(1).center()), 1);
    QCOMPARE(strip.spanAt(strip.spanRect(2).center()), 2);
    // The last address of the /16 is free space.
    QCOMPARE(strip.spanAt(QPointF(strip.barRect(0).right() - 1, strip.barRect(0).center().y())), -1);
    // The outside subnet needs an extra line.
    CidrStrip inside;
    inside.setAddressSpace(QStringLiteral("vpc"), {cidr("10.0.0.0/16")},
                           {CidrStrip::Span{1, QStringLiteral("a"), QStringLiteral("public"), cidr("10.0.0.0/20")}});
    QVERIFY(strip.minimumSizeHint().height() > inside.minimumSizeHint().height());
}

void TestCidrStrip::clickEmitsObjectId()
{
    CidrStrip strip;
    strip.resize(800, 200);
    strip.setAddressSpace(QStringLiteral("vpc"), {cidr("10.0.0.0/16")},
                          {
                              CidrStrip::Span{11, QStringLiteral("public-a"), QStringLiteral("public"), cidr("10.0.0.0/18")},
                              CidrStrip::Span{12, QStringLiteral("private-a"), QStringLiteral("private"), cidr("10.0.64.0/18")},
                          });
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    QSignalSpy spy(&strip, &CidrStrip::objectClicked);
    QTest::mouseClick(&strip, Qt::LeftButton, {}, strip.spanRect(1).center().toPoint());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<ObjectId>(), ObjectId(12));
    // Free space (the last quarter) emits nothing.
    const QRectF bar = strip.barRect(0);
    QTest::mouseClick(&strip, Qt::LeftButton, {}, QPoint(int(bar.left() + bar.width() * 0.9), int(bar.center().y())));
    QCOMPARE(spy.size(), 1);
}

void TestCidrStrip::setVpcCollectsSubnets()
{
    DesignData design;
    auto add = [&design](ObjectKind kind, ObjectId parent, const QString &name, QVariantMap fields) {
        DesignObject o;
        o.kind = kind;
        o.parentId = parent;
        o.name = name;
        o.fields = fields;
        return design.insert(o);
    };
    const ObjectId region = add(ObjectKind::Region, 0, QStringLiteral("us-east-1"), {});
    const ObjectId vpc = add(ObjectKind::Vpc, region, QStringLiteral("vpc-a"),
                             {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16")},
                              {QStringLiteral("SecondaryCidrBlocks"), QVariantList{QStringLiteral("100.64.0.0/16")}}});
    const ObjectId az = add(ObjectKind::AvailabilityZone, vpc, QStringLiteral("us-east-1a"), {});
    const ObjectId s1 = add(ObjectKind::Subnet, az, QStringLiteral("public-a"),
                            {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/20")}, {QStringLiteral("Tier"), QStringLiteral("public")}});
    const ObjectId s2 = add(ObjectKind::Subnet, az, QStringLiteral("pods-a"),
                            {{QStringLiteral("CidrBlock"), QStringLiteral("100.64.0.0/18")}, {QStringLiteral("Tier"), QStringLiteral("private")}});
    const ObjectId other = add(ObjectKind::Vpc, region, QStringLiteral("vpc-b"), {{QStringLiteral("CidrBlock"), QStringLiteral("10.1.0.0/16")}});
    const ObjectId otherAz = add(ObjectKind::AvailabilityZone, other, QStringLiteral("us-east-1b"), {});
    add(ObjectKind::Subnet, otherAz, QStringLiteral("elsewhere"), {{QStringLiteral("CidrBlock"), QStringLiteral("10.1.0.0/24")}});

    CidrStrip strip;
    strip.resize(800, 300);
    strip.setVpc(design, vpc);
    QCOMPARE(strip.vpcId(), vpc);
    QCOMPARE(strip.blocks().size(), 2);
    QCOMPARE(strip.blocks().at(1).toString(), QStringLiteral("100.64.0.0/16"));
    const QList<CidrStrip::Span> spans = strip.spans();
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans[0].id, s1);
    QCOMPARE(spans[0].tier, QStringLiteral("public"));
    QCOMPARE(spans[1].id, s2);
    // pods-a lies in the secondary block (second bar), first quarter of it (/18 of a /16).
    const QRectF bar2 = strip.barRect(1);
    QCOMPARE(strip.spanRect(1).left(), bar2.left());
    QCOMPARE(strip.spanRect(1).width(), bar2.width() / 4);

    // Not a VPC: cleared.
    strip.setVpc(design, az);
    QCOMPARE(strip.vpcId(), ObjectId(0));
    QVERIFY(strip.spans().isEmpty());
}

void TestCidrStrip::emptyStrip()
{
    CidrStrip strip;
    QVERIFY(strip.barRect(0).isEmpty());
    QVERIFY(strip.spanRect(0).isEmpty());
    QCOMPARE(strip.spanAt(QPointF(10, 40)), -1);
    QVERIFY(strip.minimumSizeHint().height() > 0);
}

QTEST_MAIN(TestCidrStrip)
#include "tst_cidrstrip.moc"
