#include "model/aws/instancecatalog.h"

#include <algorithm>

namespace Scaleplan::InstanceCatalog {

namespace {

// Columns: name, vCPU, memory GiB, max ENIs (default network card), IPv4 addresses per ENI,
// on-demand USD/hour (us-east-1, Linux, shared tenancy), architecture.
//
// Sources, for every family below:
//  - vCPU and memory: Amazon EC2 Instance Types guide, "Specifications for Amazon EC2 general
//    purpose / compute optimized / memory optimized instances", section "Performance
//    specifications" (docs.aws.amazon.com/ec2/latest/instancetypes/gp.html, co.html, mo.html);
//  - ENIs and IPv4 per ENI: the same pages, section "Network specifications" (also Amazon EC2 User
//    Guide, "Maximum IP addresses per network interface", using-eni.html#AvailableIpPerENI);
//  - price: aws.amazon.com/ec2/pricing/on-demand/, US East (N. Virginia), Linux.
// The family comments say which page each family is on.
const QList<InstanceType> kTypes = {
    // M5 (Intel Xeon Platinum 8000): gp.html, "General purpose" M5.
    {QStringLiteral("m5.large"), 2, 8, 3, 10, 0.096, QStringLiteral("amd64")},
    {QStringLiteral("m5.xlarge"), 4, 16, 4, 15, 0.192, QStringLiteral("amd64")},
    {QStringLiteral("m5.2xlarge"), 8, 32, 4, 15, 0.384, QStringLiteral("amd64")},
    {QStringLiteral("m5.4xlarge"), 16, 64, 8, 30, 0.768, QStringLiteral("amd64")},
    // M5a (AMD EPYC 7000): gp.html, M5a; priced about 10% below M5.
    {QStringLiteral("m5a.large"), 2, 8, 3, 10, 0.086, QStringLiteral("amd64")},
    {QStringLiteral("m5a.xlarge"), 4, 16, 4, 15, 0.172, QStringLiteral("amd64")},
    {QStringLiteral("m5a.2xlarge"), 8, 32, 4, 15, 0.344, QStringLiteral("amd64")},
    {QStringLiteral("m5a.4xlarge"), 16, 64, 8, 30, 0.688, QStringLiteral("amd64")},
    // M6i (Intel Xeon Ice Lake): gp.html, M6i; same price as M5.
    {QStringLiteral("m6i.large"), 2, 8, 3, 10, 0.096, QStringLiteral("amd64")},
    {QStringLiteral("m6i.xlarge"), 4, 16, 4, 15, 0.192, QStringLiteral("amd64")},
    {QStringLiteral("m6i.2xlarge"), 8, 32, 4, 15, 0.384, QStringLiteral("amd64")},
    {QStringLiteral("m6i.4xlarge"), 16, 64, 8, 30, 0.768, QStringLiteral("amd64")},
    // M7i (Intel Xeon Sapphire Rapids): gp.html, M7i.
    {QStringLiteral("m7i.large"), 2, 8, 3, 10, 0.1008, QStringLiteral("amd64")},
    {QStringLiteral("m7i.xlarge"), 4, 16, 4, 15, 0.2016, QStringLiteral("amd64")},
    {QStringLiteral("m7i.2xlarge"), 8, 32, 4, 15, 0.4032, QStringLiteral("amd64")},
    {QStringLiteral("m7i.4xlarge"), 16, 64, 8, 30, 0.8064, QStringLiteral("amd64")},
    // M6g (AWS Graviton2): gp.html, M6g.
    {QStringLiteral("m6g.large"), 2, 8, 3, 10, 0.077, QStringLiteral("arm64")},
    {QStringLiteral("m6g.xlarge"), 4, 16, 4, 15, 0.154, QStringLiteral("arm64")},
    {QStringLiteral("m6g.2xlarge"), 8, 32, 4, 15, 0.308, QStringLiteral("arm64")},
    {QStringLiteral("m6g.4xlarge"), 16, 64, 8, 30, 0.616, QStringLiteral("arm64")},
    // M7g (AWS Graviton3): gp.html, M7g.
    {QStringLiteral("m7g.large"), 2, 8, 3, 10, 0.0816, QStringLiteral("arm64")},
    {QStringLiteral("m7g.xlarge"), 4, 16, 4, 15, 0.1632, QStringLiteral("arm64")},
    {QStringLiteral("m7g.2xlarge"), 8, 32, 4, 15, 0.3264, QStringLiteral("arm64")},
    {QStringLiteral("m7g.4xlarge"), 16, 64, 8, 30, 0.6528, QStringLiteral("arm64")},
    // T3 (burstable, Intel Xeon): gp.html, T3. There is no t3.4xlarge.
    {QStringLiteral("t3.small"), 2, 2, 3, 4, 0.0208, QStringLiteral("amd64")},
    {QStringLiteral("t3.medium"), 2, 4, 3, 6, 0.0416, QStringLiteral("amd64")},
    {QStringLiteral("t3.large"), 2, 8, 3, 12, 0.0832, QStringLiteral("amd64")},
    {QStringLiteral("t3.xlarge"), 4, 16, 4, 15, 0.1664, QStringLiteral("amd64")},
    {QStringLiteral("t3.2xlarge"), 8, 32, 4, 15, 0.3328, QStringLiteral("amd64")},
    // C5 (Intel Xeon Platinum 8000): co.html, "Compute optimized" C5.
    {QStringLiteral("c5.large"), 2, 4, 3, 10, 0.085, QStringLiteral("amd64")},
    {QStringLiteral("c5.xlarge"), 4, 8, 4, 15, 0.17, QStringLiteral("amd64")},
    {QStringLiteral("c5.2xlarge"), 8, 16, 4, 15, 0.34, QStringLiteral("amd64")},
    {QStringLiteral("c5.4xlarge"), 16, 32, 8, 30, 0.68, QStringLiteral("amd64")},
    // C6i (Intel Xeon Ice Lake): co.html, C6i; same price as C5.
    {QStringLiteral("c6i.large"), 2, 4, 3, 10, 0.085, QStringLiteral("amd64")},
    {QStringLiteral("c6i.xlarge"), 4, 8, 4, 15, 0.17, QStringLiteral("amd64")},
    {QStringLiteral("c6i.2xlarge"), 8, 16, 4, 15, 0.34, QStringLiteral("amd64")},
    {QStringLiteral("c6i.4xlarge"), 16, 32, 8, 30, 0.68, QStringLiteral("amd64")},
    // C7i (Intel Xeon Sapphire Rapids): co.html, C7i.
    {QStringLiteral("c7i.large"), 2, 4, 3, 10, 0.08925, QStringLiteral("amd64")},
    {QStringLiteral("c7i.xlarge"), 4, 8, 4, 15, 0.1785, QStringLiteral("amd64")},
    {QStringLiteral("c7i.2xlarge"), 8, 16, 4, 15, 0.357, QStringLiteral("amd64")},
    {QStringLiteral("c7i.4xlarge"), 16, 32, 8, 30, 0.714, QStringLiteral("amd64")},
    // C7g (AWS Graviton3): co.html, C7g.
    {QStringLiteral("c7g.large"), 2, 4, 3, 10, 0.0725, QStringLiteral("arm64")},
    {QStringLiteral("c7g.xlarge"), 4, 8, 4, 15, 0.145, QStringLiteral("arm64")},
    {QStringLiteral("c7g.2xlarge"), 8, 16, 4, 15, 0.29, QStringLiteral("arm64")},
    {QStringLiteral("c7g.4xlarge"), 16, 32, 8, 30, 0.58, QStringLiteral("arm64")},
    // R5 (Intel Xeon Platinum 8000): mo.html, "Memory optimized" R5.
    {QStringLiteral("r5.large"), 2, 16, 3, 10, 0.126, QStringLiteral("amd64")},
    {QStringLiteral("r5.xlarge"), 4, 32, 4, 15, 0.252, QStringLiteral("amd64")},
    {QStringLiteral("r5.2xlarge"), 8, 64, 4, 15, 0.504, QStringLiteral("amd64")},
    {QStringLiteral("r5.4xlarge"), 16, 128, 8, 30, 1.008, QStringLiteral("amd64")},
    // R6i (Intel Xeon Ice Lake): mo.html, R6i; same price as R5.
    {QStringLiteral("r6i.large"), 2, 16, 3, 10, 0.126, QStringLiteral("amd64")},
    {QStringLiteral("r6i.xlarge"), 4, 32, 4, 15, 0.252, QStringLiteral("amd64")},
    {QStringLiteral("r6i.2xlarge"), 8, 64, 4, 15, 0.504, QStringLiteral("amd64")},
    {QStringLiteral("r6i.4xlarge"), 16, 128, 8, 30, 1.008, QStringLiteral("amd64")},
};

constexpr int kAddressesPerPrefix = 16; // a /28 IPv4 prefix
constexpr int kHostNetworkPods = 2;     // aws-node and kube-proxy (eni-max-pods.txt header)

} // namespace

const QList<InstanceType> &all()
{
    return kTypes;
}

const InstanceType *find(QStringView name)
{
    const auto it = std::find_if(kTypes.cbegin(), kTypes.cend(), [&](const InstanceType &t) { return t.name == name; });
    return it == kTypes.cend() ? nullptr : &*it;
}

QString catalogueDate()
{
    return QStringLiteral("2026-08");
}

int maxPods(const InstanceType &type, bool prefixDelegation)
{
    const int slots = type.maxEnis * (type.ipv4PerEni - 1);
    if (!prefixDelegation)
        return slots + kHostNetworkPods;
    const int cap = type.vcpu < 30 ? 110 : 250;
    return std::min(slots * kAddressesPerPrefix + kHostNetworkPods, cap);
}

} // namespace Scaleplan::InstanceCatalog
