#pragma once

#include "model/designdata.h"
#include "model/diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Scaleplan {

/// What an export did: every file written (absolute paths, in writing order), the number of YAML
/// documents in the per-cluster / per-region files (the per-kind copies are not counted), and the
/// findings: an Error `export.left-out` per object left out, Warnings for things a target format
/// cannot express, Infos for conversions (e.g. PodChaos → Schedule), an Error `export.write` per
/// file that could not be written.
struct ExportReport {
    QStringList filesWritten;
    int documentsWritten = 0;
    QList<Diagnostic> diagnostics;

    /// Appends another report's files, counts and diagnostics.
    void merge(const ExportReport &other);
};

/**
 * Writes a design as deployable manifests under one output folder:
 *  - `OUT/k8s/<cluster>.yaml`: every Kubernetes object of an EksCluster, one multi-document
 *    file, and `OUT/k8s/<cluster>/<kind>.yaml` per kind (KubernetesExporter);
 *    `OUT/k8s/unassigned.yaml` for Kubernetes objects outside any cluster;
 *  - `OUT/cfn/<region>-network.yaml`: a CloudFormation template with the VPC, subnets, Internet
 *    gateway, NAT gateways and route tables of each Region holding a Vpc (CloudFormationExporter).
 *
 * Objects with an Error diagnostic in `diagnostics` (matched by objectId) are never exported
 * invalid nor changed silently: they are left out, each with an Error `export.left-out` naming
 * the original rule. Files are written atomically (QSaveFile); folders are created as needed.
 */
namespace DesignExporter {

ExportReport exportDesign(const DesignData &design, const QList<Diagnostic> &diagnostics, const QString &outDir);

/// The first Error diagnostic per object id (objectId != 0), in list order.
QHash<ObjectId, Diagnostic> errorsByObject(const QList<Diagnostic> &diagnostics);

/// The Error diagnostic reporting that `object` was left out because of `cause` (which may be
/// about an ancestor of `object`): rule `export.left-out`, message naming cause.rule.
Diagnostic leftOutDiagnostic(const DesignData &design, const DesignObject &object, const Diagnostic &cause);

/// Writes `text` as UTF-8 to `path` atomically (QSaveFile), creating missing folders. On success
/// appends the path to report->filesWritten; on failure adds an Error `export.write` diagnostic.
bool writeFile(const QString &path, const QString &text, ExportReport *report);

/// `name` reduced to a safe file name stem: letters, digits, '.', '_' and '-' kept, anything
/// else replaced by '-'; "unnamed" when nothing is left.
QString fileStem(const QString &name);

} // namespace DesignExporter
} // namespace Scaleplan
