#include "model/validation/addressrules.h"

#include "model/aws/instancecatalog.h"
#include "model/cidr/cidr.h"
#include "model/cidr/overlapfinder.h"
#include "model/cidr/podipcapacity.h"
#include "model/fieldpath.h"
#include "model/quantity.h"

#include <QJsonDocument>

namespace Scaleplan::AddressRules {

using RuleSupport::makeDiagnostic;
using RuleSupport::text;

namespace {

const QString kOverlapRule = QStringLiteral("aws.cidr.overlap");
const QString kCapacityRule = QStringLiteral("eks.pod-ip-capacity");
const QString kIpv6Rule = QStringLiteral("aws.vpc.ipv6");

QString formatCount(qint64 n)
{
    QString digits = QString::number(n);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

/// Strictly parsed, or the corrected block when only host bits are set (cidr.syntax reports that).
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

/// One address range of the design and where it is written.
struct Range {
    ObjectId objectId = 0;
    QString field;
    Cidr block;
};

/// A list field's elements, or a single value, as (path, value) pairs.
QList<QPair<QString, QVariant>> listOrScalar(const DesignObject &object, const QString &path)
{
    QList<QPair<QString, QVariant>> out;
    const QVariant value = object.field(path);
    if (RuleSupport::isList(value)) {
        const QVariantList list = value.toList();
        for (int i = 0; i < list.size(); ++i)
            out.append({FieldPath::element(path, i), list.at(i)});
    } else if (value.isValid()) {
        out.append({path, value});
    }
    return out;
}

/// Every block of a VPC: CidrBlock, SecondaryCidrBlocks[i], Ipv6CidrBlock, Ipv6CidrBlocks[i].
QList<Range> vpcRanges(const DesignObject &vpc)
{
    QList<Range> out;
    for (const QString &path : {QStringLiteral("CidrBlock"), QStringLiteral("SecondaryCidrBlocks"),
                                QStringLiteral("Ipv6CidrBlock"), QStringLiteral("Ipv6CidrBlocks")}) {
        for (const auto &[field, value] : listOrScalar(vpc, path)) {
            if (auto block = usableCidr(value))
                out.append({vpc.id, field, *block});
        }
    }
    return out;
}

QString ownerText(const DesignData &design, const Range &range)
{
    const DesignObject &o = *design.object(range.objectId);
    return QStringLiteral("%1 %2 (%3 %4)").arg(kindName(o.kind), design.pathOf(o.id), range.field, range.block.toString());
}

// ---- aws.cidr.overlap ------------------------------------------------------------------------

void checkOverlaps(const DesignData &design, QList<Diagnostic> &out)
{
    QList<Range> ranges;
    for (ObjectId id : design.preorder()) {
        const DesignObject &o = *design.object(id);
        if (o.kind == ObjectKind::Vpc) {
            ranges.append(vpcRanges(o));
        } else if (o.kind == ObjectKind::EksCluster) {
            const QString path = QStringLiteral("KubernetesNetworkConfig.ServiceIpv4Cidr");
            if (auto block = usableCidr(o.field(path)))
                ranges.append({o.id, path, *block});
        } else if (o.kind == ObjectKind::ExternalNetwork) {
            for (const auto &[field, value] : listOrScalar(o, QStringLiteral("CidrBlocks"))) {
                if (auto block = usableCidr(value))
                    ranges.append({o.id, field, *block});
            }
        }
    }
    QList<Cidr> blocks;
    for (const Range &r : ranges)
        blocks.append(r.block);
    for (const auto &[i, j] : OverlapFinder::overlappingPairs(blocks)) {
        const Range &a = ranges.at(i); // earlier in preorder
        const Range &b = ranges.at(j);
        const DesignObject &oa = *design.object(a.objectId);
        const DesignObject &ob = *design.object(b.objectId);
        // Already reported by NetworkRules: two blocks of one VPC (aws.vpc.secondary-overlap) and a
        // cluster's service CIDR against its own VPC (aws.eks.service-cidr-overlap).
        if (a.objectId == b.objectId && oa.kind == ObjectKind::Vpc)
            continue;
        if (ob.kind == ObjectKind::EksCluster && oa.kind == ObjectKind::Vpc && design.enclosing(ob.id, ObjectKind::Vpc) == oa.id)
            continue;
        const bool external = oa.kind == ObjectKind::ExternalNetwork || ob.kind == ObjectKind::ExternalNetwork;
        const bool service = oa.kind == ObjectKind::EksCluster || ob.kind == ObjectKind::EksCluster;
        QString why;
        if (service) {
            why = QStringLiteral("an EKS service CIDR must not overlap the VPC or any network connected to it, or Service "
                                 "ClusterIPs shadow those addresses (Amazon EKS API Reference, "
                                 "KubernetesNetworkConfigRequest.serviceIpv4Cidr)");
        } else {
            why = QStringLiteral("peered or routed networks must not overlap: VPC peering cannot be created between "
                                 "overlapping blocks and a route table cannot send one destination two ways (Amazon VPC "
                                 "Peering Guide, \"VPC peering limitations\"; Amazon VPC User Guide, \"VPC CIDR blocks\")");
        }
        QString consequence = external
            ? QStringLiteral("The external network is declared as connected, so this breaks routing.")
            : QStringLiteral("It only matters once the two are connected (peering, Transit Gateway, VPN), but then it "
                             "cannot be fixed without renumbering.");
        out.append(makeDiagnostic(design, ob, external ? Severity::Error : Severity::Warning, kOverlapRule, b.field,
            QStringLiteral("%1 overlaps %2: %3. %4")
                .arg(ownerText(design, b), ownerText(design, a), why, consequence)));
    }
}

// ---- aws.vpc.ipv6 ------------------------------------------------------------------------------

/// True for /44../last in steps of 4: the sizes AWS accepts from an IPAM pool.
bool ipamSize(int prefix, int last)
{
    return prefix >= 44 && prefix <= last && prefix % 4 == 0;
}

void checkIpv6(const DesignData &design, QList<Diagnostic> &out)
{
    const QString vpcGuide = QStringLiteral("Amazon VPC User Guide, \"IPv6 VPC CIDR blocks\"");
    const QString subnetGuide = QStringLiteral("Amazon VPC User Guide, \"Subnet CIDR blocks\" (IPv6)");
    for (ObjectId id : design.preorder()) {
        const DesignObject &o = *design.object(id);
        if (o.kind == ObjectKind::Vpc) {
            for (const Range &r : vpcRanges(o)) {
                const int p = r.block.prefixLength();
                if (r.block.isIPv4() || p == 56)
                    continue;
                const bool ipam = ipamSize(p, 60);
                out.append(makeDiagnostic(design, o, ipam ? Severity::Warning : Severity::Error, kIpv6Rule, r.field,
                    ipam ? QStringLiteral("IPv6 VPC block %1 is a /%2: an Amazon-provided IPv6 block is always a /56; a "
                                          "/44../60 block (in steps of /4) only comes from an Amazon VPC IP Address "
                                          "Manager (IPAM) pool, which the design does not model (%3).")
                               .arg(r.block.toString()).arg(p).arg(vpcGuide)
                         : QStringLiteral("IPv6 VPC block %1 is a /%2: AWS assigns IPv6 VPC blocks as /56 (or, from an "
                                          "IPAM pool, /44../60 in steps of /4); a /%2 is never accepted (%3).")
                               .arg(r.block.toString()).arg(p).arg(vpcGuide)));
            }
        } else if (o.kind == ObjectKind::Subnet) {
            QList<Range> subnetRanges;
            for (const QString &path : {QStringLiteral("CidrBlock"), QStringLiteral("Ipv6CidrBlock")}) {
                if (auto block = usableCidr(o.field(path)); block && !block->isIPv4())
                    subnetRanges.append({o.id, path, *block});
            }
            const ObjectId vpcId = design.enclosing(o.id, ObjectKind::Vpc);
            QList<Cidr> vpcIpv6;
            if (vpcId) {
                for (const Range &r : vpcRanges(*design.object(vpcId))) {
                    if (!r.block.isIPv4())
                        vpcIpv6.append(r.block);
                }
            }
            for (const Range &r : subnetRanges) {
                const int p = r.block.prefixLength();
                if (p != 64) {
                    const bool ipam = ipamSize(p, 64);
                    out.append(makeDiagnostic(design, o, ipam ? Severity::Warning : Severity::Error, kIpv6Rule, r.field,
                        ipam ? QStringLiteral("IPv6 subnet block %1 is a /%2: a subnet of an Amazon-provided /56 is a /64; "
                                              "/44../64 in steps of /4 needs the VPC's block from an IPAM pool (%3).")
                                   .arg(r.block.toString()).arg(p).arg(subnetGuide)
                             : QStringLiteral("IPv6 subnet block %1 is a /%2: IPv6 subnets are /64 (or /44../64 in "
                                              "steps of /4 with IPAM); CreateSubnet rejects a /%2 (%3).")
                                   .arg(r.block.toString()).arg(p).arg(subnetGuide)));
                }
                bool inside = vpcIpv6.isEmpty();
                for (const Cidr &v : vpcIpv6)
                    inside = inside || v.contains(r.block);
                if (!inside) {
                    QStringList names;
                    for (const Cidr &v : vpcIpv6)
                        names << v.toString();
                    out.append(makeDiagnostic(design, o, Severity::Error, kIpv6Rule, r.field,
                        QStringLiteral("IPv6 subnet block %1 is not inside the VPC's IPv6 block%2 %3 (%4).")
                            .arg(r.block.toString(), names.size() == 1 ? QString() : QStringLiteral("s"),
                                 names.join(QStringLiteral(", ")), subnetGuide)));
                }
            }
        }
    }
}

// ---- eks.pod-ip-capacity -----------------------------------------------------------------------

PodIpCapacity::CniSettings cniSettings(const DesignData &design, ObjectId clusterId)
{
    for (ObjectId id : design.children(clusterId)) {
        const DesignObject &o = *design.object(id);
        if (o.kind != ObjectKind::EksAddon)
            continue;
        const QString name = text(o.field(QStringLiteral("AddonName"))).isEmpty() ? o.name : text(o.field(QStringLiteral("AddonName")));
        if (name != QLatin1String("vpc-cni"))
            continue;
        QVariant configuration = o.field(QStringLiteral("Configuration"));
        if (configuration.typeId() == QMetaType::QString) // CloudFormation's ConfigurationValues is JSON text
            configuration = QJsonDocument::fromJson(configuration.toString().toUtf8()).toVariant();
        QVariantMap map = configuration.toMap();
        if (RuleSupport::isMap(map.value(QStringLiteral("env")))) // the add-on's JSON schema nests them in "env"
            map.insert(map.value(QStringLiteral("env")).toMap());
        return PodIpCapacity::CniSettings::fromConfiguration(map);
    }
    return {};
}

QString tierOf(const DesignObject &subnet)
{
    const QString tier = text(subnet.field(QStringLiteral("Tier"))).toLower();
    if (!tier.isEmpty())
        return tier;
    return subnet.name.startsWith(QLatin1String("private"), Qt::CaseInsensitive) ? QStringLiteral("private") : QString();
}

/// The instance types a NodePool allows through node.kubernetes.io/instance-type In [...] that the
/// catalogue knows.
QList<const InstanceType *> allowedTypes(const DesignObject &pool)
{
    QList<const InstanceType *> out;
    const QVariantList requirements = pool.field(QStringLiteral("spec.template.spec.requirements")).toList();
    for (const QVariant &r : requirements) {
        const QVariantMap req = r.toMap();
        if (req.value(QStringLiteral("key")).toString() != QLatin1String("node.kubernetes.io/instance-type")
            || req.value(QStringLiteral("operator")).toString() != QLatin1String("In"))
            continue;
        for (const QVariant &v : req.value(QStringLiteral("values")).toList()) {
            if (const InstanceType *t = InstanceCatalog::find(v.toString()))
                out.append(t);
        }
    }
    return out;
}

QString cniText(const PodIpCapacity::CniSettings &s)
{
    QStringList parts;
    parts << (s.prefixDelegation ? QStringLiteral("prefix delegation") : QStringLiteral("secondary IPs (no prefix delegation)"));
    if (s.warmIpTarget)
        parts << QStringLiteral("WARM_IP_TARGET=%1").arg(*s.warmIpTarget);
    if (s.minimumIpTarget)
        parts << QStringLiteral("MINIMUM_IP_TARGET=%1").arg(*s.minimumIpTarget);
    if (!s.usesIpTargets())
        parts << (s.prefixDelegation ? QStringLiteral("WARM_PREFIX_TARGET=%1").arg(s.warmPrefixTarget)
                                     : QStringLiteral("WARM_ENI_TARGET=%1").arg(s.warmEniTarget));
    return parts.join(QStringLiteral(", "));
}

QString nodeText(const PodIpCapacity::NodeAddresses &n)
{
    if (n.prefixes > 0)
        return QStringLiteral("%1 ENI primary address%2 + %3 /28 prefix%4").arg(n.enis).arg(n.enis == 1 ? QString() : QStringLiteral("es"))
            .arg(n.prefixes).arg(n.prefixes == 1 ? QString() : QStringLiteral("es"));
    return QStringLiteral("%1 ENI%2 x (1 primary + secondaries) = %3 + %4").arg(n.enis).arg(n.enis == 1 ? QString() : QStringLiteral("s"))
        .arg(n.enis).arg(n.secondaryIps);
}

void checkPodIpCapacity(const DesignData &design, QList<Diagnostic> &out)
{
    const QString sources = QStringLiteral("amazon-vpc-cni-k8s README \"WARM_ENI_TARGET\" / \"WARM_IP_TARGET\" / "
                                           "\"ENABLE_PREFIX_DELEGATION\", docs/prefix-and-ip-target.md; Amazon VPC User "
                                           "Guide, \"Subnet CIDR blocks\"");
    for (ObjectId clusterId : design.objectsOfKind(ObjectKind::EksCluster)) {
        const DesignObject &cluster = *design.object(clusterId);
        if (text(cluster.field(QStringLiteral("KubernetesNetworkConfig.IpFamily"))).compare(QLatin1String("ipv6"), Qt::CaseInsensitive) == 0)
            continue; // IPv6 pods take /80 prefixes of the subnet's /64: no exhaustion
        const ObjectId vpcId = design.enclosing(clusterId, ObjectKind::Vpc);
        if (!vpcId)
            continue;
        QList<Cidr> subnets;
        QStringList subnetNames;
        for (ObjectId id : design.objectsOfKind(ObjectKind::Subnet)) {
            const DesignObject &s = *design.object(id);
            if (design.enclosing(id, ObjectKind::Vpc) != vpcId || tierOf(s) != QLatin1String("private"))
                continue;
            if (auto block = usableCidr(s.field(QStringLiteral("CidrBlock"))); block && block->isIPv4()) {
                subnets << *block;
                subnetNames << QStringLiteral("%1 %2").arg(s.name, block->toString());
            }
        }
        if (subnets.isEmpty())
            continue;
        const PodIpCapacity::CniSettings settings = cniSettings(design, clusterId);
        qint64 hpaPods = 0;
        for (ObjectId id : RuleSupport::kubernetesObjectsInCluster(design, ObjectKind::HorizontalPodAutoscaler, clusterId))
            hpaPods += RuleSupport::integer(design.object(id)->field(QStringLiteral("spec.maxReplicas"))).value_or(0);
        for (ObjectId id : RuleSupport::kubernetesObjectsInCluster(design, ObjectKind::ScaledObject, clusterId))
            hpaPods += RuleSupport::integer(design.object(id)->field(QStringLiteral("spec.maxReplicaCount"))).value_or(0);

        qint64 totalNeeded = 0;
        int pools = 0;
        bool anyFailed = false;
        for (ObjectId poolId : RuleSupport::kubernetesObjectsInCluster(design, ObjectKind::NodePool, clusterId)) {
            const DesignObject &pool = *design.object(poolId);
            const QList<const InstanceType *> types = allowedTypes(pool);
            if (types.isEmpty())
                continue;
            // The smallest allowed type gives the most nodes; on a tie the one taking more addresses.
            const InstanceType *smallest = types.first();
            auto fullNode = [&](const InstanceType *t) {
                return PodIpCapacity::nodeAddresses(*t, settings, PodIpCapacity::podIpsPerNode(*t, settings)).addresses;
            };
            for (const InstanceType *t : types) {
                if (t->vcpu < smallest->vcpu || (t->vcpu == smallest->vcpu && fullNode(t) > fullNode(smallest)))
                    smallest = t;
            }
            const std::optional<double> cpuMillicores = Quantity::cpuMillicores(pool.field(QStringLiteral("spec.limits.cpu")));
            PodIpCapacity::PoolEstimate e;
            QString basis;
            QString field;
            if (cpuMillicores && *cpuMillicores > 0) {
                e = PodIpCapacity::atCpuLimit(*smallest, *cpuMillicores / 1000.0, settings, subnets);
                basis = QStringLiteral("At its limit of %1 vCPU (spec.limits.cpu), NodePool %2 can run %3 %4 nodes (%5 vCPU, "
                                       "its smallest allowed type), each with up to %6 pods")
                            .arg(QString::number(*cpuMillicores / 1000.0), pool.name, formatCount(e.nodes), smallest->name)
                            .arg(smallest->vcpu)
                            .arg(e.maxPodsPerNode);
                field = QStringLiteral("spec.limits.cpu");
            } else if (hpaPods > 0) {
                e = PodIpCapacity::forPods(*smallest, hpaPods, settings, subnets);
                basis = QStringLiteral("At the autoscalers' maxReplicas (%1 pods in all), NodePool %2 runs %3 %4 nodes "
                                       "(up to %5 pods each)")
                            .arg(formatCount(hpaPods), pool.name, formatCount(e.nodes), smallest->name)
                            .arg(e.maxPodsPerNode);
                field = QStringLiteral("spec.template.spec.requirements");
            } else {
                continue;
            }
            if (field == QLatin1String("spec.limits.cpu")) { // HPA-driven estimates share their pods: not summed
                ++pools;
                totalNeeded += e.addressesNeeded;
            }
            if (e.fits)
                continue;
            anyFailed = true;
            const auto node = PodIpCapacity::nodeAddresses(*smallest, settings, PodIpCapacity::podIpsPerNode(*smallest, settings));
            // At spec.limits.cpu every node is assumed full: a worst case the pool may never reach, so a
            // warning; pods the autoscalers will certainly ask for (maxReplicas) make it an error.
            const Severity severity = field == QLatin1String("spec.limits.cpu") ? Severity::Warning : Severity::Error;
            out.append(makeDiagnostic(design, pool, severity, kCapacityRule, field,
                QStringLiteral("%1. With the VPC CNI set to %2, a full node takes %3 subnet addresses (%4), %5 in all, but "
                               "the private subnets of VPC %6 (%7) have %8 usable addresses (2^(32-p) - 5 each): %9 short. "
                               "%10 (%11).")
                    .arg(basis, cniText(settings), formatCount(node.addresses), nodeText(node), formatCount(e.addressesNeeded),
                         design.object(vpcId)->name, subnetNames.join(QStringLiteral(", ")), formatCount(e.usableAddresses))
                    .arg(formatCount(e.addressesNeeded - e.usableAddresses),
                         QStringLiteral("Use larger or more private subnets (e.g. a secondary VPC block such as "
                                        "100.64.0.0/16 with VPC CNI custom networking) or lower the pool's limit"),
                         sources)));
        }
        const qint64 usable = PodIpCapacity::usableAddresses(subnets);
        if (pools > 1 && !anyFailed && totalNeeded > usable) {
            out.append(makeDiagnostic(design, cluster, Severity::Warning, kCapacityRule, QString(),
                QStringLiteral("Each NodePool of the cluster fits its private subnets alone, but together at their limits "
                               "they need %1 addresses and the private subnets of VPC %2 have %3 usable (%4).")
                    .arg(formatCount(totalNeeded), design.object(vpcId)->name, formatCount(usable), sources)));
        }
    }
}

} // namespace

QList<RuleSupport::RuleInfo> rules()
{
    return {
        {kOverlapRule, Severity::Error,
         QStringLiteral("Overlapping ranges across the design: VPC blocks of every region, EKS service CIDRs, "
                        "ExternalNetwork ranges (error with an external network, warning between VPCs)"),
         QStringLiteral("Amazon VPC Peering Guide, VPC peering limitations; Amazon EKS API Reference, serviceIpv4Cidr")},
        {kIpv6Rule, Severity::Error,
         QStringLiteral("IPv6 VPC block not /56 or subnet not /64 (warning for the /44../60 and /44../64 IPAM sizes); "
                        "IPv6 subnet outside the VPC's IPv6 blocks"),
         QStringLiteral("Amazon VPC User Guide, IPv6 VPC CIDR blocks / Subnet CIDR blocks")},
        {kCapacityRule, Severity::Error,
         QStringLiteral("Private subnets of the cluster's VPC cannot hold a NodePool's pod IPs: error at the autoscalers' "
                        "maxReplicas, warning at the pool's spec.limits.cpu (every node full, a worst case)"),
         QStringLiteral("amazon-vpc-cni-k8s README and docs/prefix-and-ip-target.md; Amazon EKS User Guide, "
                        "cni-increase-ip-addresses")},
    };
}

void check(const DesignData &design, QList<Diagnostic> &out)
{
    checkOverlaps(design, out);
    checkIpv6(design, out);
    checkPodIpCapacity(design, out);
}

} // namespace Scaleplan::AddressRules
