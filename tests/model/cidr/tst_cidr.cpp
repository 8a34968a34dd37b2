// Tests of Scaleplan::Cidr. Expected values come from Python 3.11's ipaddress module (the
// expression is written beside each case; `ip` is `import ipaddress as ip`), from the brief's
// error wording, or from a hand calculation written beside the case.

#include "model/cidr/cidr.h"

#include <QTest>

#include <algorithm>
#include <limits>

using namespace Scaleplan;

class TstCidr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseLoose_data();
    void parseLoose();
    void addresses_data();
    void addresses();
    void containsOverlaps_data();
    void containsOverlaps();
    void split_data();
    void split();
    void ordering();
    void fromValue();
};

void TstCidr::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("ipv4");
    QTest::addColumn<int>("prefixLength");

    // str(ip.ip_network(text)) for each row.
    QTest::newRow("v4 /16") << "10.0.0.0/16" << "10.0.0.0/16" << true << 16;                 // str(ip.ip_network('10.0.0.0/16'))
    QTest::newRow("v4 /0") << "0.0.0.0/0" << "0.0.0.0/0" << true << 0;                       // str(ip.ip_network('0.0.0.0/0'))
    QTest::newRow("v4 /32") << "255.255.255.255/32" << "255.255.255.255/32" << true << 32;   // str(ip.ip_network('255.255.255.255/32'))
    QTest::newRow("v4 spaces") << "  192.168.1.0/24 \n" << "192.168.1.0/24" << true << 24;  // hand: surrounding white space is trimmed (Python refuses it)
    QTest::newRow("v6 upper") << "2001:DB8::/56" << "2001:db8::/56" << false << 56;          // str(ip.ip_network('2001:DB8::/56'))
    QTest::newRow("v6 full") << "2001:0db8:0000:0000:0000:0000:0000:0000/32" << "2001:db8::/32" << false << 32; // str(ip.ip_network('2001:0db8:0000:0000:0000:0000:0000:0000/32'))
    QTest::newRow("v6 all") << "::/0" << "::/0" << false << 0;                               // str(ip.ip_network('::/0'))
    QTest::newRow("v6 loopback") << "::1/128" << "::1/128" << false << 128;                  // str(ip.ip_network('::1/128'))
    QTest::newRow("v6 loopback full") << "0:0:0:0:0:0:0:1/128" << "::1/128" << false << 128; // str(ip.ip_network('0:0:0:0:0:0:0:1/128'))
    QTest::newRow("v6 longest run") << "2001:db8:0:0:1:0:0:0/128" << "2001:db8:0:0:1::/128" << false << 128; // str(ip.ip_network('2001:db8:0:0:1:0:0:0/128'))
    QTest::newRow("v6 first on tie") << "2001:db8:0:0:1:0:0:1/128" << "2001:db8::1:0:0:1/128" << false << 128; // str(ip.ip_network('2001:db8:0:0:1:0:0:1/128'))
    QTest::newRow("v6 single zero kept") << "2001:db8:0:1:1:1:1:1/128" << "2001:db8:0:1:1:1:1:1/128" << false << 128; // str(ip.ip_network('2001:db8:0:1:1:1:1:1/128'))
    QTest::newRow("v6 longer later run") << "1:0:0:2:0:0:0:3/128" << "1:0:0:2::3/128" << false << 128; // str(ip.ip_network('1:0:0:2:0:0:0:3/128'))
    QTest::newRow("v6 leading zeros run") << "0:0:1::/48" << "0:0:1::/48" << false << 48;   // str(ip.ip_network('0:0:1::/48'))
    QTest::newRow("v6 :: is one group") << "1:2:3:4:5:6:7::/128" << "1:2:3:4:5:6:7:0/128" << false << 128; // str(ip.ip_network('1:2:3:4:5:6:7::/128'))
    QTest::newRow("v6 mapped v4 tail") << "::ffff:10.0.0.0/104" << "::ffff:a00:0/104" << false << 104; // str(ip.ip_network('::ffff:10.0.0.0/104'))
    QTest::newRow("v6 compat v4 tail") << "::10.1.2.3/128" << "::a01:203/128" << false << 128; // str(ip.ip_network('::10.1.2.3/128'))
    QTest::newRow("v6 link local") << "fe80::/10" << "fe80::/10" << false << 10;             // str(ip.ip_network('fe80::/10'))
    QTest::newRow("v6 /64") << "2001:db8:0:1::/64" << "2001:db8:0:1::/64" << false << 64;    // str(ip.ip_network('2001:db8:0:1::/64'))
}

