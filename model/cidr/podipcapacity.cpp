#include "model/cidr/podipcapacity.h"

#include <algorithm>

namespace Scaleplan {

namespace {

constexpr int kAddressesPerPrefix = 16; // an IPv4 /28 prefix
constexpr int kHostNetworkPods = 2;     // aws-node and kube-proxy, eni-max-pods.txt header

std::optional<int> intSetting(const QVariant &value)
{
    if (!value.isValid())
        return std::nullopt;
    bool ok = false;
    const int n = value.toString().trimmed().toInt(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

bool boolSetting(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    return value.toString().trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return a <= 0 ? 0 : (a + b - 1) / b;
}

} // namespace

PodIpCapacity::CniSettings PodIpCapacity::CniSettings::fromConfiguration(const QVariantMap &configuration)
{
    CniSettings s;
    s.prefixDelegation = boolSetting(configuration.value(QStringLiteral("ENABLE_PREFIX_DELEGATION")));
    s.warmIpTarget = intSetting(configuration.value(QStringLiteral("WARM_IP_TARGET")));
    s.minimumIpTarget = intSetting(configuration.value(QStringLiteral("MINIMUM_IP_TARGET")));
    if (const auto eni = intSetting(configuration.value(QStringLiteral("WARM_ENI_TARGET"))))
        s.warmEniTarget = *eni;
    if (const auto prefix = intSetting(configuration.value(QStringLiteral("WARM_PREFIX_TARGET"))))
        s.warmPrefixTarget = *prefix;
    return s;
}

PodIpCapacity::NodeAddresses PodIpCapacity::nodeAddresses(const InstanceType &type, const CniSettings &settings, int pods)
{
    NodeAddresses n;
    const int slotsPerEni = std::max(1, type.ipv4PerEni - 1); // the primary address holds no pod
    const int maxEnis = std::max(1, type.maxEnis);
    const qint64 slotCap = qint64(maxEnis) * slotsPerEni;
    pods = std::max(0, pods);
    const qint64 wanted = settings.usesIpTargets()
        ? std::max<qint64>(qint64(pods) + settings.warmIpTarget.value_or(0), settings.minimumIpTarget.value_or(0))
        : 0;
    if (settings.prefixDelegation) {
        qint64 prefixes = settings.usesIpTargets() ? std::max<qint64>(1, ceilDiv(wanted, kAddressesPerPrefix))
                                                   : ceilDiv(pods, kAddressesPerPrefix) + settings.warmPrefixTarget;
        prefixes = std::clamp<qint64>(prefixes, 1, slotCap);
        n.prefixes = int(prefixes);
        n.enis = int(std::max<qint64>(1, ceilDiv(prefixes, slotsPerEni)));
    } else if (settings.usesIpTargets()) {
        const qint64 secondaries = std::min(wanted, slotCap);
        n.secondaryIps = int(secondaries);
        n.enis = int(std::max<qint64>(1, ceilDiv(secondaries, slotsPerEni)));
    } else {
        const qint64 enis = std::clamp<qint64>(ceilDiv(pods, slotsPerEni) + settings.warmEniTarget, 1, maxEnis);
        n.enis = int(enis);
        n.secondaryIps = int(enis * slotsPerEni);
    }
    n.addresses = qint64(n.enis) + n.secondaryIps + qint64(n.prefixes) * kAddressesPerPrefix;
    return n;
}

int PodIpCapacity::podIpsPerNode(const InstanceType &type, const CniSettings &settings)
{
    return std::max(0, InstanceCatalog::maxPods(type, settings.prefixDelegation) - kHostNetworkPods);
}

qint64 PodIpCapacity::usableAddresses(const QList<Cidr> &subnets)
{
    qint64 total = 0;
    for (const Cidr &subnet : subnets) {
        if (subnet.isIPv4())
            total += subnet.awsUsableAddressCount();
    }
    return total;
}

PodIpCapacity::PoolEstimate PodIpCapacity::atCpuLimit(const InstanceType &type, double cpuLimitCores,
                                                      const CniSettings &settings, const QList<Cidr> &subnets)
{
    PoolEstimate e;
    e.instanceType = type.name;
    e.maxPodsPerNode = InstanceCatalog::maxPods(type, settings.prefixDelegation);
    e.nodes = type.vcpu > 0 && cpuLimitCores > 0 ? qint64(cpuLimitCores / type.vcpu + 1e-9) : 0;
    const int perNode = podIpsPerNode(type, settings);
    e.pods = e.nodes * perNode;
    e.addressesNeeded = e.nodes * nodeAddresses(type, settings, perNode).addresses;
    e.usableAddresses = usableAddresses(subnets);
    e.fits = e.addressesNeeded <= e.usableAddresses;
    return e;
}

PodIpCapacity::PoolEstimate PodIpCapacity::forPods(const InstanceType &type, qint64 pods, const CniSettings &settings,
                                                   const QList<Cidr> &subnets)
{
    PoolEstimate e;
    e.instanceType = type.name;
    e.maxPodsPerNode = InstanceCatalog::maxPods(type, settings.prefixDelegation);
    e.pods = std::max<qint64>(0, pods);
    const int perNode = podIpsPerNode(type, settings);
    if (perNode > 0) {
        const qint64 fullNodes = e.pods / perNode;
        const int remainder = int(e.pods % perNode);
        e.nodes = fullNodes + (remainder > 0 ? 1 : 0);
        e.addressesNeeded = fullNodes * nodeAddresses(type, settings, perNode).addresses
            + (remainder > 0 ? nodeAddresses(type, settings, remainder).addresses : 0);
    }
    e.usableAddresses = usableAddresses(subnets);
    e.fits = e.addressesNeeded <= e.usableAddresses;
    return e;
}

} // namespace Scaleplan
