// Tests of Scaleplan::OverlapFinder. Expected pairs from Python 3.11's ipaddress module:
//   pairs(a) = [(i, j) for i in range(len(a)) for j in range(i + 1, len(a))
//               if ip.ip_network(a[i]).overlaps(ip.ip_network(a[j]))]
// run with /usr/bin/python3; each row names its input. The random test compares with the
// pairwise definition (every i < j tested with Cidr::overlaps, itself checked against Python in
// tst_cidr and tst_cidr_oracle).

#include "model/cidr/overlapfinder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Scaleplan;

using PairList = QList<QPair<int, int>>;

class TstOverlapFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairs_data();
    void pairs();
    void randomAgainstPairwise_data();
    void randomAgainstPairwise();
};

void TstOverlapFinder::pairs_data()
{
    QTest::addColumn<QStringList>("blocks");
    QTest::addColumn<PairList>("expected");

    QTest::newRow("vpc subnets") << QStringList{"10.0.0.0/16", "10.0.1.0/24", "10.1.0.0/16", "10.0.1.128/25", "10.0.2.0/24"}
                                 << PairList{{0, 1}, {0, 3}, {0, 4}, {1, 3}};             // pairs(['10.0.0.0/16','10.0.1.0/24','10.1.0.0/16','10.0.1.128/25','10.0.2.0/24'])
    QTest::newRow("adjacent only") << QStringList{"10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"} << PairList{}; // pairs([... adjacent /24s])
    QTest::newRow("duplicates") << QStringList{"10.0.0.0/24", "10.0.0.0/24", "10.0.0.0/24"}
                                << PairList{{0, 1}, {0, 2}, {1, 2}};                      // pairs(['10.0.0.0/24']*3)
    QTest::newRow("space edges") << QStringList{"0.0.0.0/0", "255.255.255.255/32", "0.0.0.0/32"}
                                 << PairList{{0, 1}, {0, 2}};                             // pairs(['0.0.0.0/0','255.255.255.255/32','0.0.0.0/32'])
    QTest::newRow("mixed families") << QStringList{"2001:db8::/32", "10.0.0.0/8", "2001:db8:1::/48", "10.2.0.0/16",
                                                   "2001:db9::/32", "::/0", "2001:db8:1:2::/64"}
                                    << PairList{{0, 2}, {0, 5}, {0, 6}, {1, 3}, {2, 5}, {2, 6}, {4, 5}, {5, 6}}; // pairs([...7 blocks...])
    QTest::newRow("v4 vs v6") << QStringList{"10.0.0.0/8", "2001:db8::/32"} << PairList{};   // pairs(['10.0.0.0/8','2001:db8::/32'])
    QTest::newRow("one block") << QStringList{"10.0.0.0/16"} << PairList{};                 // pairs(['10.0.0.0/16'])
    QTest::newRow("none") << QStringList{} << PairList{};                                   // pairs([])
}

void TstOverlapFinder::pairs()
{
    QFETCH(QStringList, blocks);
    QFETCH(PairList, expected);
    QList<Cidr> cidrs;
    for (const QString &text : blocks)
        cidrs << *Cidr::parse(text);
    QCOMPARE(OverlapFinder::overlappingPairs(cidrs), expected);
}

void TstOverlapFinder::randomAgainstPairwise_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("IPv4") << false;
    QTest::newRow("IPv6") << true;
}

void TstOverlapFinder::randomAgainstPairwise()
{
    QFETCH(bool, ipv6);
    QRandomGenerator random(20240611u + (ipv6 ? 1 : 0));
    QList<Cidr> cidrs;
    for (int i = 0; i < 600; ++i) {
        // Addresses drawn from a small window (10.0.0.0/20 or 2001:db8::/116) so that blocks of
        // /18../30 (or /114../126) overlap often; some duplicates come out too.
        const quint64 offset = random.bounded(4096u);
        const int prefix = 18 + int(random.bounded(13u));
        if (ipv6)
            cidrs << Cidr::fromValue(Cidr::Family::IPv6, {0x20010db800000000ull, offset}, prefix + 96);
        else
            cidrs << Cidr::fromValue(Cidr::Family::IPv4, {0, 0x0a000000u + offset}, prefix);
    }
    PairList expected;
    for (int i = 0; i < cidrs.size(); ++i) {
        for (int j = i + 1; j < cidrs.size(); ++j) {
            if (cidrs.at(i).overlaps(cidrs.at(j)))
                expected.append({i, j});
        }
    }
    QVERIFY(expected.size() > 1000); // the window is small enough to make the test meaningful
    QCOMPARE(OverlapFinder::overlappingPairs(cidrs), expected);
}

QTEST_APPLESS_MAIN(TstOverlapFinder)
#include "tst_overlapfinder.moc"
