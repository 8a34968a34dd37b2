#pragma once

// A seed-like design built in code for the exporter tests: the Kubernetes blocks of
// shared/seed/000_b426f1412c036d11.txt (reference-inputs 01, 02, 03, 08, 09, 10, 12, 18, 19, 21)
// with the corrections the validation fixes make (NodePool consolidationPolicy WhenUnderutilized
// without consolidateAfter, EC2NodeClass spec.role, DestinationRule outlier fields out of
// connectionPool.http, Deployment selector + template labels), a web-app Deployment behind the
// HPA/VPA, and block 16's "three AZs × public/private/database" layout scaled down to a
// 10.0.0.0/16 VPC. Manifests are written as JSON text (the seed's YAML, same keys and scalar
// types) and converted with QJsonDocument: integers stay qint64, quoted values stay strings.

#include "model/designdata.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace SeedDesign {

using namespace Scaleplan;

inline QVariantMap fromJson(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "SeedDesign::fromJson", qPrintable(error.errorString()));
    return doc.object().toVariantMap();
}

inline ObjectId add(DesignData &design, ObjectKind kind, ObjectId parent, const QString &name, const QVariantMap &fields)
{
    DesignObject object;
    object.kind = kind;
    object.parentId = parent;
    object.name = name;
    object.fields = fields;
    return design.insert(object);
}

// ---- Kubernetes manifests (seed blocks, fixed) ----

inline const char *hpaJson = R"json({
 "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
 "metadata": {"name": "web-app-hpa"},
 "spec": {
  "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web-app"},
  "minReplicas": 3, "maxReplicas": 50,
  "metrics": [
   {"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}},
   {"type": "Resource", "resource": {"name": "memory", "target": {"type": "Utilization", "averageUtilization": 80}}},
   {"type": "Pods", "pods": {"metric": {"name": "requests_per_second"}, "target": {"type": "AverageValue", "averageValue": "100"}}}
  ],
  "behavior": {
   "scaleUp": {"stabilizationWindowSeconds": 60, "policies": [{"type": "Percent", "value": 100, "periodSeconds": 60}]},
   "scaleDown": {"stabilizationWindowSeconds": 300, "policies": [{"type": "Percent", "value": 10, "periodSeconds": 60}]}
  }
 }
})json";

inline const char *vpaJson = R"json({
 "apiVersion": "autoscaling.k8s.io/v1", "kind": "VerticalPodAutoscaler",
 "metadata": {"name": "web-app-vpa"},
 "spec": {
  "targetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web-app"},
  "updatePolicy": {"updateMode": "Auto"},
  "resourcePolicy": {"containerPolicies": [
   {"containerName": "web-app", "minAllowed": {"cpu": "100m", "memory": "128Mi"}, "maxAllowed": {"cpu": 2, "memory": "4Gi"}}
  ]}
 }
})json";

inline const char *nodePoolJson = R"json({
 "apiVersion": "karpenter.sh/v1beta1", "kind": "NodePool",
 "metadata": {"name": "general-purpose"},
 "spec": {
  "template": {
   "metadata": {"labels": {"node-type": "general-purpose"}},
   "spec": {
    "requirements": [
     {"key": "kubernetes.io/arch", "operator": "In", "values": ["amd64"]},
     {"key": "node.kubernetes.io/instance-type", "operator": "In", "values": ["m5.large", "m5.xlarge", "m5.2xlarge", "c5.large", "c5.xlarge"]},
     {"key": "karpenter.sh/capacity-type", "operator": "In", "values": ["spot", "on-demand"]}
    ],
    "nodeClassRef": {"apiVersion": "karpenter.k8s.aws/v1beta1", "kind": "EC2NodeClass", "name": "default"},
    "taints": [{"key": "node-type", "value": "general-purpose", "effect": "NoSchedule"}]
   }
  },
  "limits": {"cpu": 1000, "memory": "1000Gi"},
  "disruption": {"consolidationPolicy": "WhenUnderutilized", "expireAfter": "30m"}
 }
})json";

