// Tests of HilbertMap: the d2xy / xy2d mapping against the curve of Wikipedia, "Hilbert curve"
// (the order-1 curve visits (0,0), (0,1), (1,1), (1,0); the order-2 table below is the figure of
// the 4 × 4 curve, starting at (0,0) and ending at (3,0)), the cells of aligned blocks (a /18 of a
// /16 is one 128 × 128 quadrant: 2^14 addresses = 128²), odd host-bit grids, and the widget: hit
// testing, click, double-click zoom, Backspace, hover text and the rendered pixels.

#include "widgets/canvasstyle.h"
#include "widgets/cidrmap/hilbertmap.h"

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

class TestHilbertMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void d2xy_data();
    void d2xy();
    void xy2dInvertsD2xy();
    void cellRect_data();
    void cellRect();
    void alignedBlocksTileTheGrid();
    void gridSize_data();
    void gridSize();
    void widgetHitTestAndClick();
    void doubleClickZoomsAndBackspaceReturns();
    void renderedPixels();
};

void TestHilbertMap::d2xy_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("d");
    QTest::addColumn<QPoint>("cell");
    // Order 1 (Wikipedia, "Hilbert curve", the first-order curve).
    QTest::newRow("n=2 d=0") << 2 << 0 << QPoint(0, 0);
    QTest::newRow("n=2 d=1") << 2 << 1 << QPoint(0, 1);
    QTest::newRow("n=2 d=2") << 2 << 2 << QPoint(1, 1);
    QTest::newRow("n=2 d=3") << 2 << 3 << QPoint(1, 0);
    // Order 2: the 4 × 4 curve of the same article (start (0,0), end (3,0)).
    const QPoint order2[16] = {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 2}, {0, 3}, {1, 3}, {1, 2},
                               {2, 2}, {2, 3}, {3, 3}, {3, 2}, {3, 1}, {2, 1}, {2, 0}, {3, 0}};
    for (int d = 0; d < 16; ++d)
        QTest::addRow("n=4 d=%d", d) << 4 << d << order2[d];
    // The last cell of every order is (n-1, 0); the first of the second quadrant of a 256 grid is
    // (0, 128) (the order-1 pattern at the top level: 16,384 = 128² cells per quadrant).
    QTest::newRow("n=256 last") << 256 << 65535 << QPoint(255, 0);
    QTest::newRow("n=256 second quadrant") << 256 << 16384 << QPoint(0, 128);
    QTest::newRow("n=256 third quadrant") << 256 << 32768 << QPoint(128, 128);
    QTest::newRow("n=256 fourth quadrant") << 256 << 49152 << QPoint(255, 127);
}

void TestHilbertMap::d2xy()
{
    QFETCH(int, side);
    QFETCH(int, d);
    QFETCH(QPoint, cell);
    QCOMPARE(HilbertMap::d2xy(quint32(side), quint64(d)), cell);
    QCOMPARE(HilbertMap::xy2d(quint32(side), cell), quint64(d));
}

void TestHilbertMap::xy2dInvertsD2xy()
{
    // Every cell of a 64 × 64 grid is visited exactly once, and neighbours on the curve are
    // neighbours on the grid (the defining property of a Hilbert curve).
    const quint32 side = 64;
    QList<bool> seen(side * side, false);
    QPoint previous = HilbertMap::d2xy(side, 0);
    for (quint64 d = 0; d < side * side; ++d) {
        const QPoint p = HilbertMap::d2xy(side, d);
        QVERIFY(p.x() >= 0 && p.y() >= 0 && p.x() < int(side) && p.y() < int(side));
        QVERIFY(!seen[p.y() * side + p.x()]);
        seen[p.y() * side + p.x()] = true;
        QCOMPARE(HilbertMap::xy2d(side, p), d);
        if (d > 0)
            QCOMPARE((p - previous).manhattanLength(), 1);
        previous = p;
    }
}

