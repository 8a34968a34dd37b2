#pragma once

#include "model/cidr/cidr.h"

#include <QList>

#include <optional>

namespace Scaleplan {

/**
 * Address-plan arithmetic on sets of CIDR blocks: summarising, free space and next free block.
 *
 * Stateless; every function treats its block list as a set of addresses (duplicates and nested
 * blocks are fine) and returns blocks in address order (IPv4 before IPv6). The results are the
 * minimal lists of aligned blocks, the same as Python's ipaddress.collapse_addresses() gives for
 * the same address set; the range-to-blocks step is the one of RFC 4632 section 3.1 ("a
 * contiguous range is expressed as the fewest power-of-two aligned prefixes") as implemented by
 * ipaddress.summarize_address_range().
 */
class AddressPlan
{
public:
    /// Merges adjacent and contained blocks into the minimal list of blocks covering exactly the
    /// same addresses ("10.0.0.0/24" + "10.0.1.0/24" -> "10.0.0.0/23"). Mixed families are
    /// summarised separately, IPv4 first.
    static QList<Cidr> summarise(const QList<Cidr> &blocks);

    /// The addresses of `parent` not in any of `allocated`, as the minimal list of aligned blocks
    /// in address order. Allocated blocks of the other family or outside `parent` are ignored; an
    /// allocated block containing `parent` leaves nothing free.
    static QList<Cidr> freeSpace(const Cidr &parent, const QList<Cidr> &allocated);

    /// The first (lowest-address) block of `prefixLength` inside `parent` that overlaps none of
    /// `allocated`; std::nullopt when none is free or prefixLength is outside
    /// parent.prefixLength()..parent.addressBits().
    static std::optional<Cidr> nextFree(const Cidr &parent, const QList<Cidr> &allocated, int prefixLength);
};

} // namespace Scaleplan