inline const char *nodeClassJson = R"json({
 "apiVersion": "karpenter.k8s.aws/v1beta1", "kind": "EC2NodeClass",
 "metadata": {"name": "default"},
 "spec": {
  "amiFamily": "AL2",
  "role": "KarpenterNodeRole-production-eks-cluster",
  "subnetSelectorTerms": [{"tags": {"karpenter.sh/discovery": "production-eks-cluster"}}],
  "securityGroupSelectorTerms": [{"tags": {"karpenter.sh/discovery": "production-eks-cluster"}}],
  "instanceStorePolicy": "RAID0",
  "userData": "#!/bin/bash\n/etc/eks/bootstrap.sh production-eks-cluster\necho \"net.ipv4.ip_forward = 1\" >> /etc/sysctl.conf\nsysctl -p\n"
 }
})json";

inline const char *destinationRuleJson = R"json({
 "apiVersion": "networking.istio.io/v1beta1", "kind": "DestinationRule",
 "metadata": {"name": "user-service-circuit-breaker"},
 "spec": {
  "host": "user-service",
  "trafficPolicy": {
   "outlierDetection": {"consecutiveGatewayErrors": 3, "interval": "30s", "baseEjectionTime": "30s", "maxEjectionPercent": 50},
   "connectionPool": {
    "tcp": {"maxConnections": 100},
    "http": {"http1MaxPendingRequests": 10, "maxRequestsPerConnection": 2, "maxRetries": 3}
   }
  }
 }
})json";

inline const char *queueScalerJson = R"json({
 "apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject",
 "metadata": {"name": "queue-processor-scaler"},
 "spec": {
  "scaleTargetRef": {"name": "queue-processor"},
  "minReplicaCount": 1, "maxReplicaCount": 50,
  "triggers": [
   {"type": "aws-sqs-queue", "metadata": {"queueURL": "https://sqs.us-east-1.amazonaws.com/123456789/processing-queue", "queueLength": "10", "awsRegion": "us-east-1", "identityOwner": "pod"}},
   {"type": "prometheus", "metadata": {"serverAddress": "http://prometheus:9090", "metricName": "queue_processing_lag", "threshold": "100", "query": "sum(rate(queue_processing_lag_total[2m]))"}}
  ]
 }
})json";

inline const char *jenkinsScalerJson = R"json({
 "apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject",
 "metadata": {"name": "jenkins-agents-scaler"},
 "spec": {
  "scaleTargetRef": {"name": "jenkins-agent-pool"},
  "minReplicaCount": 2, "maxReplicaCount": 20,
  "triggers": [
   {"type": "prometheus", "metadata": {"serverAddress": "http://prometheus:9090", "metricName": "jenkins_queue_size", "threshold": "2", "query": "jenkins_queue_size_value"}},
   {"type": "prometheus", "metadata": {"serverAddress": "http://prometheus:9090", "metricName": "jenkins_executors_available", "threshold": "1", "query": "jenkins_executors_available_value"}}
  ]
 }
})json";

inline const char *jenkinsDeploymentJson = R"json({
 "apiVersion": "apps/v1", "kind": "Deployment",
 "metadata": {"name": "jenkins-controller"},
 "spec": {
  "replicas": 1,
  "selector": {"matchLabels": {"app": "jenkins-controller"}},
  "template": {
   "metadata": {"labels": {"app": "jenkins-controller"}},
   "spec": {
    "containers": [{
     "name": "jenkins", "image": "jenkins/jenkins:lts",
     "resources": {"requests": {"memory": "2Gi", "cpu": "1"}, "limits": {"memory": "4Gi", "cpu": "2"}},
     "volumeMounts": [{"name": "jenkins-home", "mountPath": "/var/jenkins_home"}]
    }],
    "volumes": [{"name": "jenkins-home", "persistentVolumeClaim": {"claimName": "jenkins-pvc"}}]
   }
  }
 }
})json";

inline const char *webAppDeploymentJson = R"json({
 "apiVersion": "apps/v1", "kind": "Deployment",
 "metadata": {"name": "web-app", "namespace": "production", "labels": {"app": "web-app"}},
 "spec": {
  "replicas": 3,
  "selector": {"matchLabels": {"app": "web-app"}},
  "template": {
   "metadata": {"labels": {"app": "web-app"}},
   "spec": {
    "containers": [{
     "name": "web-app", "image": "web-app:latest",
     "resources": {"requests": {"cpu": "500m", "memory": "512Mi"}, "limits": {"cpu": "1", "memory": "1Gi"}}
    }]
   }
  }
 }
})json";

