// Tests of Scaleplan::AddressPlan. Expected values from Python 3.11's ipaddress module, using
// these helpers (N = ipaddress.ip_network):
//
//   summ(xs)  = [str(n) for n in list(ip.collapse_addresses(v4 of xs)) + list(ip.collapse_addresses(v6 of xs))]
//   free(P, A): blocks = [N(P)]; for each a in A of P's version: drop blocks inside a, replace a block b
//               containing a by b.address_exclude(a); result [str(n) for n in ip.collapse_addresses(blocks)]
//   nextfree(P, A, p) = next((str(s) for s in N(P).subnets(new_prefix=p)
//                             if not any(s.overlaps(N(a)) for a in A)), None)
//
// The helpers were run with /usr/bin/python3; each row names its call.

#include "model/cidr/addressplan.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Scaleplan;

namespace {

QList<Cidr> blocks(const QStringList &texts)
{
    QList<Cidr> out;
    for (const QString &t : texts) {
        const auto c = Cidr::parse(t);
        Q_ASSERT(c);
        out << *c;
    }
    return out;
}

QStringList texts(const QList<Cidr> &cidrs)
{
    QStringList out;
    for (const Cidr &c : cidrs)
        out << c.toString();
    return out;
}

} // namespace

class TstAddressPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summarise_data();
    void summarise();
    void freeSpace_data();
    void freeSpace();
    void freeSpaceWholeRange();
    void nextFree_data();
    void nextFree();
    void randomPartition();
};

void TstAddressPlan::summarise_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("adjacent pair") << QStringList{"10.0.0.0/24", "10.0.1.0/24"}
                                   << QStringList{"10.0.0.0/23"};                    // summ(['10.0.0.0/24','10.0.1.0/24'])
    QTest::newRow("unaligned pair") << QStringList{"10.0.1.0/24", "10.0.2.0/24"}
                                    << QStringList{"10.0.1.0/24", "10.0.2.0/24"};    // summ(['10.0.1.0/24','10.0.2.0/24'])
    QTest::newRow("contained + duplicate") << QStringList{"10.0.0.0/16", "10.0.5.0/24", "10.0.0.0/16"}
                                           << QStringList{"10.0.0.0/16"};           // summ(['10.0.0.0/16','10.0.5.0/24','10.0.0.0/16'])
    QTest::newRow("three make one") << QStringList{"10.0.0.0/25", "10.0.0.128/26", "10.0.0.192/26"}
                                    << QStringList{"10.0.0.0/24"};                  // summ(['10.0.0.0/25','10.0.0.128/26','10.0.0.192/26'])
    QTest::newRow("unsorted four") << QStringList{"10.0.0.0/24", "10.0.2.0/24", "10.0.1.0/24", "10.0.3.0/24"}
                                   << QStringList{"10.0.0.0/22"};                   // summ(['10.0.0.0/24','10.0.2.0/24','10.0.1.0/24','10.0.3.0/24'])
    QTest::newRow("sorted output") << QStringList{"192.168.0.0/24", "10.0.0.0/8"}
                                   << QStringList{"10.0.0.0/8", "192.168.0.0/24"};  // summ(['192.168.0.0/24','10.0.0.0/8'])
    QTest::newRow("empty") << QStringList{} << QStringList{};                        // summ([])
    QTest::newRow("mixed families") << QStringList{"2001:db8::/64", "2001:db8:0:1::/64", "10.0.0.0/24", "10.0.1.0/24"}
                                    << QStringList{"10.0.0.0/23", "2001:db8::/63"};  // summ(['2001:db8::/64','2001:db8:0:1::/64','10.0.0.0/24','10.0.1.0/24'])
    QTest::newRow("v4 halves") << QStringList{"0.0.0.0/1", "128.0.0.0/1"} << QStringList{"0.0.0.0/0"}; // summ(['0.0.0.0/1','128.0.0.0/1'])
    QTest::newRow("v6 halves") << QStringList{"::/1", "8000::/1"} << QStringList{"::/0"};              // summ(['::/1','8000::/1'])
}

