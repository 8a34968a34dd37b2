// Tests of CidrLinearMap and the CidrMapContent it draws: span geometry (hand-calculated fractions
// of a /16), free blocks (Python: list(ip_network(root).address_exclude(...)), collapsed and sorted),
// overlap marking, hover text (first/last address as Python's ipaddress prints them; usable =
// 2^(32-p) - 5 per the Amazon VPC User Guide, "Subnet CIDR blocks"), clicks, zoom by double-click,
// wheel and Backspace, the rendered colours, and collecting a VPC's subnets from a design.

#include "widgets/canvasstyle.h"
#include "widgets/cidrmap/cidrlinearmap.h"

#include <QApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace Scaleplan;

namespace {
Cidr cidr(const char *text)
{
    const auto parsed = Cidr::parse(QString::fromLatin1(text));
    Q_ASSERT(parsed);
    return *parsed;
}

CidrMapContent::Span span(ObjectId id, const char *name, const char *tier, const char *zone, const char *block)
{
    return {id, QString::fromLatin1(name), QString::fromLatin1(tier), QString::fromLatin1(zone),
            QStringLiteral("us-east-1/vpc/") + QString::fromLatin1(zone), cidr(block)};
}
} // namespace

class TestCidrLinearMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spanGeometry_data();
    void spanGeometry();
    void freeBlocks();
    void overlapsAndLookup();
    void toolTip();
    void clickEmitsObjectId();
    void zoom();
    void renderedColours();
    void fromVpc();
    void emptyAndIpv6();
};

void TestCidrLinearMap::spanGeometry_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<double>("leftFraction");
    QTest::addColumn<double>("widthFraction");
    // VPC 10.0.0.0/16 = 65,536 addresses. A /18 = 16,384 = 1/4.
    QTest::newRow("/18 at the start") << "10.0.0.0/18" << 0.0 << 0.25;
    QTest::newRow("second /18") << "10.0.64.0/18" << 0.25 << 0.25;
    // 10.0.192.0 = 192 × 256 = 49,152 in = 3/4; a /21 = 2,048 = 1/32.
    QTest::newRow("/21 at three quarters") << "10.0.192.0/21" << 0.75 << 1.0 / 32;
    // 10.0.255.0 = 65,280 in = 255/256; a /24 = 1/256.
    QTest::newRow("last /24") << "10.0.255.0/24" << 255.0 / 256 << 1.0 / 256;
}

void TestCidrLinearMap::spanGeometry()
{
    QFETCH(QString, subnet);
    QFETCH(double, leftFraction);
    QFETCH(double, widthFraction);
    CidrLinearMap map;
    map.resize(1024, 220);
    map.setContent(CidrMapContent(QStringLiteral("vpc"), cidr("10.0.0.0/16"),
                                  {{1, QStringLiteral("s"), QStringLiteral("private"), QString(), QString(), *Cidr::parse(subnet)}}));
    const QRectF bar = map.barRect();
    QVERIFY(bar.width() > 900);
    const QRectF r = map.spanRect(0);
    QCOMPARE(r.left(), bar.left() + leftFraction * bar.width());
    QCOMPARE(r.width(), widthFraction * bar.width());
    QCOMPARE(r.top(), bar.top());
    QCOMPARE(r.height(), bar.height());
}

void TestCidrLinearMap::freeBlocks()
{
    // 10.0.0.0/16 minus 10.0.64.0/18 and 10.0.128.0/24: Python's address_exclude, collapsed:
    // 10.0.0.0/18, 10.0.129.0/24, 10.0.130.0/23, 10.0.132.0/22, 10.0.136.0/21, 10.0.144.0/20,
    // 10.0.160.0/19, 10.0.192.0/18.
    const CidrMapContent content(QStringLiteral("vpc"), cidr("10.0.0.0/16"),
                                 {span(1, "a", "private", "us-east-1a", "10.0.64.0/18"),
                                  span(2, "b", "public", "us-east-1b", "10.0.128.0/24")});
    QStringList free;
    for (const Cidr &block : content.freeBlocks())
        free << block.toString();
    QCOMPARE(free, QStringList({"10.0.0.0/18", "10.0.129.0/24", "10.0.130.0/23", "10.0.132.0/22", "10.0.136.0/21",
                                "10.0.144.0/20", "10.0.160.0/19", "10.0.192.0/18"}));
    // Used: 16,384 + 256 addresses.
    QCOMPARE(content.usedAddressCount(), 16640.0);
    QCOMPARE(content.availabilityZones(), QStringList({"us-east-1a", "us-east-1b"}));
    QCOMPARE(content.freeBlockAtAddress(CidrMapContent::v4(cidr("10.0.200.7/32").networkValue()))->toString(),
             QStringLiteral("10.0.192.0/18"));
    QVERIFY(!content.freeBlockAtAddress(CidrMapContent::v4(cidr("10.0.128.9/32").networkValue())));
}