void TestHilbertMap::cellRect_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("block");
    QTest::addColumn<QRect>("cells");
    // A /16 is a 256 × 256 grid; a /18 holds 16,384 = 128² addresses: one quadrant each, in the
    // order-1 order (0,0), (0,1), (1,1), (1,0) scaled by 128.
    QTest::newRow("/18 #1") << "10.0.0.0/16" << "10.0.0.0/18" << QRect(0, 0, 128, 128);
    QTest::newRow("/18 #2") << "10.0.0.0/16" << "10.0.64.0/18" << QRect(0, 128, 128, 128);
    QTest::newRow("/18 #3") << "10.0.0.0/16" << "10.0.128.0/18" << QRect(128, 128, 128, 128);
    QTest::newRow("/18 #4") << "10.0.0.0/16" << "10.0.192.0/18" << QRect(128, 0, 128, 128);
    // A /17 (odd host bits) is two quadrants: the left half.
    QTest::newRow("/17 low") << "10.0.0.0/16" << "10.0.0.0/17" << QRect(0, 0, 128, 256);
    QTest::newRow("/17 high") << "10.0.0.0/16" << "10.0.128.0/17" << QRect(128, 0, 128, 256);
    // A /24 = 256 = 16² addresses at offset 0: the 16 × 16 square at the origin.
    QTest::newRow("/24 first") << "10.0.0.0/16" << "10.0.0.0/24" << QRect(0, 0, 16, 16);
    // The whole view, a block containing it, a disjoint block.
    QTest::newRow("whole") << "10.0.0.0/16" << "10.0.0.0/16" << QRect(0, 0, 256, 256);
    QTest::newRow("containing") << "10.0.0.0/16" << "10.0.0.0/8" << QRect(0, 0, 256, 256);
    QTest::newRow("disjoint") << "10.0.0.0/16" << "10.1.0.0/24" << QRect();
    // A /15 view has 17 host bits: two 256 × 256 squares side by side.
    QTest::newRow("/15 second /16") << "10.0.0.0/15" << "10.1.0.0/16" << QRect(256, 0, 256, 256);
    // A /8 is 4096 × 4096; its second /10 is the quadrant at (0, 2048).
    QTest::newRow("/8 second /10") << "10.0.0.0/8" << "10.64.0.0/10" << QRect(0, 2048, 2048, 2048);
}

void TestHilbertMap::cellRect()
{
    QFETCH(QString, view);
    QFETCH(QString, block);
    QFETCH(QRect, cells);
    QCOMPARE(HilbertMap::cellRect(*Cidr::parse(view), *Cidr::parse(block)), cells);
}

void TestHilbertMap::alignedBlocksTileTheGrid()
{
    // The 16 /20 blocks of a /16 (4,096 = 64² addresses each) are 64 × 64 squares that tile the
    // 256 × 256 grid; the 32 /21 blocks are 64 × 32 or 32 × 64 rectangles that tile it too.
    const Cidr view = cidr("10.0.0.0/16");
    for (int prefix : {20, 21}) {
        QList<bool> covered(256 * 256, false);
        for (const Cidr &block : view.split(prefix)) {
            const QRect r = HilbertMap::cellRect(view, block);
            QCOMPARE(r.width() * r.height(), 1 << (32 - prefix));
            QVERIFY(r.width() == r.height() || r.width() == 2 * r.height() || 2 * r.width() == r.height());
            for (int y = r.top(); y <= r.bottom(); ++y) {
                for (int x = r.left(); x <= r.right(); ++x) {
                    QVERIFY(!covered[y * 256 + x]);
                    covered[y * 256 + x] = true;
                }
            }
            // Every address of the block maps inside its rectangle (first, last, middle).
            const quint64 offset = CidrMapContent::v4(block.networkValue()) - CidrMapContent::v4(view.networkValue());
            for (quint64 k : {quint64(0), quint64(1) << (31 - prefix), (quint64(1) << (32 - prefix)) - 1})
                QVERIFY(r.contains(HilbertMap::cellOf(view, offset + k)));
        }
        QVERIFY(!covered.contains(false));
    }
}

void TestHilbertMap::gridSize_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QSize>("size");
    QTest::newRow("/16") << "10.0.0.0/16" << QSize(256, 256);   // 2^16 = 256²
    QTest::newRow("/8") << "10.0.0.0/8" << QSize(4096, 4096);   // 2^24 = 4096²
    QTest::newRow("/15") << "10.0.0.0/15" << QSize(512, 256);   // 2^17 = 2 × 256²
    QTest::newRow("/28") << "10.0.0.0/28" << QSize(4, 4);
    QTest::newRow("/29") << "10.0.0.0/29" << QSize(4, 2);
}

void TestHilbertMap::gridSize()
{
    QFETCH(QString, view);
    QFETCH(QSize, size);
    QCOMPARE(HilbertMap::gridSize(*Cidr::parse(view)), size);
}

