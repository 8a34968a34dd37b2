#pragma once

#include "model/designdata.h"
#include "model/diagnostic.h"

#include <QList>

namespace Scaleplan {

/**
 * Derives the relationships a design document states only by name or reference, and adds each as
 * a top-level Connection object (model/connectionspec.h). DocumentImporter calls it after the
 * objects are assembled and again after the topology is completed; it never adds a connection that
 * exists already (same FromId, ToId and Type), so it can run any number of times.
 *
 * What it reads (field names as model/OBJECTS.md spells them):
 *  - targets: ApplicationLoadBalancer `TargetGroups[]` (and TargetGroup objects): the entry's
 *    `TargetWorkload`, else the Deployment or LambdaFunction of the ALB's region whose name is the
 *    longest prefix of the target group's `Name` ("web-app-targets" → web-app), else the workload
 *    the region's first HorizontalPodAutoscaler scales;
 *  - aliases: Route53RecordSet `AliasTarget.DNSName`: a `${Name.DNSName}` reference naming an ALB
 *    or CloudFront distribution, else the ALB of the region the reference or the record's
 *    `SetIdentifier` names ("${ALB-US-East-1.DNSName}" → the ALB in us-east-1);
 *  - origin: CloudFrontDistribution `Origins[].DomainName`: an ALB named by the reference (or by
 *    the region in it), else the ALB of the primary region ("${ApplicationLoadBalancer.DNSName}");
 *  - replicates: GlobalReplication (Aurora Global Database: `PrimaryCluster`; Global Datastore:
 *    `PrimaryRegion`) → every AuroraCluster / ElastiCacheReplicationGroup in its
 *    `SecondaryRegions`; any other cluster with `GlobalRole: secondary` → the primary of its kind;
 *  - triggers: LambdaFunction `EventSourceMappings[].EventSourceArn` naming an SqsQueue (a
 *    `${SQSQueue.Arn}` reference or an SQS ARN) or a DynamoDBTable stream; ScaledObject
 *    `aws-sqs-queue` triggers (`metadata.queueURL`) → the queue → the scaled Deployment;
 *  - scales: HorizontalPodAutoscaler / ScaledObject `spec.scaleTargetRef`, VerticalPodAutoscaler
 *    `spec.targetRef` → the Deployment of the same cluster;
 *  - calls (assumed, with an Info note "completion.connection" each): every workload an ALB
 *    targets calls the ElastiCacheReplicationGroup (RequestShare 0.3), the AuroraCluster (0.1),
 *    the DynamoDBTable (0.2) and the SqsQueue (0.05) of its region that are not secondaries, and
 *    the Deployment of its cluster that an Istio DestinationRule's spec.host names (0.5). The seed
 *    document lists these tiers without saying who calls them or how often; the shares are our
 *    assumption (cache look-ups on 30 % of requests, a database query on 10 %, a table access on
 *    20 %, a background job on 5 %, a call to the protected service on half), to be edited.
 * A reference that names nothing in the design adds no connection and no note.
 */
namespace ConnectionBuilder {
void addConnections(DesignData &design, QList<Diagnostic> &notes);
} // namespace ConnectionBuilder

} // namespace Scaleplan
