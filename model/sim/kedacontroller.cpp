#include "model/sim/kedacontroller.h"

#include "model/quantity.h"
#include "model/sim/replicacalculator.h"

#include <algorithm>
#include <cmath>

namespace Scaleplan {

namespace {

/// An integer field of the ScaledObject spec (YAML int, or a numeric string as KEDA tolerates).
bool readInt(const QVariantMap &spec, const QString &key, int *out, QStringList *errors)
{
    if (!spec.contains(key))
        return true;
    const auto value = Quantity::parse(spec.value(key));
    if (!value || *value != std::floor(*value) || *value < 0 || *value > 1e9) {
        if (errors)
            errors->append(QStringLiteral("spec.%1: must be a non-negative integer").arg(key));
        return false;
    }
    *out = int(*value);
    return true;
}

std::optional<double> firstQuantity(const QVariantMap &metadata, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString k = QString::fromLatin1(key);
        if (metadata.contains(k))
            return Quantity::parse(metadata.value(k));
    }
    return std::nullopt;
}

} // namespace

HpaSpec KedaSpec::hpaSpec() const
{
    HpaSpec spec;
    spec.name = QString(QStringLiteral("keda-hpa-") + name);
    spec.scaleTargetKind = QStringLiteral("Deployment");
    spec.scaleTargetName = scaleTargetName;
    spec.minReplicas = std::max(minReplicaCount, 1);
    spec.maxReplicas = std::max(maxReplicaCount, spec.minReplicas);
    for (const KedaTrigger &trigger : triggers)
        spec.metrics.append(HpaMetricSpec{HpaMetricSourceType::External, trigger.metricName,
                                          HpaMetricTargetType::AverageValue, trigger.targetValue});
    spec.scaleUp = scaleUp;
    spec.scaleDown = scaleDown;
    return spec;
}

