#pragma once

#include "model/designdata.h"
#include "model/export/designexporter.h"

#include <QHash>
#include <QList>
#include <QVariantMap>

namespace Scaleplan {

/**
 * Writes the Kubernetes objects of a design (NodePool, EC2NodeClass, Deployment, Job, HPA, VPA,
 * ScaledObject, DestinationRule, ConfigMap, PrometheusRule, PodChaos) as YAML manifests:
 *  - `OUT/k8s/<cluster>.yaml`: one multi-document file per EksCluster holding every Kubernetes
 *    object below it, in documentOrder() and, within a kind, in design (preorder) order;
 *  - `OUT/k8s/<cluster>/<kind>.yaml`: the same documents split by the written `kind`, lower case
 *    (`horizontalpodautoscaler.yaml`, `schedule.yaml`, ...);
 *  - `OUT/k8s/unassigned.yaml`: Kubernetes objects outside any cluster.
 * Cluster file stems come from DesignExporter::fileStem(); a repeated stem gets `-2`, `-3`, ...
 *
 * The manifest is the object's fields as they are; the exporter only
 *  - converts a PodChaos with `spec.scheduler.cron` (Chaos Mesh 1.x syntax, rejected by the
 *    Chaos Mesh 2.x PodChaos CRD) into a chaos-mesh.org/v1alpha1 `Schedule` (Chaos Mesh docs,
 *    "Define scheduling rules": spec.schedule = the cron, spec.type PodChaos,
 *    spec.concurrencyPolicy Forbid, spec.historyLimit 1, spec.podChaos = the PodChaos spec
 *    without `scheduler`), with an Info `export.k8s.podchaos-schedule`;
 *  - drops a `spec.scheduler` without `cron` (Warning `export.k8s.podchaos-scheduler`);
 *  - fills a missing `kind`, `apiVersion` (the version the design's kind is documented with) or
 *    `metadata.name` (the object's name), each with a Warning `export.k8s.filled-field`.
 * `metadata.namespace` is written only when the object has one.
 */
class KubernetesExporter
{
public:
    /// The order of kinds inside a cluster file: node classes, node pools, config maps,
    /// deployments, jobs, HPAs, VPAs, ScaledObjects, DestinationRules, PrometheusRules, chaos.
    static QList<ObjectKind> documentOrder();

    /// The manifest written for one Kubernetes-kind object (see the class comment); conversions
    /// and filled fields are reported in *diagnostics (may be null).
    static QVariantMap manifest(const DesignData &design, const DesignObject &object, QList<Diagnostic> *diagnostics);

    /// Writes the k8s files under `outDir`. Objects in `errors` (DesignExporter::errorsByObject)
    /// are left out with an Error `export.left-out`. Clusters without exportable objects get no
    /// file; unassigned.yaml is written only when there are unassigned objects.
    static ExportReport exportTo(const DesignData &design, const QHash<ObjectId, Diagnostic> &errors,
                                 const QString &outDir);
};

} // namespace Scaleplan