void TstCidr::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(bool, ipv4);
    QFETCH(int, prefixLength);

    Cidr::ParseError error;
    const auto cidr = Cidr::parse(text, &error);
    QVERIFY2(cidr.has_value(), qPrintable(error.message));
    QCOMPARE(cidr->toString(), canonical);
    QCOMPARE(cidr->isIPv4(), ipv4);
    QCOMPARE(cidr->family(), ipv4 ? Cidr::Family::IPv4 : Cidr::Family::IPv6);
    QCOMPARE(cidr->addressBits(), ipv4 ? 32 : 128);
    QCOMPARE(cidr->prefixLength(), prefixLength);
    // The canonical text parses back to the same block.
    QCOMPARE(Cidr::parse(canonical), cidr);
}

void TstCidr::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("suggestion");

    // Every row raises ValueError in ip.ip_network(text) unless noted; the message wording is the
    // brief's ("host bits set: ... is not a network address", "prefix length 33 is out of range ...").
    QTest::newRow("host bits v4") << "10.0.0.1/16"                    // ip.ip_network('10.0.0.1/16'): has host bits set
                                  << "host bits set: 10.0.0.1/16 is not a network address"
                                  << "10.0.0.0/16";                   // str(ip.ip_network('10.0.0.1/16', strict=False))
    QTest::newRow("host bits v6") << "2001:db8::1/64"                 // ip.ip_network('2001:db8::1/64'): has host bits set
                                  << "host bits set: 2001:db8::1/64 is not a network address"
                                  << "2001:db8::/64";                 // str(ip.ip_network('2001:db8::1/64', strict=False))
    QTest::newRow("prefix 33") << "10.0.0.0/33"                       // ip.ip_network('10.0.0.0/33')
                               << "prefix length 33 is out of range 0..32 for IPv4" << "";
    QTest::newRow("prefix 129") << "2001:db8::/129"                   // ip.ip_network('2001:db8::/129')
                                << "prefix length 129 is out of range 0..128 for IPv6" << "";
    QTest::newRow("prefix huge") << "10.0.0.0/4294967328"              // hand: would wrap to 32 in a 32-bit parse
                                 << "prefix length 4294967328 is out of range 0..32 for IPv4" << "";
    QTest::newRow("leading zero octet") << "010.0.0.0/8"              // ip.ip_network('010.0.0.0/8')
                                        << "octet 1 '010' of '010.0.0.0' has a leading zero (ambiguous: some tools read it as octal)"
                                        << "";
    QTest::newRow("octet 256") << "10.256.0.0/16"                     // ip.ip_network('10.256.0.0/16')
                               << "octet 2 '256' of '10.256.0.0' is out of range 0..255" << "";
    QTest::newRow("octet 4 digits") << "10.0.0.1000/16"               // hand: 1000 > 255 (Python: too long)
                                    << "octet 4 '1000' of '10.0.0.1000' is out of range 0..255" << "";
    QTest::newRow("three octets") << "10.0.0/16"                      // ip.ip_network('10.0.0/16')
                                  << "expected four dot-separated octets in '10.0.0', found 3" << "";
    QTest::newRow("empty octet") << "10.0..0/16"                      // ip.ip_network('10.0..0/16')
                                 << "octet 3 of '10.0..0' is empty" << "";
    QTest::newRow("hex octet") << "10.a.0.0/16"                       // ip.ip_network('10.a.0.0/16')
                               << "octet 2 'a' of '10.a.0.0' is not a decimal number" << "";
    QTest::newRow("missing slash") << "10.0.0.0"                      // brief: refused (Python would read 10.0.0.0/32)
                                   << "missing '/': '10.0.0.0' has no prefix length (expected a block like 10.0.0.0/16)"
                                   << "";
    QTest::newRow("missing prefix") << "10.0.0.0/"                    // ip.ip_network('10.0.0.0/')
                                    << "missing prefix length after '/' in '10.0.0.0/'" << "";
    QTest::newRow("missing address") << "/16"                         // ip.ip_network('/16')
                                     << "missing address before '/' in '/16'" << "";
    QTest::newRow("negative prefix") << "10.0.0.0/-1"                 // ip.ip_network('10.0.0.0/-1')
                                     << "prefix length '-1' of '10.0.0.0/-1' is not a decimal number" << "";
    QTest::newRow("leading zero prefix") << "10.0.0.0/08"             // hand: refused as strict (Python accepts it as /8)
                                         << "prefix length '08' of '10.0.0.0/08' has a leading zero" << "10.0.0.0/8";
    QTest::newRow("two slashes") << "10.0.0.0/16/2"                   // ip.ip_network('10.0.0.0/16/2')
                                 << "more than one '/' in '10.0.0.0/16/2'" << "";
    QTest::newRow("empty") << ""                                      // ip.ip_network('')
                           << "empty CIDR block: expected an address and a prefix length, e.g. 10.0.0.0/16" << "";
    QTest::newRow("two double colons") << "2001:db8::1::/64"          // ip.ip_network('2001:db8::1::/64')
                                       << "'::' may appear only once in '2001:db8::1::'" << "";
    QTest::newRow("nine groups") << "1:2:3:4:5:6:7:8:9/128"           // ip.ip_network('1:2:3:4:5:6:7:8:9/128')
                                 << "expected eight 16-bit groups in '1:2:3:4:5:6:7:8:9', found 9 (use '::' for zero groups)"
                                 << "";
    QTest::newRow("seven groups") << "1:2:3:4:5:6:7/128"              // ip.ip_network('1:2:3:4:5:6:7/128')
                                  << "expected eight 16-bit groups in '1:2:3:4:5:6:7', found 7 (use '::' for zero groups)"
                                  << "";
    QTest::newRow(":: for no group") << "1::2:3:4:5:6:7:8/128"        // ip.ip_network('1::2:3:4:5:6:7:8/128')
                                     << "too many groups in '1::2:3:4:5:6:7:8': '::' must stand for at least one zero group"
                                     << "";
    QTest::newRow("triple colon") << "2001:db8:::/48"                 // ip.ip_network('2001:db8:::/48')
                                  << "':::' is not valid in '2001:db8:::'" << "";
    QTest::newRow("five hex digits") << "12345::/16"                  // ip.ip_network('12345::/16')
                                     << "group '12345' of '12345::' has more than four hex digits" << "";
    QTest::newRow("not hex") << "2001:db8:g::/48"                     // ip.ip_network('2001:db8:g::/48')
                             << "group 'g' of '2001:db8:g::' is not hexadecimal" << "";
    QTest::newRow("zone") << "fe80::%eth0/64"                         // hand: zones refused by design (Python 3.11 accepts them)
                          << "zone index '%eth0' is not allowed in a CIDR block ('fe80::%eth0')" << "";
    QTest::newRow("leading single colon") << ":1::/16"                // ip.ip_network(':1::/16')
                                          << "empty group in ':1::' (a single ':' at the start or end?)" << "";
    QTest::newRow("v4 before ::") << "1.2.3.4::/128"                  // ip.ip_network('1.2.3.4::/128')
                                  << "an embedded IPv4 address may only end '1.2.3.4::'" << "";
    QTest::newRow("bad v4 tail") << "::ffff:1.2.3.256/128"            // ip.ip_network('::ffff:1.2.3.256/128')
                                 << "octet 4 '256' of '::ffff:1.2.3.256' is out of range 0..255" << "";
}

