#include "model/sim/hpaspec.h"

#include "model/quantity.h"

#include <cmath>

namespace Scaleplan {

namespace {

// Validation limits: Kubernetes API validation of HPAScalingRules
// (pkg/apis/autoscaling/validation/validation.go, MaxPeriodSeconds / MaxStabilizationWindowSeconds).
constexpr int maxPeriodSeconds = 1800;
constexpr int maxStabilizationWindowSeconds = 3600;

class ErrorSink
{
public:
    explicit ErrorSink(QStringList *errors) : m_errors(errors) {}
    void add(const QString &path, const QString &message)
    {
        m_failed = true;
        if (m_errors)
            m_errors->append(QString(path + QStringLiteral(": ") + message));
    }
    bool failed() const { return m_failed; }
    void clearFailed() { m_failed = false; }

private:
    QStringList *m_errors;
    bool m_failed = false;
};

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

/// An integer field: a YAML int (or a double holding an integer). Strings are rejected, as the API
/// server rejects `minReplicas: "3"`.
std::optional<int> readInt(const QVariant &value, const QString &path, ErrorSink &sink)
{
    if (!isNumber(value)) {
        sink.add(path, QStringLiteral("must be an integer"));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || std::abs(number) > 2147483647.0) {
        sink.add(path, QStringLiteral("must be an integer"));
        return std::nullopt;
    }
    return int(number);
}

std::optional<HpaScalingRules> readRules(const QVariant &value, const QString &path,
                                         HpaScalingRules rules, ErrorSink &sink)
{
    if (!value.isValid() || value.isNull())
        return rules;
    if (value.typeId() != QMetaType::QVariantMap) {
        sink.add(path, QStringLiteral("must be a map"));
        return std::nullopt;
    }
    bool ok = true;
    const QVariantMap map = value.toMap();
    if (map.contains(QStringLiteral("stabilizationWindowSeconds"))) {
        const QString p = QString(path + QStringLiteral(".stabilizationWindowSeconds"));
        const auto seconds = readInt(map.value(QStringLiteral("stabilizationWindowSeconds")), p, sink);
        if (!seconds) {
            ok = false;
        } else if (*seconds < 0 || *seconds > maxStabilizationWindowSeconds) {
            sink.add(p, QStringLiteral("must be between 0 and %1").arg(maxStabilizationWindowSeconds));
            ok = false;
        } else {
            rules.stabilizationWindowSeconds = *seconds;
        }
    }
    if (map.contains(QStringLiteral("selectPolicy"))) {
        const QString p = QString(path + QStringLiteral(".selectPolicy"));
        const QString text = map.value(QStringLiteral("selectPolicy")).toString();
        if (text == QLatin1String("Max"))
            rules.selectPolicy = HpaSelectPolicy::Max;
        else if (text == QLatin1String("Min"))
            rules.selectPolicy = HpaSelectPolicy::Min;
        else if (text == QLatin1String("Disabled"))
            rules.selectPolicy = HpaSelectPolicy::Disabled;
        else {
            sink.add(p, QStringLiteral("must be Max, Min or Disabled, not '%1'").arg(text));
            ok = false;
        }
    }
    if (map.contains(QStringLiteral("policies"))) {
        const QString p = QString(path + QStringLiteral(".policies"));
        const QVariant policiesValue = map.value(QStringLiteral("policies"));
        if (policiesValue.typeId() != QMetaType::QVariantList) {
            sink.add(p, QStringLiteral("must be a list"));
            return std::nullopt;
        }
        const QVariantList list = policiesValue.toList();
        if (list.isEmpty()) {
            sink.add(p, QStringLiteral("must specify at least one policy"));
            ok = false;
        }
        QList<HpaScalingPolicy> policies;
        for (int i = 0; i < list.size(); ++i) {
            const QString pp = QStringLiteral("%1[%2]").arg(p).arg(i);
            const QVariantMap entry = list.at(i).toMap();
            HpaScalingPolicy policy;
            const QString type = entry.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("Pods")) {
                policy.type = HpaPolicyType::Pods;
            } else if (type == QLatin1String("Percent")) {
                policy.type = HpaPolicyType::Percent;
            } else {
                sink.add(QString(pp + QStringLiteral(".type")),
                         QStringLiteral("must be Pods or Percent, not '%1'").arg(type));
                ok = false;
                continue;
            }
            const auto policyValue = readInt(entry.value(QStringLiteral("value")), QString(pp + QStringLiteral(".value")), sink);
            const auto period = readInt(entry.value(QStringLiteral("periodSeconds")),
                                        QString(pp + QStringLiteral(".periodSeconds")), sink);
            if (!policyValue || !period) {
                ok = false;
                continue;
            }
            if (*policyValue <= 0) {
                sink.add(QString(pp + QStringLiteral(".value")), QStringLiteral("must be greater than 0"));
                ok = false;
                continue;
            }
            if (*period <= 0 || *period > maxPeriodSeconds) {
                sink.add(QString(pp + QStringLiteral(".periodSeconds")),
                         QStringLiteral("must be between 1 and %1").arg(maxPeriodSeconds));
                ok = false;
                continue;
            }
            policy.value = *policyValue;
            policy.periodSeconds = *period;
            policies.append(policy);
        }
        rules.policies = policies;
    }
    if (!ok)
        return std::nullopt;
    return rules;
}

std::optional<HpaMetricSpec> readMetric(const QVariantMap &entry, const QString &path, ErrorSink &sink)
{
    HpaMetricSpec metric;
    const QString type = entry.value(QStringLiteral("type")).toString();
    QString sourceKey;
    if (type == QLatin1String("Resource")) {
        metric.sourceType = HpaMetricSourceType::Resource;
        sourceKey = QStringLiteral("resource");
    } else if (type == QLatin1String("ContainerResource")) {
        metric.sourceType = HpaMetricSourceType::ContainerResource;
        sourceKey = QStringLiteral("containerResource");
    } else if (type == QLatin1String("Pods")) {
        metric.sourceType = HpaMetricSourceType::Pods;
        sourceKey = QStringLiteral("pods");
    } else if (type == QLatin1String("Object")) {
        metric.sourceType = HpaMetricSourceType::Object;
        sourceKey = QStringLiteral("object");
    } else if (type == QLatin1String("External")) {
        metric.sourceType = HpaMetricSourceType::External;
        sourceKey = QStringLiteral("external");
    } else {
        sink.add(QString(path + QStringLiteral(".type")),
                 QStringLiteral("must be Resource, ContainerResource, Pods, Object or External, not '%1'").arg(type));
        return std::nullopt;
    }
    const QString sourcePath = QString(path + QLatin1Char('.') + sourceKey);
    const QVariantMap source = entry.value(sourceKey).toMap();
    if (source.isEmpty()) {
        sink.add(sourcePath, QStringLiteral("required for type %1").arg(type));
        return std::nullopt;
    }
    const bool isResource = metric.sourceType == HpaMetricSourceType::Resource
        || metric.sourceType == HpaMetricSourceType::ContainerResource;
    metric.metricName = isResource ? source.value(QStringLiteral("name")).toString()
                                   : source.value(QStringLiteral("metric")).toMap().value(QStringLiteral("name")).toString();
    if (metric.metricName.isEmpty()) {
        sink.add(QString(sourcePath + (isResource ? QStringLiteral(".name") : QStringLiteral(".metric.name"))),
                 QStringLiteral("required"));
        return std::nullopt;
    }

    const QString targetPath = QString(sourcePath + QStringLiteral(".target"));
    const QVariantMap target = source.value(QStringLiteral("target")).toMap();
    const QString targetType = target.value(QStringLiteral("type")).toString();
    if (targetType == QLatin1String("Utilization")) {
        if (!isResource) {
            sink.add(QString(targetPath + QStringLiteral(".type")),
                     QStringLiteral("Utilization is only valid for Resource and ContainerResource metrics"));
            return std::nullopt;
        }
        metric.targetType = HpaMetricTargetType::Utilization;
        const auto percent = readInt(target.value(QStringLiteral("averageUtilization")),
                                     QString(targetPath + QStringLiteral(".averageUtilization")), sink);
        if (!percent)
            return std::nullopt;
        if (*percent <= 0) {
            sink.add(QString(targetPath + QStringLiteral(".averageUtilization")), QStringLiteral("must be greater than 0"));
            return std::nullopt;
        }
        metric.targetValue = *percent;
        return metric;
    }
    QString valueKey;
    if (targetType == QLatin1String("AverageValue")) {
        metric.targetType = HpaMetricTargetType::AverageValue;
        valueKey = QStringLiteral("averageValue");
    } else if (targetType == QLatin1String("Value")) {
        if (metric.sourceType != HpaMetricSourceType::Object && metric.sourceType != HpaMetricSourceType::External) {
            sink.add(QString(targetPath + QStringLiteral(".type")),
                     QStringLiteral("Value is only valid for Object and External metrics"));
            return std::nullopt;
        }
        metric.targetType = HpaMetricTargetType::Value;
        valueKey = QStringLiteral("value");
    } else {
        sink.add(QString(targetPath + QStringLiteral(".type")),
                 QStringLiteral("must be Utilization, AverageValue or Value, not '%1'").arg(targetType));
        return std::nullopt;
    }
    const QString valuePath = QString(targetPath + QLatin1Char('.') + valueKey);
    const auto quantity = Quantity::parse(target.value(valueKey));
    if (!quantity) {
        sink.add(valuePath, QStringLiteral("must be a Kubernetes quantity"));
        return std::nullopt;
    }
    if (*quantity <= 0) {
        sink.add(valuePath, QStringLiteral("must be greater than 0"));
        return std::nullopt;
    }
    metric.targetValue = *quantity;
    return metric;
}

} // namespace

