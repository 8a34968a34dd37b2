#pragma once

#include "model/designdata.h"
#include "model/validation/rulesupport.h"

namespace Scaleplan {

/**
 * Rules on Connection objects (model/connectionspec.h): both ends exist and fit the connection's
 * Type, and RequestShare is a fraction. Internal to model/validation.
 */
namespace ConnectionRules {

/// The rules of this group, in id order.
QList<RuleSupport::RuleInfo> rules();

/// Appends the findings of every rule of this group, connection by connection in preorder.
void check(const DesignData &design, QList<Diagnostic> &out);

} // namespace ConnectionRules
} // namespace Scaleplan
