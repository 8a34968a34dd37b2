#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace Scaleplan {

/**
 * An IPv4 or IPv6 CIDR block (RFC 4632 terms: network address + prefix length), a value type.
 *
 * Invariant: host bits are always zero (the stored address is the network address) and
 * 0 <= prefixLength() <= addressBits(). The address is kept as two quint64 halves; an IPv4
 * address lives in the low 32 bits of the low half. A default-constructed Cidr is 0.0.0.0/0.
 *
 * Text forms accepted by parse():
 *  - IPv4: strict dotted quad (RFC 4632 section 3.1): exactly four decimal octets 0..255, no
 *    leading zeros ("010.0.0.0" is refused: some tools read it as octal), no sign, no spaces;
 *  - IPv6: RFC 4291 section 2.2 forms: up to eight groups of 1..4 hex digits, at most one "::"
 *    standing for one or more zero groups, optionally ending in an embedded dotted quad; no zone
 *    ("%eth0");
 *  - then "/" and a decimal prefix length (no sign, no leading zero) in 0..32 or 0..128.
 * Surrounding white space is ignored. Netmask forms ("10.0.0.0/255.0.0.0") are not accepted.
 *
 * Printing is canonical: dotted quad for IPv4 and RFC 5952 section 4 for IPv6 (lower case, no
 * leading zeros, the longest run of two or more zero groups compressed to "::", the first such
 * run on a tie). The section 5 mixed notation for IPv4-mapped addresses is not used, matching
 * Python 3.11's ipaddress module.
 */
class Cidr
{
public:
    enum class Family { IPv4, IPv6 };

    /// Why parse() refused a text; `suggestion` is a corrected block when one is obvious
    /// ("10.0.0.0/16" for "10.0.0.1/16"), otherwise empty.
    struct ParseError
    {
        QString message;
        QString suggestion;
    };

    /// A 128-bit address value: for IPv4 `high` is 0 and the address is the low 32 bits of `low`.
    struct Value128
    {
        quint64 high = 0;
        quint64 low = 0;
        auto operator<=>(const Value128 &) const = default;
        bool operator==(const Value128 &) const = default;
    };

    Cidr() = default;

    /// Parses "10.0.0.0/16" or "2001:db8::/56". Strict: a block with host bits set is an error
    /// ("host bits set: 10.0.0.1/16 is not a network address", suggestion "10.0.0.0/16").
    /// Other errors: missing '/', prefix length out of range, a malformed octet (named by its
    /// position) or IPv6 group. Returns std::nullopt and fills *error (when given) on failure.
    static std::optional<Cidr> parse(QStringView text, ParseError *error = nullptr);

    /// As parse(), but host bits are masked off ("10.0.0.1/16" -> 10.0.0.0/16), like Python's
    /// ipaddress.ip_network(text, strict=False).
    static std::optional<Cidr> parseLoose(QStringView text);

    /// The block of `prefixLength` containing `address` (host bits masked off). prefixLength is
    /// clamped to 0..addressBits of the family; for IPv4 only the low 32 bits of address.low count.
    static Cidr fromValue(Family family, Value128 address, int prefixLength);

    Family family() const { return m_family; }
    bool isIPv4() const { return m_family == Family::IPv4; }
    int prefixLength() const { return m_prefixLength; }
    /// 32 for IPv4, 128 for IPv6.
    int addressBits() const { return isIPv4() ? 32 : 128; }

    /// Canonical text, e.g. "10.0.0.0/16", "2001:db8::/56".
    QString toString() const;
    /// The network address (first address) without prefix, e.g. "10.0.0.0".
    QString networkAddress() const;
    /// The last address of the block (the IPv4 broadcast address), e.g. "10.0.255.255".
    QString lastAddress() const;

    /// Numeric first and last addresses (for interval arithmetic: AddressPlan, OverlapFinder).
    Value128 networkValue() const { return {m_high, m_low}; }
    Value128 lastValue() const;

    /// True when every address of `other` is in this block (same family; a block contains itself).
    bool contains(const Cidr &other) const;
    /// True when the two blocks share at least one address (same family only). For CIDR blocks
    /// this is "one contains the other" (RFC 4632 section 3.1: blocks nest or are disjoint).
    bool overlaps(const Cidr &other) const;

    /// Number of addresses, 2^(addressBits - prefixLength); exact as a double (a power of two).
    double addressCount() const;

    /// Addresses usable for hosts in an AWS VPC subnet of this size: 2^(bits-prefix) - 5, never
    /// below 0. AWS reserves the first four addresses and the last one of every subnet CIDR block
    /// (Amazon VPC User Guide, "Subnet CIDR blocks" / subnet-sizing.html; EC2 API Reference,
    /// CreateSubnet; the same five are reserved in IPv6 subnets). Saturates at the largest qint64
    /// for IPv6 blocks of /66 and larger.
    qint64 awsUsableAddressCount() const;

    /// All sub-blocks of `newPrefixLength`, in address order; e.g. 10.0.0.0/16 split at 18 gives
    /// four /18 blocks. Empty when newPrefixLength is outside prefixLength()..addressBits(), or
    /// when the split would produce more than 2^24 blocks (the caller bounds the count).
    QList<Cidr> split(int newPrefixLength) const;

    bool operator==(const Cidr &other) const
    {
        return m_family == other.m_family && m_high == other.m_high && m_low == other.m_low
            && m_prefixLength == other.m_prefixLength;
    }
    /// Orders by family (IPv4 first), then network address, then prefix length (shorter first).
    bool operator<(const Cidr &other) const;

private:
    Cidr(Family family, quint64 high, quint64 low, int prefixLength)
        : m_family(family), m_high(high), m_low(low), m_prefixLength(prefixLength)
    {
    }

    Family m_family = Family::IPv4;
    quint64 m_high = 0;
    quint64 m_low = 0;
    int m_prefixLength = 0;
};

size_t qHash(const Cidr &cidr, size_t seed = 0) noexcept;

} // namespace Scaleplan
