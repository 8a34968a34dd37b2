#pragma once

#include "model/designdata.h"
#include "model/diagnostic.h"
#include "model/validation/fixapplier.h"

#include <QList>
#include <QStringList>

namespace Scaleplan {

/**
 * The design checker: runs every rule of model/validation (address plan, Kubernetes manifests,
 * Karpenter, AWS services; the table is model/validation/RULES.md) over a design snapshot.
 *
 * A pure function of the DesignData, safe to call on a copy from a worker thread. Each
 * diagnostic names its stable rule id, the object (objectId, DesignData::pathOf path), the
 * offending field (FieldPath syntax), a message saying what is wrong and why (citing the AWS /
 * Kubernetes / project documentation the rule comes from), the object's source location, and,
 * where the correct value is unambiguous, a fix (FieldChanges, possibly on several objects).
 */
namespace Validator {

/// All findings, ordered by the objects' preorder, then by rule id (stable within a rule).
/// Never fails: a field that cannot be read is skipped by the rules that need it.
QList<Diagnostic> validate(const DesignData &design);

/// Every stable rule id any rule can report, sorted.
QStringList ruleIds();

} // namespace Validator
} // namespace Scaleplan
