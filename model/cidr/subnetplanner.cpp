#include "model/cidr/subnetplanner.h"

#include "model/cidr/addressplan.h"

#include <QSet>

#include <algorithm>

namespace Scaleplan {

namespace {

constexpr int kLargestSubnetPrefix = 16;  // Amazon VPC User Guide, "Subnet CIDR blocks"
constexpr int kSmallestSubnetPrefix = 28;

QString formatCount(qint64 n)
{
    QString digits = QString::number(n);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

struct ResolvedTier {
    QString name;
    int prefixLength = 0;
    int order = 0;
};

/// Places the tiers; std::nullopt when a block finds no room.
std::optional<SubnetPlanner::Plan> place(const Cidr &vpc, const QStringList &zones, const QList<ResolvedTier> &tiers,
                                         bool withGrowth)
{
    SubnetPlanner::Plan plan;
    QList<Cidr> taken;
    for (const ResolvedTier &tier : tiers) {
        for (const QString &zone : zones) {
            const std::optional<Cidr> block = AddressPlan::nextFree(vpc, taken, tier.prefixLength);
            if (!block)
                return std::nullopt;
            taken << *block;
            plan.allocations << SubnetPlanner::Allocation{tier.name, zone, *block, block->awsUsableAddressCount()};
        }
        if (withGrowth) {
            const std::optional<Cidr> growth = AddressPlan::nextFree(vpc, taken, tier.prefixLength);
            if (!growth)
                return std::nullopt;
            taken << *growth;
            plan.growthBlocks << *growth;
        }
    }
    QList<Cidr> allocated;
    for (const auto &a : plan.allocations)
        allocated << a.block;
    plan.freeBlocks = AddressPlan::freeSpace(vpc, allocated);
    plan.ok = true;
    return plan;
}

} // namespace

std::optional<int> SubnetPlanner::prefixForHosts(qint64 hosts)
{
    if (hosts < 1)
        return std::nullopt;
    for (int p = kSmallestSubnetPrefix; p >= kLargestSubnetPrefix; --p) {
        if ((qint64(1) << (32 - p)) - 5 >= hosts)
            return p;
    }
    return std::nullopt;
}

std::optional<SubnetPlanner::Tier> SubnetPlanner::parseTier(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<Tier> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return fail(QStringLiteral("tier \"%1\" is not NAME=/PREFIX or NAME=hosts:COUNT (e.g. private=/19, database=hosts:200)").arg(text));
    Tier tier;
    tier.name = text.left(eq).trimmed();
    QString size = text.mid(eq + 1).trimmed();
    bool ok = false;
    if (size.startsWith(QLatin1String("hosts:"))) {
        tier.hosts = size.mid(6).toLongLong(&ok);
        if (!ok || tier.hosts < 1)
            return fail(QStringLiteral("tier \"%1\": host count \"%2\" is not a positive whole number").arg(tier.name, size.mid(6)));
        return tier;
    }
    if (size.startsWith(QLatin1Char('/')))
        size.remove(0, 1);
    tier.prefixLength = size.toInt(&ok);
    if (!ok || tier.prefixLength < 0 || tier.prefixLength > 32)
        return fail(QStringLiteral("tier \"%1\": size \"%2\" is not a prefix length /0../32 or hosts:COUNT")
                        .arg(tier.name, text.mid(eq + 1).trimmed()));
    if (tier.prefixLength == 0)
        return fail(QStringLiteral("tier \"%1\": /0 is not a subnet size").arg(tier.name));
    return tier;
}

SubnetPlanner::Plan SubnetPlanner::plan(const Cidr &vpc, const QStringList &availabilityZones, const QList<Tier> &tiers)
{
    Plan failed;
    auto fail = [&](const QString &why) {
        failed.error = why;
        return failed;
    };
    if (!vpc.isIPv4())
        return fail(QStringLiteral("%1 is an IPv6 block: the planner plans IPv4 subnets (every IPv6 subnet is a /64 of "
                                   "the VPC's /56)").arg(vpc.toString()));
    if (availabilityZones.isEmpty())
        return fail(QStringLiteral("no Availability Zones given"));
    if (tiers.isEmpty())
        return fail(QStringLiteral("no tiers given"));
    QList<ResolvedTier> resolved;
    QSet<QString> names;
    for (const Tier &tier : tiers) {
        if (names.contains(tier.name))
            return fail(QStringLiteral("tier \"%1\" is given twice").arg(tier.name));
        names.insert(tier.name);
        int prefix = tier.prefixLength;
        if (prefix == 0) {
            const std::optional<int> fit = prefixForHosts(tier.hosts);
            if (!fit)
                return fail(QStringLiteral("tier \"%1\": %2 hosts do not fit in one subnet; the largest AWS subnet, a /16, "
                                           "has 65,531 usable addresses").arg(tier.name, formatCount(tier.hosts)));
            prefix = *fit;
        }
        if (prefix < kLargestSubnetPrefix || prefix > kSmallestSubnetPrefix)
            return fail(QStringLiteral("tier \"%1\": /%2 is outside the AWS subnet sizes /16../28 (Amazon VPC User Guide, "
                                       "\"Subnet CIDR blocks\")").arg(tier.name).arg(prefix));
        if (prefix < vpc.prefixLength())
            return fail(QStringLiteral("tier \"%1\": a /%2 subnet is larger than the VPC block %3")
                            .arg(tier.name).arg(prefix).arg(vpc.toString()));
        resolved << ResolvedTier{tier.name, prefix, int(resolved.size())};
    }
    std::stable_sort(resolved.begin(), resolved.end(),
                     [](const ResolvedTier &a, const ResolvedTier &b) { return a.prefixLength < b.prefixLength; });

    qint64 needed = 0;
    QStringList parts;
    for (const ResolvedTier &t : resolved) {
        needed += qint64(availabilityZones.size()) << (32 - t.prefixLength);
        parts << QStringLiteral("%1 x /%2 %3").arg(availabilityZones.size()).arg(t.prefixLength).arg(t.name);
    }
    const qint64 size = qint64(vpc.addressCount());
    if (needed > size) {
        return fail(QStringLiteral("the plan needs %1 addresses (%2) but %3 has %4; use a larger VPC block or smaller tiers")
                        .arg(formatCount(needed), parts.join(QStringLiteral(" + ")), vpc.toString(), formatCount(size)));
    }
    if (std::optional<Plan> withGrowth = place(vpc, availabilityZones, resolved, true))
        return *withGrowth;
    std::optional<Plan> packed = place(vpc, availabilityZones, resolved, false);
    if (!packed) // cannot happen: descending aligned sizes pack without gaps
        return fail(QStringLiteral("no aligned placement found"));
    packed->notes << QStringLiteral("No room to grow: keeping one free block per tier would need more than %1; the tiers "
                                    "are packed without gaps.").arg(vpc.toString());
    return *packed;
}

} // namespace Scaleplan
