#pragma once

#include "model/cidr/cidr.h"
#include "model/designdata.h"
#include "model/validation/rulesupport.h"

namespace Scaleplan {

/**
 * Rules on the address plan: CIDR syntax of VPC, subnet and EKS service blocks, VPC and subnet
 * sizes and counts (Amazon VPC User Guide), subnet containment and overlap, the EKS service CIDR
 * and the VPC's Availability Zone count. Internal to model/validation.
 */
namespace NetworkRules {

/// The rules of this group, in id order.
QList<RuleSupport::RuleInfo> rules();

/// Appends the findings of every rule of this group, object by object in preorder.
void check(const DesignData &design, QList<Diagnostic> &out);

/// One subnet's new block in a VPC re-plan.
struct SubnetPlan {
    ObjectId subnetId = 0;
    Cidr block;
};

/// A re-plan of a VPC whose primary IPv4 block is larger than /16: the VPC becomes the first /16
/// of its block and every subnet that is not inside a secondary block gets a new aligned block
/// inside that /16. Private (Tier "private") subnets come first and get the largest equal size
/// that leaves room for the others, which share the rest at the largest equal size that fits;
/// within a tier the preorder (Availability Zone order) is kept, tiers go private, public,
/// database, then any other. Sizes stay within the subnet limits /16../28 (Amazon VPC User Guide,
/// "Subnet CIDR blocks"). std::nullopt when no such plan fits (or a secondary block overlaps
/// the new /16). Example (hand calculation): 3 private + 6 other subnets in 10.0.0.0/16 ->
/// private /18 at 10.0.0.0, 10.0.64.0, 10.0.128.0; the others /21 from 10.0.192.0 on.
struct VpcPlan {
    Cidr vpcBlock;
    QList<SubnetPlan> subnets;
};
std::optional<VpcPlan> planVpc(const DesignData &design, ObjectId vpcId);

} // namespace NetworkRules
} // namespace Scaleplan
