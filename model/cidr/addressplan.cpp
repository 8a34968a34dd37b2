#include "model/cidr/addressplan.h"

#include <algorithm>
#include <bit>

namespace Scaleplan {

namespace {

using U128 = unsigned __int128;

constexpr U128 kMax128 = ~U128(0);

struct Range
{
    U128 first = 0;
    U128 last = 0;
};

U128 toU128(Cidr::Value128 v) { return (U128(v.high) << 64) | v.low; }
Cidr::Value128 toValue(U128 v) { return {quint64(v >> 64), quint64(v)}; }

Range rangeOf(const Cidr &cidr) { return {toU128(cidr.networkValue()), toU128(cidr.lastValue())}; }

int trailingZeros(U128 v)
{
    const quint64 low = quint64(v);
    if (low != 0)
        return std::countr_zero(low);
    const quint64 high = quint64(v >> 64);
    return high != 0 ? 64 + std::countr_zero(high) : 128;
}

int bitLength(U128 v)
{
    const quint64 high = quint64(v >> 64);
    if (high != 0)
        return 128 - std::countl_zero(high);
    return 64 - std::countl_zero(quint64(v));
}

/// Sorted, merged ranges of the blocks of one family: overlapping and adjacent ranges join.
QList<Range> mergedRanges(const QList<Cidr> &blocks, Cidr::Family family)
{
    QList<Range> ranges;
    for (const Cidr &block : blocks) {
        if (block.family() == family)
            ranges.append(rangeOf(block));
    }
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.first < b.first; });
    QList<Range> merged;
    for (const Range &r : ranges) {
        if (!merged.isEmpty()) {
            Range &back = merged.last();
            if (back.last == kMax128 || r.first <= back.last + 1) {
                back.last = std::max(back.last, r.last);
                continue;
            }
        }
        merged.append(r);
    }
    return merged;
}

/// The fewest aligned blocks covering [first, last] exactly, in address order
/// (the algorithm of Python's ipaddress.summarize_address_range).
void appendRangeBlocks(Cidr::Family family, U128 first, U128 last, QList<Cidr> *out)
{
    const int bits = family == Cidr::Family::IPv4 ? 32 : 128;
    while (true) {
        const int alignment = std::min(trailingZeros(first), bits);
        const U128 span = last - first; // count - 1
        const int fits = span == kMax128 ? 128 : bitLength(span + 1) - 1;
        const int hostBits = std::min(alignment, fits);
        out->append(Cidr::fromValue(family, toValue(first), bits - hostBits));
        if (hostBits >= 128)
            return;
        const U128 blockLast = first + ((U128(1) << hostBits) - 1);
        if (blockLast >= last)
            return;
        first = blockLast + 1;
    }
}

} // namespace

QList<Cidr> AddressPlan::summarise(const QList<Cidr> &blocks)
{
    QList<Cidr> out;
    for (Cidr::Family family : {Cidr::Family::IPv4, Cidr::Family::IPv6}) {
        for (const Range &r : mergedRanges(blocks, family))
            appendRangeBlocks(family, r.first, r.last, &out);
    }
    return out;
}

QList<Cidr> AddressPlan::freeSpace(const Cidr &parent, const QList<Cidr> &allocated)
{
    const Range whole = rangeOf(parent);
    QList<Cidr> inside;
    for (const Cidr &block : allocated) {
        if (block.contains(parent))
            return {};
        if (parent.contains(block))
            inside.append(block);
    }
    QList<Cidr> out;
    U128 cursor = whole.first; // first address not yet known to be free or used
    bool done = false;
    for (const Range &used : mergedRanges(inside, parent.family())) {
        if (used.first > cursor)
            appendRangeBlocks(parent.family(), cursor, used.first - 1, &out);
        if (used.last >= whole.last) {
            done = true;
            break;
        }
        cursor = used.last + 1;
    }
    if (!done)
        appendRangeBlocks(parent.family(), cursor, whole.last, &out);
    return out;
}

std::optional<Cidr> AddressPlan::nextFree(const Cidr &parent, const QList<Cidr> &allocated, int prefixLength)
{
    if (prefixLength < parent.prefixLength() || prefixLength > parent.addressBits())
        return std::nullopt;
    // The free-space blocks are maximal aligned blocks, so any free aligned block of the wanted
    // size lies inside one of them; the first one large enough starts the first such block.
    for (const Cidr &free : freeSpace(parent, allocated)) {
        if (free.prefixLength() <= prefixLength)
            return Cidr::fromValue(parent.family(), free.networkValue(), prefixLength);
    }
    return std::nullopt;
}

} // namespace Scaleplan
