#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Scaleplan {

/**
 * One EC2 instance type as the address and cost planning needs it.
 *
 * `maxEnis` is the number of network interfaces on the default network card (index 0), the only
 * card the Amazon VPC CNI uses; `ipv4PerEni` counts the primary address too (Amazon EC2 User Guide,
 * "Maximum IP addresses per network interface"). `onDemandUsdPerHour` is the Linux, shared-tenancy
 * on-demand price in us-east-1; `architecture` is the Kubernetes spelling (`amd64` / `arm64`, the
 * `kubernetes.io/arch` label).
 */
struct InstanceType {
    QString name;
    int vcpu = 0;
    double memoryGiB = 0;
    int maxEnis = 0;
    int ipv4PerEni = 0;
    double onDemandUsdPerHour = 0;
    QString architecture;
};

/**
 * A small hand-written catalogue of EC2 instance types (general purpose m5/m5a/m6i/m7i/m6g/m7g/t3,
 * compute optimised c5/c6i/c7i/c7g, memory optimised r5/r6i), typed from AWS's published facts;
 * each family's source is named beside its rows in instancecatalog.cpp. Values go stale: the
 * catalogue says when it was written (catalogueDate()).
 */
namespace InstanceCatalog {

/// Every type of the catalogue, family by family, sizes ascending.
const QList<InstanceType> &all();

/// The type called `name` ("m5.large"; exact, case-sensitive as AWS spells it), nullptr when the
/// catalogue does not have it. The pointer stays valid for the program's lifetime.
const InstanceType *find(QStringView name);

/// Year and month the catalogue's values were typed, "YYYY-MM".
QString catalogueDate();

/**
 * Maximum pods per node with the Amazon VPC CNI.
 *
 * Without prefix delegation: ENIs × (IPv4 per ENI − 1) + 2 — each ENI's primary address is not
 * used for pods, and +2 for the host-network pods aws-node and kube-proxy (amazon-vpc-cni-k8s
 * misc/eni-max-pods.txt header and README "--max-pods"). No cap: these are eni-max-pods.txt's
 * figures.
 *
 * With prefix delegation (ENABLE_PREFIX_DELEGATION=true): every secondary-address slot holds a /28
 * prefix of 16 addresses, so ENIs × ((IPv4 per ENI − 1) × 16) + 2, capped at 110 for instances with
 * fewer than 30 vCPUs and at 250 otherwise (Amazon EKS User Guide, "Increase the amount of
 * available IP addresses for your Amazon EC2 nodes" (cni-increase-ip-addresses); the same
 * computation as amazon-eks-ami's max-pods-calculator.sh). Exactly 30 vCPUs counts as 250, as the
 * guide says (the script says 110; no instance type has 30 vCPUs).
 */
int maxPods(const InstanceType &type, bool prefixDelegation);

} // namespace InstanceCatalog
} // namespace Scaleplan
