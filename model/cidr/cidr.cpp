#include "model/cidr/cidr.h"

#include <QHashFunctions>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace Scaleplan {

namespace {

using U128 = unsigned __int128;

U128 toU128(quint64 high, quint64 low) { return (U128(high) << 64) | low; }

/// Mask of the host bits of a block: the low (bits - prefixLength) bits set.
U128 hostMask(int addressBits, int prefixLength)
{
    const int hostBits = addressBits - prefixLength;
    if (hostBits >= 128)
        return ~U128(0);
    return (U128(1) << hostBits) - 1;
}

bool isDecimalDigit(QChar c) { return c >= u'0' && c <= u'9'; }

int hexDigitValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

void setError(Cidr::ParseError *error, const QString &message, const QString &suggestion = {})
{
    if (error) {
        error->message = message;
        error->suggestion = suggestion;
    }
}

/// Strict dotted quad (RFC 4632 section 3.1 style; leading zeros refused as Python's ipaddress
/// does since 3.9.5). `whole` is the text quoted in messages.
std::optional<quint32> parseDottedQuad(QStringView text, QStringView whole, Cidr::ParseError *error)
{
    const auto octets = text.split(u'.');
    if (octets.size() != 4) {
        setError(error,
                 QStringLiteral("expected four dot-separated octets in '%1', found %2")
                     .arg(text.toString())
                     .arg(octets.size()));
        return std::nullopt;
    }
    quint32 value = 0;
    for (int i = 0; i < 4; ++i) {
        const QStringView octet = octets.at(i);
        const QString position = QString::number(i + 1);
        if (octet.isEmpty()) {
            setError(error, QStringLiteral("octet %1 of '%2' is empty").arg(position, whole.toString()));
            return std::nullopt;
        }
        for (QChar c : octet) {
            if (!isDecimalDigit(c)) {
                setError(error, QStringLiteral("octet %1 '%2' of '%3' is not a decimal number")
                                    .arg(position, octet.toString(), whole.toString()));
                return std::nullopt;
            }
        }
        if (octet.size() > 1 && octet.front() == u'0') {
            setError(error,
                     QStringLiteral("octet %1 '%2' of '%3' has a leading zero (ambiguous: some tools read it as octal)")
                         .arg(position, octet.toString(), whole.toString()));
            return std::nullopt;
        }
        const int number = octet.size() > 3 ? 256 : octet.toInt();
        if (number > 255) {
            setError(error, QStringLiteral("octet %1 '%2' of '%3' is out of range 0..255")
                                .arg(position, octet.toString(), whole.toString()));
            return std::nullopt;
        }
        value = (value << 8) | quint32(number);
    }
    return value;
}

/// One group of 1..4 hex digits (RFC 4291 section 2.2, form 1).
std::optional<quint16> parseHexGroup(QStringView group, QStringView whole, Cidr::ParseError *error)
{
    if (group.size() > 4) {
        setError(error, QStringLiteral("group '%1' of '%2' has more than four hex digits")
                            .arg(group.toString(), whole.toString()));
        return std::nullopt;
    }
    quint16 value = 0;
    for (QChar c : group) {
        const int digit = hexDigitValue(c);
        if (digit < 0) {
            setError(error, QStringLiteral("group '%1' of '%2' is not hexadecimal")
                                .arg(group.toString(), whole.toString()));
            return std::nullopt;
        }
        value = quint16((value << 4) | digit);
    }
    return value;
}

/// IPv6 address text (RFC 4291 section 2.2: full form, "::" compression, embedded IPv4 tail).
std::optional<U128> parseIPv6(QStringView text, Cidr::ParseError *error)
{
    const QString quoted = text.toString();
    if (const auto percent = text.indexOf(u'%'); percent >= 0) {
        setError(error, QStringLiteral("zone index '%1' is not allowed in a CIDR block ('%2')")
                            .arg(text.mid(percent).toString(), quoted));
        return std::nullopt;
    }
    if (text.contains(u":::")) {
        setError(error, QStringLiteral("':::' is not valid in '%1'").arg(quoted));
        return std::nullopt;
    }
    const auto doubleColon = text.indexOf(u"::");
    if (doubleColon >= 0 && text.indexOf(u"::", doubleColon + 1) >= 0) {
        setError(error, QStringLiteral("'::' may appear only once in '%1'").arg(quoted));
        return std::nullopt;
    }

    // Groups before and after "::" (or all groups when there is none).
    QList<quint16> head;
    QList<quint16> tail;
    auto parseGroups = [&](QStringView part, QList<quint16> *out, bool mayEndInIPv4) -> bool {
        if (part.isEmpty())
            return true;
        const auto groups = part.split(u':');
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QStringView group = groups.at(i);
            if (group.isEmpty()) {
                setError(error, QStringLiteral("empty group in '%1' (a single ':' at the start or end?)").arg(quoted));
                return false;
            }
            if (group.contains(u'.')) {
                if (!mayEndInIPv4 || i != groups.size() - 1) {
                    setError(error, QStringLiteral("an embedded IPv4 address may only end '%1'").arg(quoted));
                    return false;
                }
                const auto v4 = parseDottedQuad(group, text, error);
                if (!v4)
                    return false;
                out->append(quint16(*v4 >> 16));
                out->append(quint16(*v4 & 0xffff));
                continue;
            }
            const auto value = parseHexGroup(group, text, error);
            if (!value)
                return false;
            out->append(*value);
        }
        return true;
    };