std::optional<KedaSpec> KedaSpec::fromManifest(const QVariantMap &manifest, QStringList *errors)
{
    KedaSpec spec;
    bool usable = true;
    spec.name = manifest.value(QStringLiteral("metadata")).toMap().value(QStringLiteral("name")).toString();
    const QVariantMap s = manifest.value(QStringLiteral("spec")).toMap();
    if (s.isEmpty()) {
        if (errors)
            errors->append(QStringLiteral("spec: required"));
        return std::nullopt;
    }
    spec.scaleTargetName = s.value(QStringLiteral("scaleTargetRef")).toMap().value(QStringLiteral("name")).toString();
    if (spec.scaleTargetName.isEmpty()) {
        if (errors)
            errors->append(QStringLiteral("spec.scaleTargetRef.name: required"));
        usable = false;
    }
    usable &= readInt(s, QStringLiteral("pollingInterval"), &spec.pollingIntervalSeconds, errors);
    usable &= readInt(s, QStringLiteral("cooldownPeriod"), &spec.cooldownPeriodSeconds, errors);
    usable &= readInt(s, QStringLiteral("minReplicaCount"), &spec.minReplicaCount, errors);
    usable &= readInt(s, QStringLiteral("maxReplicaCount"), &spec.maxReplicaCount, errors);
    if (s.contains(QStringLiteral("idleReplicaCount"))) {
        int idle = 0;
        if (readInt(s, QStringLiteral("idleReplicaCount"), &idle, errors))
            spec.idleReplicaCount = idle;
        else
            usable = false;
    }
    if (spec.pollingIntervalSeconds <= 0) {
        if (errors)
            errors->append(QStringLiteral("spec.pollingInterval: must be greater than 0"));
        usable = false;
    }
    if (spec.minReplicaCount > spec.maxReplicaCount) {
        if (errors)
            errors->append(QStringLiteral("spec.maxReplicaCount: must be >= minReplicaCount (%1 < %2)")
                               .arg(spec.maxReplicaCount)
                               .arg(spec.minReplicaCount));
        usable = false;
    }
    if (spec.idleReplicaCount && *spec.idleReplicaCount >= std::max(spec.minReplicaCount, 1)) {
        // KEDA's admission webhook: idleReplicaCount must be lower than minReplicaCount.
        if (errors)
            errors->append(QStringLiteral("spec.idleReplicaCount: must be lower than minReplicaCount"));
        usable = false;
    }

    const QVariantList triggers = s.value(QStringLiteral("triggers")).toList();
    for (int i = 0; i < triggers.size(); ++i) {
        const QVariantMap t = triggers.at(i).toMap();
        const QVariantMap metadata = t.value(QStringLiteral("metadata")).toMap();
        const QString path = QStringLiteral("spec.triggers[%1]").arg(i);
        KedaTrigger trigger;
        trigger.type = t.value(QStringLiteral("type")).toString();
        trigger.metricName = t.value(QStringLiteral("name")).toString();
        if (trigger.metricName.isEmpty())
            trigger.metricName = metadata.value(QStringLiteral("metricName")).toString();
        if (trigger.metricName.isEmpty())
            trigger.metricName = metadata.value(QStringLiteral("queueName")).toString();
        if (trigger.metricName.isEmpty())
            trigger.metricName = trigger.type;
        std::optional<double> target;
        std::optional<double> activation;
        bool targetGiven = true;
        if (trigger.type == QLatin1String("aws-sqs-queue")) {
            target = metadata.contains(QStringLiteral("queueLength")) ? Quantity::parse(metadata.value(QStringLiteral("queueLength")))
                                                                      : std::optional<double>(5.0);
            activation = firstQuantity(metadata, {"activationQueueLength"});
        } else if (trigger.type == QLatin1String("kafka")) {
            target = metadata.contains(QStringLiteral("lagThreshold")) ? Quantity::parse(metadata.value(QStringLiteral("lagThreshold")))
                                                                       : std::optional<double>(10.0);
            activation = firstQuantity(metadata, {"activationLagThreshold"});
        } else {
            target = firstQuantity(metadata, {"threshold", "targetValue", "value", "queueLength"});
            targetGiven = metadata.contains(QStringLiteral("threshold")) || metadata.contains(QStringLiteral("targetValue"))
                || metadata.contains(QStringLiteral("value")) || metadata.contains(QStringLiteral("queueLength"));
            activation = firstQuantity(metadata, {"activationThreshold", "activationTargetValue", "activationValue"});
        }
        if (!targetGiven) {
            if (errors)
                errors->append(QStringLiteral("%1.metadata: no target (threshold, targetValue or value) for trigger type '%2'")
                                   .arg(path, trigger.type));
            continue;
        }
        if (!target || *target <= 0) {
            if (errors)
                errors->append(QStringLiteral("%1.metadata: the target must be a positive number").arg(path));
            continue;
        }
        trigger.targetValue = *target;
        trigger.activationValue = activation.value_or(0.0);
        if (trigger.type == QLatin1String("cpu") || trigger.type == QLatin1String("memory")) {
            // keda.sh docs, CPU / Memory scalers: metricType Utilization (default) or AverageValue.
            QString metricType = t.value(QStringLiteral("metricType")).toString();
            if (metricType.isEmpty())
                metricType = metadata.value(QStringLiteral("type")).toString();
            trigger.utilization = metricType != QLatin1String("AverageValue");
        }
        spec.triggers.append(trigger);
    }
    if (spec.triggers.isEmpty()) {
        if (errors)
            errors->append(QStringLiteral("spec.triggers: no usable trigger"));
        usable = false;
    }

    const QVariant behavior = s.value(QStringLiteral("advanced")).toMap()
                                  .value(QStringLiteral("horizontalPodAutoscalerConfig")).toMap()
                                  .value(QStringLiteral("behavior"));
    if (behavior.isValid() && !behavior.isNull()) {
        // Parse through HpaSpec so the same validation and defaulting apply.
        QVariantMap hpaSpecMap{{QStringLiteral("scaleTargetRef"), QVariantMap{{QStringLiteral("name"), QStringLiteral("x")}}},
                               {QStringLiteral("maxReplicas"), 1},
                               {QStringLiteral("behavior"), behavior}};
        QStringList hpaErrors;
        const auto parsed = HpaSpec::fromManifest(QVariantMap{{QStringLiteral("spec"), hpaSpecMap}}, &hpaErrors);
        for (QString e : std::as_const(hpaErrors)) {
            e.replace(QStringLiteral("spec.behavior"), QStringLiteral("spec.advanced.horizontalPodAutoscalerConfig.behavior"));
            if (errors)
                errors->append(e);
        }
        if (parsed) {
            spec.scaleUp = parsed->scaleUp;
            spec.scaleDown = parsed->scaleDown;
        } else {
            usable = false;
        }
    }
    if (!usable)
        return std::nullopt;
    return spec;
}

std::optional<KedaSpec> KedaSpec::fromObject(const DesignObject &object, QStringList *errors)
{
    if (object.kind != ObjectKind::ScaledObject) {
        if (errors)
            errors->append(QStringLiteral("kind: expected ScaledObject, got %1").arg(kindName(object.kind)));
        return std::nullopt;
    }
    auto spec = fromManifest(object.fields, errors);
    if (spec && spec->name.isEmpty())
        spec->name = object.name;
    return spec;
}

