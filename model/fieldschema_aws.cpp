// Field tables of the AWS kinds, written by hand from the AWS CloudFormation resource reference
// (shared/schemas/cloudformation: the provider schemas cfn-lint uses) and the service API
// references for bounds CloudFormation leaves open; where the seed document uses its own notation
// (AuroraCluster, ElastiCacheReplicationGroup AutoScaling, ALB TargetGroups with HealthCheck,
// Lambda EventSourceMappings) that notation is listed beside the CloudFormation names.

#include "model/fieldschematables.h"

namespace Scaleplan::FieldSchemaTables {
namespace {

using T = FieldSpec::Type;

QString at(const QString &prefix, const char *key)
{
    return prefix.isEmpty() ? QString::fromUtf8(key) : QString(prefix + QLatin1Char('.') + QString::fromUtf8(key));
}

void tags(Table &t, const QString &path)
{
    t << Spec(path, T::List, "Tags ({Key, Value} pairs).").partial();
}

QList<FieldSpec> aurora()
{
    Table t("Amazon Aurora User Guide, \"Amazon Aurora Auto Scaling with Aurora Replicas\"; AWS::RDS::DBCluster; seed document "
            "\"Amazon Aurora Auto Scaling\"");
    t << Spec(QStringLiteral("Engine"), T::Enum, "Aurora engine.").values({QStringLiteral("aurora-mysql"), QStringLiteral("aurora-postgresql")})
      << Spec(QStringLiteral("EngineVersion"), T::String, "Engine version.")
      << Spec(QStringLiteral("DBClusterIdentifier"), T::String, "Cluster identifier.")
      << Spec(QStringLiteral("DBInstanceClass"), T::String, "Instance class of the writer and replicas (db.r6g.large, db.serverless).")
      << Spec(QStringLiteral("DatabaseName"), T::String, "Initial database.")
      << Spec(QStringLiteral("Port"), T::Int, "Listener port.").range(1150, 65535)
      << Spec(QStringLiteral("StorageEncrypted"), T::Bool, "Encrypt storage.")
      << Spec(QStringLiteral("DeletionProtection"), T::Bool, "Refuse deletion.")
      << Spec(QStringLiteral("BackupRetentionPeriod"), T::Int, "Days automated backups are kept.").unit("days").range(1, 35)
      << Spec(QStringLiteral("GlobalRole"), T::Enum, "Role in an Aurora Global Database.")
             .values({QStringLiteral("primary"), QStringLiteral("secondary")})
      << Spec(QStringLiteral("GlobalClusterIdentifier"), T::String, "Aurora Global Database the cluster belongs to.")
      << Spec(QStringLiteral("AutoScaling"), T::Map,
              "Target tracking of the Aurora Replica count (rds:cluster:ReadReplicaCount).")
      << Spec(QStringLiteral("AutoScaling.MinCapacity"), T::Int, "Fewest Aurora Replicas.").unit("replicas").min(0)
      << Spec(QStringLiteral("AutoScaling.MaxCapacity"), T::Int,
              "Most Aurora Replicas (a cluster holds at most 15 Aurora Replicas).")
             .unit("replicas")
             .min(0)
      << Spec(QStringLiteral("AutoScaling.TargetCPU"), T::Number, "Target mean CPU of the replicas (RDSReaderAverageCPUUtilization).")
             .unit("percent")
             .range(0, 100)
      << Spec(QStringLiteral("AutoScaling.TargetConnections"), T::Number,
              "Target mean connections per replica (RDSReaderAverageDatabaseConnections).")
             .unit("connections")
             .min(0)
      << Spec(QStringLiteral("AutoScaling.ScaleInCooldown"), T::Int, "Wait after a scale-in before the next.").unit("seconds").min(0)
      << Spec(QStringLiteral("AutoScaling.ScaleOutCooldown"), T::Int, "Wait after a scale-out before the next.").unit("seconds").min(0)
      << Spec(QStringLiteral("ReadReplicas"), T::Map, "Read replicas of the cluster.")
      << Spec(QStringLiteral("ReadReplicas.Min"), T::Int, "Fewest read replicas.").unit("replicas").range(0, 15)
      << Spec(QStringLiteral("ReadReplicas.Max"), T::Int, "Most read replicas (at most 15 per cluster).").unit("replicas").range(0, 15)
      << Spec(QStringLiteral("ReadReplicas.CrossRegion"), T::Bool, "Cross-region read replicas (Aurora MySQL binlog replication only).")
      << Spec(QStringLiteral("ReadReplicas.Regions"), T::List, "Regions of the cross-region copies.")
      << Spec(QStringLiteral("ReadReplicas.Regions[]"), T::String, "Region code.")
      << Spec(QStringLiteral("ServerlessV2ScalingConfiguration"), T::Map, "Aurora Serverless v2 capacity range.")
             .source("AWS::RDS::DBCluster ServerlessV2ScalingConfiguration")
      << Spec(QStringLiteral("ServerlessV2ScalingConfiguration.MinCapacity"), T::Number, "Least capacity.")
             .unit("ACU")
             .range(0, 256)
             .source("AWS::RDS::DBCluster ServerlessV2ScalingConfiguration")
      << Spec(QStringLiteral("ServerlessV2ScalingConfiguration.MaxCapacity"), T::Number, "Most capacity.")
             .unit("ACU")
             .range(1, 256)
             .source("AWS::RDS::DBCluster ServerlessV2ScalingConfiguration");
    tags(t, QStringLiteral("Tags"));
    return t.specs;
}

QList<FieldSpec> dynamoDb()
{
    Table t("AWS CloudFormation User Guide, AWS::DynamoDB::Table (shared/schemas/cloudformation/aws-dynamodb-table.json)");
    t << Spec(QStringLiteral("TableName"), T::String, "Table name.")
      << Spec(QStringLiteral("BillingMode"), T::Enum, "PROVISIONED (default) or PAY_PER_REQUEST (on-demand).")
             .values({QStringLiteral("PROVISIONED"), QStringLiteral("PAY_PER_REQUEST")})
      << Spec(QStringLiteral("TableClass"), T::Enum, "Storage class.")
             .values({QStringLiteral("STANDARD"), QStringLiteral("STANDARD_INFREQUENT_ACCESS")})
      << Spec(QStringLiteral("KeySchema"), T::List, "Partition (HASH) and sort (RANGE) key.").partial()
      << Spec(QStringLiteral("AttributeDefinitions"), T::List, "Key attributes and their types.").partial()
      << Spec(QStringLiteral("ProvisionedThroughput"), T::Map, "Capacity for PROVISIONED tables.")
      << Spec(QStringLiteral("ProvisionedThroughput.ReadCapacityUnits"), T::Int, "Strongly consistent 4 KB reads per second.")
             .unit("RCU")
             .min(1)
      << Spec(QStringLiteral("ProvisionedThroughput.WriteCapacityUnits"), T::Int, "1 KB writes per second.").unit("WCU").min(1)
      << Spec(QStringLiteral("OnDemandThroughput"), T::Map, "Request-rate ceilings for PAY_PER_REQUEST tables.")
      << Spec(QStringLiteral("OnDemandThroughput.MaxReadRequestUnits"), T::Int, "Most read request units per second (-1 = none).").min(-1)
      << Spec(QStringLiteral("OnDemandThroughput.MaxWriteRequestUnits"), T::Int, "Most write request units per second (-1 = none).").min(-1)
      << Spec(QStringLiteral("GlobalSecondaryIndexes"), T::List, "Global secondary indexes (billing follows the table).")
      << Spec(QStringLiteral("GlobalSecondaryIndexes[].IndexName"), T::String, "Index name.").required()
      << Spec(QStringLiteral("GlobalSecondaryIndexes[].KeySchema"), T::List, "Index key.").partial()
      << Spec(QStringLiteral("GlobalSecondaryIndexes[].Projection"), T::Map, "Attributes copied into the index.").partial()
      << Spec(QStringLiteral("GlobalSecondaryIndexes[].ProvisionedThroughput"), T::Map, "Index capacity (PROVISIONED tables).").partial()
      << Spec(QStringLiteral("GlobalSecondaryIndexes[].OnDemandThroughput"), T::Map, "Index request ceilings.").partial()
      << Spec(QStringLiteral("GlobalSecondaryIndexes[].ContributorInsightsSpecification"), T::Map, "Contributor Insights.").partial()
      << Spec(QStringLiteral("GlobalSecondaryIndexes[].WarmThroughput"), T::Map, "Pre-warmed throughput.").partial()
      << Spec(QStringLiteral("LocalSecondaryIndexes"), T::List, "Local secondary indexes.").partial()
      << Spec(QStringLiteral("StreamSpecification"), T::Map, "DynamoDB Streams.")
      << Spec(QStringLiteral("StreamSpecification.StreamViewType"), T::Enum, "What each stream record holds.")
             .values({QStringLiteral("KEYS_ONLY"), QStringLiteral("NEW_IMAGE"), QStringLiteral("OLD_IMAGE"),
                      QStringLiteral("NEW_AND_OLD_IMAGES")})
             .required()
      << Spec(QStringLiteral("StreamSpecification.ResourcePolicy"), T::Map, "Stream resource policy.").partial()
      << Spec(QStringLiteral("PointInTimeRecoverySpecification"), T::Map, "Point-in-time recovery.").partial()
      << Spec(QStringLiteral("SSESpecification"), T::Map, "Encryption at rest.").partial()
      << Spec(QStringLiteral("TimeToLiveSpecification"), T::Map, "Item expiry.").partial()
      << Spec(QStringLiteral("KinesisStreamSpecification"), T::Map, "Kinesis data stream for changes.").partial()
      << Spec(QStringLiteral("ContributorInsightsSpecification"), T::Map, "Contributor Insights.").partial()
      << Spec(QStringLiteral("ImportSourceSpecification"), T::Map, "Import from S3.").partial()
      << Spec(QStringLiteral("ResourcePolicy"), T::Map, "Table resource policy.").partial()
      << Spec(QStringLiteral("WarmThroughput"), T::Map, "Pre-warmed throughput.").partial()
      << Spec(QStringLiteral("DeletionProtectionEnabled"), T::Bool, "Refuse deletion.")
      << Spec(QStringLiteral("GlobalRole"), T::Enum, "Role in a global table.").values({QStringLiteral("primary"), QStringLiteral("secondary")});
    tags(t, QStringLiteral("Tags"));
    return t.specs;
}

QList<FieldSpec> elastiCache()
{
    Table t("AWS CloudFormation User Guide, AWS::ElastiCache::ReplicationGroup; Amazon ElastiCache User Guide, \"Auto Scaling "
            "ElastiCache for Redis clusters\"");
    t << Spec(QStringLiteral("Engine"), T::Enum, "Cache engine.").values({QStringLiteral("redis"), QStringLiteral("valkey")})
      << Spec(QStringLiteral("EngineVersion"), T::String, "Engine version.")
      << Spec(QStringLiteral("CacheNodeType"), T::String, "Node type (cache.r7g.large).")
      << Spec(QStringLiteral("ReplicationGroupId"), T::String, "Replication group id.")
      << Spec(QStringLiteral("ReplicationGroupDescription"), T::String, "Description.")
      << Spec(QStringLiteral("NumCacheClusters"), T::Int, "Nodes of a cluster-mode-disabled group (primary + replicas).")
             .unit("nodes")
             .range(1, 6)
      << Spec(QStringLiteral("NumNodeGroups"), T::Int, "Shards (cluster mode enabled).").unit("shards").range(1, 500)
      << Spec(QStringLiteral("ReplicasPerNodeGroup"), T::Int, "Replicas per shard.").unit("replicas").range(0, 5)
      << Spec(QStringLiteral("NodeGroupConfiguration"), T::List, "Per-shard settings.").partial()
      << Spec(QStringLiteral("ClusterMode"), T::Enum, "Cluster mode.")
             .values({QStringLiteral("enabled"), QStringLiteral("disabled"), QStringLiteral("compatible")})
      << Spec(QStringLiteral("AutomaticFailoverEnabled"), T::Bool, "Promote a replica when the primary fails.")
      << Spec(QStringLiteral("MultiAZEnabled"), T::Bool, "Place replicas in other AZs (needs automatic failover).")
      << Spec(QStringLiteral("Port"), T::Int, "Port.").range(1, 65535)
      << Spec(QStringLiteral("TransitEncryptionEnabled"), T::Bool, "TLS in transit.")
      << Spec(QStringLiteral("AtRestEncryptionEnabled"), T::Bool, "Encryption at rest.")
      << Spec(QStringLiteral("DataTieringEnabled"), T::Bool, "Data tiering (r6gd nodes).")
      << Spec(QStringLiteral("SnapshotRetentionLimit"), T::Int, "Days snapshots are kept.").unit("days").min(0)
      << Spec(QStringLiteral("CacheSubnetGroupName"), T::String, "Subnet group.")
      << Spec(QStringLiteral("SecurityGroupIds"), T::List, "Security groups.")
      << Spec(QStringLiteral("SecurityGroupIds[]"), T::String, "Security group id.")
      << Spec(QStringLiteral("PreferredCacheClusterAZs"), T::List, "AZs of the nodes.")
      << Spec(QStringLiteral("PreferredCacheClusterAZs[]"), T::String, "AZ name.")
      << Spec(QStringLiteral("GlobalReplicationGroupId"), T::String, "Global Datastore the group belongs to.")
      << Spec(QStringLiteral("GlobalRole"), T::Enum, "Role in a Global Datastore.").values({QStringLiteral("primary"), QStringLiteral("secondary")})
      << Spec(QStringLiteral("AutoScaling"), T::Map, "Target tracking of the replica count (elasticache:replication-group:Replicas).")
      << Spec(QStringLiteral("AutoScaling.TargetValue"), T::Number, "Target of the tracked metric (e.g. engine CPU %).")
             .unit("percent")
             .range(0, 100)
      << Spec(QStringLiteral("AutoScaling.MinCapacity"), T::Int, "Fewest replicas.").unit("replicas").min(0)
      << Spec(QStringLiteral("AutoScaling.MaxCapacity"), T::Int, "Most replicas.").unit("replicas").min(0)
      << Spec(QStringLiteral("AutoScaling.ScaleInCooldown"), T::Int, "Wait after a scale-in.").unit("seconds").min(0)
      << Spec(QStringLiteral("AutoScaling.ScaleOutCooldown"), T::Int, "Wait after a scale-out.").unit("seconds").min(0);
    tags(t, QStringLiteral("Tags"));
    return t.specs;
}

/// A target group at `p` ("" for a TargetGroup object, "TargetGroups[]" inside an ALB).
void targetGroup(Table &t, const QString &p)
{
    const char *api = "Elastic Load Balancing API Reference, CreateTargetGroup; AWS::ElasticLoadBalancingV2::TargetGroup";
    const QStringList protocols = {QStringLiteral("HTTP"), QStringLiteral("HTTPS"), QStringLiteral("TCP"), QStringLiteral("TLS"),
                                   QStringLiteral("UDP"), QStringLiteral("TCP_UDP"), QStringLiteral("GENEVE")};
    t << Spec(at(p, "Name"), T::String, "Target group name (at most 32 characters).").source(api)
      << Spec(at(p, "Protocol"), T::Enum, "Protocol to the targets.").values(protocols).source(api)
      << Spec(at(p, "ProtocolVersion"), T::Enum, "HTTP version to the targets.")
             .values({QStringLiteral("HTTP1"), QStringLiteral("HTTP2"), QStringLiteral("GRPC")})
             .source(api)
      << Spec(at(p, "Port"), T::Int, "Port of the targets.").range(1, 65535).source(api)
      << Spec(at(p, "TargetType"), T::Enum, "What is registered.")
             .values({QStringLiteral("instance"), QStringLiteral("ip"), QStringLiteral("lambda"), QStringLiteral("alb")})
             .source(api)
      << Spec(at(p, "IpAddressType"), T::Enum, "Address family of ip targets.")
             .values({QStringLiteral("ipv4"), QStringLiteral("ipv6")})
             .source(api)
      << Spec(at(p, "VpcId"), T::String, "VPC of the targets.").source(api)
      << Spec(at(p, "Targets"), T::List, "Registered targets.").partial().source(api)
      << Spec(at(p, "TargetWorkload"), T::String, "Deployment or Lambda function the group forwards to (design notation).")
             .source("model/OBJECTS.md (ApplicationLoadBalancer TargetGroups)")
      << Spec(at(p, "HealthCheck"), T::Map, "Health check of the targets (seed notation).").source(api)
      << Spec(at(p, "HealthCheck.Enabled"), T::Bool, "Health checks on.").source(api)
      << Spec(at(p, "HealthCheck.Protocol"), T::Enum, "Health check protocol.")
             .values({QStringLiteral("HTTP"), QStringLiteral("HTTPS"), QStringLiteral("TCP")})
             .source(api)
      << Spec(at(p, "HealthCheck.Port"), T::String, "\"traffic-port\" or a port number.").source(api)
      << Spec(at(p, "HealthCheck.Path"), T::String, "Ping path (HTTP/HTTPS).").source(api)
      << Spec(at(p, "HealthCheck.HealthyThresholdCount"), T::Int, "Successes before a target is healthy (default 5).")
             .range(2, 10)
             .source(api)
      << Spec(at(p, "HealthCheck.UnhealthyThresholdCount"), T::Int, "Failures before a target is unhealthy (default 2).")
             .range(2, 10)
             .source(api)
      << Spec(at(p, "HealthCheck.TimeoutSeconds"), T::Int, "No answer within it is a failure (default 5).")
             .unit("seconds")
             .range(2, 120)
             .source(api)
      << Spec(at(p, "HealthCheck.IntervalSeconds"), T::Int, "Time between checks (default 30).")
             .unit("seconds")
             .range(5, 300)
             .source(api)
      << Spec(at(p, "HealthCheck.Matcher"), T::Map, "Success codes (HttpCode, GrpcCode).").partial().source(api)
      << Spec(at(p, "HealthCheckEnabled"), T::Bool, "Health checks on.").source(api)
      << Spec(at(p, "HealthCheckProtocol"), T::Enum, "Health check protocol.")
             .values({QStringLiteral("HTTP"), QStringLiteral("HTTPS"), QStringLiteral("TCP")})
             .source(api)
      << Spec(at(p, "HealthCheckPort"), T::String, "\"traffic-port\" or a port number.").source(api)
      << Spec(at(p, "HealthCheckPath"), T::String, "Ping path.").source(api)
      << Spec(at(p, "HealthCheckIntervalSeconds"), T::Int, "Time between checks.").unit("seconds").range(5, 300).source(api)
      << Spec(at(p, "HealthCheckTimeoutSeconds"), T::Int, "Check timeout.").unit("seconds").range(2, 120).source(api)
      << Spec(at(p, "HealthyThresholdCount"), T::Int, "Successes before healthy.").range(2, 10).source(api)
      << Spec(at(p, "UnhealthyThresholdCount"), T::Int, "Failures before unhealthy.").range(2, 10).source(api)
      << Spec(at(p, "Matcher"), T::Map, "Success codes.").partial().source(api)
      << Spec(at(p, "TargetGroupAttributes"), T::List, "Attributes ({Key, Value}: deregistration_delay.timeout_seconds, stickiness.enabled...).")
             .source(api)
      << Spec(at(p, "TargetGroupAttributes[].Key"), T::String, "Attribute name.").required().source(api)
      << Spec(at(p, "TargetGroupAttributes[].Value"), T::String, "Attribute value (a string).").source(api);
    tags(t, at(p, "Tags"));
}

QList<FieldSpec> alb()
{
    Table t("AWS CloudFormation User Guide, AWS::ElasticLoadBalancingV2::LoadBalancer; Elastic Load Balancing User Guide "
            "(Application Load Balancers)");
    t << Spec(QStringLiteral("Name"), T::String, "Load balancer name (at most 32 characters).")
      << Spec(QStringLiteral("Scheme"), T::Enum, "internet-facing (public addresses) or internal.")
             .values({QStringLiteral("internet-facing"), QStringLiteral("internal")})
      << Spec(QStringLiteral("Type"), T::Enum, "Load balancer type.").values({QStringLiteral("application"), QStringLiteral("network"), QStringLiteral("gateway")})
      << Spec(QStringLiteral("IpAddressType"), T::Enum, "Address families of the load balancer.")
             .values({QStringLiteral("ipv4"), QStringLiteral("dualstack"), QStringLiteral("dualstack-without-public-ipv4")})
      << Spec(QStringLiteral("Subnets"), T::List, "Subnets, at least two AZs.")
      << Spec(QStringLiteral("Subnets[]"), T::String, "Subnet id or reference.")
      << Spec(QStringLiteral("SubnetMappings"), T::List, "Subnets with addresses.").partial()
      << Spec(QStringLiteral("SecurityGroups"), T::List, "Security groups.")
      << Spec(QStringLiteral("SecurityGroups[]"), T::String, "Security group id or reference.")
      << Spec(QStringLiteral("LoadBalancerAttributes"), T::List, "Attributes ({Key, Value}: idle_timeout.timeout_seconds, access_logs.s3.*...).")
      << Spec(QStringLiteral("LoadBalancerAttributes[].Key"), T::String, "Attribute name.").required()
      << Spec(QStringLiteral("LoadBalancerAttributes[].Value"), T::String, "Attribute value (a string).")
      << Spec(QStringLiteral("MinimumLoadBalancerCapacity"), T::Map, "Reserved LCU capacity.").partial()
      << Spec(QStringLiteral("TargetGroups"), T::List, "Target groups behind the load balancer (seed notation).");
    targetGroup(t, QStringLiteral("TargetGroups[]"));
    tags(t, QStringLiteral("Tags"));
    return t.specs;
}

QList<FieldSpec> targetGroupObject()
{
    Table t("Elastic Load Balancing API Reference, CreateTargetGroup; AWS::ElasticLoadBalancingV2::TargetGroup");
    targetGroup(t, QString());
    return t.specs;
}

QList<FieldSpec> cloudFront()
{
    Table t("AWS CloudFormation User Guide, AWS::CloudFront::Distribution DistributionConfig; CloudFront Developer Guide, "
            "\"Values that you specify when you create or update a distribution\"");
    const QStringList methods = {QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS"), QStringLiteral("PUT"),
                                 QStringLiteral("POST"), QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    t << Spec(QStringLiteral("Enabled"), T::Bool, "Distribution accepts requests.").required()
      << Spec(QStringLiteral("PriceClass"), T::Enum, "Edge locations used: PriceClass_100 (NA, EU), _200 (+ Asia...), _All.")
             .values({QStringLiteral("PriceClass_100"), QStringLiteral("PriceClass_200"), QStringLiteral("PriceClass_All"),
                      QStringLiteral("None")})
      << Spec(QStringLiteral("HttpVersion"), T::Enum, "Highest HTTP version to viewers.")
             .values({QStringLiteral("http1.1"), QStringLiteral("http2"), QStringLiteral("http2and3"), QStringLiteral("http3")})
      << Spec(QStringLiteral("IPV6Enabled"), T::Bool, "Answer AAAA queries.")
      << Spec(QStringLiteral("WebACLId"), T::String, "AWS WAF web ACL (ARN for WAFv2).")
      << Spec(QStringLiteral("Comment"), T::String, "Comment.")
      << Spec(QStringLiteral("DefaultRootObject"), T::String, "Object served for \"/\".")
      << Spec(QStringLiteral("Aliases"), T::List, "Alternate domain names (CNAMEs).")
      << Spec(QStringLiteral("Aliases[]"), T::String, "Domain name.")
      << Spec(QStringLiteral("Staging"), T::Bool, "Staging distribution (continuous deployment).")
      << Spec(QStringLiteral("ContinuousDeploymentPolicyId"), T::String, "Continuous deployment policy.")
      << Spec(QStringLiteral("ViewerCertificate"), T::Map, "TLS certificate for viewers.").partial()
      << Spec(QStringLiteral("Logging"), T::Map, "Standard logs.").partial()
      << Spec(QStringLiteral("Restrictions"), T::Map, "Geo restrictions.").partial()
      << Spec(QStringLiteral("CustomErrorResponses"), T::List, "Error pages and caching of errors.").partial()
      << Spec(QStringLiteral("OriginGroups"), T::Map, "Origin failover groups.").partial()
      << Spec(QStringLiteral("CacheBehaviors"), T::List, "Path-pattern behaviors.").partial()
      << Spec(QStringLiteral("Origins"), T::List, "Where CloudFront fetches content.")
      << Spec(QStringLiteral("Origins[].Id"), T::String, "Origin id (behaviors' TargetOriginId).").required()
      << Spec(QStringLiteral("Origins[].DomainName"), T::String, "Origin host name.").required()
      << Spec(QStringLiteral("Origins[].OriginPath"), T::String, "Path prefix at the origin.")
      << Spec(QStringLiteral("Origins[].ConnectionAttempts"), T::Int, "Connection attempts (default 3).").range(1, 3)
      << Spec(QStringLiteral("Origins[].ConnectionTimeout"), T::Int, "Connect timeout (default 10).").unit("seconds").range(1, 10)
      << Spec(QStringLiteral("Origins[].ResponseCompletionTimeout"), T::Int, "Whole-response timeout.").unit("seconds").min(1)
      << Spec(QStringLiteral("Origins[].OriginAccessControlId"), T::String, "Origin access control (S3).")
      << Spec(QStringLiteral("Origins[].OriginCustomHeaders"), T::List, "Headers sent to the origin.").partial()
      << Spec(QStringLiteral("Origins[].OriginShield"), T::Map, "Origin Shield.").partial()
      << Spec(QStringLiteral("Origins[].S3OriginConfig"), T::Map, "S3 origin settings.").partial()
      << Spec(QStringLiteral("Origins[].VpcOriginConfig"), T::Map, "VPC origin settings.").partial()
      << Spec(QStringLiteral("Origins[].CustomOriginConfig"), T::Map, "Custom (HTTP) origin settings.")
      << Spec(QStringLiteral("Origins[].CustomOriginConfig.HTTPPort"), T::Int, "HTTP port (default 80).").range(1, 65535)
      << Spec(QStringLiteral("Origins[].CustomOriginConfig.HTTPSPort"), T::Int, "HTTPS port (default 443).").range(1, 65535)
      << Spec(QStringLiteral("Origins[].CustomOriginConfig.OriginProtocolPolicy"), T::Enum, "Protocol to the origin.")
             .values({QStringLiteral("http-only"), QStringLiteral("match-viewer"), QStringLiteral("https-only")})
             .required()
      << Spec(QStringLiteral("Origins[].CustomOriginConfig.OriginSSLProtocols"), T::List, "TLS versions to the origin.")
      << Spec(QStringLiteral("Origins[].CustomOriginConfig.OriginSSLProtocols[]"), T::Enum, "TLS version.")
             .values({QStringLiteral("SSLv3"), QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2")})
      << Spec(QStringLiteral("Origins[].CustomOriginConfig.OriginReadTimeout"), T::Int, "Response timeout (default 30).")
             .unit("seconds")
             .range(1, 180)
      << Spec(QStringLiteral("Origins[].CustomOriginConfig.OriginKeepaliveTimeout"), T::Int, "Keep-alive timeout (default 5).")
             .unit("seconds")
             .range(1, 180)
      << Spec(QStringLiteral("Origins[].CustomOriginConfig.IpAddressType"), T::Enum, "Address family to the origin.")
             .values({QStringLiteral("ipv4"), QStringLiteral("ipv6"), QStringLiteral("dualstack")})
      << Spec(QStringLiteral("DefaultCacheBehavior"), T::Map, "Behavior for requests no other behavior matches.").required()
      << Spec(QStringLiteral("DefaultCacheBehavior.TargetOriginId"), T::String, "Origin the requests go to.").required()
      << Spec(QStringLiteral("DefaultCacheBehavior.ViewerProtocolPolicy"), T::Enum, "HTTP / HTTPS handling for viewers.")
             .values({QStringLiteral("allow-all"), QStringLiteral("https-only"), QStringLiteral("redirect-to-https")})
             .required()
      << Spec(QStringLiteral("DefaultCacheBehavior.AllowedMethods"), T::List, "Methods forwarded (GET,HEAD / +OPTIONS / all seven).")
      << Spec(QStringLiteral("DefaultCacheBehavior.AllowedMethods[]"), T::Enum, "HTTP method.").values(methods)
      << Spec(QStringLiteral("DefaultCacheBehavior.CachedMethods"), T::List, "Methods whose responses are cached.")
      << Spec(QStringLiteral("DefaultCacheBehavior.CachedMethods[]"), T::Enum, "HTTP method.")
             .values({QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")})
      << Spec(QStringLiteral("DefaultCacheBehavior.CachePolicyId"), T::String, "Cache policy (managed or custom).")
      << Spec(QStringLiteral("DefaultCacheBehavior.OriginRequestPolicyId"), T::String, "Origin request policy.")
      << Spec(QStringLiteral("DefaultCacheBehavior.ResponseHeadersPolicyId"), T::String, "Response headers policy.")
      << Spec(QStringLiteral("DefaultCacheBehavior.Compress"), T::Bool, "Compress responses.")
      << Spec(QStringLiteral("DefaultCacheBehavior.DefaultTTL"), T::Number, "Legacy default TTL.").unit("seconds").min(0)
      << Spec(QStringLiteral("DefaultCacheBehavior.MinTTL"), T::Number, "Legacy minimum TTL.").unit("seconds").min(0)
      << Spec(QStringLiteral("DefaultCacheBehavior.MaxTTL"), T::Number, "Legacy maximum TTL.").unit("seconds").min(0)
      << Spec(QStringLiteral("DefaultCacheBehavior.ForwardedValues"), T::Map, "Legacy cache key settings.").partial()
      << Spec(QStringLiteral("DefaultCacheBehavior.FunctionAssociations"), T::List, "CloudFront Functions.").partial()
      << Spec(QStringLiteral("DefaultCacheBehavior.LambdaFunctionAssociations"), T::List, "Lambda@Edge functions.").partial()
      << Spec(QStringLiteral("DefaultCacheBehavior.FieldLevelEncryptionId"), T::String, "Field-level encryption.")
      << Spec(QStringLiteral("DefaultCacheBehavior.RealtimeLogConfigArn"), T::String, "Real-time logs.")
      << Spec(QStringLiteral("DefaultCacheBehavior.SmoothStreaming"), T::Bool, "Microsoft Smooth Streaming.")
      << Spec(QStringLiteral("DefaultCacheBehavior.TrustedKeyGroups"), T::List, "Key groups for signed URLs.")
      << Spec(QStringLiteral("DefaultCacheBehavior.TrustedSigners"), T::List, "Accounts for signed URLs.")
      << Spec(QStringLiteral("DefaultCacheBehavior.GrpcConfig"), T::Map, "gRPC settings.").partial();
    tags(t, QStringLiteral("Tags"));
    return t.specs;
}

QList<FieldSpec> healthCheck()
{
    Table t("AWS CloudFormation User Guide, AWS::Route53::HealthCheck HealthCheckConfig; Route 53 API Reference, CreateHealthCheck");
    t << Spec(QStringLiteral("Name"), T::String, "Name of the check in the design.")
      << Spec(QStringLiteral("Type"), T::Enum, "What is checked.")
             .values({QStringLiteral("HTTP"), QStringLiteral("HTTPS"), QStringLiteral("HTTP_STR_MATCH"), QStringLiteral("HTTPS_STR_MATCH"),
                      QStringLiteral("TCP"), QStringLiteral("CALCULATED"), QStringLiteral("CLOUDWATCH_METRIC"),
                      QStringLiteral("RECOVERY_CONTROL")})
             .required()
      << Spec(QStringLiteral("ResourcePath"), T::String, "Path requested (HTTP types).")
      << Spec(QStringLiteral("FullyQualifiedDomainName"), T::String, "Host name checked.")
      << Spec(QStringLiteral("IPAddress"), T::String, "Address checked.")
      << Spec(QStringLiteral("Port"), T::Int, "Port checked.").range(1, 65535)
      << Spec(QStringLiteral("RequestInterval"), T::Int, "Seconds between checks from each checker: 10 (fast) or 30.")
             .unit("seconds")
             .values({QStringLiteral("10"), QStringLiteral("30")})
      << Spec(QStringLiteral("FailureThreshold"), T::Int, "Consecutive results that flip the status (default 3).").range(1, 10)
      << Spec(QStringLiteral("SearchString"), T::String, "String the body must hold (STR_MATCH types).")
      << Spec(QStringLiteral("MeasureLatency"), T::Bool, "Record latency graphs.")
      << Spec(QStringLiteral("Inverted"), T::Bool, "Invert the status.")
      << Spec(QStringLiteral("EnableSNI"), T::Bool, "Send the host name in TLS.")
      << Spec(QStringLiteral("Regions"), T::List, "Checker regions (at least 3).")
      << Spec(QStringLiteral("Regions[]"), T::String, "Checker region.")
      << Spec(QStringLiteral("HealthThreshold"), T::Int, "Healthy children needed (CALCULATED).").range(0, 256)
      << Spec(QStringLiteral("ChildHealthChecks"), T::List, "Children (CALCULATED).")
      << Spec(QStringLiteral("ChildHealthChecks[]"), T::String, "Health check id.")
      << Spec(QStringLiteral("InsufficientDataHealthStatus"), T::Enum, "Status when CloudWatch has no data.")
             .values({QStringLiteral("Healthy"), QStringLiteral("Unhealthy"), QStringLiteral("LastKnownStatus")})
      << Spec(QStringLiteral("AlarmIdentifier"), T::Map, "CloudWatch alarm (CLOUDWATCH_METRIC).").partial()
      << Spec(QStringLiteral("HealthCheckTags"), T::List, "Tags.").partial();
    return t.specs;
}

QList<FieldSpec> recordSet()
{
    Table t("AWS CloudFormation User Guide, AWS::Route53::RecordSet; Route 53 API Reference, ResourceRecordSet");
    t << Spec(QStringLiteral("Name"), T::String, "Record name (domain).").required()
      << Spec(QStringLiteral("Type"), T::Enum, "Record type.")
             .values({QStringLiteral("A"), QStringLiteral("AAAA"), QStringLiteral("CAA"), QStringLiteral("CNAME"), QStringLiteral("DS"),
                      QStringLiteral("HTTPS"), QStringLiteral("MX"), QStringLiteral("NAPTR"), QStringLiteral("NS"), QStringLiteral("PTR"),
                      QStringLiteral("SOA"), QStringLiteral("SPF"), QStringLiteral("SRV"), QStringLiteral("SSHFP"), QStringLiteral("SVCB"),
                      QStringLiteral("TLSA"), QStringLiteral("TXT")})
             .required()
      << Spec(QStringLiteral("SetIdentifier"), T::String, "Distinguishes records of one name and type (weighted, failover...).")
      << Spec(QStringLiteral("Weight"), T::Int, "Share of the answers (weight / sum of weights); 0 = only when all are 0.")
             .range(0, 255)
      << Spec(QStringLiteral("Failover"), T::Enum, "Failover routing role.").values({QStringLiteral("PRIMARY"), QStringLiteral("SECONDARY")})
      << Spec(QStringLiteral("Region"), T::String, "Latency routing region.")
      << Spec(QStringLiteral("GeoLocation"), T::Map, "Geolocation routing.").partial()
      << Spec(QStringLiteral("GeoProximityLocation"), T::Map, "Geoproximity routing.").partial()
      << Spec(QStringLiteral("CidrRoutingConfig"), T::Map, "IP-based routing.").partial()
      << Spec(QStringLiteral("MultiValueAnswer"), T::Bool, "Multivalue answer routing.")
      << Spec(QStringLiteral("HealthCheckId"), T::String, "Health check that gates the record.")
      << Spec(QStringLiteral("HostedZoneId"), T::String, "Hosted zone of the record.")
      << Spec(QStringLiteral("HostedZoneName"), T::String, "Hosted zone name (ending with a dot).")
      << Spec(QStringLiteral("TTL"), T::String, "Cache time of non-alias records.").unit("seconds").intOrString()
      << Spec(QStringLiteral("ResourceRecords"), T::List, "Values of a non-alias record.")
      << Spec(QStringLiteral("ResourceRecords[]"), T::String, "Value.")
      << Spec(QStringLiteral("Comment"), T::String, "Comment.")
      << Spec(QStringLiteral("AliasTarget"), T::Map, "AWS resource the alias resolves to (ALB, CloudFront).")
      << Spec(QStringLiteral("AliasTarget.DNSName"), T::String, "DNS name of the target.").required()
      << Spec(QStringLiteral("AliasTarget.HostedZoneId"), T::String, "Hosted zone of the target (CloudFormation requires it).")
      << Spec(QStringLiteral("AliasTarget.EvaluateTargetHealth"), T::Bool, "Answer only while the target is healthy.");
    return t.specs;
}

QList<FieldSpec> lambda()
{
    const char *esm = "AWS Lambda API Reference, CreateEventSourceMapping; AWS::Lambda::EventSourceMapping";
    Table t("AWS CloudFormation User Guide, AWS::Lambda::Function; AWS Lambda Developer Guide, \"Lambda quotas\"");
    t << Spec(QStringLiteral("FunctionName"), T::String, "Function name.")
      << Spec(QStringLiteral("Runtime"), T::Enum, "Language runtime (zip packages).")
             .values({QStringLiteral("nodejs18.x"), QStringLiteral("nodejs20.x"), QStringLiteral("nodejs22.x"), QStringLiteral("nodejs24.x"),
                      QStringLiteral("python3.8"), QStringLiteral("python3.9"), QStringLiteral("python3.10"), QStringLiteral("python3.11"),
                      QStringLiteral("python3.12"), QStringLiteral("python3.13"), QStringLiteral("python3.14"), QStringLiteral("java8.al2"),
                      QStringLiteral("java11"), QStringLiteral("java17"), QStringLiteral("java21"), QStringLiteral("java25"),
                      QStringLiteral("dotnet8"), QStringLiteral("dotnet10"), QStringLiteral("ruby3.2"), QStringLiteral("ruby3.3"),
                      QStringLiteral("ruby3.4"), QStringLiteral("provided.al2"), QStringLiteral("provided.al2023"),
                      QStringLiteral("nodejs16.x"), QStringLiteral("python3.7"), QStringLiteral("dotnet6"), QStringLiteral("go1.x"),
                      QStringLiteral("java8"), QStringLiteral("provided")})
      << Spec(QStringLiteral("Handler"), T::String, "Entry point (file.function).")
      << Spec(QStringLiteral("Role"), T::String, "Execution role ARN.")
      << Spec(QStringLiteral("Description"), T::String, "Description.")
      << Spec(QStringLiteral("ReservedConcurrencyLimit"), T::Int,
              "Concurrency reserved for the function and its ceiling (seed notation of ReservedConcurrentExecutions).")
             .unit("executions")
             .min(0)
      << Spec(QStringLiteral("ReservedConcurrentExecutions"), T::Int, "Concurrency reserved for the function and its ceiling.")
             .unit("executions")
             .min(0)
      << Spec(QStringLiteral("MemorySize"), T::Int, "Memory (and proportional CPU).").unit("MB").range(128, 10240)
      << Spec(QStringLiteral("Timeout"), T::Int, "Longest run of one invocation.").unit("seconds").range(1, 900)
      << Spec(QStringLiteral("PackageType"), T::Enum, "Zip or container image.").values({QStringLiteral("Zip"), QStringLiteral("Image")})
      << Spec(QStringLiteral("Architectures"), T::List, "Instruction set.")
      << Spec(QStringLiteral("Architectures[]"), T::Enum, "Architecture.").values({QStringLiteral("x86_64"), QStringLiteral("arm64")})
      << Spec(QStringLiteral("EphemeralStorage"), T::Map, "/tmp size.")
      << Spec(QStringLiteral("EphemeralStorage.Size"), T::Int, "/tmp size.").unit("MB").range(512, 10240)
      << Spec(QStringLiteral("Environment"), T::Map, "Environment of the function.")
      << Spec(QStringLiteral("Environment.Variables"), T::Map, "Environment variables (free-form).").freeForm()
      << Spec(QStringLiteral("Environment.Variables.*"), T::String, "Variable value.")
      << Spec(QStringLiteral("Code"), T::Map, "Deployment package.").partial()
      << Spec(QStringLiteral("Layers"), T::List, "Layer ARNs.")
      << Spec(QStringLiteral("Layers[]"), T::String, "Layer ARN.")
      << Spec(QStringLiteral("VpcConfig"), T::Map, "VPC subnets and security groups.").partial()
      << Spec(QStringLiteral("DeadLetterConfig"), T::Map, "Dead-letter target of async invocations.").partial()
      << Spec(QStringLiteral("TracingConfig"), T::Map, "X-Ray tracing.").partial()
      << Spec(QStringLiteral("LoggingConfig"), T::Map, "Log format and group.").partial()
      << Spec(QStringLiteral("SnapStart"), T::Map, "SnapStart.").partial()
      << Spec(QStringLiteral("ImageConfig"), T::Map, "Container image settings.").partial()
      << Spec(QStringLiteral("FileSystemConfigs"), T::List, "EFS mounts.").partial()
      << Spec(QStringLiteral("KmsKeyArn"), T::String, "Key for environment encryption.")
      << Spec(QStringLiteral("EventSourceMappings"), T::List, "Queues and streams that invoke the function.").source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].EventSourceArn"), T::String, "Queue or stream ARN (or reference).").source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].FunctionName"), T::String, "Function (implied here).").source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].Enabled"), T::Bool, "Polling on.").source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].BatchSize"), T::Int, "Records per invocation (SQS standard at most 10,000; FIFO 10).")
             .unit("records")
             .range(1, 10000)
             .source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].MaximumBatchingWindowInSeconds"), T::Int, "Time records are gathered before invoking.")
             .unit("seconds")
             .range(0, 300)
             .source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].StartingPosition"), T::Enum, "Where a stream is read from (streams only).")
             .values({QStringLiteral("TRIM_HORIZON"), QStringLiteral("LATEST"), QStringLiteral("AT_TIMESTAMP")})
             .source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].StartingPositionTimestamp"), T::Number, "AT_TIMESTAMP position (Unix seconds).")
             .source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].ParallelizationFactor"), T::Int, "Concurrent batches per shard (streams only).")
             .range(1, 10)
             .source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].MaximumRetryAttempts"), T::Int, "Retries of a failed batch (streams; -1 = until expiry).")
             .range(-1, 10000)
             .source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].MaximumRecordAgeInSeconds"), T::Int, "Oldest record processed (streams; -1 = no limit).")
             .unit("seconds")
             .range(-1, 604800)
             .source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].BisectBatchOnFunctionError"), T::Bool, "Split a failing batch (streams).").source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].TumblingWindowInSeconds"), T::Int, "Stream aggregation window.")
             .unit("seconds")
             .range(0, 900)
             .source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].FunctionResponseTypes"), T::List, "Partial batch responses.").source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].FunctionResponseTypes[]"), T::Enum, "Response type.")
             .values({QStringLiteral("ReportBatchItemFailures")})
             .source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].ScalingConfig"), T::Map, "SQS poller scaling.").source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].ScalingConfig.MaximumConcurrency"), T::Int, "Most concurrent invocations from the queue.")
             .unit("executions")
             .range(2, 1000)
             .source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].FilterCriteria"), T::Map, "Event filters.").partial().source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].DestinationConfig"), T::Map, "On-failure destination.").partial().source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].SourceAccessConfigurations"), T::List, "Source credentials.").partial().source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].Queues"), T::List, "Amazon MQ queues.").source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].Queues[]"), T::String, "Queue name.").source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].Topics"), T::List, "Kafka topics.").source(esm)
      << Spec(QStringLiteral("EventSourceMappings[].Topics[]"), T::String, "Topic name.").source(esm);
    tags(t, QStringLiteral("Tags"));
    return t.specs;
}