void TstAddressPlan::summarise()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, expected);
    QCOMPARE(texts(AddressPlan::summarise(blocks(input))), expected);
}

void TstAddressPlan::freeSpace_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QStringList>("allocated");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nothing allocated") << "10.0.0.0/16" << QStringList{} << QStringList{"10.0.0.0/16"}; // free('10.0.0.0/16', [])
    QTest::newRow("first /24 used") << "10.0.0.0/16" << QStringList{"10.0.0.0/24"}                     // free('10.0.0.0/16', ['10.0.0.0/24'])
                                    << QStringList{"10.0.1.0/24", "10.0.2.0/23", "10.0.4.0/22", "10.0.8.0/21",
                                                   "10.0.16.0/20", "10.0.32.0/19", "10.0.64.0/18", "10.0.128.0/17"};
    QTest::newRow("second /24 used") << "10.0.0.0/16" << QStringList{"10.0.1.0/24"}                    // free('10.0.0.0/16', ['10.0.1.0/24'])
                                     << QStringList{"10.0.0.0/24", "10.0.2.0/23", "10.0.4.0/22", "10.0.8.0/21",
                                                    "10.0.16.0/20", "10.0.32.0/19", "10.0.64.0/18", "10.0.128.0/17"};
    QTest::newRow("hole in the middle") << "10.0.0.0/24" << QStringList{"10.0.0.64/26"}               // free('10.0.0.0/24', ['10.0.0.64/26'])
                                        << QStringList{"10.0.0.0/26", "10.0.0.128/25"};
    QTest::newRow("parent inside allocation") << "10.0.0.0/16" << QStringList{"10.0.0.0/8"} << QStringList{}; // free('10.0.0.0/16', ['10.0.0.0/8'])
    QTest::newRow("fully allocated") << "10.0.0.0/16" << QStringList{"10.0.0.0/17", "10.0.128.0/17"}      // free('10.0.0.0/16', ['10.0.0.0/17','10.0.128.0/17'])
                                     << QStringList{};
    QTest::newRow("unrelated ignored") << "10.0.0.0/16" << QStringList{"192.168.0.0/24", "2001:db8::/64", "10.1.0.0/24"}
                                       << QStringList{"10.0.0.0/16"};  // free('10.0.0.0/16', ['192.168.0.0/24','2001:db8::/64','10.1.0.0/24'])
    QTest::newRow("nested allocations") << "10.0.0.0/16" << QStringList{"10.0.0.0/24", "10.0.0.0/20"}     // free('10.0.0.0/16', ['10.0.0.0/24','10.0.0.0/20'])
                                        << QStringList{"10.0.16.0/20", "10.0.32.0/19", "10.0.64.0/18", "10.0.128.0/17"};
    QTest::newRow("last address used") << "10.0.0.0/16" << QStringList{"10.0.255.255/32"}               // free('10.0.0.0/16', ['10.0.255.255/32'])
                                       << QStringList{"10.0.0.0/17", "10.0.128.0/18", "10.0.192.0/19", "10.0.224.0/20",
                                                      "10.0.240.0/21", "10.0.248.0/22", "10.0.252.0/23", "10.0.254.0/24",
                                                      "10.0.255.0/25", "10.0.255.128/26", "10.0.255.192/27", "10.0.255.224/28",
                                                      "10.0.255.240/29", "10.0.255.248/30", "10.0.255.252/31", "10.0.255.254/32"};
    QTest::newRow("v6 /56 with two /64") << "2001:db8::/56" << QStringList{"2001:db8::/64", "2001:db8:0:2::/64"} // free('2001:db8::/56', ['2001:db8::/64','2001:db8:0:2::/64'])
                                         << QStringList{"2001:db8:0:1::/64", "2001:db8:0:3::/64", "2001:db8:0:4::/62",
                                                        "2001:db8:0:8::/61", "2001:db8:0:10::/60", "2001:db8:0:20::/59",
                                                        "2001:db8:0:40::/58", "2001:db8:0:80::/57"};
}