void TestCidrLinearMap::overlapsAndLookup()
{
    const CidrMapContent content(QStringLiteral("vpc"), cidr("10.0.0.0/16"),
                                 {
                                     span(1, "a", "public", "us-east-1a", "10.0.0.0/20"),
                                     // 10.0.8.0/24 lies inside 10.0.0.0/20 (10.0.0.0 - 10.0.15.255).
                                     span(2, "b", "private", "us-east-1a", "10.0.8.0/24"),
                                     // Adjacent to a (starts at 10.0.16.0): no overlap.
                                     span(3, "c", "database", "us-east-1b", "10.0.16.0/20"),
                                     // Outside the /16.
                                     span(4, "d", "private", "us-east-1b", "10.1.0.0/24"),
                                 });
    QVERIFY(content.isOverlapping(0));
    QVERIFY(content.isOverlapping(1));
    QVERIFY(!content.isOverlapping(2));
    QVERIFY(!content.isOverlapping(3));
    QVERIFY(!content.isInside(3));
    QVERIFY(content.toolTipText(0).contains(QLatin1String("Overlaps b")));
    QVERIFY(content.toolTipText(3).contains(QLatin1String("Outside 10.0.0.0/16")));
    auto at = [&content](const char *address) {
        return content.spanAtAddress(CidrMapContent::v4(cidr(address).networkValue()));
    };
    QCOMPARE(at("10.0.8.1/32"), 1);   // in both a and b: the smaller one
    QCOMPARE(at("10.0.9.0/32"), 0);   // after b, still in a
    QCOMPARE(at("10.0.15.255/32"), 0);
    QCOMPARE(at("10.0.16.0/32"), 2);
    QCOMPARE(at("10.0.32.0/32"), -1); // free
    QCOMPARE(content.fillColor(0), CanvasStyle::severityColor(Severity::Warning));
    QCOMPARE(content.fillColor(2), CanvasStyle::tierColor(QStringLiteral("database")).lighter(118));
}

void TestCidrLinearMap::toolTip()
{
    const CidrMapContent content(QStringLiteral("vpc"), cidr("10.0.0.0/16"),
                                 {span(7, "private-a", "private", "us-east-1a", "10.0.192.0/21")});
    const QStringList lines = content.toolTipText(0).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QStringLiteral("private-a (private, us-east-1a)"));
    QCOMPARE(lines[1], QStringLiteral("10.0.192.0/21"));
    // Python: ip_network("10.0.192.0/21")[0], [-1].
    QVERIFY2(lines[2].startsWith(QLatin1String("10.0.192.0")) && lines[2].endsWith(QLatin1String("10.0.199.255")), qPrintable(lines[2]));
    // 2,048 - 5 = 2,043.
    QVERIFY2(lines[3].startsWith(QLocale().toString(2043) + QLatin1Char(' ')), qPrintable(lines[3]));
    QCOMPARE(lines[4], QStringLiteral("Owner: us-east-1/vpc/us-east-1a"));
    QCOMPARE(content.toolTipText(1), QString());
    QCOMPARE(CidrMapContent::freeToolTipText(cidr("10.0.0.0/17")).split(QLatin1Char('\n')).value(1), QStringLiteral("10.0.0.0/17"));
}

