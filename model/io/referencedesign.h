#pragma once

#include "model/designdata.h"

namespace Scaleplan {

/**
 * The bundled reference design: the seed scalability design document (resources/reference/
 * scalability-design.md, compiled in as :/reference/scalability-design.md) imported with every
 * automatic fix applied and its topology completed (us-east-1 primary, us-west-2 secondary,
 * eu-west-1 as the extra Aurora replica region, their VPCs, zones and subnets, the EKS cluster and
 * everything on it). Every correction and addition is an Info diagnostic in importDiagnostics.
 */
namespace ReferenceDesign {
DesignData load();
/// The bundled document's text (for `scaleplan-cli` to re-import or show).
QByteArray documentText();
QString documentName(); // "scalability-design.md"
} // namespace ReferenceDesign

} // namespace Scaleplan