inline const char *jobJson = R"json({
 "apiVersion": "batch/v1", "kind": "Job",
 "metadata": {"name": "data-processing-job"},
 "spec": {
  "parallelism": 10, "completions": 100,
  "template": {
   "spec": {
    "containers": [{
     "name": "processor", "image": "data-processor:latest",
     "resources": {"requests": {"memory": "2Gi", "cpu": "1"}, "limits": {"memory": "4Gi", "cpu": "2"}}
    }],
    "restartPolicy": "Never",
    "nodeSelector": {"compute-type": "fargate"}
   }
  }
 }
})json";

inline const char *configMapJson = R"json({
 "apiVersion": "v1", "kind": "ConfigMap",
 "metadata": {"name": "prometheus-config"},
 "data": {
  "prometheus.yml": "global:\n  scrape_interval: 15s\n  evaluation_interval: 15s\n  external_labels:\n    cluster: \"production-eks\"\n    region: \"us-east-1\"\n\nrule_files:\n  - \"/etc/prometheus/rules/*.yml\"\n\nscrape_configs:\n- job_name: 'kubernetes-nodes'\n  kubernetes_sd_configs:\n  - role: node\n  scheme: https\n"
 }
})json";

inline const char *prometheusRuleJson = R"json({
 "apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule",
 "metadata": {"name": "scaling-alerts"},
 "spec": {"groups": [{"name": "scaling.rules", "rules": [
  {"alert": "HighPodCPUUsage",
   "expr": "(sum(rate(container_cpu_usage_seconds_total[5m])) by (pod) / sum(container_spec_cpu_quota/100000) by (pod)) > 0.8",
   "for": "5m", "labels": {"severity": "warning"},
   "annotations": {"summary": "Pod {{ $labels.pod }} has high CPU usage", "description": "Pod {{ $labels.pod }} CPU usage is above 80% for more than 5 minutes"}},
  {"alert": "DatabaseConnectionsHigh",
   "expr": "mysql_global_status_threads_connected / mysql_global_variables_max_connections > 0.8",
   "for": "2m", "labels": {"severity": "critical"},
   "annotations": {"summary": "Database connection utilization is high", "description": "Database has {{ $value }}% connection utilization"}},
  {"alert": "KubernetesNodeNotReady",
   "expr": "kube_node_status_condition{condition=\"Ready\",status=\"true\"} == 0",
   "for": "1m", "labels": {"severity": "critical"},
   "annotations": {"summary": "Kubernetes node is not ready", "description": "Node {{ $labels.node }} has been not ready for more than 1 minute"}}
 ]}]}
})json";

// Block 21 as the seed has it: spec.scheduler.cron is Chaos Mesh 1.x syntax; the exporter must
// turn it into a Schedule.
inline const char *podChaosJson = R"json({
 "apiVersion": "chaos-mesh.org/v1alpha1", "kind": "PodChaos",
 "metadata": {"name": "pod-failure-test"},
 "spec": {
  "action": "pod-failure", "mode": "fixed-percent", "value": "20", "duration": "30s",
  "selector": {"namespaces": ["production"], "labelSelectors": {"app": "web-app"}},
  "scheduler": {"cron": "@every 1h"}
 }
})json";

/// Ids of the objects the tests look at.
struct Ids {
    ObjectId region = 0;
    ObjectId vpc = 0;
    ObjectId cluster = 0;
    ObjectId hpa = 0;
    ObjectId podChaos = 0;
    QList<ObjectId> zones;
    QList<ObjectId> subnets; // public-a, private-a, database-a, public-b, ...
};

