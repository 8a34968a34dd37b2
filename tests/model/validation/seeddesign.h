#pragma once

// Test helper shared by the validation tests: builds, in code, the design the importer makes of
// the reference seed document (shared/seed/000_b426f1412c036d11.txt), object kinds and fields
// as model/OBJECTS.md lays them out. Manifests are written as JSON (the YAML blocks of the seed,
// same keys and values) and turned into QVariantMaps.

#include "model/designdata.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

namespace Scaleplan::TestSupport {

inline const QString kSeedFile = QStringLiteral("000_b426f1412c036d11.txt");

/// A QVariantMap from JSON text; fails the test (QFAIL-like) on a syntax error.
inline QVariantMap json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", qPrintable(error.errorString()));
    return doc.toVariant().toMap();
}

inline ObjectId add(DesignData &design, ObjectKind kind, ObjectId parent, const QString &name, const QVariantMap &fields,
                    int line = 0)
{
    DesignObject object;
    object.kind = kind;
    object.parentId = parent;
    object.name = name;
    object.fields = fields;
    object.source = SourceLocation{kSeedFile, line, 1};
    const ObjectId id = design.insert(object);
    if (!id)
        qFatal("could not insert %s", qPrintable(name));
    return id;
}

/// Ids of the seed design's objects the tests look at.
struct SeedIds {
    ObjectId region = 0, vpc = 0, cluster = 0;
    QList<ObjectId> zones;   // us-east-1a, b, c
    QList<ObjectId> subnets; // per zone: public, private, database (a, then b, then c)
    ObjectId hpa = 0, vpa = 0, nodePool = 0, nodeClass = 0, destinationRule = 0, queueScaler = 0,
             jenkins = 0, jenkinsScaler = 0, job = 0, prometheusRule = 0, podChaos = 0, aurora = 0,
             dynamo = 0, redis = 0, alb = 0, lambda = 0, queue = 0, globalDatabase = 0;
};

