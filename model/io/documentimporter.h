#pragma once

#include "model/designdata.h"
#include "model/diagnostic.h"

#include <QByteArray>
#include <QString>

namespace Scaleplan {

struct ImportOptions {
    /// Apply every automatic fix the validation rules offer, recording each as an Info diagnostic
    /// ("Corrected: …") in the design's import diagnostics.
    bool applyFixes = false;
    /// Complete what the document only names: Deployments that scaling objects target, VPCs for
    /// regions that run clusters or databases, the ALB a Route53 record points at. Each addition
    /// is an Info diagnostic (rule "completion.*").
    bool completeTopology = false;
};

struct ImportResult {
    DesignData design;
    int blocks = 0;               ///< YAML blocks (or YAML files) read
    int objects = 0;              ///< objects in the resulting design
    QList<Diagnostic> diagnostics; ///< everything the import noticed (also kept in design.importDiagnostics)
    bool ok = false;              ///< false: unusable input (unreadable, binary, empty, no YAML at all)
    QString fatalError;           ///< why, when !ok — names the file (and line/column when known)
};

/**
 * Reads a Markdown design document (any extension: every fenced ```yaml block is parsed) or a plain
 * YAML file (`.yaml`/`.yml`, possibly multi-document) and recognises each document:
 *  - Kubernetes objects by apiVersion/kind (HorizontalPodAutoscaler, VerticalPodAutoscaler, NodePool,
 *    EC2NodeClass, ScaledObject, DestinationRule, Deployment, Job, ConfigMap, PrometheusRule,
 *    PodChaos); other kinds are reported, not dropped silently;
 *  - the design-document notation for AWS tiers and layout (AuroraCluster, DynamoDBTable,
 *    ElastiCacheReplicationGroup, ApplicationLoadBalancer, LambdaFunction, CloudFrontDistribution,
 *    PrimaryRegion/SecondaryRegion/CrossRegionReplication, Route53HealthChecks/Route53RecordSets,
 *    VPCConfiguration, EKSCluster, LoadTesting).
 * and lays the objects out as Region > Vpc > AvailabilityZone > Subnet with the EKS cluster in the
 * primary VPC (fields and placement: model/OBJECTS.md).
 *
 * Never throws; bad input yields diagnostics naming file, line and column.
 */
namespace DocumentImporter {
ImportResult importFile(const QString &path, const ImportOptions &options = {});
ImportResult importText(const QByteArray &text, const QString &fileName, const ImportOptions &options = {});
/// Largest input read (bytes); larger files are refused with a clear error.
constexpr qint64 kMaxInputBytes = 64 * 1024 * 1024;
} // namespace DocumentImporter

} // namespace Scaleplan