void TstCidr::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(QString, suggestion);

    Cidr::ParseError error;
    const auto cidr = Cidr::parse(text, &error);
    QVERIFY2(!cidr.has_value(), qPrintable(cidr ? cidr->toString() : QString()));
    QCOMPARE(error.message, message);
    QCOMPARE(error.suggestion, suggestion);
    // Without an error sink the result is the same.
    QVERIFY(!Cidr::parse(text).has_value());
}

void TstCidr::parseLoose_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("masks v4") << "10.0.0.1/16" << "10.0.0.0/16";            // str(ip.ip_network('10.0.0.1/16', strict=False))
    QTest::newRow("masks v4 /0") << "192.168.7.9/0" << "0.0.0.0/0";          // str(ip.ip_network('192.168.7.9/0', strict=False))
    QTest::newRow("masks v6") << "2001:db8::1/64" << "2001:db8::/64";        // str(ip.ip_network('2001:db8::1/64', strict=False))
    QTest::newRow("masks v6 /10") << "febf:ffff::/10" << "fe80::/10";        // str(ip.ip_network('febf:ffff::/10', strict=False))
    QTest::newRow("still strict on octets") << "10.0.0.256/16" << "";        // ip.ip_network('10.0.0.256/16', strict=False): ValueError
    QTest::newRow("still needs prefix") << "10.0.0.1" << "";                 // brief: '/' is required
}

