#pragma once

#include "model/designobject.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace Scaleplan {

/// `spec.metrics[].type` of an autoscaling/v2 HorizontalPodAutoscaler.
enum class HpaMetricSourceType { Resource, ContainerResource, Pods, Object, External };
/// `spec.metrics[].<source>.target.type`.
enum class HpaMetricTargetType { Utilization, AverageValue, Value };
/// `spec.behavior.scale{Up,Down}.policies[].type`.
enum class HpaPolicyType { Pods, Percent };
/// `spec.behavior.scale{Up,Down}.selectPolicy`.
enum class HpaSelectPolicy { Max, Min, Disabled };

/**
 * One entry of `spec.metrics`.
 *
 * `metricName` is the resource name (`cpu`, `memory`) for Resource/ContainerResource and
 * `<source>.metric.name` for Pods/Object/External. `targetValue` is in the target's own terms:
 * Utilization -> percent of the pods' resource request (`averageUtilization: 70` -> 70);
 * AverageValue / Value -> the Kubernetes quantity as a plain number (`"500m"` cpu -> 0.5 cores,
 * `"1Gi"` -> 1073741824 bytes, `"100"` -> 100).
 */
struct HpaMetricSpec {
    HpaMetricSourceType sourceType = HpaMetricSourceType::Resource;
    QString metricName;
    HpaMetricTargetType targetType = HpaMetricTargetType::Utilization;
    double targetValue = 0;

    /// True for metrics averaged over the target's pods (Resource, ContainerResource, Pods): the
    /// HPA computes their replica count from the ready pods and treats unready pods specially.
    bool isPodMetric() const;
    /// Short label for diagnostics and charts, e.g. "cpu", "pods/requests_per_second".
    QString label() const;
    bool operator==(const HpaMetricSpec &) const = default;
};

/// One entry of `behavior.scale{Up,Down}.policies`: at most `value` pods (Pods) or `value`
/// percent of the replicas at the start of the period (Percent) per `periodSeconds`.
struct HpaScalingPolicy {
    HpaPolicyType type = HpaPolicyType::Percent;
    int value = 0;
    int periodSeconds = 15;
    bool operator==(const HpaScalingPolicy &) const = default;
};

/// `behavior.scaleUp` or `behavior.scaleDown` after Kubernetes defaulting (every field set).
struct HpaScalingRules {
    int stabilizationWindowSeconds = 0;
    HpaSelectPolicy selectPolicy = HpaSelectPolicy::Max;
    QList<HpaScalingPolicy> policies;
    bool operator==(const HpaScalingRules &) const = default;
};

/**
 * Typed view of an autoscaling/v2 HorizontalPodAutoscaler manifest (DesignObject::fields of a
 * HorizontalPodAutoscaler object), with the API server's defaults applied.
 *
 * Defaults (Kubernetes API reference, HorizontalPodAutoscalerSpec; kubernetes.io "Horizontal Pod
 * Autoscaling" -> "Default Behavior"; source pkg/apis/autoscaling/v2/defaults.go
 * GenerateHPAScaleUpRules / GenerateHPAScaleDownRules):
 *  - `minReplicas` 1;
 *  - scaleUp: stabilizationWindowSeconds 0, selectPolicy Max, policies Percent 100 / 15 s and
 *    Pods 4 / 15 s;
 *  - scaleDown: stabilizationWindowSeconds 300 (kube-controller-manager
 *    `--horizontal-pod-autoscaler-downscale-stabilization`), selectPolicy Max, policies
 *    Percent 100 / 15 s.
 * A field given in the manifest replaces only that field of the default rules (a given
 * `policies` list replaces the whole default list). The default behavior is also used when
 * `spec.behavior` is absent, as the documentation describes it.
 *
 * Invariants after a successful parse: 1 <= minReplicas <= maxReplicas; every policy has
 * value > 0 and 0 < periodSeconds <= 1800; 0 <= stabilizationWindowSeconds <= 3600.
 */
class HpaSpec
{
public:
    QString name;
    /// `spec.scaleTargetRef.kind` / `.name` (e.g. "Deployment", "web-app").
    QString scaleTargetKind;
    QString scaleTargetName;
    int minReplicas = 1;
    int maxReplicas = 1;
    QList<HpaMetricSpec> metrics;
    HpaScalingRules scaleUp = defaultScaleUpRules();
    HpaScalingRules scaleDown = defaultScaleDownRules();

    static HpaScalingRules defaultScaleUpRules();
    static HpaScalingRules defaultScaleDownRules();

    /**
     * Parses a HorizontalPodAutoscaler manifest (`apiVersion`, `kind`, `metadata`, `spec`).
     * Every problem is appended to *errors as "<field path>: <what is wrong>" (e.g.
     * "spec.maxReplicas: required"); returns std::nullopt when the spec cannot be used
     * (missing/invalid maxReplicas, min > max, a malformed behavior). An unusable metric entry is
     * reported and left out without failing the whole spec. `apiVersion: autoscaling/v1` reads
     * `spec.targetCPUUtilizationPercentage` (default 80) as one cpu Utilization metric with the
     * default behavior; v2 fields in a v1 manifest, or that v1 field in a v2 manifest, make the
     * spec unusable (the API server refuses them). Never throws.
     */
    static std::optional<HpaSpec> fromManifest(const QVariantMap &manifest, QStringList *errors = nullptr);
    /// fromManifest() of a HorizontalPodAutoscaler DesignObject; an object of another kind is an error.
    static std::optional<HpaSpec> fromObject(const DesignObject &object, QStringList *errors = nullptr);

    bool operator==(const HpaSpec &) const = default;
};

QString hpaSelectPolicyName(HpaSelectPolicy policy); // "Max", "Min", "Disabled"

} // namespace Scaleplan
