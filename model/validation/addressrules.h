#pragma once

#include "model/designdata.h"
#include "model/validation/rulesupport.h"

namespace Scaleplan {

/**
 * Rules on the address plan of the whole design, beyond one VPC (NetworkRules checks each VPC and
 * subnet on its own): overlaps between every VPC block of every region, each EKS cluster's service
 * CIDR and the ranges of ExternalNetwork objects (aws.cidr.overlap); EKS pod-IP capacity of each
 * Karpenter NodePool against the private subnets of its cluster's VPC (eks.pod-ip-capacity); IPv6
 * VPC and subnet block sizes (aws.vpc.ipv6). Internal to model/validation.
 */
namespace AddressRules {

/// The rules of this group, in id order.
QList<RuleSupport::RuleInfo> rules();

/// Appends the findings of every rule of this group.
void check(const DesignData &design, QList<Diagnostic> &out);

} // namespace AddressRules
} // namespace Scaleplan
