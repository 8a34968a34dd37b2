#pragma once

#include "model/designdata.h"
#include "model/validation/rulesupport.h"

namespace Scaleplan {

/**
 * Field-level rules from the field schema (model/fieldschema.h): every field of every object is
 * checked against its FieldSpec.
 *  - schema.unknown-field (warning): a key below a map whose keys the schema lists completely
 *    (the top level of every kind, and the Kubernetes sections the tables cover fully); never
 *    below free-form maps (labels, annotations, ConfigMap data, KEDA trigger metadata, vpc-cni
 *    Configuration) or partly covered ones (PodSpec affinity, probes, ...). Kubernetes objects of
 *    an apiVersion the tables were not written for are not checked for unknown keys.
 *  - schema.type (error): a value of the wrong type (a string where an int is required, a map
 *    where a list is); quantities and durations parsed with model/quantity.h, CIDR text with
 *    model/cidr/cidr.h.
 *  - schema.enum (error): a value outside the allowed set, listing the allowed values.
 *  - schema.range (error): a number (or a quantity / duration) outside the documented bounds.
 *  - schema.required (error): a required field missing from a map that is present.
 * Findings another rule already reports are skipped (consolidationPolicy, DynamoDB BillingMode,
 * GSI BillingMode, outlier fields under connectionPool.http, HPA min/max replicas and metric
 * types, Karpenter fields in the other version's place, PodChaos scheduler, Connection fields,
 * CIDR syntax of the blocks cidr.syntax checks). Internal to model/validation.
 */
namespace SchemaRules {

/// The rules of this group, in id order.
QList<RuleSupport::RuleInfo> rules();

/// Appends the findings of every rule of this group, object by object in preorder.
void check(const DesignData &design, QList<Diagnostic> &out);

} // namespace SchemaRules
} // namespace Scaleplan
