#include "model/validation/networkrules.h"

#include "model/fieldpath.h"

namespace Scaleplan::NetworkRules {

using RuleSupport::makeDiagnostic;
using RuleSupport::text;

namespace {

const QString kVpcGuide = QStringLiteral("Amazon VPC User Guide, \"VPC CIDR blocks\"");
const QString kSubnetGuide = QStringLiteral("Amazon VPC User Guide, \"Subnet CIDR blocks\"");
constexpr int kMinVpcPrefix = 16; // largest VPC / subnet IPv4 block
constexpr int kMaxVpcPrefix = 28; // smallest VPC / subnet IPv4 block
constexpr int kMaxIpv4BlocksPerVpc = 5; // default quota, Amazon VPC User Guide "Amazon VPC quotas"

/// The block a value denotes for the other rules: strictly parsed, or the corrected block when
/// the only problem is a fixable one (host bits set); std::nullopt when unusable.
std::optional<Cidr> usableCidr(const QVariant &value)
{
    const QString s = text(value);
    if (s.isEmpty())
        return std::nullopt;
    Cidr::ParseError error;
    if (auto cidr = Cidr::parse(s, &error))
        return cidr;
    if (!error.suggestion.isEmpty())
        return Cidr::parse(error.suggestion);
    return std::nullopt;
}

/// "16379" -> "16,379" (thousands separated by commas, as the AWS documentation writes counts).
QString formatCount(qint64 n)
{
    QString digits = QString::number(n);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

void checkSyntax(const DesignData &design, const DesignObject &object, const QString &path, QList<Diagnostic> &out)
{
    const QVariant value = object.field(path);
    if (!value.isValid())
        return;
    const QString s = text(value);
    Cidr::ParseError error;
    if (!s.isEmpty() && Cidr::parse(s, &error))
        return;
    if (s.isEmpty())
        error.message = QStringLiteral("expected a CIDR block such as 10.0.0.0/16 as text");
    Diagnostic d = makeDiagnostic(design, object, Severity::Error, QStringLiteral("cidr.syntax"), path,
        QStringLiteral("%1 \"%2\" is not a valid CIDR block: %3 (RFC 4632 section 3.1: a block is a network address "
                       "whose host bits are zero, followed by a prefix length).")
            .arg(path, s, error.message));
    if (!error.suggestion.isEmpty()) {
        d.fix = {FieldChange{object.id, path, error.suggestion}};
        d.fixDescription = QStringLiteral("Use the network address: %1.").arg(error.suggestion);
    }
    out.append(d);
}

/// The VPC's IPv4/IPv6 blocks with their field paths: primary first, then the secondaries.
QList<QPair<QString, Cidr>> vpcBlocks(const DesignObject &vpc)
{
    QList<QPair<QString, Cidr>> blocks;
    if (auto primary = usableCidr(vpc.field(QStringLiteral("CidrBlock"))))
        blocks.append({QStringLiteral("CidrBlock"), *primary});
    const QVariantList secondaries = vpc.field(QStringLiteral("SecondaryCidrBlocks")).toList();
    for (int i = 0; i < secondaries.size(); ++i) {
        if (auto block = usableCidr(secondaries.at(i)))
            blocks.append({FieldPath::element(QStringLiteral("SecondaryCidrBlocks"), i), *block});
    }
    return blocks;
}

QList<ObjectId> subnetsOfVpc(const DesignData &design, ObjectId vpcId)
{
    QList<ObjectId> out;
    for (ObjectId id : design.objectsOfKind(ObjectKind::Subnet)) {
        if (design.enclosing(id, ObjectKind::Vpc) == vpcId)
            out.append(id);
    }
    return out;
}

QString tierOf(const DesignObject &subnet)
{
    const QString tier = text(subnet.field(QStringLiteral("Tier"))).toLower();
    if (!tier.isEmpty())
        return tier;
    for (const QString &t : {QStringLiteral("private"), QStringLiteral("public"), QStringLiteral("database")}) {
        if (subnet.name.startsWith(t, Qt::CaseInsensitive))
            return t;
    }
    return {};
}

int ceilLog2(qint64 n)
{
    int bits = 0;
    while ((qint64(1) << bits) < n)
        ++bits;
    return bits;
}

Diagnostic vpcSizeDiagnostic(const DesignData &design, const DesignObject &vpc, const QString &path, const Cidr &block)
{
    const bool tooLarge = block.prefixLength() < kMinVpcPrefix;
    Diagnostic d = makeDiagnostic(design, vpc, Severity::Error, QStringLiteral("aws.vpc.cidr-size"), path,
        QStringLiteral("VPC block %1 is too %2: an IPv4 VPC CIDR block must be between /16 (65,536 addresses) and /28 "
                       "(16 addresses) (%3); CreateVpc / AssociateVpcCidrBlock reject a /%4.")
            .arg(block.toString(), tooLarge ? QStringLiteral("large") : QStringLiteral("small"), kVpcGuide)
            .arg(block.prefixLength()));
    return d;
}

void attachReplan(const DesignData &design, const DesignObject &vpc, const Cidr &oldBlock, Diagnostic &d)
{
    const std::optional<VpcPlan> plan = planVpc(design, vpc.id);
    if (!plan)
        return;
    d.fix.append(FieldChange{vpc.id, QStringLiteral("CidrBlock"), plan->vpcBlock.toString()});
    // Describe the plan grouped by size: "private-a 10.0.0.0/18, ..." per prefix length.
    QStringList groups;
    int currentPrefix = -1;
    QStringList names;
    auto flush = [&]() {
        if (names.isEmpty())
            return;
        const Cidr sample = Cidr::fromValue(Cidr::Family::IPv4, {}, currentPrefix);
        groups.append(QStringLiteral("/%1 (%2 usable addresses each): %3")
                          .arg(currentPrefix)
                          .arg(formatCount(sample.awsUsableAddressCount()), names.join(QStringLiteral(", "))));
        names.clear();
    };
    for (const SubnetPlan &s : plan->subnets) {
        d.fix.append(FieldChange{s.subnetId, QStringLiteral("CidrBlock"), s.block.toString()});
        if (s.block.prefixLength() != currentPrefix) {
            flush();
            currentPrefix = s.block.prefixLength();
        }
        names.append(QStringLiteral("%1 %2").arg(design.object(s.subnetId)->name, s.block.toString()));
    }
    flush();
    d.fixDescription = QStringLiteral("Re-plan %1 as %2 (the first /16 of %3)").arg(vpc.name, plan->vpcBlock.toString(), oldBlock.toString());
    if (!groups.isEmpty())
        d.fixDescription += QStringLiteral(" with new subnet blocks %1").arg(groups.join(QStringLiteral("; ")));
    d.fixDescription += QLatin1Char('.');
}

void checkVpc(const DesignData &design, const DesignObject &vpc, QList<Diagnostic> &out)
{
    checkSyntax(design, vpc, QStringLiteral("CidrBlock"), out);
    const QVariantList secondaries = vpc.field(QStringLiteral("SecondaryCidrBlocks")).toList();
    for (int i = 0; i < secondaries.size(); ++i)
        checkSyntax(design, vpc, FieldPath::element(QStringLiteral("SecondaryCidrBlocks"), i), out);

    const QList<QPair<QString, Cidr>> blocks = vpcBlocks(vpc);
    int ipv4Count = 0;
    for (int i = 0; i < blocks.size(); ++i) {
        const auto &[path, block] = blocks.at(i);
        if (!block.isIPv4())
            continue;
        ++ipv4Count;
        if (block.prefixLength() < kMinVpcPrefix || block.prefixLength() > kMaxVpcPrefix) {
            Diagnostic d = vpcSizeDiagnostic(design, vpc, path, block);
            if (path == QLatin1String("CidrBlock") && block.prefixLength() < kMinVpcPrefix)
                attachReplan(design, vpc, block, d);
            out.append(d);
        }
    }
    if (ipv4Count > kMaxIpv4BlocksPerVpc) {
        out.append(makeDiagnostic(design, vpc, Severity::Error, QStringLiteral("aws.vpc.cidr-count"),
            QStringLiteral("SecondaryCidrBlocks"),
            QStringLiteral("The VPC has %1 IPv4 CIDR blocks, more than the default quota of %2 per VPC (primary plus "
                           "secondaries; Amazon VPC User Guide, \"Amazon VPC quotas\", IPv4 CIDR blocks per VPC - "
                           "adjustable up to 50 by a quota increase).")
                .arg(ipv4Count)
                .arg(kMaxIpv4BlocksPerVpc)));
    }
    for (int i = 1; i < blocks.size(); ++i) {
        for (int j = 0; j < i; ++j) {
            if (!blocks.at(i).second.overlaps(blocks.at(j).second))
                continue;
            out.append(makeDiagnostic(design, vpc, Severity::Error, QStringLiteral("aws.vpc.secondary-overlap"),
                blocks.at(i).first,
                QStringLiteral("Secondary block %1 overlaps %2 (%3); a CIDR block associated with a VPC must not overlap "
                               "the VPC's existing blocks (%4; AssociateVpcCidrBlock rejects it).")
                    .arg(blocks.at(i).second.toString(), blocks.at(j).first, blocks.at(j).second.toString(), kVpcGuide)));
            break;
        }
    }

    // Availability Zone count against the zones that actually hold subnets.
    const QVariant declared = vpc.field(QStringLiteral("AvailabilityZoneCount"));
    if (const std::optional<qint64> count = RuleSupport::integer(declared)) {
        QStringList zonesWithSubnets;
        for (ObjectId zoneId : design.children(vpc.id)) {
            const DesignObject &zone = *design.object(zoneId);
            if (zone.kind != ObjectKind::AvailabilityZone)
                continue;
            for (ObjectId child : design.children(zoneId)) {
                if (design.object(child)->kind == ObjectKind::Subnet) {
                    zonesWithSubnets.append(zone.name);
                    break;
                }
            }
        }
        if (*count != zonesWithSubnets.size()) {
            out.append(makeDiagnostic(design, vpc, Severity::Warning, QStringLiteral("aws.vpc.az-count"),
                QStringLiteral("AvailabilityZoneCount"),
                QStringLiteral("AvailabilityZoneCount is %1 but %2 Availability Zone%3 of the VPC hold%4 subnets%5; a "
                               "subnet lives in exactly one zone, so workloads, load balancers and databases can only "
                               "spread over zones that have subnets (Amazon VPC User Guide, \"Subnets for your VPC\").")
                    .arg(*count)
                    .arg(zonesWithSubnets.size())
                    .arg(zonesWithSubnets.size() == 1 ? QString() : QStringLiteral("s"),
                         zonesWithSubnets.size() == 1 ? QStringLiteral("s") : QString(),
                         zonesWithSubnets.isEmpty() ? QString()
                                                    : QStringLiteral(" (%1)").arg(zonesWithSubnets.join(QStringLiteral(", "))))));
        }
    }
}

void checkSubnet(const DesignData &design, const DesignObject &subnet, const QHash<ObjectId, QList<ObjectId>> &subnetsByVpc,
                 QList<Diagnostic> &out)
{
    checkSyntax(design, subnet, QStringLiteral("CidrBlock"), out);
    const std::optional<Cidr> block = usableCidr(subnet.field(QStringLiteral("CidrBlock")));
    if (!block)
        return;
    if (block->isIPv4() && (block->prefixLength() < kMinVpcPrefix || block->prefixLength() > kMaxVpcPrefix)) {
        out.append(makeDiagnostic(design, subnet, Severity::Error, QStringLiteral("aws.subnet.cidr-size"),
            QStringLiteral("CidrBlock"),
            QStringLiteral("Subnet block %1 is outside the allowed sizes: an IPv4 subnet must be between /16 and /28 "
                           "(%2; CreateSubnet rejects a /%3).")
                .arg(block->toString(), kSubnetGuide)
                .arg(block->prefixLength())));
    }
    const ObjectId vpcId = design.enclosing(subnet.id, ObjectKind::Vpc);
    if (!vpcId)
        return;
    const DesignObject &vpc = *design.object(vpcId);
    const QList<QPair<QString, Cidr>> blocks = vpcBlocks(vpc);
    if (!blocks.isEmpty()) {
        bool inside = false;
        QStringList names;
        for (const auto &b : blocks) {
            inside = inside || b.second.contains(*block);
            names.append(b.second.toString());
        }
        if (!inside) {
            out.append(makeDiagnostic(design, subnet, Severity::Error, QStringLiteral("aws.subnet.outside-vpc"),
                QStringLiteral("CidrBlock"),
                QStringLiteral("Subnet block %1 is not inside any CIDR block of VPC %2 (%3); a subnet's block must be a "
                               "subset of one of its VPC's blocks (%4).")
                    .arg(block->toString(), vpc.name, names.join(QStringLiteral(", ")), kSubnetGuide)));
        }
    }
    // Overlap with an earlier subnet of the same VPC (each pair reported once, on the later one).
    for (ObjectId otherId : subnetsByVpc.value(vpcId)) {
        if (otherId == subnet.id)
            break;
        const DesignObject &other = *design.object(otherId);
        const std::optional<Cidr> otherBlock = usableCidr(other.field(QStringLiteral("CidrBlock")));
        if (!otherBlock || !otherBlock->overlaps(*block))
            continue;
        out.append(makeDiagnostic(design, subnet, Severity::Error, QStringLiteral("aws.subnet.overlap"),
            QStringLiteral("CidrBlock"),
            QStringLiteral("Subnet block %1 overlaps %2 (%3) in the same VPC; the subnets of a VPC must not overlap (%4; "
                           "CreateSubnet fails with InvalidSubnet.Conflict).")
                .arg(block->toString(), design.pathOf(otherId), otherBlock->toString(), kSubnetGuide)));
    }
}

void checkEksCluster(const DesignData &design, const DesignObject &cluster, QList<Diagnostic> &out)
{
    const QString path = QStringLiteral("KubernetesNetworkConfig.ServiceIpv4Cidr");
    checkSyntax(design, cluster, path, out);
    const std::optional<Cidr> block = usableCidr(cluster.field(path));
    if (!block)
        return;
    const QString apiRef = QStringLiteral("Amazon EKS API Reference, KubernetesNetworkConfigRequest.serviceIpv4Cidr");
    static const QList<Cidr> privateRanges = {*Cidr::parse(u"10.0.0.0/8"), *Cidr::parse(u"172.16.0.0/12"),
                                              *Cidr::parse(u"192.168.0.0/16")};
    bool inPrivate = false;
    for (const Cidr &range : privateRanges)
        inPrivate = inPrivate || range.contains(*block);
    if (!block->isIPv4() || !inPrivate || block->prefixLength() < 12 || block->prefixLength() > 24) {
        out.append(makeDiagnostic(design, cluster, Severity::Error, QStringLiteral("aws.eks.service-cidr-range"), path,
            QStringLiteral("Service CIDR %1 is not accepted by EKS: it must lie within 10.0.0.0/8, 172.16.0.0/12 or "
                           "192.168.0.0/16 and be between /12 and /24 (%2).")
                .arg(block->toString(), apiRef)));
    }
    const ObjectId vpcId = design.enclosing(cluster.id, ObjectKind::Vpc);
    if (!vpcId)
        return;
    const DesignObject &vpc = *design.object(vpcId);
    for (const auto &[vpcPath, vpcBlock] : vpcBlocks(vpc)) {
        if (!vpcBlock.overlaps(*block))
            continue;
        out.append(makeDiagnostic(design, cluster, Severity::Warning, QStringLiteral("aws.eks.service-cidr-overlap"), path,
            QStringLiteral("Service CIDR %1 overlaps VPC %2's block %3 (%4): Kubernetes Service ClusterIPs would shadow "
                           "VPC addresses, so pods could not reach nodes, subnets or endpoints in the overlap. EKS "
                           "requires the block not to overlap the VPC or networks connected to it (%5).")
                .arg(block->toString(), vpc.name, vpcBlock.toString(), vpcPath, apiRef)));
        break;
    }
}

} // namespace

std::optional<VpcPlan> planVpc(const DesignData &design, ObjectId vpcId)
{
    const DesignObject *vpc = design.object(vpcId);
    if (!vpc)
        return std::nullopt;
    const std::optional<Cidr> primary = usableCidr(vpc->field(QStringLiteral("CidrBlock")));
    if (!primary || !primary->isIPv4() || primary->prefixLength() > kMinVpcPrefix)
        return std::nullopt;
    VpcPlan plan;
    plan.vpcBlock = Cidr::fromValue(Cidr::Family::IPv4, primary->networkValue(), kMinVpcPrefix);

    // Subnets inside a (valid) secondary block keep their blocks; a secondary overlapping the new
    // primary makes the plan invalid.
    QList<Cidr> secondaries;
    const QList<QPair<QString, Cidr>> blocks = vpcBlocks(*vpc);
    for (int i = 1; i < blocks.size(); ++i) {
        const Cidr &b = blocks.at(i).second;
        if (!b.isIPv4())
            continue;
        if (b.overlaps(plan.vpcBlock))
            return std::nullopt;
        if (b.prefixLength() >= kMinVpcPrefix && b.prefixLength() <= kMaxVpcPrefix)
            secondaries.append(b);
    }
    QList<ObjectId> tiers[4]; // private, public, database, other
    for (ObjectId id : subnetsOfVpc(design, vpcId)) {
        const DesignObject &subnet = *design.object(id);
        const std::optional<Cidr> block = usableCidr(subnet.field(QStringLiteral("CidrBlock")));
        bool inSecondary = false;
        for (const Cidr &s : secondaries)
            inSecondary = inSecondary || (block && s.contains(*block));
        if (inSecondary)
            continue;
        const QString tier = tierOf(subnet);
        const int index = tier == QLatin1String("private") ? 0
            : tier == QLatin1String("public")               ? 1
            : tier == QLatin1String("database")             ? 2
                                                            : 3;
        tiers[index].append(id);
    }
    const qint64 privateCount = tiers[0].size();
    const qint64 otherCount = tiers[1].size() + tiers[2].size() + tiers[3].size();
    const qint64 vpcSize = qint64(1) << (32 - kMinVpcPrefix);
    int privatePrefix = 0;
    int otherPrefix = 0;
    if (privateCount == 0 || otherCount == 0) {
        const int prefix = kMinVpcPrefix + ceilLog2(std::max<qint64>(1, privateCount + otherCount));
        if (prefix > kMaxVpcPrefix)
            return std::nullopt;
        privatePrefix = otherPrefix = prefix;
    } else {
        for (int p = kMinVpcPrefix + ceilLog2(privateCount); p <= kMaxVpcPrefix && otherPrefix == 0; ++p) {
            const qint64 remaining = vpcSize - privateCount * (qint64(1) << (32 - p));
            if (remaining <= 0)
                continue;
            for (int q = p; q <= kMaxVpcPrefix; ++q) {
                if (otherCount * (qint64(1) << (32 - q)) <= remaining) {
                    privatePrefix = p;
                    otherPrefix = q;
                    break;
                }
            }
        }
        if (otherPrefix == 0)
            return std::nullopt;
    }
    // Allocate in descending size order: each block starts at a multiple of its own size.
    const quint64 base = plan.vpcBlock.networkValue().low;
    quint64 offset = 0;
    for (int t = 0; t < 4; ++t) {
        const int prefix = t == 0 ? privatePrefix : otherPrefix;
        for (ObjectId id : tiers[t]) {
            plan.subnets.append(SubnetPlan{id, Cidr::fromValue(Cidr::Family::IPv4, {0, base + offset}, prefix)});
            offset += quint64(1) << (32 - prefix);
        }
    }
    return plan;
}

QList<RuleSupport::RuleInfo> rules()
{
    return {
        {QStringLiteral("aws.eks.service-cidr-overlap"), Severity::Warning,
         QStringLiteral("EKS service CIDR overlapping a block of the cluster's VPC"),
         QStringLiteral("Amazon EKS API Reference, KubernetesNetworkConfigRequest.serviceIpv4Cidr")},
        {QStringLiteral("aws.eks.service-cidr-range"), Severity::Error,
         QStringLiteral("EKS service CIDR outside 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or not /12../24"),
         QStringLiteral("Amazon EKS API Reference, KubernetesNetworkConfigRequest.serviceIpv4Cidr")},
        {QStringLiteral("aws.subnet.cidr-size"), Severity::Error, QStringLiteral("Subnet IPv4 block not /16../28"),
         QStringLiteral("Amazon VPC User Guide, Subnet CIDR blocks")},
        {QStringLiteral("aws.subnet.outside-vpc"), Severity::Error,
         QStringLiteral("Subnet block not inside any block of its VPC"),
         QStringLiteral("Amazon VPC User Guide, Subnet CIDR blocks")},
        {QStringLiteral("aws.subnet.overlap"), Severity::Error,
         QStringLiteral("Two subnets of one VPC overlap (reported once, on the later one)"),
         QStringLiteral("Amazon VPC User Guide, Subnet CIDR blocks")},
        {QStringLiteral("aws.vpc.az-count"), Severity::Warning,
         QStringLiteral("AvailabilityZoneCount differs from the zones that hold subnets"),
         QStringLiteral("Amazon VPC User Guide, Subnets for your VPC")},
        {QStringLiteral("aws.vpc.cidr-count"), Severity::Error, QStringLiteral("More than 5 IPv4 blocks in a VPC"),
         QStringLiteral("Amazon VPC User Guide, Amazon VPC quotas")},
        {QStringLiteral("aws.vpc.cidr-size"), Severity::Error,
         QStringLiteral("VPC IPv4 block not /16../28 (fix: re-plan the VPC as its first /16 and re-plan its subnets)"),
         QStringLiteral("Amazon VPC User Guide, VPC CIDR blocks")},
        {QStringLiteral("aws.vpc.secondary-overlap"), Severity::Error,
         QStringLiteral("Secondary VPC block overlapping the primary or another secondary"),
         QStringLiteral("Amazon VPC User Guide, VPC CIDR blocks")},
        {QStringLiteral("cidr.syntax"), Severity::Error,
         QStringLiteral("Malformed CIDR, prefix out of range or host bits set (fix: the network address)"),
         QStringLiteral("RFC 4632 section 3.1")},
    };
}

void check(const DesignData &design, QList<Diagnostic> &out)
{
    QHash<ObjectId, QList<ObjectId>> subnetsByVpc; // in preorder
    for (ObjectId id : design.objectsOfKind(ObjectKind::Subnet))
        subnetsByVpc[design.enclosing(id, ObjectKind::Vpc)].append(id);
    for (ObjectId id : design.preorder()) {
        const DesignObject &object = *design.object(id);
        switch (object.kind) {
        case ObjectKind::Vpc:
            checkVpc(design, object, out);
            break;
        case ObjectKind::Subnet:
            checkSubnet(design, object, subnetsByVpc, out);
            break;
        case ObjectKind::EksCluster:
            checkEksCluster(design, object, out);
            break;
        default:
            break;
        }
    }
}

} // namespace Scaleplan::NetworkRules