void TestCidrLinearMap::clickEmitsObjectId()
{
    CidrLinearMap map;
    map.resize(800, 220);
    map.setContent(CidrMapContent(QStringLiteral("vpc"), cidr("10.0.0.0/16"),
                                  {span(11, "public-a", "public", "us-east-1a", "10.0.0.0/18"),
                                   span(12, "private-a", "private", "us-east-1a", "10.0.64.0/18"),
                                   span(0, "planned", "database", "us-east-1b", "10.0.128.0/18")}));
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QSignalSpy spy(&map, &CidrMapView::objectClicked);
    QTest::mouseClick(&map, Qt::LeftButton, {}, map.spanRect(1).center().toPoint());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<ObjectId>(), ObjectId(12));
    // A planned block (id 0) and free space (the last quarter) emit nothing.
    QTest::mouseClick(&map, Qt::LeftButton, {}, map.spanRect(2).center().toPoint());
    const QRectF bar = map.barRect();
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(int(bar.left() + bar.width() * 0.9), int(bar.center().y())));
    QCOMPARE(spy.size(), 1);
    // Hover text under the pointer.
    QVERIFY(map.toolTipAt(map.spanRect(0).center()).startsWith(QLatin1String("public-a (public, us-east-1a)")));
    QVERIFY(map.toolTipAt(QPointF(bar.left() + bar.width() * 0.9, bar.center().y())).contains(QLatin1String("10.0.192.0/18")));
}

void TestCidrLinearMap::zoom()
{
    CidrLinearMap map;
    map.resize(800, 220);
    map.setContent(CidrMapContent(QStringLiteral("vpc"), cidr("10.0.0.0/16"),
                                  {span(1, "a", "private", "us-east-1a", "10.0.64.0/18"),
                                   span(2, "b", "public", "us-east-1a", "10.0.64.0/24")}));
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QCOMPARE(map.viewBlock(), cidr("10.0.0.0/16"));
    QVERIFY(!map.canZoomOut());
    // Double-click on a (outside b) zooms to a: it then fills the bar, and b is its first 1/64
    // (256 of 16,384 addresses).
    const QRectF a = map.spanRect(0);
    QTest::mouseDClick(&map, Qt::LeftButton, {}, QPoint(int(a.left() + a.width() * 0.75), int(a.center().y())));
    QCOMPARE(map.viewBlock(), cidr("10.0.64.0/18"));
    QCOMPARE(map.spanRect(0), map.barRect());
    QCOMPARE(map.spanRect(1).width(), map.barRect().width() / 64);
    // Double-click on b zooms further; Backspace goes back one step at a time.
    QTest::mouseDClick(&map, Qt::LeftButton, {}, map.spanRect(1).center().toPoint());
    QCOMPARE(map.viewBlock(), cidr("10.0.64.0/24"));
    QTest::keyClick(&map, Qt::Key_Backspace);
    QCOMPARE(map.viewBlock(), cidr("10.0.64.0/18"));
    QTest::keyClick(&map, Qt::Key_Backspace);
    QCOMPARE(map.viewBlock(), cidr("10.0.0.0/16"));
    // The wheel zooms two prefix lengths around the pointer: at 3/8 of the bar (offset 24,576 =
    // 10.0.96.0) that is the /18 10.0.64.0/18; wheel down returns to the /16.
    const QRectF bar = map.barRect();
    QWheelEvent up(QPointF(bar.left() + bar.width() * 0.375, bar.center().y()), map.mapToGlobal(QPointF(0, 0)), {},
                   QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&map, &up);
    QCOMPARE(map.viewBlock(), cidr("10.0.64.0/18"));
    QWheelEvent down(QPointF(bar.center()), map.mapToGlobal(QPointF(0, 0)), {}, QPoint(0, -120), Qt::NoButton,
                     Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&map, &down);
    QCOMPARE(map.viewBlock(), cidr("10.0.0.0/16"));
    // New content with the same root keeps the view; another root resets it.
    map.zoomTo(cidr("10.0.64.0/18"));
    map.setContent(CidrMapContent(QStringLiteral("vpc"), cidr("10.0.0.0/16"), {}));
    QCOMPARE(map.viewBlock(), cidr("10.0.64.0/18"));
    map.setContent(CidrMapContent(QStringLiteral("vpc2"), cidr("10.1.0.0/16"), {}));
    QCOMPARE(map.viewBlock(), cidr("10.1.0.0/16"));
}

