#pragma once

#include "model/cidr/cidr.h"

#include <QList>
#include <QPair>

namespace Scaleplan {

/**
 * Finds every pair of overlapping CIDR blocks in a list (e.g. the subnets of one VPC).
 *
 * IPv4 blocks are indexed as 1-D boxes [first address, last address] in a Boost.Geometry R-tree
 * (boost/geometry/index/rtree.hpp, bulk-loaded with the packing algorithm; queried with
 * bgi::intersects, Boost.Geometry "Spatial Indexes" > "Queries"), so the cost is about
 * O(n log n + pairs). IPv6 blocks use a sort-and-sweep: CIDR blocks nest or are disjoint
 * (RFC 4632 section 3.1), so after sorting by (first address, size descending) the blocks that
 * contain the current one are exactly those on a stack of still-open blocks. Blocks of different
 * families never overlap.
 */
class OverlapFinder
{
public:
    /// All pairs (i, j), i < j, of indices into `blocks` whose blocks share at least one address
    /// (Cidr::overlaps); each pair once, sorted by i then j. Equal blocks overlap.
    static QList<QPair<int, int>> overlappingPairs(const QList<Cidr> &blocks);
};

} // namespace Scaleplan
