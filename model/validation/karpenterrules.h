#pragma once

#include "model/designdata.h"
#include "model/validation/rulesupport.h"

namespace Scaleplan {

/**
 * Rules on Karpenter NodePool (karpenter.sh/v1beta1, karpenter.sh/v1) and EC2NodeClass
 * (karpenter.k8s.aws/v1beta1, karpenter.k8s.aws/v1) manifests: the enums, required fields and CEL
 * rules of each version's CRD (shared/schemas/crds/karpenter.sh/nodepool_*.json,
 * karpenter.k8s.aws/ec2nodeclass_*.json) and the fields Karpenter v1 moved (Karpenter docs,
 * "Upgrading to 1.0.0"). Internal to model/validation.
 */
namespace KarpenterRules {

/// The rules of this group, in id order.
QList<RuleSupport::RuleInfo> rules();

/// Appends the findings of every rule of this group, object by object in preorder.
void check(const DesignData &design, QList<Diagnostic> &out);

} // namespace KarpenterRules
} // namespace Scaleplan