bool HpaMetricSpec::isPodMetric() const
{
    return sourceType == HpaMetricSourceType::Resource || sourceType == HpaMetricSourceType::ContainerResource
        || sourceType == HpaMetricSourceType::Pods;
}

QString HpaMetricSpec::label() const
{
    switch (sourceType) {
    case HpaMetricSourceType::Resource:
        return metricName;
    case HpaMetricSourceType::ContainerResource:
        return QString(QStringLiteral("container/") + metricName);
    case HpaMetricSourceType::Pods:
        return QString(QStringLiteral("pods/") + metricName);
    case HpaMetricSourceType::Object:
        return QString(QStringLiteral("object/") + metricName);
    case HpaMetricSourceType::External:
        return QString(QStringLiteral("external/") + metricName);
    }
    return metricName;
}

HpaScalingRules HpaSpec::defaultScaleUpRules()
{
    HpaScalingRules rules;
    rules.stabilizationWindowSeconds = 0;
    rules.selectPolicy = HpaSelectPolicy::Max;
    rules.policies = {HpaScalingPolicy{HpaPolicyType::Percent, 100, 15}, HpaScalingPolicy{HpaPolicyType::Pods, 4, 15}};
    return rules;
}

HpaScalingRules HpaSpec::defaultScaleDownRules()
{
    HpaScalingRules rules;
    rules.stabilizationWindowSeconds = 300;
    rules.selectPolicy = HpaSelectPolicy::Max;
    rules.policies = {HpaScalingPolicy{HpaPolicyType::Percent, 100, 15}};
    return rules;
}