void TestHilbertMap::widgetHitTestAndClick()
{
    HilbertMap map;
    map.resize(560, 600);
    map.setContent(CidrMapContent(QStringLiteral("vpc"), cidr("10.0.0.0/16"),
                                  {{21, QStringLiteral("private-a"), QStringLiteral("private"), QStringLiteral("us-east-1a"),
                                    QStringLiteral("r/vpc/us-east-1a"), cidr("10.0.64.0/18")}}));
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    const QRectF grid = map.mapRect();
    QVERIFY(!grid.isEmpty());
    QCOMPARE(grid.width(), grid.height());
    // The second /18 is the lower-left quadrant (cells x 0..127, y 128..255).
    const QRectF quadrant = map.blockRect(cidr("10.0.64.0/18"));
    QCOMPARE(quadrant, QRectF(grid.left(), grid.top() + grid.height() / 2, grid.width() / 2, grid.height() / 2));
    const QPoint inside = quadrant.center().toPoint();
    const auto address = map.addressAt(inside);
    QVERIFY(address);
    QVERIFY(*address >= CidrMapContent::v4(cidr("10.0.64.0/18").networkValue()));
    QVERIFY(*address <= CidrMapContent::v4(cidr("10.0.64.0/18").lastValue()));
    QCOMPARE(map.spanAt(inside), 0);
    // 16,384 - 5 = 16,379 usable (Amazon VPC User Guide, "Subnet CIDR blocks").
    const QString tip = map.toolTipAt(inside);
    QVERIFY2(tip.contains(QLatin1String("10.0.64.0/18")), qPrintable(tip));
    QVERIFY2(tip.contains(QLocale().toString(16379)), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("Owner: r/vpc/us-east-1a")), qPrintable(tip));
    // The upper-left quadrant is free: 10.0.0.0/18 is one of the free blocks.
    const QPoint freePoint = map.blockRect(cidr("10.0.0.0/18")).center().toPoint();
    QCOMPARE(map.spanAt(freePoint), -1);
    QVERIFY(map.toolTipAt(freePoint).contains(QLatin1String("10.0.0.0/18")));

    QSignalSpy spy(&map, &CidrMapView::objectClicked);
    QTest::mouseClick(&map, Qt::LeftButton, {}, inside);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<ObjectId>(), ObjectId(21));
    QTest::mouseClick(&map, Qt::LeftButton, {}, freePoint);
    QCOMPARE(spy.size(), 1);
    // Outside the grid: nothing.
    QVERIFY(!map.addressAt(QPointF(1, 1)));
}

void TestHilbertMap::doubleClickZoomsAndBackspaceReturns()
{
    HilbertMap map;
    map.resize(520, 560);
    map.setContent(CidrMapContent(QStringLiteral("vpc"), cidr("10.0.0.0/16"),
                                  {{5, QStringLiteral("db"), QStringLiteral("database"), QString(), QString(), cidr("10.0.192.0/20")}}));
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QSignalSpy viewSpy(&map, &CidrMapView::viewBlockChanged);
    QTest::mouseDClick(&map, Qt::LeftButton, {}, map.blockRect(cidr("10.0.192.0/20")).center().toPoint());
    QCOMPARE(map.viewBlock(), cidr("10.0.192.0/20"));
    QCOMPARE(viewSpy.size(), 1);
    // Zoomed in, the /20 fills the grid (64² addresses in a 64 × 64 grid).
    QCOMPARE(HilbertMap::gridSize(map.viewBlock()), QSize(64, 64));
    QCOMPARE(map.blockRect(cidr("10.0.192.0/20")), map.mapRect());
    QTest::keyClick(&map, Qt::Key_Backspace);
    QCOMPARE(map.viewBlock(), cidr("10.0.0.0/16"));
    QVERIFY(!map.canZoomOut());
    // A double-click on free space zooms to the free block there: the free /17 10.0.0.0/17
    // (AddressPlan::freeSpace of 10.0.0.0/16 minus 10.0.192.0/20; Python's address_exclude gives
    // 10.0.0.0/17, 10.0.128.0/18, 10.0.208.0/20, 10.0.224.0/19).
    QTest::mouseDClick(&map, Qt::LeftButton, {}, map.blockRect(cidr("10.0.0.0/18")).center().toPoint());
    QCOMPARE(map.viewBlock(), cidr("10.0.0.0/17"));
}

void TestHilbertMap::renderedPixels()
{
    HilbertMap map;
    map.resize(540, 560);
    const CidrMapContent content(QStringLiteral("vpc"), cidr("10.0.0.0/16"),
                                 {{1, QStringLiteral("pub"), QStringLiteral("public"), QString(), QString(), cidr("10.0.128.0/18")}});
    map.setContent(content);
    map.ensureRendered();
    const QImage picture = map.grab().toImage();
    // Inside the third /18 (cells x, y >= 128, lower right on screen): the public tier colour;
    // inside the first (free) quadrant: the dark free-space fill. Sampled off-centre to miss labels.
    const QRectF pub = map.blockRect(cidr("10.0.128.0/18"));
    const QPoint inPub = (pub.topLeft() + QPointF(6, 6)).toPoint();
    QCOMPARE(picture.pixelColor(inPub).rgb(), CanvasStyle::tierColor(QStringLiteral("public")).rgb());
    const QRectF free = map.blockRect(cidr("10.0.0.0/18"));
    const QPoint inFree = (free.topLeft() + QPointF(10, 30)).toPoint();
    QCOMPARE(picture.pixelColor(inFree).rgb(), QColor(0x16, 0x18, 0x1d).rgb());
}

QTEST_MAIN(TestHilbertMap)
#include "tst_hilbertmap.moc"
