#include "model/export/kubernetesexporter.h"

#include "model/export/yamlwriter.h"

#include <QDir>
#include <QSet>

#include <algorithm>

namespace Scaleplan {

namespace {

/// apiVersion used when an object has none: the version its kind is written with in the seed
/// design (Kubernetes 1.31 for built-in kinds).
QString defaultApiVersion(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::NodePool:
        return QStringLiteral("karpenter.sh/v1beta1");
    case ObjectKind::EC2NodeClass:
        return QStringLiteral("karpenter.k8s.aws/v1beta1");
    case ObjectKind::Deployment:
        return QStringLiteral("apps/v1");
    case ObjectKind::Job:
        return QStringLiteral("batch/v1");
    case ObjectKind::HorizontalPodAutoscaler:
        return QStringLiteral("autoscaling/v2");
    case ObjectKind::VerticalPodAutoscaler:
        return QStringLiteral("autoscaling.k8s.io/v1");
    case ObjectKind::ScaledObject:
        return QStringLiteral("keda.sh/v1alpha1");
    case ObjectKind::DestinationRule:
        return QStringLiteral("networking.istio.io/v1beta1");
    case ObjectKind::ConfigMap:
        return QStringLiteral("v1");
    case ObjectKind::PrometheusRule:
        return QStringLiteral("monitoring.coreos.com/v1");
    case ObjectKind::PodChaos:
        return QStringLiteral("chaos-mesh.org/v1alpha1");
    default:
        return QString();
    }
}

Diagnostic makeDiagnostic(const DesignData &design, const DesignObject &object, Severity severity,
                          const QString &rule, const QString &field, const QString &message)
{
    return objectDiagnostic(design, object, severity, rule, field, message);
}

struct Group {
    QString stem;
    QList<ObjectId> objects;
};

} // namespace

QList<ObjectKind> KubernetesExporter::documentOrder()
{
    return {ObjectKind::EC2NodeClass,  ObjectKind::NodePool,
            ObjectKind::ConfigMap,     ObjectKind::Deployment,
            ObjectKind::Job,           ObjectKind::HorizontalPodAutoscaler,
            ObjectKind::VerticalPodAutoscaler, ObjectKind::ScaledObject,
            ObjectKind::DestinationRule, ObjectKind::PrometheusRule,
            ObjectKind::PodChaos};
}

QVariantMap KubernetesExporter::manifest(const DesignData &design, const DesignObject &object,
                                         QList<Diagnostic> *diagnostics)
{
    QList<Diagnostic> found;
    QVariantMap doc = object.fields;

    if (doc.value(QStringLiteral("kind")).toString().isEmpty()) {
        doc.insert(QStringLiteral("kind"), kindName(object.kind));
        found.append(makeDiagnostic(design, object, Severity::Warning, QStringLiteral("export.k8s.filled-field"),
                                    QStringLiteral("kind"),
                                    QStringLiteral("The manifest had no kind; exported with kind %1.").arg(kindName(object.kind))));
    }
    if (doc.value(QStringLiteral("apiVersion")).toString().isEmpty()) {
        const QString apiVersion = defaultApiVersion(object.kind);
        doc.insert(QStringLiteral("apiVersion"), apiVersion);
        found.append(makeDiagnostic(design, object, Severity::Warning, QStringLiteral("export.k8s.filled-field"),
                                    QStringLiteral("apiVersion"),
                                    QStringLiteral("The manifest had no apiVersion; exported with %1.").arg(apiVersion)));
    }
    QVariantMap metadata = doc.value(QStringLiteral("metadata")).toMap();
    if (metadata.value(QStringLiteral("name")).toString().isEmpty()
        && metadata.value(QStringLiteral("generateName")).toString().isEmpty() && !object.name.isEmpty()) {
        metadata.insert(QStringLiteral("name"), object.name);
        doc.insert(QStringLiteral("metadata"), metadata);
        found.append(makeDiagnostic(design, object, Severity::Warning, QStringLiteral("export.k8s.filled-field"),
                                    QStringLiteral("metadata.name"),
                                    QStringLiteral("The manifest had no metadata.name; exported with the object's name \"%1\".")
                                        .arg(object.name)));
    }

    if (object.kind == ObjectKind::PodChaos) {
        QVariantMap spec = doc.value(QStringLiteral("spec")).toMap();
        if (spec.contains(QStringLiteral("scheduler"))) {
            const QVariantMap scheduler = spec.value(QStringLiteral("scheduler")).toMap();
            const QString cron = scheduler.value(QStringLiteral("cron")).toString();
            spec.remove(QStringLiteral("scheduler"));
            if (!cron.isEmpty()) {
                // Chaos Mesh 2.x moved periodic experiments from spec.scheduler to the Schedule
                // kind (chaos-mesh.org docs, "Define scheduling rules").
                QVariantMap scheduleSpec;
                scheduleSpec.insert(QStringLiteral("schedule"), cron);
                scheduleSpec.insert(QStringLiteral("type"), QStringLiteral("PodChaos"));
                scheduleSpec.insert(QStringLiteral("concurrencyPolicy"), QStringLiteral("Forbid"));
                scheduleSpec.insert(QStringLiteral("historyLimit"), 1);
                scheduleSpec.insert(QStringLiteral("podChaos"), spec);
                QVariantMap schedule;
                schedule.insert(QStringLiteral("apiVersion"), QStringLiteral("chaos-mesh.org/v1alpha1"));
                schedule.insert(QStringLiteral("kind"), QStringLiteral("Schedule"));
                schedule.insert(QStringLiteral("metadata"), doc.value(QStringLiteral("metadata")));
                schedule.insert(QStringLiteral("spec"), scheduleSpec);
                doc = schedule;
                found.append(makeDiagnostic(
                    design, object, Severity::Info, QStringLiteral("export.k8s.podchaos-schedule"),
                    QStringLiteral("spec.scheduler.cron"),
                    QStringLiteral("PodChaos \"%1\" runs on the schedule \"%2\": exported as a Chaos Mesh Schedule "
                                   "(spec.type PodChaos, concurrencyPolicy Forbid, historyLimit 1), because the "
                                   "PodChaos kind has no spec.scheduler since Chaos Mesh 2.0.")
                        .arg(object.name, cron)));
            } else {
                doc.insert(QStringLiteral("spec"), spec);
                found.append(makeDiagnostic(design, object, Severity::Warning, QStringLiteral("export.k8s.podchaos-scheduler"),
                                            QStringLiteral("spec.scheduler"),
                                            QStringLiteral("spec.scheduler has no cron and the PodChaos kind has no "
                                                           "scheduler field; it was left out of the manifest.")));
            }
        }
    }

    if (diagnostics)
        diagnostics->append(found);
    return doc;
}