    if (doubleColon >= 0) {
        if (!parseGroups(text.left(doubleColon), &head, false) || !parseGroups(text.mid(doubleColon + 2), &tail, true))
            return std::nullopt;
        if (head.size() + tail.size() > 7) {
            setError(error, QStringLiteral("too many groups in '%1': '::' must stand for at least one zero group")
                                .arg(quoted));
            return std::nullopt;
        }
    } else {
        if (!parseGroups(text, &head, true))
            return std::nullopt;
        if (head.size() != 8) {
            setError(error, QStringLiteral("expected eight 16-bit groups in '%1', found %2 (use '::' for zero groups)")
                                .arg(quoted)
                                .arg(head.size()));
            return std::nullopt;
        }
    }
    std::array<quint16, 8> groups{};
    for (qsizetype i = 0; i < head.size(); ++i)
        groups[size_t(i)] = head.at(i);
    for (qsizetype i = 0; i < tail.size(); ++i)
        groups[size_t(8 - tail.size() + i)] = tail.at(i);
    U128 value = 0;
    for (quint16 g : groups)
        value = (value << 16) | g;
    return value;
}

QString formatIPv4(quint32 value)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg((value >> 24) & 0xff)
        .arg((value >> 16) & 0xff)
        .arg((value >> 8) & 0xff)
        .arg(value & 0xff);
}

/// RFC 5952 section 4: lower case, no leading zeros, longest run (>= 2) of zero groups as "::",
/// the first run on a tie.
QString formatIPv6(U128 value)
{
    std::array<quint16, 8> groups{};
    for (int i = 7; i >= 0; --i) {
        groups[size_t(i)] = quint16(value & 0xffff);
        value >>= 16;
    }
    int bestStart = -1;
    int bestLength = 0;
    for (int i = 0; i < 8;) {
        if (groups[size_t(i)] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[size_t(j)] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    if (bestLength < 2)
        bestStart = -1;
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(groups[size_t(i)], 16);
    }
    return out;
}

std::optional<Cidr> parseCidr(QStringView input, Cidr::ParseError *error, bool strict)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty()) {
        setError(error, QStringLiteral("empty CIDR block: expected an address and a prefix length, e.g. 10.0.0.0/16"));
        return std::nullopt;
    }
    const auto slash = text.indexOf(u'/');
    if (slash < 0) {
        setError(error, QStringLiteral("missing '/': '%1' has no prefix length (expected a block like 10.0.0.0/16)")
                            .arg(text.toString()));
        return std::nullopt;
    }
    if (text.indexOf(u'/', slash + 1) >= 0) {
        setError(error, QStringLiteral("more than one '/' in '%1'").arg(text.toString()));
        return std::nullopt;
    }
    const QStringView addressText = text.left(slash);
    const QStringView prefixText = text.mid(slash + 1);
    if (addressText.isEmpty()) {
        setError(error, QStringLiteral("missing address before '/' in '%1'").arg(text.toString()));
        return std::nullopt;
    }

    const bool v6 = addressText.contains(u':');
    const Cidr::Family family = v6 ? Cidr::Family::IPv6 : Cidr::Family::IPv4;
    const int bits = v6 ? 128 : 32;
    U128 address = 0;
    if (v6) {
        const auto value = parseIPv6(addressText, error);
        if (!value)
            return std::nullopt;
        address = *value;
    } else {
        const auto value = parseDottedQuad(addressText, addressText, error);
        if (!value)
            return std::nullopt;
        address = *value;
    }

    if (prefixText.isEmpty()) {
        setError(error, QStringLiteral("missing prefix length after '/' in '%1'").arg(text.toString()));
        return std::nullopt;
    }
    for (QChar c : prefixText) {
        if (!isDecimalDigit(c)) {
            setError(error, QStringLiteral("prefix length '%1' of '%2' is not a decimal number")
                                .arg(prefixText.toString(), text.toString()));
            return std::nullopt;
        }
    }
    if (prefixText.size() > 1 && prefixText.front() == u'0') {
        setError(error, QStringLiteral("prefix length '%1' of '%2' has a leading zero")
                            .arg(prefixText.toString(), text.toString()),
                 QString(addressText.toString() + u'/' + QString::number(prefixText.toInt())));
        return std::nullopt;
    }
    const int prefixLength = prefixText.size() > 3 ? bits + 1 : prefixText.toInt();
    if (prefixLength > bits) {
        setError(error, QStringLiteral("prefix length %1 is out of range 0..%2 for %3")
                            .arg(prefixText.toString())
                            .arg(bits)
                            .arg(v6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4")));
        return std::nullopt;
    }

    const U128 mask = hostMask(bits, prefixLength);
    const U128 network = address & ~mask;
    const Cidr cidr = Cidr::fromValue(family, {quint64(network >> 64), quint64(network)}, prefixLength);
    if (strict && (address & mask) != 0) {
        setError(error, QStringLiteral("host bits set: %1 is not a network address").arg(text.toString()),
                 cidr.toString());
        return std::nullopt;
    }
    return cidr;
}

} // namespace

