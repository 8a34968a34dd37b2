#include "model/validation/kubernetesrules.h"

#include "model/fieldpath.h"

#include <QRegularExpression>
#include <QSet>

namespace Scaleplan::KubernetesRules {

using RuleSupport::isList;
using RuleSupport::isMap;
using RuleSupport::makeDiagnostic;
using RuleSupport::text;

namespace {

const QString kHpaApi = QStringLiteral(
    "Kubernetes API reference, HorizontalPodAutoscaler (autoscaling/v2), HorizontalPodAutoscalerSpec");

// --- HorizontalPodAutoscaler -------------------------------------------------------------------

void checkHpaReplicas(const DesignData &design, const DesignObject &hpa, QList<Diagnostic> &out)
{
    const QString rule = QStringLiteral("k8s.hpa.min-max");
    const QVariant minValue = hpa.field(QStringLiteral("spec.minReplicas"));
    const QVariant maxValue = hpa.field(QStringLiteral("spec.maxReplicas"));
    // autoscaling/v2: minReplicas defaults to 1 when absent.
    const std::optional<qint64> minReplicas = minValue.isValid() ? RuleSupport::integer(minValue) : std::optional<qint64>(1);
    const std::optional<qint64> maxReplicas = RuleSupport::integer(maxValue);

    if (!minReplicas || *minReplicas < 1) {
        Diagnostic d = makeDiagnostic(design, hpa, Severity::Error, rule, QStringLiteral("spec.minReplicas"),
            QStringLiteral("minReplicas is %1, but it must be an integer of at least 1 (%2: minReplicas "
                           "defaults to 1; 0 is only allowed with the alpha feature gate HPAScaleToZero).")
                .arg(text(minValue).isEmpty() ? QStringLiteral("not an integer") : text(minValue), kHpaApi));
        d.fix = {FieldChange{hpa.id, QStringLiteral("spec.minReplicas"), 1}};
        d.fixDescription = QStringLiteral("Set minReplicas to 1, the autoscaling/v2 default.");
        out.append(d);
    }
    if (!maxValue.isValid()) {
        out.append(makeDiagnostic(design, hpa, Severity::Error, rule, QStringLiteral("spec.maxReplicas"),
            QStringLiteral("maxReplicas is missing; it is a required field of autoscaling/v2 "
                           "HorizontalPodAutoscalerSpec (the upper limit for the number of replicas) (%1).")
                .arg(kHpaApi)));
    } else if (!maxReplicas || *maxReplicas < 1) {
        out.append(makeDiagnostic(design, hpa, Severity::Error, rule, QStringLiteral("spec.maxReplicas"),
            QStringLiteral("maxReplicas is %1, but it must be an integer of at least 1 (%2).")
                .arg(text(maxValue), kHpaApi)));
    } else if (minReplicas && *minReplicas >= 1 && *minReplicas > *maxReplicas) {
        out.append(makeDiagnostic(design, hpa, Severity::Error, rule, QStringLiteral("spec.minReplicas"),
            QStringLiteral("minReplicas (%1) is greater than maxReplicas (%2); the API server rejects it "
                           "because maxReplicas \"cannot be less than minReplicas\" (%3).")
                .arg(*minReplicas)
                .arg(*maxReplicas)
                .arg(kHpaApi)));
    }
}

void checkHpaMetrics(const DesignData &design, const DesignObject &hpa, QList<Diagnostic> &out)
{
    const QString rule = QStringLiteral("k8s.hpa.metric-target");
    static const QHash<QString, QString> sourceKeyOfType = {
        {QStringLiteral("Resource"), QStringLiteral("resource")},
        {QStringLiteral("ContainerResource"), QStringLiteral("containerResource")},
        {QStringLiteral("Pods"), QStringLiteral("pods")},
        {QStringLiteral("Object"), QStringLiteral("object")},
        {QStringLiteral("External"), QStringLiteral("external")},
    };
    static const QHash<QString, QString> valueKeyOfTargetType = {
        {QStringLiteral("Utilization"), QStringLiteral("averageUtilization")},
        {QStringLiteral("AverageValue"), QStringLiteral("averageValue")},
        {QStringLiteral("Value"), QStringLiteral("value")},
    };
    const QVariantList metrics = hpa.field(QStringLiteral("spec.metrics")).toList();
    for (int i = 0; i < metrics.size(); ++i) {
        const QString metricPath = FieldPath::element(QStringLiteral("spec.metrics"), i);
        const QVariantMap metric = metrics.at(i).toMap();
        const QString type = text(metric.value(QStringLiteral("type")));
        if (!sourceKeyOfType.contains(type)) {
            out.append(makeDiagnostic(design, hpa, Severity::Error, rule, metricPath + QStringLiteral(".type"),
                QStringLiteral("metrics[%1].type is \"%2\", but autoscaling/v2 MetricSpec.type must be one of "
                               "ContainerResource, External, Object, Pods or Resource (%3, MetricSpec).")
                    .arg(i)
                    .arg(type, kHpaApi)));
            continue;
        }
        const QString sourceKey = sourceKeyOfType.value(type);
        const QString sourcePath = QString(metricPath + QLatin1Char('.') + sourceKey);
        if (!isMap(metric.value(sourceKey))) {
            out.append(makeDiagnostic(design, hpa, Severity::Error, rule, sourcePath,
                QStringLiteral("metrics[%1] has type %2 but no \"%3\" block; the metric source must be set in the "
                               "field named after the type (%4, MetricSpec).")
                    .arg(i)
                    .arg(type, sourceKey, kHpaApi)));
            continue;
        }
        const QVariantMap target = metric.value(sourceKey).toMap().value(QStringLiteral("target")).toMap();
        const QString targetPath = QString(sourcePath + QStringLiteral(".target"));
        const QString targetType = text(target.value(QStringLiteral("type")));
        if (!valueKeyOfTargetType.contains(targetType)) {
            out.append(makeDiagnostic(design, hpa, Severity::Error, rule, targetPath + QStringLiteral(".type"),
                QStringLiteral("metrics[%1].%2.target.type is \"%3\", but MetricTarget.type must be Utilization, "
                               "Value or AverageValue (%4, MetricTarget).")
                    .arg(i)
                    .arg(sourceKey, targetType, kHpaApi)));
            continue;
        }
        if (targetType == QLatin1String("Utilization") && type != QLatin1String("Resource")
            && type != QLatin1String("ContainerResource")) {
            out.append(makeDiagnostic(design, hpa, Severity::Error, rule, targetPath + QStringLiteral(".type"),
                QStringLiteral("metrics[%1] of type %2 uses target type Utilization, which is only defined for "
                               "Resource and ContainerResource metrics (a percentage of the pods' resource "
                               "requests) (%3, MetricTarget.averageUtilization).")
                    .arg(i)
                    .arg(type, kHpaApi)));
            continue;
        }
        const QString valueKey = valueKeyOfTargetType.value(targetType);
        if (!target.contains(valueKey)) {
            out.append(makeDiagnostic(design, hpa, Severity::Error, rule, QString(targetPath + QLatin1Char('.') + valueKey),
                QStringLiteral("metrics[%1].%2.target has type %3 but no %4; a %3 target is compared against "
                               "%4, so without it the HPA cannot compute a desired replica count (%5, MetricTarget).")
                    .arg(i)
                    .arg(sourceKey, targetType, valueKey, kHpaApi)));
        }
    }
}

/// Deployment names of the cluster enclosing `object` (or of the whole design when it has none).
QSet<QString> deploymentNames(const DesignData &design, const DesignObject &object)
{
    QSet<QString> names;
    const ObjectId cluster = design.enclosing(object.id, ObjectKind::EksCluster);
    for (ObjectId id : RuleSupport::kubernetesObjectsInCluster(design, ObjectKind::Deployment, cluster))
        names.insert(design.object(id)->name);
    return names;
}

/// Warns when the reference at `refPath` (name, kind) names a Deployment the design lacks.
void checkTarget(const DesignData &design, const DesignObject &object, const QString &rule, const QString &refPath,
                 const QString &defaultKind, const QString &consequence, QList<Diagnostic> &out)
{
    const QVariantMap ref = object.field(refPath).toMap();
    const QString name = text(ref.value(QStringLiteral("name")));
    QString kind = text(ref.value(QStringLiteral("kind")));
    if (kind.isEmpty())
        kind = defaultKind;
    if (name.isEmpty() || kind != QLatin1String("Deployment"))
        return; // other kinds (StatefulSet, ...) are not modelled, so their absence proves nothing
    if (deploymentNames(design, object).contains(name))
        return;
    const ObjectId cluster = design.enclosing(object.id, ObjectKind::EksCluster);
    const QString where = cluster ? QStringLiteral(" in cluster %1").arg(design.object(cluster)->name) : QString();
    out.append(makeDiagnostic(design, object, Severity::Warning, rule, QString(refPath + QStringLiteral(".name")),
        QStringLiteral("%1 names Deployment \"%2\", which the design does not hold%3; %4")
            .arg(refPath, name, where, consequence)));
}

// --- VerticalPodAutoscaler vs HorizontalPodAutoscaler --------------------------------------------

/// Resource names (cpu/memory) the HPA scales on through Resource/ContainerResource metrics.
QSet<QString> hpaResourceMetrics(const DesignObject &hpa)
{
    QSet<QString> names;
    const QVariantList metrics = hpa.field(QStringLiteral("spec.metrics")).toList();
    for (const QVariant &m : metrics) {
        const QVariantMap metric = m.toMap();
        const QString type = text(metric.value(QStringLiteral("type")));
        QString name;
        if (type == QLatin1String("Resource"))
            name = text(FieldPath::value(metric, QStringLiteral("resource.name")));
        else if (type == QLatin1String("ContainerResource"))
            name = text(FieldPath::value(metric, QStringLiteral("containerResource.name")));
        if (name == QLatin1String("cpu") || name == QLatin1String("memory"))
            names.insert(name);
    }
    return names;
}

/// Resource names a KEDA ScaledObject scales on through cpu/memory triggers (KEDA turns them into
/// Resource metrics of the HPA it manages; KEDA docs, Scalers, "CPU" and "Memory").
QSet<QString> kedaResourceTriggers(const DesignObject &scaledObject)
{
    QSet<QString> names;
    for (const QVariant &t : scaledObject.field(QStringLiteral("spec.triggers")).toList()) {
        const QString type = text(t.toMap().value(QStringLiteral("type")));
        if (type == QLatin1String("cpu") || type == QLatin1String("memory"))
            names.insert(type);
    }
    return names;
}

void checkVpaHpaConflict(const DesignData &design, const DesignObject &vpa, QList<Diagnostic> &out)
{
    const QVariant modeValue = vpa.field(QStringLiteral("spec.updatePolicy.updateMode"));
    // VPA CRD: "The default is 'Auto'."
    const QString mode = modeValue.isValid() ? text(modeValue) : QStringLiteral("Auto");
    if (mode != QLatin1String("Auto") && mode != QLatin1String("Recreate") && mode != QLatin1String("InPlaceOrRecreate"))
        return;
    const QString targetName = text(vpa.field(QStringLiteral("spec.targetRef.name")));
    const QString targetKind = text(vpa.field(QStringLiteral("spec.targetRef.kind")));
    if (targetName.isEmpty())
        return;

    // Resources the VPA controls: the union of containerPolicies[].controlledResources when every
    // policy lists them, otherwise the default [cpu, memory] (VPA CRD, controlledResources).
    QSet<QString> controlled;
    const QVariantList policies = vpa.field(QStringLiteral("spec.resourcePolicy.containerPolicies")).toList();
    bool allExplicit = !policies.isEmpty();
    for (const QVariant &p : policies) {
        const QVariantMap policy = p.toMap();
        if (text(policy.value(QStringLiteral("mode"))) == QLatin1String("Off"))
            continue;
        if (!policy.contains(QStringLiteral("controlledResources"))) {
            allExplicit = false;
            continue;
        }
        for (const QVariant &r : policy.value(QStringLiteral("controlledResources")).toList())
            controlled.insert(text(r));
    }
    if (!allExplicit)
        controlled = {QStringLiteral("cpu"), QStringLiteral("memory")};

    const ObjectId cluster = design.enclosing(vpa.id, ObjectKind::EksCluster);
    struct Scaler {
        ObjectKind kind;
        QString refPath;
        QString defaultKind;
    };
    const QList<Scaler> scalers = {
        {ObjectKind::HorizontalPodAutoscaler, QStringLiteral("spec.scaleTargetRef"), QString()},
        {ObjectKind::ScaledObject, QStringLiteral("spec.scaleTargetRef"), QStringLiteral("Deployment")},
    };
    for (const Scaler &scaler : scalers) {
        for (ObjectId id : RuleSupport::kubernetesObjectsInCluster(design, scaler.kind, cluster)) {
            const DesignObject &other = *design.object(id);
            const QVariantMap ref = other.field(scaler.refPath).toMap();
            QString kind = text(ref.value(QStringLiteral("kind")));
            if (kind.isEmpty())
                kind = scaler.defaultKind;
            if (text(ref.value(QStringLiteral("name"))) != targetName || (!targetKind.isEmpty() && kind != targetKind))
                continue;
            const QSet<QString> used = scaler.kind == ObjectKind::HorizontalPodAutoscaler ? hpaResourceMetrics(other)
                                                                                          : kedaResourceTriggers(other);
            QStringList shared = QSet<QString>(used).intersect(controlled).values();
            if (shared.isEmpty())
                continue;
            shared.sort();
            out.append(makeDiagnostic(design, vpa, Severity::Warning, QStringLiteral("k8s.vpa-hpa-conflict"),
                QStringLiteral("spec.updatePolicy.updateMode"),
                QStringLiteral("VPA updateMode %1 changes the %2 requests of %3 \"%4\", which %5 \"%6\" also scales "
                               "on %2 utilisation; the two controllers fight (utilisation is measured against the "
                               "requests VPA keeps moving). Kubernetes autoscaler VPA README, \"Known limitations\": "
                               "do not use VPA together with HPA on CPU or memory. Use updateMode \"Off\" "
                               "(recommendations only) or scale the HPA on custom/external metrics.")
                    .arg(mode, shared.join(QStringLiteral(" and ")), targetKind.isEmpty() ? QStringLiteral("workload") : targetKind,
                         targetName, kindName(other.kind), other.name)));
        }
    }
}

// --- Deployment ----------------------------------------------------------------------------------

void checkDeploymentSelector(const DesignData &design, const DesignObject &deployment, QList<Diagnostic> &out)
{
    if (text(deployment.field(QStringLiteral("apiVersion"))) != QLatin1String("apps/v1"))
        return;
    const QString rule = QStringLiteral("k8s.deployment.selector");
    const QString source = QStringLiteral("Kubernetes API reference, Deployment (apps/v1), DeploymentSpec.selector");
    const QVariant selector = deployment.field(QStringLiteral("spec.selector"));
    const QVariantMap matchLabels = deployment.field(QStringLiteral("spec.selector.matchLabels")).toMap();
    const bool hasExpressions = !deployment.field(QStringLiteral("spec.selector.matchExpressions")).toList().isEmpty();
    const QVariantMap labels = deployment.field(QStringLiteral("spec.template.metadata.labels")).toMap();
    const QString labelsPath = QStringLiteral("spec.template.metadata.labels");
    const QString matchPath = QStringLiteral("spec.selector.matchLabels");

    if (!isMap(selector) || (matchLabels.isEmpty() && !hasExpressions)) {
        Diagnostic d = makeDiagnostic(design, deployment, Severity::Error, rule, QStringLiteral("spec.selector"),
            QStringLiteral("The Deployment has no spec.selector; apps/v1 requires a non-empty label selector that "
                           "matches spec.template.metadata.labels (it no longer defaults to the template labels "
                           "as extensions/v1beta1 did) (%1).")
                .arg(source));
        if (!labels.isEmpty()) {
            QStringList pairs;
            for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
                d.fix.append(FieldChange{deployment.id, FieldPath::child(matchPath, it.key()), it.value()});
                pairs.append(QStringLiteral("%1: %2").arg(it.key(), text(it.value())));
            }
            d.fixDescription = QStringLiteral("Select the pods by the template's own labels (spec.selector.matchLabels = {%1}).")
                                   .arg(pairs.join(QStringLiteral(", ")));
        } else {
            d.fix = {FieldChange{deployment.id, FieldPath::child(labelsPath, QStringLiteral("app")), deployment.name},
                     FieldChange{deployment.id, FieldPath::child(matchPath, QStringLiteral("app")), deployment.name}};
            d.fixDescription = QStringLiteral("Add the label app: %1 to spec.template.metadata.labels and "
                                              "spec.selector.matchLabels.")
                                   .arg(deployment.name);
        }
        out.append(d);
        return;
    }
    QStringList mismatched;
    QList<FieldChange> fix;
    for (auto it = matchLabels.constBegin(); it != matchLabels.constEnd(); ++it) {
        if (!labels.contains(it.key()) || text(labels.value(it.key())) != text(it.value())) {
            mismatched.append(QStringLiteral("%1: %2").arg(it.key(), text(it.value())));
            fix.append(FieldChange{deployment.id, FieldPath::child(labelsPath, it.key()), it.value()});
        }
    }
    if (mismatched.isEmpty())
        return;
    Diagnostic d = makeDiagnostic(design, deployment, Severity::Error, rule, labelsPath,
        QStringLiteral("spec.selector.matchLabels (%1) does not match spec.template.metadata.labels; the API server "
                       "rejects the Deployment with \"selector does not match template labels\" (%2).")
            .arg(mismatched.join(QStringLiteral(", ")), source));
    d.fix = fix;
    d.fixDescription = QStringLiteral("Add the selector's labels (%1) to the pod template.").arg(mismatched.join(QStringLiteral(", ")));
    out.append(d);
}

// --- Istio DestinationRule -----------------------------------------------------------------------

void checkOutlierPlacement(const DesignData &design, const DesignObject &rule, const QString &policyPath,
                           QList<Diagnostic> &out)
{
    // OutlierDetection's properties (networking.istio.io DestinationRule schema, OutlierDetection);
    // none of them exists in ConnectionPoolSettings.HTTPSettings.
    static const QStringList outlierKeys = {
        QStringLiteral("consecutiveGatewayErrors"), QStringLiteral("consecutive5xxErrors"),
        QStringLiteral("consecutiveErrors"), QStringLiteral("consecutiveLocalOriginFailures"),
        QStringLiteral("splitExternalLocalOriginErrors"), QStringLiteral("interval"),
        QStringLiteral("baseEjectionTime"), QStringLiteral("maxEjectionPercent"),
        QStringLiteral("minHealthPercent"),
    };
    const QString httpPath = QString(policyPath + QStringLiteral(".connectionPool.http"));
    const QString outlierPath = QString(policyPath + QStringLiteral(".outlierDetection"));
    const QVariantMap http = rule.field(httpPath).toMap();
    const QVariantMap outlier = rule.field(outlierPath).toMap();
    for (const QString &key : outlierKeys) {
        if (!http.contains(key))
            continue;
        const QString fieldPath = QString(httpPath + QLatin1Char('.') + key);
        const QString targetPath = QString(outlierPath + QLatin1Char('.') + key);
        const QVariant value = http.value(key);
        Diagnostic d = makeDiagnostic(design, rule, Severity::Error, QStringLiteral("istio.outlier-in-connection-pool"),
            fieldPath,
            QStringLiteral("%1 is an outlier-detection setting placed under connectionPool.http; Istio's "
                           "ConnectionPoolSettings.HTTPSettings has no such field (the API server rejects it as "
                           "unknown) - it belongs in %2 (Istio reference, Destination Rule, OutlierDetection).")
                .arg(key, QStringLiteral("trafficPolicy.outlierDetection")));
        if (outlier.contains(key) && text(outlier.value(key)) == text(value)) {
            d.fix = {FieldChange{rule.id, fieldPath, QVariant()}};
            d.fixDescription = QStringLiteral("Remove connectionPool.http.%1: outlierDetection.%1 already holds the same "
                                              "value (%2).")
                                   .arg(key, text(value));
        } else if (!outlier.contains(key)) {
            d.fix = {FieldChange{rule.id, targetPath, value}, FieldChange{rule.id, fieldPath, QVariant()}};
            d.fixDescription = QStringLiteral("Move %1: %2 from connectionPool.http to outlierDetection.").arg(key, text(value));
        } else {
            d.message += QStringLiteral(" outlierDetection.%1 already holds a different value (%2 vs %3), so there is "
                                        "no automatic fix.")
                             .arg(key, text(outlier.value(key)), text(value));
        }
        out.append(d);
    }
}

void checkDestinationRule(const DesignData &design, const DesignObject &rule, QList<Diagnostic> &out)
{
    QStringList policies;
    auto addPolicy = [&](const QString &path) {
        if (!isMap(rule.field(path)))
            return;
        policies.append(path);
        const QVariantList ports = rule.field(QString(path + QStringLiteral(".portLevelSettings"))).toList();
        for (int i = 0; i < ports.size(); ++i)
            policies.append(FieldPath::element(QString(path + QStringLiteral(".portLevelSettings")), i));
    };
    addPolicy(QStringLiteral("spec.trafficPolicy"));
    const QVariantList subsets = rule.field(QStringLiteral("spec.subsets")).toList();
    for (int i = 0; i < subsets.size(); ++i)
        addPolicy(QString(FieldPath::element(QStringLiteral("spec.subsets"), i) + QStringLiteral(".trafficPolicy")));
    for (const QString &policy : policies)
        checkOutlierPlacement(design, rule, policy, out);
}

// --- Chaos Mesh, KEDA, Prometheus ----------------------------------------------------------------

void checkPodChaos(const DesignData &design, const DesignObject &chaos, QList<Diagnostic> &out)
{
    const QVariant scheduler = chaos.field(QStringLiteral("spec.scheduler"));
    if (!scheduler.isValid())
        return;
    const QString cron = text(FieldPath::value(scheduler.toMap(), QStringLiteral("cron")));
    out.append(makeDiagnostic(design, chaos, Severity::Warning, QStringLiteral("chaos.podchaos-scheduler"),
        QStringLiteral("spec.scheduler"),
        QStringLiteral("PodChaos spec.scheduler%1 is a Chaos Mesh 1.x field that Chaos Mesh 2.x removed (the "
                       "chaos-mesh.org/v1alpha1 PodChaos schema rejects it); recurring experiments are a separate "
                       "Schedule object (chaos-mesh.org/v1alpha1 Schedule with spec.schedule set to the cron "
                       "expression, spec.type PodChaos and the experiment under spec.podChaos) (Chaos Mesh docs, "
                       "\"Define Scheduling Rules\"). No field fix: the exporter writes a Schedule for it.")
            .arg(cron.isEmpty() ? QString() : QStringLiteral(" (cron \"%1\")").arg(cron))));
}

void checkKedaTriggers(const DesignData &design, const DesignObject &scaledObject, QList<Diagnostic> &out)
{
    const QVariantList triggers = scaledObject.field(QStringLiteral("spec.triggers")).toList();
    for (int i = 0; i < triggers.size(); ++i) {
        const QVariantMap trigger = triggers.at(i).toMap();
        if (text(trigger.value(QStringLiteral("type"))) != QLatin1String("prometheus"))
            continue;
        const QVariantMap metadata = trigger.value(QStringLiteral("metadata")).toMap();
        if (!metadata.contains(QStringLiteral("metricName")))
            continue;
        const QString path = QString(FieldPath::element(QStringLiteral("spec.triggers"), i) + QStringLiteral(".metadata.metricName"));
        Diagnostic d = makeDiagnostic(design, scaledObject, Severity::Warning, QStringLiteral("keda.prometheus-metric-name"), path,
            QStringLiteral("The prometheus trigger's metadata.metricName (\"%1\") is deprecated and ignored since KEDA "
                           "2.10: KEDA names the external metric itself (s<index>-prometheus) (KEDA docs, Scalers, "
                           "Prometheus; KEDA 2.10 release notes).")
                .arg(text(metadata.value(QStringLiteral("metricName")))));
        d.fix = {FieldChange{scaledObject.id, path, QVariant()}};
        d.fixDescription = QStringLiteral("Remove the ignored metricName from trigger %1.").arg(i);
        out.append(d);
    }
}

void checkPrometheusRule(const DesignData &design, const DesignObject &rule, QList<Diagnostic> &out)
{
    // Clusters without an Engine (e.g. the secondary of an Aurora Global Database, which runs
    // its primary's engine) neither prove nor disprove a MySQL cluster; at least one engine must
    // be known and every known one must be aurora-postgresql.
    bool anyEngine = false;
    for (ObjectId id : design.objectsOfKind(ObjectKind::AuroraCluster)) {
        const QString engine = text(design.object(id)->field(QStringLiteral("Engine")));
        if (engine.isEmpty())
            continue;
        if (!engine.startsWith(QLatin1String("aurora-postgresql")))
            return;
        anyEngine = true;
    }
    if (!anyEngine)
        return;
    static const QRegularExpression mysqlMetric(QStringLiteral("\\bmysql_[A-Za-z0-9_]*"));
    const QVariantList groups = rule.field(QStringLiteral("spec.groups")).toList();
    for (int g = 0; g < groups.size(); ++g) {
        const QVariantList rules = groups.at(g).toMap().value(QStringLiteral("rules")).toList();
        for (int r = 0; r < rules.size(); ++r) {
            const QVariantMap entry = rules.at(r).toMap();
            const QString expr = text(entry.value(QStringLiteral("expr")));
            const QRegularExpressionMatch match = mysqlMetric.match(expr);
            if (!match.hasMatch())
                continue;
            const QString path = QString(FieldPath::element(
                QString(FieldPath::element(QStringLiteral("spec.groups"), g) + QStringLiteral(".rules")), r) + QStringLiteral(".expr"));
            const QString alert = text(entry.value(QStringLiteral("alert")));
            out.append(makeDiagnostic(design, rule, Severity::Warning, QStringLiteral("prometheus.rule-engine-mismatch"), path,
                QStringLiteral("%1uses %2, a MySQL metric (mysqld_exporter), but every AuroraCluster of the design with a known engine runs "
                               "aurora-postgresql, so the series never exists and the alert can never fire; use "
                               "PostgreSQL metrics (postgres_exporter: pg_stat_activity_count, "
                               "pg_settings_max_connections) or CloudWatch DatabaseConnections (Amazon Aurora User "
                               "Guide, \"Monitoring metrics in an Amazon Aurora cluster\").")
                    .arg(alert.isEmpty() ? QString() : QStringLiteral("Alert %1 ").arg(alert), match.captured(0))));
        }
    }
}

} // namespace

