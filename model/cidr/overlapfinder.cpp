#include "model/cidr/overlapfinder.h"

#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/function_output_iterator.hpp>

#include <thread>

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

namespace Scaleplan {

namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

// IPv4 addresses fit exactly in a double (< 2^53), so closed boxes [first, last] on a line
// intersect exactly when the address ranges share an address.
using Point1D = bg::model::point<double, 1, bg::cs::cartesian>;
using Box1D = bg::model::box<Point1D>;
using Entry = std::pair<Box1D, int>;

void findIPv4Pairs(const QList<Cidr> &blocks, const std::vector<int> &indices, QList<QPair<int, int>> *pairs)
{
    std::vector<Entry> entries;
    entries.reserve(indices.size());
    for (int index : indices) {
        const Cidr &block = blocks.at(index);
        entries.emplace_back(Box1D(Point1D(double(block.networkValue().low)), Point1D(double(block.lastValue().low))),
                             index);
    }
    const bgi::rtree<Entry, bgi::rstar<16>> tree(entries.begin(), entries.end()); // packing (STR) bulk load
    // The tree is read-only from here: large inputs are queried from two threads, each over half of
    // the entries into its own list (the caller sorts the union, so the result does not depend on
    // the split). Results go straight into the lists through a function output iterator.
    auto queryRange = [&](std::size_t from, std::size_t to, QList<QPair<int, int>> *out) {
        for (std::size_t i = from; i < to; ++i) {
            const Entry &entry = entries[i];
            const int self = entry.second;
            tree.query(bgi::intersects(entry.first), boost::make_function_output_iterator([&](const Entry &hit) {
                           if (self < hit.second)
                               out->append({self, hit.second});
                       }));
        }
    };
    constexpr std::size_t kParallelThreshold = 20000;
    if (entries.size() < kParallelThreshold || std::thread::hardware_concurrency() < 2) {
        queryRange(0, entries.size(), pairs);
        return;
    }
    const std::size_t half = entries.size() / 2;
    QList<QPair<int, int>> second;
    std::thread worker(queryRange, half, entries.size(), &second);
    queryRange(0, half, pairs);
    worker.join();
    pairs->append(second);
}

void findIPv6Pairs(const QList<Cidr> &blocks, std::vector<int> indices, QList<QPair<int, int>> *pairs)
{
    std::sort(indices.begin(), indices.end(), [&](int a, int b) {
        const Cidr &ca = blocks.at(a);
        const Cidr &cb = blocks.at(b);
        if (ca.networkValue() != cb.networkValue())
            return ca.networkValue() < cb.networkValue();
        return ca.prefixLength() < cb.prefixLength(); // larger block first
    });
    std::vector<int> open; // blocks containing the current start address, outermost first
    for (int index : indices) {
        const Cidr &current = blocks.at(index);
        while (!open.empty() && blocks.at(open.back()).lastValue() < current.networkValue())
            open.pop_back();
        for (int other : open)
            pairs->append({std::min(index, other), std::max(index, other)});
        open.push_back(index);
    }
}

} // namespace

QList<QPair<int, int>> OverlapFinder::overlappingPairs(const QList<Cidr> &blocks)
{
    std::vector<int> v4;
    std::vector<int> v6;
    for (int i = 0; i < blocks.size(); ++i)
        (blocks.at(i).isIPv4() ? v4 : v6).push_back(i);
    QList<QPair<int, int>> pairs;
    if (!v4.empty())
        findIPv4Pairs(blocks, v4, &pairs);
    if (!v6.empty())
        findIPv6Pairs(blocks, std::move(v6), &pairs);
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

} // namespace Scaleplan
