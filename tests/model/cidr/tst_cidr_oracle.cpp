// Cross-check of Scaleplan::Cidr against Python's ipaddress module (the oracle).
//
// ~2000 random cases (fixed seed) in varied text forms — IPv4 dotted quads, IPv6 full, padded,
// upper case, "::"-compressed and with embedded IPv4 tails, some deliberately malformed — are
// written to a temporary file; /usr/bin/python3 computes for each line, with ipaddress:
//   A: whether ip_network(a) (strict) and ip_network(a, strict=False) accept it, str(), the
//      network_address, broadcast_address and float(num_addresses);
//   B: str(ip_network(b, strict=False)), A.overlaps(B) and B.subnet_of(A) (False across versions);
// and the test compares every field with Cidr::parse / parseLoose / toString / networkAddress /
// lastAddress / addressCount / overlaps / contains. QSKIP when /usr/bin/python3 is missing.

#include "model/cidr/cidr.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

#include <array>

using namespace Scaleplan;

namespace {

const char *const kPython = "/usr/bin/python3";

const char *const kOracleScript = R"PY(
import ipaddress, sys
def net(text, strict):
    try:
        return ipaddress.ip_network(text, strict=strict)
    except ValueError:
        return None
for line in open(sys.argv[1]):
    a, b = line.rstrip('\n').split(' ')
    A = net(a, False)
    if A is None:
        print('invalid')
        continue
    strict = 1 if net(a, True) is not None else 0
    B = net(b, False)
    subnet = 1 if (A.version == B.version and B.subnet_of(A)) else 0
    print(strict, A, A.network_address, A.broadcast_address, repr(float(A.num_addresses)),
          B, 1 if A.overlaps(B) else 0, subnet)
)PY";

QString hexGroup(quint16 value, QRandomGenerator &random)
{
    QString text = QString::number(value, 16);
    if (random.bounded(3u) == 0)
        text = text.rightJustified(int(text.size() + random.bounded(uint(5 - text.size()))), u'0');
    if (random.bounded(4u) == 0)
        text = text.toUpper();
    return text;
}

QString dottedQuad(quint32 v)
{
    return QStringLiteral("%1.%2.%3.%4").arg(v >> 24).arg((v >> 16) & 0xff).arg((v >> 8) & 0xff).arg(v & 0xff);
}

/// An IPv6 address text in one of several RFC 4291 section 2.2 forms.
QString ipv6Text(Cidr::Value128 value, QRandomGenerator &random)
{
    std::array<quint16, 8> g{};
    for (int i = 0; i < 4; ++i) {
        g[size_t(i)] = quint16(value.high >> (48 - 16 * i));
        g[size_t(4 + i)] = quint16(value.low >> (48 - 16 * i));
    }
    const uint form = random.bounded(4u);
    QStringList parts;
    if (form == 2) { // six groups and an embedded dotted quad
        for (int i = 0; i < 6; ++i)
            parts << hexGroup(g[size_t(i)], random);
        parts << dottedQuad(quint32(value.low));
        return parts.join(u':');
    }
    if (form == 3) { // compress one random run of zero groups, if any
        QList<QPair<int, int>> runs; // start, length
        for (int i = 0; i < 8;) {
            if (g[size_t(i)] != 0) {
                ++i;
                continue;
            }
            int j = i;
            while (j < 8 && g[size_t(j)] == 0)
                ++j;
            runs.append({i, j - i});
            i = j;
        }
        if (!runs.isEmpty()) {
            const auto run = runs.at(int(random.bounded(uint(runs.size()))));
            QStringList head, tail;
            for (int i = 0; i < run.first; ++i)
                head << hexGroup(g[size_t(i)], random);
            for (int i = run.first + run.second; i < 8; ++i)
                tail << hexGroup(g[size_t(i)], random);
            return QString(head.join(u':') + u"::" + tail.join(u':'));
        }
    }
    for (int i = 0; i < 8; ++i)
        parts << hexGroup(g[size_t(i)], random);
    return parts.join(u':');
}

Cidr::Value128 randomValue(bool v6, QRandomGenerator &random)
{
    if (!v6)
        return {0, random.generate()};
    // Half of the groups zero, so "::" compression has runs to work on.
    quint64 halves[2] = {0, 0};
    for (int i = 0; i < 8; ++i) {
        const quint64 group = random.bounded(2u) ? 0 : random.bounded(0x10000u);
        halves[i / 4] |= group << (48 - 16 * (i % 4));
    }
    return {halves[0], halves[1]};
}

QString addressText(bool v6, Cidr::Value128 value, QRandomGenerator &random)
{
    return v6 ? ipv6Text(value, random) : dottedQuad(quint32(value.low));
}

/// Sets the host bits of `value` below `prefixLength` to random bits.
Cidr::Value128 withRandomHostBits(const Cidr &block, QRandomGenerator &random)
{
    const Cidr::Value128 first = block.networkValue();
    const Cidr::Value128 last = block.lastValue();
    const quint64 rh = random.generate64();
    const quint64 rl = random.generate64();
    // last ^ first is the host mask.
    return {first.high | (rh & (last.high ^ first.high)), first.low | (rl & (last.low ^ first.low))};
}