std::optional<Cidr> Cidr::parse(QStringView text, ParseError *error)
{
    return parseCidr(text, error, true);
}

std::optional<Cidr> Cidr::parseLoose(QStringView text)
{
    return parseCidr(text, nullptr, false);
}

Cidr Cidr::fromValue(Family family, Value128 address, int prefixLength)
{
    const int bits = family == Family::IPv4 ? 32 : 128;
    prefixLength = std::clamp(prefixLength, 0, bits);
    U128 value = toU128(address.high, address.low);
    if (family == Family::IPv4)
        value &= 0xffffffffu;
    value &= ~hostMask(bits, prefixLength);
    return Cidr(family, quint64(value >> 64), quint64(value), prefixLength);
}

QString Cidr::toString() const
{
    return QString(networkAddress() + u'/' + QString::number(m_prefixLength));
}

QString Cidr::networkAddress() const
{
    if (isIPv4())
        return formatIPv4(quint32(m_low));
    return formatIPv6(toU128(m_high, m_low));
}

Cidr::Value128 Cidr::lastValue() const
{
    const U128 last = toU128(m_high, m_low) | hostMask(addressBits(), m_prefixLength);
    return {quint64(last >> 64), quint64(last)};
}

QString Cidr::lastAddress() const
{
    const Value128 last = lastValue();
    if (isIPv4())
        return formatIPv4(quint32(last.low));
    return formatIPv6(toU128(last.high, last.low));
}

bool Cidr::contains(const Cidr &other) const
{
    if (m_family != other.m_family || other.m_prefixLength < m_prefixLength)
        return false;
    const U128 mask = ~hostMask(addressBits(), m_prefixLength);
    return (toU128(other.m_high, other.m_low) & mask) == toU128(m_high, m_low);
}

bool Cidr::overlaps(const Cidr &other) const
{
    return contains(other) || other.contains(*this);
}

double Cidr::addressCount() const
{
    return std::ldexp(1.0, addressBits() - m_prefixLength);
}

qint64 Cidr::awsUsableAddressCount() const
{
    const int hostBits = addressBits() - m_prefixLength;
    if (hostBits >= 63)
        return std::numeric_limits<qint64>::max();
    return std::max<qint64>(0, (qint64(1) << hostBits) - 5);
}

QList<Cidr> Cidr::split(int newPrefixLength) const
{
    QList<Cidr> out;
    if (newPrefixLength < m_prefixLength || newPrefixLength > addressBits())
        return out;
    const int extraBits = newPrefixLength - m_prefixLength;
    if (extraBits > 24)
        return out;
    const quint64 count = quint64(1) << extraBits;
    const int step = addressBits() - newPrefixLength;
    const U128 base = toU128(m_high, m_low);
    out.reserve(qsizetype(count));
    for (quint64 i = 0; i < count; ++i) {
        const U128 value = base + (step >= 128 ? U128(0) : (U128(i) << step));
        out.append(Cidr(m_family, quint64(value >> 64), quint64(value), newPrefixLength));
    }
    return out;
}

bool Cidr::operator<(const Cidr &other) const
{
    if (m_family != other.m_family)
        return m_family < other.m_family;
    if (m_high != other.m_high)
        return m_high < other.m_high;
    if (m_low != other.m_low)
        return m_low < other.m_low;
    return m_prefixLength < other.m_prefixLength;
}

size_t qHash(const Cidr &cidr, size_t seed) noexcept
{
    const Cidr::Value128 value = cidr.networkValue();
    return qHashMulti(seed, int(cidr.family()), value.high, value.low, cidr.prefixLength());
}

} // namespace Scaleplan