ExportReport KubernetesExporter::exportTo(const DesignData &design, const QHash<ObjectId, Diagnostic> &errors,
                                          const QString &outDir)
{
    ExportReport report;
    const QList<ObjectKind> order = documentOrder();

    // Group objects by cluster (0 = unassigned), clusters in preorder.
    QList<ObjectId> clusterOrder;
    QHash<ObjectId, QList<ObjectId>> byCluster;
    const QList<ObjectId> all = design.preorder();
    for (ObjectId id : all) {
        const DesignObject *object = design.object(id);
        if (object->kind == ObjectKind::EksCluster) {
            clusterOrder.append(id);
            continue;
        }
        if (!isKubernetesKind(object->kind))
            continue;
        if (errors.contains(id)) {
            report.diagnostics.append(DesignExporter::leftOutDiagnostic(design, *object, errors.value(id)));
            continue;
        }
        byCluster[design.enclosing(id, ObjectKind::EksCluster)].append(id);
    }

    QList<Group> groups;
    QSet<QString> usedStems = {QStringLiteral("unassigned")};
    for (ObjectId clusterId : std::as_const(clusterOrder)) {
        if (byCluster.value(clusterId).isEmpty())
            continue;
        const QString base = DesignExporter::fileStem(design.object(clusterId)->name);
        QString stem = base;
        for (int n = 2; usedStems.contains(stem); ++n)
            stem = base + QLatin1Char('-') + QString::number(n);
        usedStems.insert(stem);
        groups.append({stem, byCluster.value(clusterId)});
    }
    if (!byCluster.value(0).isEmpty())
        groups.append({QStringLiteral("unassigned"), byCluster.value(0)});

    const QString k8sDir = QDir(outDir).filePath(QStringLiteral("k8s"));
    for (const Group &group : std::as_const(groups)) {
        QList<ObjectId> sorted = group.objects;
        std::stable_sort(sorted.begin(), sorted.end(), [&](ObjectId a, ObjectId b) {
            return order.indexOf(design.object(a)->kind) < order.indexOf(design.object(b)->kind);
        });
        QList<QVariantMap> documents;
        QStringList kindsInOrder;
        QHash<QString, QList<QVariantMap>> byKind;
        for (ObjectId id : std::as_const(sorted)) {
            const QVariantMap doc = manifest(design, *design.object(id), &report.diagnostics);
            documents.append(doc);
            const QString kind = doc.value(QStringLiteral("kind")).toString().toLower();
            if (!byKind.contains(kind))
                kindsInOrder.append(kind);
            byKind[kind].append(doc);
        }
        if (DesignExporter::writeFile(QDir(k8sDir).filePath(group.stem + QLatin1String(".yaml")),
                                      YamlWriter::toYamlDocuments(documents), &report))
            report.documentsWritten += int(documents.size());
        if (group.stem == QLatin1String("unassigned"))
            continue;
        const QString kindDir = QDir(k8sDir).filePath(group.stem);
        for (const QString &kind : std::as_const(kindsInOrder)) {
            DesignExporter::writeFile(QDir(kindDir).filePath(DesignExporter::fileStem(kind) + QLatin1String(".yaml")),
                                      YamlWriter::toYamlDocuments(byKind.value(kind)), &report);
        }
    }
    return report;
}

} // namespace Scaleplan
