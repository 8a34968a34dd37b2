#pragma once

#include "model/designdata.h"
#include "model/validation/rulesupport.h"

namespace Scaleplan {

/**
 * Rules on Kubernetes workload and add-on manifests: HorizontalPodAutoscaler, VerticalPodAutoscaler,
 * KEDA ScaledObject, Deployment, Istio DestinationRule, Chaos Mesh PodChaos and PrometheusRule.
 * Internal to model/validation (Validator runs them).
 */
namespace KubernetesRules {

/// The rules of this group (ids, severities, sources), in id order.
QList<RuleSupport::RuleInfo> rules();

/// Appends the findings of every rule of this group, object by object in preorder.
void check(const DesignData &design, QList<Diagnostic> &out);

} // namespace KubernetesRules
} // namespace Scaleplan
