#pragma once

#include "model/designdata.h"
#include "model/diagnostic.h"

#include <QList>

namespace Scaleplan {

/**
 * Applies the automatic fixes that diagnostics carry (Diagnostic::fix) to a design snapshot.
 *
 * Fixes are applied in the order of the diagnostics; each is applied whole or not at all. When a
 * later fix would change a field that an earlier applied fix already changed (the same object and
 * path, or a path inside / around it), the later fix is skipped: the first fix wins (e.g. a VPC
 * re-plan that moves a subnet wins over that subnet's own "use the network address" fix). A fix
 * that names a missing object or a malformed path is skipped too.
 */
namespace FixApplier {

/// Returns `design` with the fix of every diagnostic that has one applied, and appends to
/// *applied (when given) one Info diagnostic per applied fix: rule "fix.<original rule>", the
/// original object, path, field and source, message "Corrected: <original message> — <fixDescription>".
DesignData applyAll(const DesignData &design, const QList<Diagnostic> &diagnostics, QList<Diagnostic> *applied);

} // namespace FixApplier
} // namespace Scaleplan
