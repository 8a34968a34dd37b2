#pragma once

#include "model/aws/instancecatalog.h"
#include "model/cidr/cidr.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Scaleplan {

/**
 * EKS pod-IP capacity with the Amazon VPC CNI (IPv4 clusters): how many subnet addresses one node
 * takes, how many pods fit on it, and whether a node pool at its maximum size fits in its subnets.
 *
 * Stateless. Every address a node takes comes from its subnet: each attached ENI's primary
 * address, plus either its secondary addresses (secondary-IP mode) or its /28 prefixes of 16
 * addresses (prefix delegation). Sources:
 *  - amazon-vpc-cni-k8s README, "WARM_ENI_TARGET", "WARM_IP_TARGET", "MINIMUM_IP_TARGET",
 *    "ENABLE_PREFIX_DELEGATION", "WARM_PREFIX_TARGET";
 *  - amazon-vpc-cni-k8s docs/eni-and-ip-target.md (secondary-IP warm pool, example table) and
 *    docs/prefix-and-ip-target.md (prefix warm pool, example table);
 *  - Amazon VPC User Guide, "Subnet CIDR blocks": usable = 2^(32 - p) - 5 per subnet.
 * Limits of the model: it counts addresses, not their layout. With prefix delegation the CNI also
 * needs free *aligned* /28 blocks in the subnet (a fragmented subnet can fail with
 * InsufficientCidrBlocks while holding enough addresses); daemonset pods other than aws-node and
 * kube-proxy and custom networking (ENIConfig pod subnets) are not modelled.
 */
class PodIpCapacity
{
public:
    /// The VPC CNI settings that decide the warm pool (the aws-node environment / the vpc-cni
    /// add-on's configuration). Unset targets are std::nullopt; the CNI's defaults are
    /// WARM_ENI_TARGET=1 and WARM_PREFIX_TARGET=1, used when no IP target is set.
    struct CniSettings {
        bool prefixDelegation = false;        // ENABLE_PREFIX_DELEGATION
        std::optional<int> warmIpTarget;      // WARM_IP_TARGET (addresses)
        std::optional<int> minimumIpTarget;   // MINIMUM_IP_TARGET (addresses)
        int warmEniTarget = 1;                // WARM_ENI_TARGET (whole ENIs)
        int warmPrefixTarget = 1;             // WARM_PREFIX_TARGET (/28 prefixes)

        /// True when WARM_IP_TARGET or MINIMUM_IP_TARGET is set: they then override
        /// WARM_ENI_TARGET / WARM_PREFIX_TARGET (README; prefix-and-ip-target.md).
        bool usesIpTargets() const { return warmIpTarget.has_value() || minimumIpTarget.has_value(); }

        /// Reads the settings from an EksAddon `Configuration` map (keys as above; values as
        /// strings "true"/"2" or YAML scalars). Unknown keys are ignored; a malformed number is
        /// treated as unset.
        static CniSettings fromConfiguration(const QVariantMap &configuration);
    };

    /// What one node holds from its subnet.
    struct NodeAddresses {
        int enis = 0;          // attached ENIs (each takes one primary address)
        int secondaryIps = 0;  // secondary addresses (secondary-IP mode), 0 with prefix delegation
        int prefixes = 0;      // /28 prefixes (prefix delegation), 0 otherwise
        qint64 addresses = 0;  // enis + secondaryIps + 16 * prefixes
    };

    /**
     * Addresses a node of `type` takes from its subnet while running `pods` pods that need a pod
     * IP (host-network pods excluded), warm pool included:
     *  - secondary-IP mode with WARM_IP_TARGET / MINIMUM_IP_TARGET: secondaries =
     *    max(pods + WARM_IP_TARGET, MINIMUM_IP_TARGET), on as many ENIs as they need;
     *  - secondary-IP mode otherwise: the ENIs the pods fill, ceil(pods / (IPs per ENI - 1)), plus
     *    WARM_ENI_TARGET whole ENIs, every attached ENI with all its secondaries;
     *  - prefix delegation with an IP target: ceil(max(pods + WARM_IP_TARGET, MINIMUM_IP_TARGET) / 16)
     *    prefixes, at least 1;
     *  - prefix delegation otherwise: ceil(pods / 16) + WARM_PREFIX_TARGET prefixes;
     * each ENI holds (IPs per ENI - 1) secondaries or prefixes, and everything is capped at the
     * instance's ENIs. Example (eni-and-ip-target.md): t3.small, WARM_ENI_TARGET=1, 5 pods -> 3 ENIs,
     * 9 secondaries, 12 addresses. Negative `pods` count as 0.
     */
    static NodeAddresses nodeAddresses(const InstanceType &type, const CniSettings &settings, int pods);

    /// Pods that need a pod IP that fit on one node: InstanceCatalog::maxPods() minus the two
    /// host-network pods (aws-node, kube-proxy) that the max-pods formula adds.
    static int podIpsPerNode(const InstanceType &type, const CniSettings &settings);

    /// A node pool at its maximum size against the subnets it launches into.
    struct PoolEstimate {
        QString instanceType;        // the type the estimate assumes
        qint64 nodes = 0;
        int maxPodsPerNode = 0;      // InstanceCatalog::maxPods
        qint64 pods = 0;             // pods needing an IP across the pool
        qint64 addressesNeeded = 0;
        qint64 usableAddresses = 0;  // sum of 2^(32-p) - 5 over the IPv4 subnets
        bool fits = false;           // addressesNeeded <= usableAddresses
    };

    /**
     * The pool at its Karpenter CPU limit: nodes = floor(cpuLimitCores / vCPU of `type`) (Karpenter
     * NodePools, "spec.limits": no node is launched past the limit), every node full
     * (podIpsPerNode pods). Pass the allowed type with the fewest vCPUs: it gives the most nodes.
     */
    static PoolEstimate atCpuLimit(const InstanceType &type, double cpuLimitCores, const CniSettings &settings,
                                   const QList<Cidr> &subnets);

    /**
     * The pool running `pods` pods (e.g. the sum of the HPAs' maxReplicas): nodes =
     * ceil(pods / podIpsPerNode), filled in turn (every node full except the last).
     */
    static PoolEstimate forPods(const InstanceType &type, qint64 pods, const CniSettings &settings,
                                const QList<Cidr> &subnets);

    /// Sum of Cidr::awsUsableAddressCount() over the IPv4 blocks of `subnets`.
    static qint64 usableAddresses(const QList<Cidr> &subnets);
};

} // namespace Scaleplan