void TstAddressPlan::freeSpace()
{
    QFETCH(QString, parent);
    QFETCH(QStringList, allocated);
    QFETCH(QStringList, expected);
    const auto p = Cidr::parse(parent);
    QVERIFY(p);
    QCOMPARE(texts(AddressPlan::freeSpace(*p, blocks(allocated))), expected);
}

void TstAddressPlan::freeSpaceWholeRange()
{
    // The ends of the address space (overflow edges of the 128-bit arithmetic).
    // free('::/0', ['::/128']): 128 blocks, '::1/128' first, '8000::/1' last.
    const QList<Cidr> v6 = AddressPlan::freeSpace(*Cidr::parse(u"::/0"), blocks({"::/128"}));
    QCOMPARE(v6.size(), 128);
    QCOMPARE(v6.first().toString(), QStringLiteral("::1/128"));
    QCOMPARE(v6.at(64).toString(), QStringLiteral("0:0:0:1::/64"));
    QCOMPARE(v6.last().toString(), QStringLiteral("8000::/1"));
    // free('0.0.0.0/0', ['255.255.255.255/32']): 32 blocks, '0.0.0.0/1' first, '255.255.255.254/32' last.
    const QList<Cidr> v4 = AddressPlan::freeSpace(*Cidr::parse(u"0.0.0.0/0"), blocks({"255.255.255.255/32"}));
    QCOMPARE(v4.size(), 32);
    QCOMPARE(v4.first().toString(), QStringLiteral("0.0.0.0/1"));
    QCOMPARE(v4.last().toString(), QStringLiteral("255.255.255.254/32"));
    // free('::/0', ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128']): 128 blocks, '::/1' first, '...:fffe/128' last.
    const QList<Cidr> top = AddressPlan::freeSpace(*Cidr::parse(u"::/0"), blocks({"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128"}));
    QCOMPARE(top.size(), 128);
    QCOMPARE(top.first().toString(), QStringLiteral("::/1"));
    QCOMPARE(top.last().toString(), QStringLiteral("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/128"));
    // Summarising the free space with the allocation gives the parent back (hand: a partition).
    QList<Cidr> all = top;
    all << *Cidr::parse(u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128");
    QCOMPARE(texts(AddressPlan::summarise(all)), QStringList{"::/0"});
}

void TstAddressPlan::nextFree_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QStringList>("allocated");
    QTest::addColumn<int>("prefixLength");
    QTest::addColumn<QString>("expected"); // empty: std::nullopt (Python None)

    QTest::newRow("empty parent") << "10.0.0.0/16" << QStringList{} << 24 << "10.0.0.0/24";                          // nextfree('10.0.0.0/16', [], 24)
    QTest::newRow("after first") << "10.0.0.0/16" << QStringList{"10.0.0.0/24"} << 24 << "10.0.1.0/24";               // nextfree('10.0.0.0/16', ['10.0.0.0/24'], 24)
    QTest::newRow("aligned /20") << "10.0.0.0/16" << QStringList{"10.0.0.0/24"} << 20 << "10.0.16.0/20";              // nextfree('10.0.0.0/16', ['10.0.0.0/24'], 20)
    QTest::newRow("skips unaligned gap") << "10.0.0.0/16" << QStringList{"10.0.1.0/24"} << 23 << "10.0.2.0/23";       // nextfree('10.0.0.0/16', ['10.0.1.0/24'], 23)
    QTest::newRow("full") << "10.0.0.0/24" << QStringList{"10.0.0.0/25", "10.0.0.128/25"} << 28 << "";                 // nextfree('10.0.0.0/24', ['10.0.0.0/25','10.0.0.128/25'], 28)
    QTest::newRow("gap too small") << "10.0.0.0/24" << QStringList{"10.0.0.64/26"} << 25 << "10.0.0.128/25";          // nextfree('10.0.0.0/24', ['10.0.0.64/26'], 25)
    QTest::newRow("gap fits") << "10.0.0.0/24" << QStringList{"10.0.0.64/26"} << 26 << "10.0.0.0/26";                 // nextfree('10.0.0.0/24', ['10.0.0.64/26'], 26)
    QTest::newRow("larger than parent") << "10.0.0.0/24" << QStringList{} << 23 << "";                               // nextfree('10.0.0.0/24', [], 23)
    QTest::newRow("prefix beyond /32") << "10.0.0.0/24" << QStringList{} << 33 << "";                                // nextfree('10.0.0.0/24', [], 33)
    QTest::newRow("v6 /64") << "2001:db8::/56" << QStringList{"2001:db8::/64"} << 64 << "2001:db8:0:1::/64";          // nextfree('2001:db8::/56', ['2001:db8::/64'], 64)
    QTest::newRow("parent allocated") << "10.0.0.0/16" << QStringList{"10.0.0.0/8"} << 24 << "";                     // nextfree('10.0.0.0/16', ['10.0.0.0/8'], 24)
    QTest::newRow("single address") << "10.0.0.0/28" << QStringList{"10.0.0.0/32"} << 32 << "10.0.0.1/32";           // nextfree('10.0.0.0/28', ['10.0.0.0/32'], 32)
}