QList<FieldSpec> sqsQueue()
{
    Table t("AWS CloudFormation User Guide, AWS::SQS::Queue; Amazon SQS Developer Guide, quotas");
    t << Spec(QStringLiteral("QueueName"), T::String, "Queue name (.fifo suffix for FIFO queues).")
      << Spec(QStringLiteral("QueueUrl"), T::String, "Queue URL.")
      << Spec(QStringLiteral("FifoQueue"), T::Bool, "FIFO queue.")
      << Spec(QStringLiteral("ContentBasedDeduplication"), T::Bool, "Deduplicate on a body hash (FIFO).")
      << Spec(QStringLiteral("DeduplicationScope"), T::Enum, "Deduplication scope (FIFO).")
             .values({QStringLiteral("messageGroup"), QStringLiteral("queue")})
      << Spec(QStringLiteral("FifoThroughputLimit"), T::Enum, "Throughput quota scope (FIFO).")
             .values({QStringLiteral("perQueue"), QStringLiteral("perMessageGroupId")})
      << Spec(QStringLiteral("DelaySeconds"), T::Int, "Delivery delay of new messages.").unit("seconds").range(0, 900)
      << Spec(QStringLiteral("MaximumMessageSize"), T::Int, "Largest message.").unit("bytes").range(1024, 1048576)
      << Spec(QStringLiteral("MessageRetentionPeriod"), T::Int, "Time a message is kept (default 4 days).").unit("seconds").range(60, 1209600)
      << Spec(QStringLiteral("ReceiveMessageWaitTimeSeconds"), T::Int, "Long-poll wait.").unit("seconds").range(0, 20)
      << Spec(QStringLiteral("VisibilityTimeout"), T::Int, "Time a received message stays hidden (default 30).")
             .unit("seconds")
             .range(0, 43200)
      << Spec(QStringLiteral("KmsMasterKeyId"), T::String, "KMS key for SSE-KMS.")
      << Spec(QStringLiteral("KmsDataKeyReusePeriodSeconds"), T::Int, "Data key reuse.").unit("seconds").range(60, 86400)
      << Spec(QStringLiteral("SqsManagedSseEnabled"), T::Bool, "SSE-SQS encryption.")
      << Spec(QStringLiteral("RedrivePolicy"), T::Map, "Dead-letter queue and maxReceiveCount.").partial()
      << Spec(QStringLiteral("RedriveAllowPolicy"), T::Map, "Which queues may use this one as a dead-letter queue.").partial();
    tags(t, QStringLiteral("Tags"));
    return t.specs;
}

} // namespace

QList<FieldSpec> awsTable(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::AuroraCluster:
        return aurora();
    case ObjectKind::DynamoDBTable:
        return dynamoDb();
    case ObjectKind::ElastiCacheReplicationGroup:
        return elastiCache();
    case ObjectKind::ApplicationLoadBalancer:
        return alb();
    case ObjectKind::TargetGroup:
        return targetGroupObject();
    case ObjectKind::CloudFrontDistribution:
        return cloudFront();
    case ObjectKind::Route53HealthCheck:
        return healthCheck();
    case ObjectKind::Route53RecordSet:
        return recordSet();
    case ObjectKind::LambdaFunction:
        return lambda();
    case ObjectKind::SqsQueue:
        return sqsQueue();
    default:
        return {};
    }
}

} // namespace Scaleplan::FieldSchemaTables