void TstCidr::parseLoose()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto cidr = Cidr::parseLoose(text);
    QCOMPARE(cidr.has_value(), !expected.isEmpty());
    if (cidr)
        QCOMPARE(cidr->toString(), expected);
}

void TstCidr::addresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("last");
    QTest::addColumn<double>("count");
    QTest::addColumn<qint64>("awsUsable");

    // n = ip.ip_network(text); n.network_address, n.broadcast_address, n.num_addresses;
    // awsUsable = max(0, n.num_addresses - 5) (AWS reserves the first four and the last address).
    QTest::newRow("10/16") << "10.0.0.0/16" << "10.0.0.0" << "10.0.255.255" << 65536.0 << qint64(65531);
    QTest::newRow("172.16/12") << "172.16.0.0/12" << "172.16.0.0" << "172.31.255.255" << 1048576.0 << qint64(1048571);
    QTest::newRow("/28 smallest AWS subnet") << "10.0.0.0/28" << "10.0.0.0" << "10.0.0.15" << 16.0 << qint64(11);
    QTest::newRow("/30 none usable") << "10.0.0.0/30" << "10.0.0.0" << "10.0.0.3" << 4.0 << qint64(0);
    QTest::newRow("/32") << "10.0.0.0/32" << "10.0.0.0" << "10.0.0.0" << 1.0 << qint64(0);
    QTest::newRow("/0") << "0.0.0.0/0" << "0.0.0.0" << "255.255.255.255" << 4294967296.0 << qint64(4294967291);
    QTest::newRow("v6 /120") << "2001:db8::/120" << "2001:db8::" << "2001:db8::ff" << 256.0 << qint64(251);
    QTest::newRow("v6 /56") << "2001:db8::/56" << "2001:db8::" << "2001:db8:0:ff:ffff:ffff:ffff:ffff"
                            << 4.722366482869645e+21 << std::numeric_limits<qint64>::max(); // float(n.num_addresses); usable saturates
    QTest::newRow("v6 /64") << "2001:db8::/64" << "2001:db8::" << "2001:db8::ffff:ffff:ffff:ffff"
                            << 1.8446744073709552e+19 << std::numeric_limits<qint64>::max();
    QTest::newRow("v6 /0") << "::/0" << "::" << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
                           << 3.402823669209385e+38 << std::numeric_limits<qint64>::max();
}

void TstCidr::addresses()
{
    QFETCH(QString, text);
    QFETCH(QString, network);
    QFETCH(QString, last);
    QFETCH(double, count);
    QFETCH(qint64, awsUsable);

    const auto cidr = Cidr::parse(text);
    QVERIFY(cidr);
    QCOMPARE(cidr->networkAddress(), network);
    QCOMPARE(cidr->lastAddress(), last);
    QCOMPARE(cidr->addressCount(), count); // powers of two: exact in a double
    QCOMPARE(cidr->awsUsableAddressCount(), awsUsable);
}

void TstCidr::containsOverlaps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("aContainsB");
    QTest::addColumn<bool>("overlaps");

    // A, B = ip.ip_network(a), ip.ip_network(b); B.subnet_of(A), A.overlaps(B)
    QTest::newRow("parent/child") << "10.0.0.0/16" << "10.0.1.0/24" << true << true;
    QTest::newRow("child/parent") << "10.0.1.0/24" << "10.0.0.0/16" << false << true;
    QTest::newRow("disjoint") << "10.0.0.0/16" << "10.1.0.0/16" << false << false;
    QTest::newRow("adjacent") << "10.0.0.0/24" << "10.0.1.0/24" << false << false;
    QTest::newRow("equal") << "10.0.0.0/24" << "10.0.0.0/24" << true << true;
    QTest::newRow("everything") << "0.0.0.0/0" << "192.168.0.0/16" << true << true;
    QTest::newRow("v6 parent/child") << "2001:db8::/32" << "2001:db8:1::/48" << true << true;
    QTest::newRow("v6 child/parent") << "2001:db8:1::/48" << "2001:db8::/32" << false << true;
    QTest::newRow("v6 siblings") << "2001:db8::/48" << "2001:db8:1::/48" << false << false;
    // A.overlaps(B) is False; B.subnet_of(A) raises TypeError (different versions): hand, false.
    QTest::newRow("mixed families") << "10.0.0.0/8" << "::/0" << false << false;
}