void TstAddressPlan::nextFree()
{
    QFETCH(QString, parent);
    QFETCH(QStringList, allocated);
    QFETCH(int, prefixLength);
    QFETCH(QString, expected);
    const auto p = Cidr::parse(parent);
    QVERIFY(p);
    const auto next = AddressPlan::nextFree(*p, blocks(allocated), prefixLength);
    QCOMPARE(next ? next->toString() : QString(), expected);
}

void TstAddressPlan::randomPartition()
{
    // Invariants (hand reasoning, no oracle needed): the free blocks overlap no allocation, are
    // in ascending order, and together with the allocations summarise back to the parent; the
    // next free /24 is the first free block's first /24 when that block is at least a /24.
    QRandomGenerator random(77u);
    const Cidr parent = *Cidr::parse(u"10.0.0.0/16");
    for (int round = 0; round < 50; ++round) {
        QList<Cidr> allocated;
        const int count = 1 + int(random.bounded(40u));
        for (int i = 0; i < count; ++i)
            allocated << Cidr::fromValue(Cidr::Family::IPv4, {0, 0x0a000000u | random.bounded(0x10000u)},
                                         18 + int(random.bounded(11u)));
        const QList<Cidr> free = AddressPlan::freeSpace(parent, allocated);
        for (int i = 0; i < free.size(); ++i) {
            QVERIFY(parent.contains(free.at(i)));
            if (i > 0)
                QVERIFY(free.at(i - 1).lastValue() < free.at(i).networkValue());
            for (const Cidr &used : allocated)
                QVERIFY2(!free.at(i).overlaps(used), qPrintable(free.at(i).toString() + u" / " + used.toString()));
        }
        QList<Cidr> all = free;
        all << allocated;
        QCOMPARE(texts(AddressPlan::summarise(all)), QStringList{parent.toString()});
        const auto next = AddressPlan::nextFree(parent, allocated, 24);
        if (next) {
            for (const Cidr &used : allocated)
                QVERIFY(!next->overlaps(used));
            // No lower /24 is free.
            for (const Cidr &candidate : parent.split(24)) {
                if (!(candidate < *next))
                    break;
                bool taken = false;
                for (const Cidr &used : allocated)
                    taken = taken || candidate.overlaps(used);
                QVERIFY2(taken, qPrintable(candidate.toString()));
            }
        }
    }
}

QTEST_APPLESS_MAIN(TstAddressPlan)
#include "tst_addressplan.moc"