void TestCidrLinearMap::renderedColours()
{
    CidrLinearMap map;
    map.resize(800, 220);
    map.setContent(CidrMapContent(QStringLiteral("vpc"), cidr("10.0.0.0/16"),
                                  {span(1, "a", "private", "us-east-1a", "10.0.0.0/18"),
                                   span(2, "b", "public", "", "10.0.64.0/18"),
                                   span(3, "c", "public", "", "10.0.64.0/20")}));
    const QImage picture = map.grab().toImage();
    // Near the top-left corner of a span (inside its 1 px outline, above its labels).
    auto sample = [&](int index) { return picture.pixelColor((map.spanRect(index).topLeft() + QPointF(4, 4)).toPoint()).rgb(); };
    QCOMPARE(sample(0), CanvasStyle::tierColor(QStringLiteral("private")).rgb());
    // b and c overlap: both in the warning colour.
    QCOMPARE(sample(2), CanvasStyle::severityColor(Severity::Warning).rgb());
    // a's zone band (zone 0) along its bottom edge.
    const QRectF a = map.spanRect(0);
    QCOMPARE(picture.pixelColor(QPoint(int(a.center().x()), int(a.bottom() - 2))).rgb(), CidrMapContent::zoneColor(0).rgb());
}

void TestCidrLinearMap::fromVpc()
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
    const ObjectId az = add(ObjectKind::AvailabilityZone, vpc, QStringLiteral("zone-a"),
                            {{QStringLiteral("AvailabilityZone"), QStringLiteral("us-east-1a")}});
    const ObjectId s1 = add(ObjectKind::Subnet, az, QStringLiteral("public-a"),
                            {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/20")}, {QStringLiteral("Tier"), QStringLiteral("public")}});
    const ObjectId s2 = add(ObjectKind::Subnet, az, QStringLiteral("pods-a"),
                            {{QStringLiteral("CidrBlock"), QStringLiteral("100.64.0.0/18")}, {QStringLiteral("Tier"), QStringLiteral("private")}});
    const ObjectId other = add(ObjectKind::Vpc, region, QStringLiteral("vpc-b"), {{QStringLiteral("CidrBlock"), QStringLiteral("10.1.0.0/16")}});
    const ObjectId otherAz = add(ObjectKind::AvailabilityZone, other, QStringLiteral("us-east-1b"), {});
    add(ObjectKind::Subnet, otherAz, QStringLiteral("elsewhere"), {{QStringLiteral("CidrBlock"), QStringLiteral("10.1.0.0/24")}});

    const CidrMapContent primary = CidrMapContent::fromVpc(design, vpc, 0);
    QCOMPARE(primary.title(), QStringLiteral("vpc-a"));
    QCOMPARE(primary.root(), cidr("10.0.0.0/16"));
    QCOMPARE(primary.spans().size(), 1);
    QCOMPARE(primary.spans()[0].id, s1);
    QCOMPARE(primary.spans()[0].availabilityZone, QStringLiteral("us-east-1a"));
    QCOMPARE(primary.spans()[0].owner, QStringLiteral("us-east-1/vpc-a/zone-a"));
    const CidrMapContent secondary = CidrMapContent::fromVpc(design, vpc, 1);
    QCOMPARE(secondary.root(), cidr("100.64.0.0/16"));
    QCOMPARE(secondary.spans().size(), 1);
    QCOMPARE(secondary.spans()[0].id, s2);
    QVERIFY(CidrMapContent::fromVpc(design, vpc, 2).isEmpty());
    QVERIFY(CidrMapContent::fromVpc(design, az, 0).isEmpty());
}

void TestCidrLinearMap::emptyAndIpv6()
{
    CidrLinearMap map;
    map.resize(400, 200);
    QVERIFY(map.barRect().isEmpty());
    QCOMPARE(map.spanAt(QPointF(50, 50)), -1);
    map.setContent(CidrMapContent(QStringLiteral("v6"), cidr("2001:db8::/56"), {}));
    QVERIFY(!map.content().isDrawable());
    QVERIFY(map.barRect().isEmpty());
    QVERIFY(!map.addressAt(QPointF(50, 50)));
    map.ensureRendered(); // draws the hint without touching the IPv6 block as IPv4
}

QTEST_MAIN(TestCidrLinearMap)
#include "tst_cidrlinearmap.moc"
