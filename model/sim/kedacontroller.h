#pragma once

#include "model/designobject.h"
#include "model/sim/hpacontroller.h"
#include "model/sim/hpaspec.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace Scaleplan {

/**
 * One entry of a ScaledObject's `spec.triggers`, reduced to what scaling needs.
 *
 * `metricName` is how the trigger's samples are named (in a metric CSV, in notes): the trigger's
 * `name`, else `metadata.metricName`, else `metadata.queueName`, else `type`. `targetValue` is the
 * per-replica target (`queueLength` for aws-sqs-queue, default 5; `threshold` for prometheus,
 * `lagThreshold` for kafka, default 10; `targetValue` / `value` otherwise), `activationValue` the
 * activation threshold (`activationQueueLength`, `activationThreshold`,
 * `activationLagThreshold`, `activationTargetValue`, `activationValue`; default 0).
 */
struct KedaTrigger {
    QString type;
    QString metricName;
    double targetValue = 0;
    double activationValue = 0;
    /// cpu / memory triggers: `metricType` (or the older metadata.type) is Utilization (default:
    /// targetValue is a percent of the pods' request) rather than AverageValue.
    bool utilization = false;
};

/**
 * Typed view of a keda.sh/v1alpha1 ScaledObject with KEDA's defaults (keda.sh docs "Scaling
 * Deployments, StatefulSets & Custom Resources" -> "ScaledObject spec"): pollingInterval 30 s,
 * cooldownPeriod 300 s, minReplicaCount 0, maxReplicaCount 100, idleReplicaCount unset;
 * `advanced.horizontalPodAutoscalerConfig.behavior` parsed as an HPA behavior (defaults as HpaSpec).
 */
struct KedaSpec {
    QString name;
    QString scaleTargetName;
    int pollingIntervalSeconds = 30;
    int cooldownPeriodSeconds = 300;
    int minReplicaCount = 0;
    int maxReplicaCount = 100;
    std::optional<int> idleReplicaCount;
    QList<KedaTrigger> triggers;
    HpaScalingRules scaleUp = HpaSpec::defaultScaleUpRules();
    HpaScalingRules scaleDown = HpaSpec::defaultScaleDownRules();

    /**
     * The HorizontalPodAutoscaler KEDA creates (keda-hpa-<name>): minReplicas
     * max(minReplicaCount, 1), maxReplicas maxReplicaCount, one External metric per trigger with an
     * AverageValue target = the trigger's targetValue, the behavior above.
     */
    HpaSpec hpaSpec() const;

    /// Parses a ScaledObject manifest; errors as "<field path>: <what>", std::nullopt when unusable
    /// (no scaleTargetRef.name, no usable trigger, min > max, a malformed number).
    static std::optional<KedaSpec> fromManifest(const QVariantMap &manifest, QStringList *errors = nullptr);
    static std::optional<KedaSpec> fromObject(const DesignObject &object, QStringList *errors = nullptr);
    /// True when `trigger` (one entry of spec.triggers) is an aws-sqs-queue trigger naming `queue`
    /// (an SqsQueue object): its metadata.queueName, else the last path segment of
    /// metadata.queueURL (KEDA docs, "AWS SQS Queue" scaler), equals the object's name or its
    /// QueueName field.
    static bool triggerNamesQueue(const QVariantMap &trigger, const DesignObject &queue);
};

/// What one KEDA poll or HPA sync did.
struct KedaDecision {
    enum class Source { Poll, Hpa };
    Source source = Source::Poll;
    double timeSeconds = 0;
    int currentReplicas = 0;
    bool active = false;          ///< some trigger's value > its activation value (polls only)
    int finalReplicas = 0;
    /// "activation" (0/idle -> min), "cooldown" (-> 0/idle after cooldownPeriod), "cooldown-wait"
    /// (inactive, waiting for the cooldown), "min" (raised to minReplicaCount), "hpa" (the HPA's
    /// decision), "none".
    QString rule;
    std::optional<HpaDecision> hpa; ///< set for Source::Hpa
};

/**
 * KEDA's operator loop plus the HPA it creates, for one ScaledObject in simulated time.
 *
 * Source: keda.sh docs "Scaling Deployments" (activation and scaling phases, cooldownPeriod,
 * idleReplicaCount) and KEDA pkg/scaling/executor/scale_scaledobjects.go (RequestScale):
 *  - poll every pollingInterval: active = any trigger value > its activation value. Active and at 0
 *    (or idleReplicaCount) replicas -> scale to max(minReplicaCount, 1) ("activation"), and the last
 *    active time is now. Inactive with replicas > 0 and (minReplicaCount 0 or idleReplicaCount
 *    set) -> scale to idleReplicaCount (or 0) once lastActive + cooldownPeriod < now (never active:
 *    at once). Inactive below minReplicaCount -> minReplicaCount.
 *  - 1..N replicas: the HPA (HpaController on hpaSpec()) every HPA sync; trigger values are
 *    metric totals, each an External AverageValue metric: proposal ceil(total / target) outside the
 *    tolerance band (replica_calculator.go GetExternalPerPodMetricReplicas), max over triggers.
 *    At 0 replicas the HPA does nothing.
 */
class KedaController
{
public:
    explicit KedaController(KedaSpec spec, double hpaTolerance = 0.1);

    const KedaSpec &spec() const { return m_spec; }
    const HpaController &hpa() const { return m_hpa; }

    /// KEDA's poll at `timeSeconds`; `triggerValues[i]` = trigger i's current total (NaN = error,
    /// counts as inactive).
    KedaDecision poll(double timeSeconds, int currentReplicas, const QVector<double> &triggerValues);
    /// The created HPA's sync at `timeSeconds` (NaN values = unavailable).
    KedaDecision hpaSync(double timeSeconds, int currentReplicas, const QVector<double> &triggerValues,
                         int readyReplicas = -1);

private:
    KedaSpec m_spec;
    HpaController m_hpa;
    std::optional<double> m_lastActiveSeconds;
};

} // namespace Scaleplan
