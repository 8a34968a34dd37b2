#pragma once

#include "model/designdata.h"
#include "model/validation/rulesupport.h"

namespace Scaleplan {

/**
 * Rules on AWS service settings other than the address plan: Lambda event source mappings,
 * DynamoDB tables, ElastiCache replication groups, Application Load Balancer attributes and Aurora
 * clusters. Internal to model/validation.
 */
namespace AwsRules {

/// The rules of this group, in id order.
QList<RuleSupport::RuleInfo> rules();

/// Appends the findings of every rule of this group, object by object in preorder.
void check(const DesignData &design, QList<Diagnostic> &out);

} // namespace AwsRules
} // namespace Scaleplan
