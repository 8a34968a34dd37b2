#pragma once

#include "model/cidr/cidr.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Scaleplan {

/**
 * Proposes subnets for a VPC: every tier gets one aligned block per Availability Zone, blocks never
 * overlap, and each tier keeps room to grow.
 *
 * Algorithm (stateless): tiers are placed largest block first (ties keep the caller's order), the
 * zones of one tier next to each other (tier A: a, b, c; tier B: a, b, c), each block at the lowest
 * free address aligned to its own size (AddressPlan::nextFree). Placing descending power-of-two
 * sizes first-fit leaves no gaps, so a plan fails only when the sizes add up to more than the VPC.
 * Room to grow: after each tier's blocks the next block of the same size is kept free (for a
 * further zone or a second subnet of the tier), when the whole plan still fits that way;
 * otherwise the plan is packed without those gaps and says so in `notes`.
 *
 * Limits (Amazon VPC User Guide, "Subnet CIDR blocks"): IPv4 only; subnet blocks /16../28; usable
 * addresses 2^(32 - p) - 5 (the first four and the last are reserved).
 */
class SubnetPlanner
{
public:
    /// One tier: a block size as a prefix length, or (prefixLength 0) a host count the subnet must
    /// hold, turned into the smallest block whose usable count is at least `hosts`.
    struct Tier {
        QString name;
        int prefixLength = 0;
        qint64 hosts = 0;
    };

    struct Allocation {
        QString tier;
        QString availabilityZone;
        Cidr block;
        qint64 usableAddresses = 0; // 2^(32 - p) - 5
    };

    struct Plan {
        bool ok = false;
        QString error;                  // why it does not fit (when !ok), e.g. "needs 98,304 addresses ..."
        QList<Allocation> allocations;  // tier order as placed, zones in the given order
        QList<Cidr> growthBlocks;       // blocks kept free for growth, one per tier
        QList<Cidr> freeBlocks;         // the rest of the VPC not allocated (growth blocks included)
        QStringList notes;
    };

    /// The smallest AWS subnet (largest prefix length, at most /28) with at least `hosts` usable
    /// addresses; std::nullopt when even a /16 (65,531 usable) is too small or hosts < 1.
    /// Example: 200 hosts -> /24 (251 usable; a /25 has 123).
    static std::optional<int> prefixForHosts(qint64 hosts);

    /// Parses a tier argument "NAME=/19", "NAME=19" or "NAME=hosts:200"; std::nullopt and *error
    /// (when given) on bad syntax.
    static std::optional<Tier> parseTier(const QString &text, QString *error = nullptr);

    /// Plans `tiers` x `availabilityZones` inside `vpc`. Errors (ok = false, `error` says which
    /// input and why): an IPv6 VPC block, no zones, no tiers, a duplicate tier name, a tier larger
    /// than /16 or smaller than /28 or larger than the VPC, a host count no subnet can hold, and
    /// a total larger than the VPC (with both figures).
    static Plan plan(const Cidr &vpc, const QStringList &availabilityZones, const QList<Tier> &tiers);
};

} // namespace Scaleplan