std::optional<HpaSpec> HpaSpec::fromManifest(const QVariantMap &manifest, QStringList *errors)
{
    ErrorSink sink(errors);
    bool usable = true;
    HpaSpec spec;
    spec.name = manifest.value(QStringLiteral("metadata")).toMap().value(QStringLiteral("name")).toString();
    const QVariant specValue = manifest.value(QStringLiteral("spec"));
    if (specValue.typeId() != QMetaType::QVariantMap) {
        sink.add(QStringLiteral("spec"), QStringLiteral("required"));
        return std::nullopt;
    }
    const QVariantMap specMap = specValue.toMap();

    const QVariantMap ref = specMap.value(QStringLiteral("scaleTargetRef")).toMap();
    spec.scaleTargetKind = ref.value(QStringLiteral("kind")).toString();
    spec.scaleTargetName = ref.value(QStringLiteral("name")).toString();
    if (spec.scaleTargetName.isEmpty())
        sink.add(QStringLiteral("spec.scaleTargetRef.name"), QStringLiteral("required"));

    if (specMap.contains(QStringLiteral("minReplicas"))) {
        const auto minReplicas = readInt(specMap.value(QStringLiteral("minReplicas")), QStringLiteral("spec.minReplicas"), sink);
        if (!minReplicas) {
            usable = false;
        } else if (*minReplicas < 1) {
            sink.add(QStringLiteral("spec.minReplicas"), QStringLiteral("must be at least 1"));
            usable = false;
        } else {
            spec.minReplicas = *minReplicas;
        }
    }
    if (!specMap.contains(QStringLiteral("maxReplicas"))) {
        sink.add(QStringLiteral("spec.maxReplicas"), QStringLiteral("required"));
        usable = false;
    } else {
        const auto maxReplicas = readInt(specMap.value(QStringLiteral("maxReplicas")), QStringLiteral("spec.maxReplicas"), sink);
        if (!maxReplicas) {
            usable = false;
        } else if (*maxReplicas < 1) {
            sink.add(QStringLiteral("spec.maxReplicas"), QStringLiteral("must be at least 1"));
            usable = false;
        } else {
            spec.maxReplicas = *maxReplicas;
        }
    }
    if (usable && spec.minReplicas > spec.maxReplicas) {
        sink.add(QStringLiteral("spec.maxReplicas"),
                 QStringLiteral("must be greater than or equal to minReplicas (%1 < %2)")
                     .arg(spec.maxReplicas)
                     .arg(spec.minReplicas));
        usable = false;
    }

    const QVariant metricsValue = specMap.value(QStringLiteral("metrics"));
    const bool metricsGiven = metricsValue.isValid() && !metricsValue.isNull()
        && !(metricsValue.typeId() == QMetaType::QVariantList && metricsValue.toList().isEmpty());
    const QString apiVersion = manifest.value(QStringLiteral("apiVersion")).toString();
    const bool v1 = apiVersion == QLatin1String("autoscaling/v1");
    const QString v1Target = QStringLiteral("targetCPUUtilizationPercentage");
    if (v1) {
        // autoscaling/v1: one CPU utilisation target, default 80 % (pkg/apis/autoscaling/v1/defaults.go);
        // no metrics and no behavior (the v2 defaults apply, as the API server converts v1 to v2).
        int percent = 80;
        if (specMap.contains(v1Target)) {
            const auto value = readInt(specMap.value(v1Target), QStringLiteral("spec.") + v1Target, sink);
            if (!value || *value < 1) {
                if (value)
                    sink.add(QStringLiteral("spec.") + v1Target, QStringLiteral("must be greater than 0"));
                usable = false;
            } else {
                percent = *value;
            }
        }
        for (const QString &v2Only : {QStringLiteral("metrics"), QStringLiteral("behavior")}) {
            if (specMap.contains(v2Only)) {
                sink.add(QStringLiteral("spec.") + v2Only,
                         QStringLiteral("not a field of autoscaling/v1 (use apiVersion autoscaling/v2)"));
                usable = false;
            }
        }
        spec.metrics.append(HpaMetricSpec{HpaMetricSourceType::Resource, QStringLiteral("cpu"),
                                          HpaMetricTargetType::Utilization, double(percent)});
        if (!usable)
            return std::nullopt;
        return spec;
    }
    if (specMap.contains(v1Target)) {
        // A v1 field in a v2 manifest: the API server refuses it (strict field validation), and
        // simulating the 80 % default instead would hide the mistake.
        sink.add(QStringLiteral("spec.") + v1Target,
                 QStringLiteral("an autoscaling/v1 field; autoscaling/v2 sets the CPU target in spec.metrics "
                                "(type Resource, resource.name cpu, target.averageUtilization)"));
        usable = false;
    }
    if (metricsGiven) {
        if (metricsValue.typeId() != QMetaType::QVariantList) {
            sink.add(QStringLiteral("spec.metrics"), QStringLiteral("must be a list"));
        } else {
            const QVariantList list = metricsValue.toList();
            for (int i = 0; i < list.size(); ++i) {
                const auto metric = readMetric(list.at(i).toMap(), QStringLiteral("spec.metrics[%1]").arg(i), sink);
                if (metric)
                    spec.metrics.append(*metric);
            }
        }
    } else {
        // autoscaling/v2 defaulting: no (or an empty list of) metrics = 80% average CPU utilisation
        // (pkg/apis/autoscaling/v2/defaults.go, SetDefaults_HorizontalPodAutoscaler).
        spec.metrics.append(HpaMetricSpec{HpaMetricSourceType::Resource, QStringLiteral("cpu"),
                                          HpaMetricTargetType::Utilization, 80});
    }

    const QVariant behaviorValue = specMap.value(QStringLiteral("behavior"));
    if (behaviorValue.isValid() && !behaviorValue.isNull()) {
        if (behaviorValue.typeId() != QMetaType::QVariantMap) {
            sink.add(QStringLiteral("spec.behavior"), QStringLiteral("must be a map"));
            usable = false;
        } else {
            const QVariantMap behavior = behaviorValue.toMap();
            const auto up = readRules(behavior.value(QStringLiteral("scaleUp")), QStringLiteral("spec.behavior.scaleUp"),
                                      defaultScaleUpRules(), sink);
            const auto down = readRules(behavior.value(QStringLiteral("scaleDown")),
                                        QStringLiteral("spec.behavior.scaleDown"), defaultScaleDownRules(), sink);
            if (up)
                spec.scaleUp = *up;
            if (down)
                spec.scaleDown = *down;
            if (!up || !down)
                usable = false;
        }
    }
    if (!usable)
        return std::nullopt;
    return spec;
}

std::optional<HpaSpec> HpaSpec::fromObject(const DesignObject &object, QStringList *errors)
{
    if (object.kind != ObjectKind::HorizontalPodAutoscaler) {
        if (errors)
            errors->append(QStringLiteral("kind: expected HorizontalPodAutoscaler, got %1").arg(kindName(object.kind)));
        return std::nullopt;
    }
    auto spec = fromManifest(object.fields, errors);
    if (spec && spec->name.isEmpty())
        spec->name = object.name;
    return spec;
}

QString hpaSelectPolicyName(HpaSelectPolicy policy)
{
    switch (policy) {
    case HpaSelectPolicy::Max:
        return QStringLiteral("Max");
    case HpaSelectPolicy::Min:
        return QStringLiteral("Min");
    case HpaSelectPolicy::Disabled:
        return QStringLiteral("Disabled");
    }
    return {};
}

} // namespace Scaleplan