namespace {

/// Kubernetes "Object Names and IDs": most resource names are DNS subdomain names (RFC 1123: at
/// most 253 characters, lowercase alphanumerics, '-' and '.', starting and ending alphanumeric);
/// container names are RFC 1123 labels (at most 63, lowercase alphanumerics and '-').
void checkNames(const DesignData &design, const DesignObject &object, QList<Diagnostic> &out)
{
    static const QRegularExpression subdomain(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    const QVariant metadataName = object.field(QStringLiteral("metadata.name"));
    const bool hasField = metadataName.isValid() && !metadataName.toString().isEmpty();
    const QString name = hasField ? metadataName.toString() : object.name;
    if (!name.isEmpty() && (name.size() > 253 || !subdomain.match(name).hasMatch()))
        out.append(makeDiagnostic(design, object, Severity::Error, QStringLiteral("k8s.name"),
                                  hasField ? QStringLiteral("metadata.name") : QString(),
                                  QStringLiteral("\"%1\" is not a valid %2 name: Kubernetes names are DNS subdomain names "
                                                 "(RFC 1123): at most 253 lowercase letters, digits, '-' and '.', starting "
                                                 "and ending with a letter or digit; the API server refuses it")
                                      .arg(name, kindName(object.kind))));
    const QVariantList containers = object.field(QStringLiteral("spec.template.spec.containers")).toList();
    for (int i = 0; i < containers.size(); ++i) {
        const QString container = containers.at(i).toMap().value(QStringLiteral("name")).toString();
        if (container.isEmpty() || (container.size() <= 63 && label.match(container).hasMatch()))
            continue;
        out.append(makeDiagnostic(design, object, Severity::Error, QStringLiteral("k8s.name"),
                                  QStringLiteral("spec.template.spec.containers[%1].name").arg(i),
                                  QStringLiteral("container name \"%1\" is not an RFC 1123 label: at most 63 lowercase "
                                                 "letters, digits and '-', starting and ending with a letter or digit")
                                      .arg(container)));
    }
}

} // namespace

QList<RuleSupport::RuleInfo> rules()
{
    using RuleSupport::RuleInfo;
    return {
        {QStringLiteral("k8s.name"), Severity::Error,
         QStringLiteral("Kubernetes object name not a DNS subdomain name, or container name not an RFC 1123 label"),
         QStringLiteral("Kubernetes docs, Object Names and IDs (DNS Subdomain Names, RFC 1123 Label Names)")},
        {QStringLiteral("chaos.podchaos-scheduler"), Severity::Warning,
         QStringLiteral("PodChaos with spec.scheduler (removed in Chaos Mesh 2.x; use a Schedule object)"),
         QStringLiteral("Chaos Mesh docs, Define Scheduling Rules; chaos-mesh.org/v1alpha1 PodChaos CRD")},
        {QStringLiteral("istio.outlier-in-connection-pool"), Severity::Error,
         QStringLiteral("Outlier-detection fields under trafficPolicy.connectionPool.http"),
         QStringLiteral("Istio reference, Destination Rule: ConnectionPoolSettings.HTTPSettings, OutlierDetection")},
        {QStringLiteral("k8s.deployment.selector"), Severity::Error,
         QStringLiteral("apps/v1 Deployment without spec.selector, or selector not matching the template labels"),
         QStringLiteral("Kubernetes API reference, Deployment (apps/v1), DeploymentSpec.selector")},
        {QStringLiteral("k8s.hpa.metric-target"), Severity::Error,
         QStringLiteral("HPA metric whose target lacks the value its type needs (Utilization/AverageValue/Value)"),
         QStringLiteral("Kubernetes API reference, autoscaling/v2 MetricSpec, MetricTarget")},
        {QStringLiteral("k8s.hpa.min-max"), Severity::Error,
         QStringLiteral("HPA minReplicas < 1 or > maxReplicas, maxReplicas missing"),
         QStringLiteral("Kubernetes API reference, autoscaling/v2 HorizontalPodAutoscalerSpec")},
        {QStringLiteral("k8s.hpa.target-missing"), Severity::Warning,
         QStringLiteral("HPA scaleTargetRef names a Deployment the design does not hold"),
         QStringLiteral("Kubernetes docs, Horizontal Pod Autoscaling")},
        {QStringLiteral("k8s.keda.target-missing"), Severity::Warning,
         QStringLiteral("ScaledObject scaleTargetRef names a Deployment the design does not hold"),
         QStringLiteral("KEDA docs, ScaledObject specification, scaleTargetRef")},
        {QStringLiteral("k8s.vpa-hpa-conflict"), Severity::Warning,
         QStringLiteral("VPA in Auto/Recreate/InPlaceOrRecreate on a workload an HPA scales on cpu/memory"),
         QStringLiteral("Kubernetes autoscaler, VPA README, Known limitations")},
        {QStringLiteral("k8s.vpa.target-missing"), Severity::Warning,
         QStringLiteral("VPA targetRef names a Deployment the design does not hold"),
         QStringLiteral("Kubernetes autoscaler, VPA API (targetRef)")},
        {QStringLiteral("keda.prometheus-metric-name"), Severity::Warning,
         QStringLiteral("prometheus trigger metadata.metricName (deprecated/ignored since KEDA 2.10)"),
         QStringLiteral("KEDA docs, Scalers, Prometheus; KEDA 2.10 release notes")},
        {QStringLiteral("prometheus.rule-engine-mismatch"), Severity::Warning,
         QStringLiteral("PrometheusRule using mysql_ metrics while every AuroraCluster is aurora-postgresql"),
         QStringLiteral("Amazon Aurora User Guide, Monitoring metrics; postgres_exporter / mysqld_exporter")},
    };
}

void check(const DesignData &design, QList<Diagnostic> &out)
{
    for (ObjectId id : design.preorder()) {
        const DesignObject &object = *design.object(id);
        if (isKubernetesKind(object.kind))
            checkNames(design, object, out);
        switch (object.kind) {
        case ObjectKind::HorizontalPodAutoscaler:
            checkHpaReplicas(design, object, out);
            checkHpaMetrics(design, object, out);
            checkTarget(design, object, QStringLiteral("k8s.hpa.target-missing"), QStringLiteral("spec.scaleTargetRef"),
                        QString(),
                        QStringLiteral("the HPA controller reports FailedGetScale and scales nothing until it exists "
                                       "(Kubernetes docs, Horizontal Pod Autoscaling)."),
                        out);
            break;
        case ObjectKind::ScaledObject:
            checkTarget(design, object, QStringLiteral("k8s.keda.target-missing"), QStringLiteral("spec.scaleTargetRef"),
                        QStringLiteral("Deployment"),
                        QStringLiteral("KEDA cannot create the HPA for a missing target and the ScaledObject stays "
                                       "not Ready (KEDA docs, ScaledObject specification: scaleTargetRef.kind "
                                       "defaults to Deployment)."),
                        out);
            checkKedaTriggers(design, object, out);
            break;
        case ObjectKind::VerticalPodAutoscaler:
            checkTarget(design, object, QStringLiteral("k8s.vpa.target-missing"), QStringLiteral("spec.targetRef"),
                        QString(),
                        QStringLiteral("the VPA recommender finds no pods to size and the updater changes nothing "
                                       "(Kubernetes autoscaler, VPA API, targetRef)."),
                        out);
            checkVpaHpaConflict(design, object, out);
            break;
        case ObjectKind::Deployment:
            checkDeploymentSelector(design, object, out);
            break;
        case ObjectKind::DestinationRule:
            checkDestinationRule(design, object, out);
            break;
        case ObjectKind::PodChaos:
            checkPodChaos(design, object, out);
            break;
        case ObjectKind::PrometheusRule:
            checkPrometheusRule(design, object, out);
            break;
        default:
            break;
        }
    }
}

} // namespace Scaleplan::KubernetesRules