/// One line "A B": A possibly with host bits set or malformed, B related to A.
QString makeCase(QRandomGenerator &random)
{
    const bool v6 = random.bounded(2u) == 1;
    const int bits = v6 ? 128 : 32;
    Cidr::Value128 value = randomValue(v6, random);
    const int prefix = int(random.bounded(uint(bits + 1)));
    const Cidr::Family family = v6 ? Cidr::Family::IPv6 : Cidr::Family::IPv4;
    const Cidr block = Cidr::fromValue(family, value, prefix);
    if (random.bounded(3u) == 0)
        value = block.networkValue(); // a strict-valid text
    QString a = QString(addressText(v6, value, random) + u'/' + QString::number(prefix));

    // About one case in eight is malformed.
    if (random.bounded(8u) == 0) {
        switch (random.bounded(4u)) {
        case 0:
            a = QString(addressText(v6, value, random) + u'/' + QString::number(bits + 1 + int(random.bounded(40u))));
            break;
        case 1:
            if (v6)
                a = QString(ipv6Text(value, random) + u":1/" + QString::number(prefix));
            else
                a = QStringLiteral("%1.%2/%3").arg(256 + random.bounded(744u)).arg(dottedQuad(quint32(value.low)).section(u'.', 1)).arg(prefix);
            break;
        case 2:
            if (v6)
                a = QStringLiteral("%1:%2::/%3").arg(QString::number(0x10000 + random.bounded(0xfffffu), 16)).arg(1).arg(prefix);
            else
                a = QStringLiteral("0%1/%2").arg(dottedQuad(quint32(value.low))).arg(prefix);
            break;
        default:
            a = QString(addressText(v6, value, random) + u"::1/" + QString::number(prefix));
            break;
        }
    }

    // B: a block inside A, around A, anywhere in the same family, or of the other family.
    const uint kind = random.bounded(10u);
    Cidr other = block;
    if (kind < 4) {
        const int subPrefix = prefix + int(random.bounded(uint(bits - prefix + 1)));
        other = Cidr::fromValue(family, withRandomHostBits(block, random), subPrefix);
    } else if (kind < 6) {
        other = Cidr::fromValue(family, value, int(random.bounded(uint(prefix + 1))));
    } else if (kind < 9) {
        other = Cidr::fromValue(family, randomValue(v6, random), int(random.bounded(uint(bits + 1))));
    } else {
        const bool otherV6 = !v6;
        other = Cidr::fromValue(otherV6 ? Cidr::Family::IPv6 : Cidr::Family::IPv4, randomValue(otherV6, random),
                                int(random.bounded(otherV6 ? 129u : 33u)));
    }
    const QString b = QString(addressText(!other.isIPv4(), withRandomHostBits(other, random), random) + u'/'
                              + QString::number(other.prefixLength()));
    return QString(a + u' ' + b);
}

} // namespace

class TstCidrOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void againstPythonIpaddress();
};

void TstCidrOracle::againstPythonIpaddress()
{
    if (!QFile::exists(QString::fromLatin1(kPython)))
        QSKIP("/usr/bin/python3 is missing: no oracle");

    QRandomGenerator random(0x5ca1e91a);
    QStringList cases;
    for (int i = 0; i < 2000; ++i)
        cases << makeCase(random);

    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(cases.join(u'\n').toLatin1() + '\n');
    file.flush();

    QProcess python;
    python.start(QString::fromLatin1(kPython), {QStringLiteral("-c"), QString::fromLatin1(kOracleScript), file.fileName()});
    QVERIFY2(python.waitForFinished(120000), "python3 did not finish");
    QCOMPARE(python.exitCode(), 0);
    const QStringList answers = QString::fromLatin1(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(answers.size(), cases.size());

    int mismatches = 0;
    int invalid = 0;
    int strictValid = 0;
    auto check = [&](int line, const char *what, const QString &actual, const QString &expected) {
        if (actual == expected)
            return;
        if (++mismatches <= 20)
            qWarning("case %d '%s': %s is '%s', Python says '%s'", line, qPrintable(cases.at(line)), what,
                     qPrintable(actual), qPrintable(expected));
    };
    for (int i = 0; i < cases.size(); ++i) {
        const QStringList ab = cases.at(i).split(u' ');
        const QStringList expected = answers.at(i).split(u' ');
        const auto loose = Cidr::parseLoose(ab.at(0));
        const auto strict = Cidr::parse(ab.at(0));
        if (expected.at(0) == u"invalid") {
            ++invalid;
            check(i, "parseLoose", loose ? loose->toString() : QStringLiteral("invalid"), QStringLiteral("invalid"));
            continue;
        }
        if (expected.size() != 8 || !loose) {
            check(i, "parseLoose", loose ? loose->toString() : QStringLiteral("invalid"), answers.at(i));
            continue;
        }
        strictValid += expected.at(0) == u"1";
        check(i, "strict parse", strict ? QStringLiteral("1") : QStringLiteral("0"), expected.at(0));
        check(i, "toString", loose->toString(), expected.at(1));
        check(i, "networkAddress", loose->networkAddress(), expected.at(2));
        check(i, "lastAddress", loose->lastAddress(), expected.at(3));
        bool ok = false;
        const double count = expected.at(4).toDouble(&ok);
        check(i, "addressCount", QString::number(loose->addressCount(), 'g', 17),
              ok ? QString::number(count, 'g', 17) : expected.at(4));
        const auto other = Cidr::parseLoose(ab.at(1));
        check(i, "B", other ? other->toString() : QStringLiteral("invalid"), expected.at(5));
        if (!other)
            continue;
        check(i, "overlaps", loose->overlaps(*other) ? QStringLiteral("1") : QStringLiteral("0"), expected.at(6));
        check(i, "contains", loose->contains(*other) ? QStringLiteral("1") : QStringLiteral("0"), expected.at(7));
    }
    qInfo("%lld cases: %d malformed, %d strictly valid", qlonglong(cases.size()), invalid, strictValid);
    QVERIFY(invalid > 50);      // the generator produced both kinds
    QVERIFY(strictValid > 300);
    QCOMPARE(mismatches, 0);
}

QTEST_GUILESS_MAIN(TstCidrOracle)
#include "tst_cidr_oracle.moc"