inline DesignData seedDesign(SeedIds *ids = nullptr)
{
    SeedIds s;
    DesignData d;
    d.name = QStringLiteral("Scalability Design");
    d.sourceFile = kSeedFile;
    s.region = add(d, ObjectKind::Region, 0, QStringLiteral("us-east-1"),
                   json(R"J({"RegionName": "us-east-1", "Role": "primary"})J"), 434);
    s.vpc = add(d, ObjectKind::Vpc, s.region, QStringLiteral("production-vpc"),
                json(R"J({"CidrBlock": "10.0.0.0/8", "EnableDnsHostnames": true, "EnableDnsSupport": true,
                          "AvailabilityZoneCount": 6})J"),
                494);
    const QStringList letters = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    for (int i = 0; i < 3; ++i) {
        const QString zoneName = QStringLiteral("us-east-1") + letters.at(i);
        const ObjectId zone = add(d, ObjectKind::AvailabilityZone, s.vpc, zoneName, {{QStringLiteral("AvailabilityZone"), zoneName}}, 500);
        s.zones.append(zone);
        // Seed: PublicSubnets 10.1-3.0.0/16, PrivateSubnets 10.11-13.0.0/16, DatabaseSubnets 10.21-23.0.0/16.
        s.subnets.append(add(d, ObjectKind::Subnet, zone, QStringLiteral("public-") + letters.at(i),
                             {{QStringLiteral("CidrBlock"), QStringLiteral("10.%1.0.0/16").arg(1 + i)},
                              {QStringLiteral("Tier"), QStringLiteral("public")},
                              {QStringLiteral("MapPublicIpOnLaunch"), true}},
                             504 + i));
        s.subnets.append(add(d, ObjectKind::Subnet, zone, QStringLiteral("private-") + letters.at(i),
                             {{QStringLiteral("CidrBlock"), QStringLiteral("10.%1.0.0/16").arg(11 + i)},
                              {QStringLiteral("Tier"), QStringLiteral("private")}},
                             508 + i));
        s.subnets.append(add(d, ObjectKind::Subnet, zone, QStringLiteral("database-") + letters.at(i),
                             {{QStringLiteral("CidrBlock"), QStringLiteral("10.%1.0.0/16").arg(21 + i)},
                              {QStringLiteral("Tier"), QStringLiteral("database")}},
                             512 + i));
    }
    s.cluster = add(d, ObjectKind::EksCluster, s.vpc, QStringLiteral("production-eks-us-east-1"),
                    json(R"J({"KubernetesNetworkConfig": {"IpFamily": "ipv4", "ServiceIpv4Cidr": "172.20.0.0/16"}})J"), 520);
    add(d, ObjectKind::EksAddon, s.cluster, QStringLiteral("vpc-cni"),
        json(R"J({"AddonName": "vpc-cni", "AddonVersion": "v1.15.0",
                 "Configuration": {"ENABLE_PREFIX_DELEGATION": "true", "WARM_IP_TARGET": "2",
                                   "AWS_VPC_CNI_NODE_PORT_SUPPORT": "true"}})J"),
        526);
    s.hpa = add(d, ObjectKind::HorizontalPodAutoscaler, s.cluster, QStringLiteral("web-app-hpa"), json(R"J({
        "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "web-app-hpa"},
        "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web-app"},
                 "minReplicas": 3, "maxReplicas": 50,
                 "metrics": [
                   {"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}},
                   {"type": "Resource", "resource": {"name": "memory", "target": {"type": "Utilization", "averageUtilization": 80}}},
                   {"type": "Pods", "pods": {"metric": {"name": "requests_per_second"}, "target": {"type": "AverageValue", "averageValue": "100"}}}],
                 "behavior": {"scaleUp": {"stabilizationWindowSeconds": 60, "policies": [{"type": "Percent", "value": 100, "periodSeconds": 60}]},
                              "scaleDown": {"stabilizationWindowSeconds": 300, "policies": [{"type": "Percent", "value": 10, "periodSeconds": 60}]}}}})J"),
        14);
    s.vpa = add(d, ObjectKind::VerticalPodAutoscaler, s.cluster, QStringLiteral("web-app-vpa"), json(R"J({
        "apiVersion": "autoscaling.k8s.io/v1", "kind": "VerticalPodAutoscaler", "metadata": {"name": "web-app-vpa"},
        "spec": {"targetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web-app"},
                 "updatePolicy": {"updateMode": "Auto"},
                 "resourcePolicy": {"containerPolicies": [{"containerName": "web-app",
                     "minAllowed": {"cpu": "100m", "memory": "128Mi"}, "maxAllowed": {"cpu": 2, "memory": "4Gi"}}]}}})J"),
        63);
    s.nodePool = add(d, ObjectKind::NodePool, s.cluster, QStringLiteral("general-purpose"), json(R"J({
        "apiVersion": "karpenter.sh/v1beta1", "kind": "NodePool", "metadata": {"name": "general-purpose"},
        "spec": {"template": {"metadata": {"labels": {"node-type": "general-purpose"}},
                              "spec": {"requirements": [
                                  {"key": "kubernetes.io/arch", "operator": "In", "values": ["amd64"]},
                                  {"key": "node.kubernetes.io/instance-type", "operator": "In",
                                   "values": ["m5.large", "m5.xlarge", "m5.2xlarge", "c5.large", "c5.xlarge"]},
                                  {"key": "karpenter.sh/capacity-type", "operator": "In", "values": ["spot", "on-demand"]}],
                                "nodeClassRef": {"apiVersion": "karpenter.k8s.aws/v1beta1", "kind": "EC2NodeClass", "name": "default"},
                                "taints": [{"key": "node-type", "value": "general-purpose", "effect": "NoSchedule"}]}},
                 "limits": {"cpu": 1000, "memory": "1000Gi"},
                 "disruption": {"consolidationPolicy": "WhenNodeUnderutilized", "consolidateAfter": "30s", "expireAfter": "30m"}}})J"),
        90);
    s.nodeClass = add(d, ObjectKind::EC2NodeClass, s.cluster, QStringLiteral("default"), json(R"J({
        "apiVersion": "karpenter.k8s.aws/v1beta1", "kind": "EC2NodeClass", "metadata": {"name": "default"},
        "spec": {"amiFamily": "AL2",
                 "subnetSelectorTerms": [{"tags": {"karpenter.sh/discovery": "production-eks-cluster"}}],
                 "securityGroupSelectorTerms": [{"tags": {"karpenter.sh/discovery": "production-eks-cluster"}}],
                 "instanceStorePolicy": "RAID0",
                 "userData": "#!/bin/bash\n/etc/eks/bootstrap.sh production-eks-cluster\n"}})J"),
        126);
    s.destinationRule = add(d, ObjectKind::DestinationRule, s.cluster, QStringLiteral("user-service-circuit-breaker"), json(R"J({
        "apiVersion": "networking.istio.io/v1beta1", "kind": "DestinationRule", "metadata": {"name": "user-service-circuit-breaker"},
        "spec": {"host": "user-service",
                 "trafficPolicy": {"outlierDetection": {"consecutiveGatewayErrors": 3, "interval": "30s", "baseEjectionTime": "30s", "maxEjectionPercent": 50},
                                   "connectionPool": {"tcp": {"maxConnections": 100},
                                                      "http": {"http1MaxPendingRequests": 10, "maxRequestsPerConnection": 2, "maxRetries": 3,
                                                               "consecutiveGatewayErrors": 3, "interval": "30s", "baseEjectionTime": "30s"}}}}})J"),
        237);
    s.queueScaler = add(d, ObjectKind::ScaledObject, s.cluster, QStringLiteral("queue-processor-scaler"), json(R"J({
        "apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject", "metadata": {"name": "queue-processor-scaler"},
        "spec": {"scaleTargetRef": {"name": "queue-processor"}, "minReplicaCount": 1, "maxReplicaCount": 50,
                 "triggers": [{"type": "aws-sqs-queue", "metadata": {"queueURL": "https://sqs.us-east-1.amazonaws.com/123456789/processing-queue",
                                                                      "queueLength": "10", "awsRegion": "us-east-1", "identityOwner": "pod"}},
                              {"type": "prometheus", "metadata": {"serverAddress": "http://prometheus:9090", "metricName": "queue_processing_lag",
                                                                   "threshold": "100", "query": "sum(rate(queue_processing_lag_total[2m]))"}}]}})J"),
        263);
    s.jenkins = add(d, ObjectKind::Deployment, s.cluster, QStringLiteral("jenkins-controller"), json(R"J({
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "jenkins-controller"},
        "spec": {"replicas": 1,
                 "template": {"spec": {"containers": [{"name": "jenkins", "image": "jenkins/jenkins:lts",
                     "resources": {"requests": {"memory": "2Gi", "cpu": "1"}, "limits": {"memory": "4Gi", "cpu": "2"}},
                     "volumeMounts": [{"name": "jenkins-home", "mountPath": "/var/jenkins_home"}]}],
                     "volumes": [{"name": "jenkins-home", "persistentVolumeClaim": {"claimName": "jenkins-pvc"}}]}}}})J"),
        290);
    s.jenkinsScaler = add(d, ObjectKind::ScaledObject, s.cluster, QStringLiteral("jenkins-agents-scaler"), json(R"J({
        "apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject", "metadata": {"name": "jenkins-agents-scaler"},
        "spec": {"scaleTargetRef": {"name": "jenkins-agent-pool"}, "minReplicaCount": 2, "maxReplicaCount": 20,
                 "triggers": [{"type": "prometheus", "metadata": {"serverAddress": "http://prometheus:9090", "metricName": "jenkins_queue_size",
                                                                   "threshold": "2", "query": "jenkins_queue_size_value"}},
                              {"type": "prometheus", "metadata": {"serverAddress": "http://prometheus:9090", "metricName": "jenkins_executors_available",
                                                                   "threshold": "1", "query": "jenkins_executors_available_value"}}]}})J"),
        317);
    s.job = add(d, ObjectKind::Job, s.cluster, QStringLiteral("data-processing-job"), json(R"J({
        "apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "data-processing-job"},
        "spec": {"parallelism": 10, "completions": 100,
                 "template": {"spec": {"containers": [{"name": "processor", "image": "data-processor:latest",
                     "resources": {"requests": {"memory": "2Gi", "cpu": "1"}, "limits": {"memory": "4Gi", "cpu": "2"}}}],
                     "restartPolicy": "Never", "nodeSelector": {"compute-type": "fargate"}}}}})J"),
        369);
    s.prometheusRule = add(d, ObjectKind::PrometheusRule, s.cluster, QStringLiteral("scaling-alerts"), json(R"J({
        "apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule", "metadata": {"name": "scaling-alerts"},
        "spec": {"groups": [{"name": "scaling.rules", "rules": [
            {"alert": "HighPodCPUUsage", "expr": "(sum(rate(container_cpu_usage_seconds_total[5m])) by (pod) / sum(container_spec_cpu_quota/100000) by (pod)) > 0.8", "for": "5m"},
            {"alert": "DatabaseConnectionsHigh", "expr": "mysql_global_status_threads_connected / mysql_global_variables_max_connections > 0.8", "for": "2m"},
            {"alert": "KubernetesNodeNotReady", "expr": "kube_node_status_condition{condition=\"Ready\",status=\"true\"} == 0", "for": "1m"}]}]}})J"),
        601);
    s.podChaos = add(d, ObjectKind::PodChaos, s.cluster, QStringLiteral("pod-failure-test"), json(R"J({
        "apiVersion": "chaos-mesh.org/v1alpha1", "kind": "PodChaos", "metadata": {"name": "pod-failure-test"},
        "spec": {"action": "pod-failure", "mode": "fixed-percent", "value": "20", "duration": "30s",
                 "selector": {"namespaces": ["production"], "labelSelectors": {"app": "web-app"}},
                 "scheduler": {"cron": "@every 1h"}}})J"),
        669);
    s.aurora = add(d, ObjectKind::AuroraCluster, s.vpc, QStringLiteral("aurora-cluster-primary"), json(R"J({
        "Engine": "aurora-postgresql",
        "AutoScaling": {"MinCapacity": 2, "MaxCapacity": 16, "TargetCPU": 70, "TargetConnections": 700, "ScaleInCooldown": 300, "ScaleOutCooldown": 60},
        "ReadReplicas": {"Min": 1, "Max": 5, "CrossRegion": true, "Regions": ["us-west-2", "eu-west-1"]},
        "GlobalRole": "primary"})J"),
        150);
    s.redis = add(d, ObjectKind::ElastiCacheReplicationGroup, s.vpc, QStringLiteral("redis-cluster-primary"), json(R"J({
        "Engine": "redis", "NumCacheClusters": 3, "AutomaticFailoverEnabled": true, "MultiAZEnabled": true,
        "AutoScaling": {"TargetValue": 70.0, "ScaleInCooldown": 300, "ScaleOutCooldown": 60, "MinCapacity": 3, "MaxCapacity": 10}})J"),
        179);
    s.alb = add(d, ObjectKind::ApplicationLoadBalancer, s.vpc, QStringLiteral("ALB-US-East-1"), json(R"J({
        "Scheme": "internet-facing", "Type": "application", "IpAddressType": "ipv4",
        "Subnets": ["subnet-12345678", "subnet-87654321", "subnet-11223344"], "SecurityGroups": ["sg-alb-public"],
        "LoadBalancerAttributes": [{"Key": "idle_timeout.timeout_seconds", "Value": "60"},
                                   {"Key": "routing.http2.enabled", "Value": "true"},
                                   {"Key": "access_logs.s3.enabled", "Value": "true"}],
        "TargetGroups": [{"Name": "web-app-targets", "Protocol": "HTTP", "Port": 80,
                          "HealthCheck": {"Protocol": "HTTP", "Path": "/health", "HealthyThresholdCount": 2,
                                          "UnhealthyThresholdCount": 5, "TimeoutSeconds": 5, "IntervalSeconds": 30}}]})J"),
        196);
    s.dynamo = add(d, ObjectKind::DynamoDBTable, s.region, QStringLiteral("dynamodb-table"), json(R"J({
        "BillingMode": "ON_DEMAND", "GlobalSecondaryIndexes": [{"IndexName": "GSI1", "BillingMode": "ON_DEMAND"}],
        "StreamSpecification": {"StreamViewType": "NEW_AND_OLD_IMAGES"}})J"),
        168);
    s.lambda = add(d, ObjectKind::LambdaFunction, s.region, QStringLiteral("burst-processor"), json(R"J({
        "FunctionName": "burst-processor", "Runtime": "python3.9", "ReservedConcurrencyLimit": 1000,
        "Environment": {"Variables": {"EKS_CLUSTER_ENDPOINT": "${EKSCluster.Endpoint}"}},
        "EventSourceMappings": [{"EventSourceArn": "${SQSQueue.Arn}", "BatchSize": 10, "MaximumBatchingWindowInSeconds": 5,
                                 "StartingPosition": "LATEST", "ParallelizationFactor": 10}]})J"),
        352);
    s.queue = add(d, ObjectKind::SqsQueue, s.region, QStringLiteral("processing-queue"),
                  json(R"J({"QueueName": "processing-queue", "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789/processing-queue"})J"), 272);
    s.globalDatabase = add(d, ObjectKind::GlobalReplication, 0, QStringLiteral("Database"), json(R"J({
        "Type": "Aurora Global Database", "PrimaryCluster": "aurora-cluster-primary", "SecondaryRegions": ["us-west-2", "eu-west-1"]})J"),
        448);
    add(d, ObjectKind::GlobalReplication, 0, QStringLiteral("Cache"),
        json(R"J({"Type": "Global Datastore", "PrimaryRegion": "us-east-1", "SecondaryRegions": ["us-west-2"]})J"), 453);
    if (ids)
        *ids = s;
    return d;
}

/// The diagnostics of `rule` (all objects), in order.
inline QList<Diagnostic> ofRule(const QList<Diagnostic> &all, const QString &rule)
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : all) {
        if (d.rule == rule)
            out.append(d);
    }
    return out;
}

/// The diagnostics about one object, in order.
inline QList<Diagnostic> ofObject(const QList<Diagnostic> &all, ObjectId id)
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : all) {
        if (d.objectId == id)
            out.append(d);
    }
    return out;
}

} // namespace Scaleplan::TestSupport