void TstCidr::containsOverlaps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, aContainsB);
    QFETCH(bool, overlaps);

    const auto ca = Cidr::parse(a);
    const auto cb = Cidr::parse(b);
    QVERIFY(ca && cb);
    QCOMPARE(ca->contains(*cb), aContainsB);
    QCOMPARE(ca->overlaps(*cb), overlaps);
    QCOMPARE(cb->overlaps(*ca), overlaps); // symmetric
}

void TstCidr::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("newPrefixLength");
    QTest::addColumn<QStringList>("expected");

    // [str(x) for x in ip.ip_network(text).subnets(new_prefix=newPrefixLength)]
    QTest::newRow("/16 into /18") << "10.0.0.0/16" << 18
                                  << QStringList{"10.0.0.0/18", "10.0.64.0/18", "10.0.128.0/18", "10.0.192.0/18"};
    QTest::newRow("same size") << "10.0.0.0/24" << 24 << QStringList{"10.0.0.0/24"};
    QTest::newRow("v6 /62 into /64") << "2001:db8::/62" << 64
                                     << QStringList{"2001:db8::/64", "2001:db8:0:1::/64", "2001:db8:0:2::/64", "2001:db8:0:3::/64"};
    QTest::newRow("v6 ::/0 into /1") << "::/0" << 1 << QStringList{"::/1", "8000::/1"};
    QTest::newRow("v4 0/0 into /1") << "0.0.0.0/0" << 1 << QStringList{"0.0.0.0/1", "128.0.0.0/1"};
    // ValueError: new prefix must be longer -> empty
    QTest::newRow("shorter prefix") << "10.0.0.0/24" << 23 << QStringList{};
    QTest::newRow("beyond /32") << "10.0.0.0/24" << 33 << QStringList{};         // ValueError (prefix length 33)
}

void TstCidr::split()
{
    QFETCH(QString, text);
    QFETCH(int, newPrefixLength);
    QFETCH(QStringList, expected);

    const auto cidr = Cidr::parse(text);
    QVERIFY(cidr);
    QStringList actual;
    for (const Cidr &part : cidr->split(newPrefixLength))
        actual << part.toString();
    QCOMPARE(actual, expected);
}

void TstCidr::ordering()
{
    // sorted(ip.ip_network(x) for x in ['10.0.1.0/24','10.0.0.0/16','10.0.0.0/24','9.0.0.0/8'])
    //   -> 9.0.0.0/8, 10.0.0.0/16, 10.0.0.0/24, 10.0.1.0/24; IPv4 before IPv6 (hand: family first).
    QList<Cidr> blocks;
    for (const char *text : {"2001:db8::/32", "10.0.1.0/24", "10.0.0.0/16", "::/0", "10.0.0.0/24", "9.0.0.0/8"})
        blocks << *Cidr::parse(QString::fromLatin1(text));
    std::sort(blocks.begin(), blocks.end());
    QStringList actual;
    for (const Cidr &c : blocks)
        actual << c.toString();
    QCOMPARE(actual, (QStringList{"9.0.0.0/8", "10.0.0.0/16", "10.0.0.0/24", "10.0.1.0/24", "::/0", "2001:db8::/32"}));
    QVERIFY(*Cidr::parse(u"10.0.0.0/16") == *Cidr::parse(u"10.0.0.0/16"));
    QVERIFY(!(*Cidr::parse(u"10.0.0.0/16") == *Cidr::parse(u"10.0.0.0/17")));
}

void TstCidr::fromValue()
{
    // 0x0a000102 = 10.0.1.2 (hand: 10<<24 | 1<<8 | 2); masked to /16 -> 10.0.0.0/16.
    const Cidr v4 = Cidr::fromValue(Cidr::Family::IPv4, {0, 0x0a000102}, 16);
    QCOMPARE(v4.toString(), QStringLiteral("10.0.0.0/16"));
    QCOMPARE(v4.lastValue().low, quint64(0x0a00ffff));
    // 0x20010db8 << 32 in the high half = 2001:db8::; str(ip.ip_network('2001:db8::/32')).
    const Cidr v6 = Cidr::fromValue(Cidr::Family::IPv6, {0x20010db800000000ull, 5}, 32);
    QCOMPARE(v6.toString(), QStringLiteral("2001:db8::/32"));
    QCOMPARE(v6.lastValue().high, quint64(0x20010db8ffffffffull));
    QCOMPARE(v6.lastValue().low, ~quint64(0));
    // The default block is 0.0.0.0/0.
    QCOMPARE(Cidr().toString(), QStringLiteral("0.0.0.0/0"));
}

QTEST_APPLESS_MAIN(TstCidr)
#include "tst_cidr.moc"