/// Region us-east-1 > Vpc production-vpc 10.0.0.0/16 > 3 AZs × (public /24, private /20,
/// database /24) and EksCluster production-eks-us-east-1 (under the Vpc) holding every
/// Kubernetes object above. Subnet plan (each block inside 10.0.0.0/16, none overlapping —
/// checked with Python's ipaddress): public 10.0.{0,1,2}.0/24, private 10.0.{16,32,48}.0/20,
/// database 10.0.{64,65,66}.0/24.
inline DesignData build(Ids *ids = nullptr)
{
    Ids local;
    Ids &out = ids ? *ids : local;
    DesignData design;
    design.name = QStringLiteral("Scalability Design");
    out.region = add(design, ObjectKind::Region, 0, QStringLiteral("us-east-1"),
                     {{QStringLiteral("RegionName"), QStringLiteral("us-east-1")}, {QStringLiteral("Role"), QStringLiteral("primary")}});
    out.vpc = add(design, ObjectKind::Vpc, out.region, QStringLiteral("production-vpc"),
                  {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16")},
                   {QStringLiteral("EnableDnsHostnames"), true},
                   {QStringLiteral("EnableDnsSupport"), true},
                   {QStringLiteral("AvailabilityZoneCount"), 3}});
    const QStringList letters = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    for (int i = 0; i < 3; ++i) {
        const QString zoneName = QStringLiteral("us-east-1") + letters.at(i);
        const ObjectId zone = add(design, ObjectKind::AvailabilityZone, out.vpc, zoneName,
                                  {{QStringLiteral("AvailabilityZone"), zoneName}});
        out.zones.append(zone);
        out.subnets.append(add(design, ObjectKind::Subnet, zone, QStringLiteral("public-") + letters.at(i),
                               {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.%1.0/24").arg(i)},
                                {QStringLiteral("Tier"), QStringLiteral("public")},
                                {QStringLiteral("MapPublicIpOnLaunch"), true}}));
        out.subnets.append(add(design, ObjectKind::Subnet, zone, QStringLiteral("private-") + letters.at(i),
                               {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.%1.0/20").arg(16 * (i + 1))},
                                {QStringLiteral("Tier"), QStringLiteral("private")}}));
        out.subnets.append(add(design, ObjectKind::Subnet, zone, QStringLiteral("database-") + letters.at(i),
                               {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.%1.0/24").arg(64 + i)},
                                {QStringLiteral("Tier"), QStringLiteral("database")}}));
    }
    out.cluster = add(design, ObjectKind::EksCluster, out.vpc, QStringLiteral("production-eks-us-east-1"),
                      {{QStringLiteral("Version"), QStringLiteral("1.31")},
                       {QStringLiteral("KubernetesNetworkConfig"),
                        QVariantMap{{QStringLiteral("IpFamily"), QStringLiteral("ipv4")},
                                    {QStringLiteral("ServiceIpv4Cidr"), QStringLiteral("172.20.0.0/16")}}}});
    // Seed order (as the document lists the blocks), not export order.
    out.hpa = add(design, ObjectKind::HorizontalPodAutoscaler, out.cluster, QStringLiteral("web-app-hpa"), fromJson(hpaJson));
    add(design, ObjectKind::VerticalPodAutoscaler, out.cluster, QStringLiteral("web-app-vpa"), fromJson(vpaJson));
    add(design, ObjectKind::NodePool, out.cluster, QStringLiteral("general-purpose"), fromJson(nodePoolJson));
    add(design, ObjectKind::EC2NodeClass, out.cluster, QStringLiteral("default"), fromJson(nodeClassJson));
    add(design, ObjectKind::DestinationRule, out.cluster, QStringLiteral("user-service-circuit-breaker"),
        fromJson(destinationRuleJson));
    add(design, ObjectKind::ScaledObject, out.cluster, QStringLiteral("queue-processor-scaler"), fromJson(queueScalerJson));
    add(design, ObjectKind::Deployment, out.cluster, QStringLiteral("jenkins-controller"), fromJson(jenkinsDeploymentJson));
    add(design, ObjectKind::ScaledObject, out.cluster, QStringLiteral("jenkins-agents-scaler"), fromJson(jenkinsScalerJson));
    add(design, ObjectKind::Job, out.cluster, QStringLiteral("data-processing-job"), fromJson(jobJson));
    add(design, ObjectKind::ConfigMap, out.cluster, QStringLiteral("prometheus-config"), fromJson(configMapJson));
    add(design, ObjectKind::PrometheusRule, out.cluster, QStringLiteral("scaling-alerts"), fromJson(prometheusRuleJson));
    out.podChaos = add(design, ObjectKind::PodChaos, out.cluster, QStringLiteral("pod-failure-test"), fromJson(podChaosJson));
    add(design, ObjectKind::Deployment, out.cluster, QStringLiteral("web-app"), fromJson(webAppDeploymentJson));
    return design;
}

} // namespace SeedDesign