bool KedaSpec::triggerNamesQueue(const QVariantMap &trigger, const DesignObject &queue)
{
    if (trigger.value(QStringLiteral("type")).toString() != QLatin1String("aws-sqs-queue"))
        return false;
    const QVariantMap metadata = trigger.value(QStringLiteral("metadata")).toMap();
    QString name = metadata.value(QStringLiteral("queueName")).toString();
    if (name.isEmpty()) {
        const QString url = metadata.value(QStringLiteral("queueURL")).toString();
        name = url.mid(url.lastIndexOf(QLatin1Char('/')) + 1);
    }
    return !name.isEmpty() && (queue.name == name || queue.field(QStringLiteral("QueueName")).toString() == name);
}

KedaController::KedaController(KedaSpec spec, double hpaTolerance)
    : m_spec(std::move(spec))
    , m_hpa(m_spec.hpaSpec(), hpaTolerance)
{
}

KedaDecision KedaController::poll(double timeSeconds, int currentReplicas, const QVector<double> &triggerValues)
{
    KedaDecision d;
    d.source = KedaDecision::Source::Poll;
    d.timeSeconds = timeSeconds;
    d.currentReplicas = currentReplicas;
    d.finalReplicas = currentReplicas;
    d.rule = QStringLiteral("none");
    for (int i = 0; i < m_spec.triggers.size(); ++i) {
        const double v = i < triggerValues.size() ? triggerValues.at(i) : std::nan("");
        if (std::isfinite(v) && v > m_spec.triggers.at(i).activationValue)
            d.active = true;
    }
    const int idle = m_spec.idleReplicaCount.value_or(0);
    const bool atIdle = currentReplicas == 0 || (m_spec.idleReplicaCount && currentReplicas == idle);
    if (d.active) {
        m_lastActiveSeconds = timeSeconds;
        if (atIdle) {
            d.finalReplicas = std::max(m_spec.minReplicaCount, 1);
            d.rule = QStringLiteral("activation");
        }
        return d;
    }
    if (currentReplicas > 0 && (m_spec.minReplicaCount == 0 || m_spec.idleReplicaCount)) {
        if (m_spec.idleReplicaCount && currentReplicas == idle)
            return d;
        if (!m_lastActiveSeconds || *m_lastActiveSeconds + m_spec.cooldownPeriodSeconds < timeSeconds) {
            d.finalReplicas = idle;
            d.rule = QStringLiteral("cooldown");
        } else {
            d.rule = QStringLiteral("cooldown-wait");
        }
        return d;
    }
    if (!m_spec.idleReplicaCount && currentReplicas < m_spec.minReplicaCount) {
        d.finalReplicas = m_spec.minReplicaCount;
        d.rule = QStringLiteral("min");
    }
    return d;
}

KedaDecision KedaController::hpaSync(double timeSeconds, int currentReplicas, const QVector<double> &triggerValues,
                                     int readyReplicas)
{
    KedaDecision d;
    d.source = KedaDecision::Source::Hpa;
    d.timeSeconds = timeSeconds;
    d.currentReplicas = currentReplicas;
    d.rule = QStringLiteral("hpa");
    QVector<HpaMetricProposal> proposals(m_spec.triggers.size());
    const HpaSpec &hpaSpec = m_hpa.spec();
    const bool consult = currentReplicas >= hpaSpec.minReplicas && currentReplicas <= hpaSpec.maxReplicas;
    for (int i = 0; consult && i < m_spec.triggers.size(); ++i) {
        const double v = i < triggerValues.size() ? triggerValues.at(i) : std::nan("");
        if (!std::isfinite(v))
            continue;
        proposals[i] = ReplicaCalculator::perPodTotal(ReplicaCalculator::milli(v),
                                                      ReplicaCalculator::milli(m_spec.triggers.at(i).targetValue),
                                                      currentReplicas, m_hpa.tolerance());
    }
    // An idle ScaledObject (replicas = idleReplicaCount below the HPA's minimum) is KEDA's to
    // change, not the HPA's: the HPA would clamp it to minReplicas.
    if (currentReplicas == 0 || (m_spec.idleReplicaCount && currentReplicas == *m_spec.idleReplicaCount)) {
        d.finalReplicas = currentReplicas;
        d.rule = QStringLiteral("none");
        return d;
    }
    d.hpa = m_hpa.syncProposals(timeSeconds, currentReplicas, proposals, readyReplicas);
    d.finalReplicas = d.hpa->finalReplicas;
    return d;
}

} // namespace Scaleplan
