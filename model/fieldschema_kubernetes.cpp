// Field tables of the Kubernetes kinds, written by hand from the Kubernetes 1.31 API reference and
// the custom resources' CRD schemas (shared/schemas/kubernetes, shared/schemas/crds: Karpenter
// NodePool/EC2NodeClass v1beta1 and v1, KEDA ScaledObject v1alpha1, VPA v1, Istio DestinationRule,
// Prometheus Operator PrometheusRule v1, Chaos Mesh PodChaos v1alpha1).

#include "model/fieldschematables.h"

namespace Scaleplan::FieldSchemaTables {
namespace {

using T = FieldSpec::Type;

QString at(const QString &prefix, const char *key)
{
    return prefix.isEmpty() ? QString::fromUtf8(key) : QString(prefix + QLatin1Char('.') + QString::fromUtf8(key));
}

const char *kObjectMeta = "Kubernetes API reference v1.31, ObjectMeta";
const char *kPodSpec = "Kubernetes API reference v1.31, PodSpec / Container";
const char *kHpa = "Kubernetes API reference v1.31, HorizontalPodAutoscaler (autoscaling/v2)";

/// The manifest's top level: apiVersion, kind, metadata (ObjectMeta), status.
void root(Table &t)
{
    t << Spec(QStringLiteral("apiVersion"), T::String, "API group and version of the manifest.").source(kObjectMeta)
      << Spec(QStringLiteral("kind"), T::String, "Kind of the manifest.").source(kObjectMeta)
      << Spec(QStringLiteral("status"), T::Map, "Status written by the controller; not part of a design.")
             .partial()
             .source(kObjectMeta);
}

void objectMeta(Table &t, const QString &p)
{
    t << Spec(p, T::Map, "Standard object metadata.").source(kObjectMeta)
      << Spec(at(p, "name"), T::String, "Name, unique within the namespace.").source(kObjectMeta)
      << Spec(at(p, "namespace"), T::String, "Namespace the object lives in.").source(kObjectMeta)
      << Spec(at(p, "generateName"), T::String, "Prefix for a server-generated name.").source(kObjectMeta)
      << Spec(at(p, "labels"), T::Map, "Labels (free-form key/value strings).").freeForm().source(kObjectMeta)
      << Spec(at(p, "labels.*"), T::String, "Label value.").source(kObjectMeta)
      << Spec(at(p, "annotations"), T::Map, "Annotations (free-form key/value strings).").freeForm().source(kObjectMeta)
      << Spec(at(p, "annotations.*"), T::String, "Annotation value.").source(kObjectMeta)
      << Spec(at(p, "finalizers"), T::List, "Finalizers that block deletion.").source(kObjectMeta)
      << Spec(at(p, "finalizers[]"), T::String, "Finalizer name.").source(kObjectMeta)
      << Spec(at(p, "ownerReferences"), T::List, "Objects this one depends on.").partial().source(kObjectMeta)
      << Spec(at(p, "uid"), T::String, "Server-set unique id.").source(kObjectMeta)
      << Spec(at(p, "resourceVersion"), T::String, "Server-set version.").source(kObjectMeta)
      << Spec(at(p, "generation"), T::Int, "Server-set generation.").source(kObjectMeta)
      << Spec(at(p, "creationTimestamp"), T::String, "Server-set creation time (RFC 3339).").source(kObjectMeta)
      << Spec(at(p, "deletionTimestamp"), T::String, "Server-set deletion time (RFC 3339).").source(kObjectMeta)
      << Spec(at(p, "deletionGracePeriodSeconds"), T::Int, "Grace period of a pending deletion.")
             .unit("seconds")
             .min(0)
             .source(kObjectMeta)
      << Spec(at(p, "managedFields"), T::List, "Server-side apply bookkeeping.").partial().source(kObjectMeta)
      << Spec(at(p, "selfLink"), T::String, "Deprecated, never set.").source(kObjectMeta);
}

void labelSelector(Table &t, const QString &p, const char *description)
{
    const char *source = "Kubernetes API reference v1.31, LabelSelector";
    t << Spec(p, T::Map, description).source(source)
      << Spec(at(p, "matchLabels"), T::Map, "Labels a selected object must carry.").freeForm().source(source)
      << Spec(at(p, "matchLabels.*"), T::String, "Label value.").source(source)
      << Spec(at(p, "matchExpressions"), T::List, "Set-based requirements, ANDed.").source(source)
      << Spec(at(p, "matchExpressions[].key"), T::String, "Label key.").required().source(source)
      << Spec(at(p, "matchExpressions[].operator"), T::Enum, "How the key relates to the values.")
             .values({QStringLiteral("In"), QStringLiteral("NotIn"), QStringLiteral("Exists"), QStringLiteral("DoesNotExist")})
             .required()
             .source(source)
      << Spec(at(p, "matchExpressions[].values"), T::List, "Values for In / NotIn.").source(source)
      << Spec(at(p, "matchExpressions[].values[]"), T::String, "Label value.").source(source);
}

void resources(Table &t, const QString &p)
{
    t << Spec(p, T::Map, "Compute resources of the container.").source(kPodSpec)
      << Spec(at(p, "requests"), T::Map, "Resources the scheduler reserves; the base of HPA utilisation.")
             .freeForm()
             .source(kPodSpec)
      << Spec(at(p, "requests.cpu"), T::Quantity, "CPU request (\"500m\" = half a core).").unit("cores").min(0).source(kPodSpec)
      << Spec(at(p, "requests.memory"), T::Quantity, "Memory request (\"512Mi\").").unit("bytes").min(0).source(kPodSpec)
      << Spec(at(p, "requests.*"), T::Quantity, "Request of another resource.").min(0).source(kPodSpec)
      << Spec(at(p, "limits"), T::Map, "Upper bounds the kubelet enforces.").freeForm().source(kPodSpec)
      << Spec(at(p, "limits.cpu"), T::Quantity, "CPU limit (throttled above it).").unit("cores").min(0).source(kPodSpec)
      << Spec(at(p, "limits.memory"), T::Quantity, "Memory limit (OOM-killed above it).").unit("bytes").min(0).source(kPodSpec)
      << Spec(at(p, "limits.*"), T::Quantity, "Limit of another resource.").min(0).source(kPodSpec)
      << Spec(at(p, "claims"), T::List, "Dynamic resource claims used by the container.").partial().source(kPodSpec);
}

void container(Table &t, const QString &p)
{
    t << Spec(p, T::List, "Containers of the pod.").source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "name"), T::String, "Container name (DNS label), unique in the pod.")
             .required()
             .source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "image"), T::String, "Container image reference.").source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "imagePullPolicy"), T::Enum, "When the kubelet pulls the image.")
             .values({QStringLiteral("Always"), QStringLiteral("Never"), QStringLiteral("IfNotPresent")})
             .source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "command"), T::List, "Entrypoint array.").source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "command[]"), T::String, "Argument.").source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "args"), T::List, "Arguments to the entrypoint.").source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "args[]"), T::String, "Argument.").source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "workingDir"), T::String, "Working directory.").source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "ports"), T::List, "Ports the container exposes.").partial().source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "env"), T::List, "Environment variables.").partial().source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "envFrom"), T::List, "Environment from ConfigMaps / Secrets.").partial().source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "resizePolicy"), T::List, "In-place resize policy per resource.").partial().source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "restartPolicy"), T::Enum, "Sidecar init containers only: Always.")
             .values({QStringLiteral("Always")})
             .source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "volumeMounts"), T::List, "Volumes mounted into the container.").source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "volumeMounts[].name"), T::String, "Name of a pod volume.").required().source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "volumeMounts[].mountPath"), T::String, "Path in the container.").required().source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "volumeMounts[].readOnly"), T::Bool, "Mount read-only.").source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "volumeMounts[].subPath"), T::String, "Sub-path of the volume.").source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "volumeMounts[].subPathExpr"), T::String, "Sub-path with $(VAR) expansion.").source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "volumeMounts[].mountPropagation"), T::Enum, "Mount propagation mode.")
             .values({QStringLiteral("None"), QStringLiteral("HostToContainer"), QStringLiteral("Bidirectional")})
             .source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "volumeMounts[].recursiveReadOnly"), T::Enum, "Recursive read-only mode.")
             .values({QStringLiteral("Disabled"), QStringLiteral("IfPossible"), QStringLiteral("Enabled")})
             .source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "volumeDevices"), T::List, "Raw block devices.").partial().source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "livenessProbe"), T::Map, "Restart the container when it fails.").partial().source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "readinessProbe"), T::Map, "Remove from endpoints when it fails.").partial().source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "startupProbe"), T::Map, "Delays the other probes until it succeeds.").partial().source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "lifecycle"), T::Map, "postStart / preStop hooks.").partial().source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "securityContext"), T::Map, "Container security options.").partial().source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "terminationMessagePath"), T::String, "File of the termination message.").source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "terminationMessagePolicy"), T::Enum, "Where the termination message comes from.")
             .values({QStringLiteral("File"), QStringLiteral("FallbackToLogsOnError")})
             .source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "stdin"), T::Bool, "Allocate a stdin buffer.").source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "stdinOnce"), T::Bool, "Close stdin after the first attach.").source(kPodSpec)
      << Spec(at(p + QStringLiteral("[]"), "tty"), T::Bool, "Allocate a TTY.").source(kPodSpec);
    resources(t, at(p + QStringLiteral("[]"), "resources"));
}

/// A PodTemplateSpec at `p` ("spec.template"); `restartPolicies` are the values the owner allows.
void podTemplate(Table &t, const QString &p, const QStringList &restartPolicies, bool restartPolicyRequired)
{
    t << Spec(p, T::Map, "Pod template: the pods this object creates.").required().source(kPodSpec);
    objectMeta(t, at(p, "metadata"));
    const QString s = at(p, "spec");
    t << Spec(s, T::Map, "Pod specification.").source(kPodSpec);
    container(t, at(s, "containers"));
    t << Spec(at(s, "initContainers"), T::List, "Containers run before the app containers.").partial().source(kPodSpec)
      << Spec(at(s, "ephemeralContainers"), T::List, "Debug containers.").partial().source(kPodSpec);
    Spec restart(at(s, "restartPolicy"), T::Enum, "Restart policy of the pod's containers.");
    restart.values(restartPolicies).source(kPodSpec);
    if (restartPolicyRequired)
        restart.required();
    t << restart
      << Spec(at(s, "activeDeadlineSeconds"), T::Int, "Time a pod may run before it is failed.").unit("seconds").min(1).source(kPodSpec)
      << Spec(at(s, "terminationGracePeriodSeconds"), T::Int, "Time between SIGTERM and SIGKILL.").unit("seconds").min(0).source(kPodSpec)
      << Spec(at(s, "nodeSelector"), T::Map, "Node labels the pod requires (free-form).").freeForm().source(kPodSpec)
      << Spec(at(s, "nodeSelector.*"), T::String, "Required node label value.").source(kPodSpec)
      << Spec(at(s, "nodeName"), T::String, "Node to bind to, bypassing the scheduler.").source(kPodSpec)
      << Spec(at(s, "affinity"), T::Map, "Node and pod (anti-)affinity.").partial().source(kPodSpec)
      << Spec(at(s, "tolerations"), T::List, "Taints the pod tolerates.").partial().source(kPodSpec)
      << Spec(at(s, "topologySpreadConstraints"), T::List, "Spread over zones / nodes.").partial().source(kPodSpec)
      << Spec(at(s, "schedulerName"), T::String, "Scheduler that places the pod.").source(kPodSpec)
      << Spec(at(s, "priority"), T::Int, "Priority value (set from priorityClassName).").source(kPodSpec)
      << Spec(at(s, "priorityClassName"), T::String, "PriorityClass of the pod.").source(kPodSpec)
      << Spec(at(s, "preemptionPolicy"), T::Enum, "Whether the pod may preempt lower-priority pods.")
             .values({QStringLiteral("Never"), QStringLiteral("PreemptLowerPriority")})
             .source(kPodSpec)
      << Spec(at(s, "runtimeClassName"), T::String, "RuntimeClass of the pod.").source(kPodSpec)
      << Spec(at(s, "serviceAccountName"), T::String, "ServiceAccount the pod runs as.").source(kPodSpec)
      << Spec(at(s, "serviceAccount"), T::String, "Deprecated alias of serviceAccountName.").source(kPodSpec)
      << Spec(at(s, "automountServiceAccountToken"), T::Bool, "Mount the service account token.").source(kPodSpec)
      << Spec(at(s, "securityContext"), T::Map, "Pod security options.").partial().source(kPodSpec)
      << Spec(at(s, "imagePullSecrets"), T::List, "Secrets for pulling images.").partial().source(kPodSpec)
      << Spec(at(s, "dnsPolicy"), T::Enum, "DNS policy.")
             .values({QStringLiteral("ClusterFirstWithHostNet"), QStringLiteral("ClusterFirst"), QStringLiteral("Default"),
                      QStringLiteral("None")})
             .source(kPodSpec)
      << Spec(at(s, "dnsConfig"), T::Map, "Extra DNS settings.").partial().source(kPodSpec)
      << Spec(at(s, "hostNetwork"), T::Bool, "Use the node's network namespace.").source(kPodSpec)
      << Spec(at(s, "hostPID"), T::Bool, "Use the node's PID namespace.").source(kPodSpec)
      << Spec(at(s, "hostIPC"), T::Bool, "Use the node's IPC namespace.").source(kPodSpec)
      << Spec(at(s, "hostUsers"), T::Bool, "Use the node's user namespace.").source(kPodSpec)
      << Spec(at(s, "hostname"), T::String, "Pod host name.").source(kPodSpec)
      << Spec(at(s, "subdomain"), T::String, "Pod subdomain.").source(kPodSpec)
      << Spec(at(s, "setHostnameAsFQDN"), T::Bool, "Host name is the FQDN.").source(kPodSpec)
      << Spec(at(s, "hostAliases"), T::List, "Extra /etc/hosts entries.").partial().source(kPodSpec)
      << Spec(at(s, "shareProcessNamespace"), T::Bool, "One PID namespace for all containers.").source(kPodSpec)
      << Spec(at(s, "enableServiceLinks"), T::Bool, "Inject service environment variables.").source(kPodSpec)
      << Spec(at(s, "os"), T::Map, "Operating system of the pod.").partial().source(kPodSpec)
      << Spec(at(s, "overhead"), T::Map, "Runtime overhead (set by the RuntimeClass).").partial().source(kPodSpec)
      << Spec(at(s, "readinessGates"), T::List, "Extra readiness conditions.").partial().source(kPodSpec)
      << Spec(at(s, "resourceClaims"), T::List, "Dynamic resource claims.").partial().source(kPodSpec)
      << Spec(at(s, "schedulingGates"), T::List, "Gates that hold scheduling.").partial().source(kPodSpec)
      << Spec(at(s, "volumes"), T::List, "Volumes the containers can mount.").partial().source(kPodSpec)
      << Spec(at(s, "volumes[].name"), T::String, "Volume name (DNS label).").required().source(kPodSpec)
      << Spec(at(s, "volumes[].persistentVolumeClaim"), T::Map, "A PersistentVolumeClaim as the volume.").source(kPodSpec)
      << Spec(at(s, "volumes[].persistentVolumeClaim.claimName"), T::String, "Claim name.").required().source(kPodSpec)
      << Spec(at(s, "volumes[].persistentVolumeClaim.readOnly"), T::Bool, "Mount read-only.").source(kPodSpec)
      << Spec(at(s, "volumes[].configMap"), T::Map, "A ConfigMap as files.").partial().source(kPodSpec)
      << Spec(at(s, "volumes[].secret"), T::Map, "A Secret as files.").partial().source(kPodSpec)
      << Spec(at(s, "volumes[].emptyDir"), T::Map, "Scratch space for the pod's life.").partial().source(kPodSpec);
}

/// HPAScalingRules / KEDA advanced.horizontalPodAutoscalerConfig.behavior at `p` ("spec.behavior").
void hpaBehavior(Table &t, const QString &p, const char *source)
{
    t << Spec(p, T::Map, "Scaling behavior per direction (scaleUp, scaleDown).").source(source);
    for (const char *direction : {"scaleUp", "scaleDown"}) {
        const QString d = at(p, direction);
        const bool up = qstrcmp(direction, "scaleUp") == 0;
        t << Spec(d, T::Map, up ? "Rules for scaling up." : "Rules for scaling down.").source(source)
          << Spec(at(d, "stabilizationWindowSeconds"), T::Int,
                  up ? "Past recommendations considered when scaling up (default 0)."
                     : "Past recommendations considered when scaling down; the highest is used (default 300).")
                 .unit("seconds")
                 .range(0, 3600)
                 .source(source)
          << Spec(at(d, "selectPolicy"), T::Enum, "Which policy wins: Max (default), Min, or Disabled (no scaling this way).")
                 .values({QStringLiteral("Max"), QStringLiteral("Min"), QStringLiteral("Disabled")})
                 .source(source)
          << Spec(at(d, "policies"), T::List, "Limits on the change per period.").source(source)
          << Spec(at(d, "policies[].type"), T::Enum, "Pods: an absolute number of pods; Percent: a share of the current replicas.")
                 .values({QStringLiteral("Pods"), QStringLiteral("Percent")})
                 .required()
                 .source(source)
          << Spec(at(d, "policies[].value"), T::Int, "Pods or percent allowed per period (> 0).").min(1).required().source(source)
          << Spec(at(d, "policies[].periodSeconds"), T::Int, "Window the policy holds for (0 < s <= 1800).")
                 .unit("seconds")
                 .range(1, 1800)
                 .required()
                 .source(source);
    }
}

QList<FieldSpec> hpa()
{
    Table t(kHpa);
    root(t);
    objectMeta(t, QStringLiteral("metadata"));
    t << Spec(QStringLiteral("spec"), T::Map, "HorizontalPodAutoscalerSpec.").required()
      << Spec(QStringLiteral("spec.scaleTargetRef"), T::Map, "The workload to scale.").required()
      << Spec(QStringLiteral("spec.scaleTargetRef.apiVersion"), T::String, "API version of the target (apps/v1).")
      << Spec(QStringLiteral("spec.scaleTargetRef.kind"), T::String, "Kind of the target (Deployment).").required()
      << Spec(QStringLiteral("spec.scaleTargetRef.name"), T::String, "Name of the target.").required()
      << Spec(QStringLiteral("spec.minReplicas"), T::Int, "Lower replica bound (default 1, >= 1).").unit("replicas").min(1)
      << Spec(QStringLiteral("spec.maxReplicas"), T::Int, "Upper replica bound (>= minReplicas).").unit("replicas").min(1).required()
      << Spec(QStringLiteral("spec.metrics"), T::List, "Metrics; the largest proposed replica count wins.")
      << Spec(QStringLiteral("spec.metrics[].type"), T::Enum, "Metric source type.")
             .values({QStringLiteral("Resource"), QStringLiteral("Pods"), QStringLiteral("Object"), QStringLiteral("External"),
                      QStringLiteral("ContainerResource")})
             .required();
    const struct {
        const char *key;
        const char *what;
        bool resource;
        bool container;
        bool described;
    } sources[] = {
        {"resource", "A resource (cpu, memory) of every pod, against its requests.", true, false, false},
        {"containerResource", "A resource of one container of every pod.", true, true, false},
        {"pods", "A per-pod custom metric, averaged over the pods.", false, false, false},
        {"object", "A metric of one Kubernetes object (e.g. an Ingress).", false, false, true},
        {"external", "A metric from outside the cluster (e.g. a queue length).", false, false, false},
    };
    for (const auto &src : sources) {
        const QString s = at(QStringLiteral("spec.metrics[]"), src.key);
        t << Spec(s, T::Map, src.what);
        if (src.resource) {
            t << Spec(at(s, "name"), T::String, "Resource name (cpu, memory).").required();
        } else {
            t << Spec(at(s, "metric"), T::Map, "The metric's identifier.").required()
              << Spec(at(s, "metric.name"), T::String, "Metric name.").required()
              << Spec(at(s, "metric.selector"), T::Map, "Label selector narrowing the series.").partial();
        }
        if (src.container)
            t << Spec(at(s, "container"), T::String, "Container whose resource counts.").required();
        if (src.described) {
            t << Spec(at(s, "describedObject"), T::Map, "The object the metric describes.").required()
              << Spec(at(s, "describedObject.apiVersion"), T::String, "API version of the object.")
              << Spec(at(s, "describedObject.kind"), T::String, "Kind of the object.").required()
              << Spec(at(s, "describedObject.name"), T::String, "Name of the object.").required();
        }
        const QString target = at(s, "target");
        t << Spec(target, T::Map, "Target value of the metric.").required()
          << Spec(at(target, "type"), T::Enum, "Utilization (resource metrics), AverageValue or Value.")
                 .values({QStringLiteral("Utilization"), QStringLiteral("AverageValue"), QStringLiteral("Value")})
                 .required()
          << Spec(at(target, "averageUtilization"), T::Int, "Target mean utilisation, % of the pods' requests.")
                 .unit("percent")
                 .min(1)
          << Spec(at(target, "averageValue"), T::Quantity, "Target mean value per pod.").min(0)
          << Spec(at(target, "value"), T::Quantity, "Target value of the whole metric.").min(0);
    }
    hpaBehavior(t, QStringLiteral("spec.behavior"), kHpa);
    return t.specs;
}

QList<FieldSpec> vpa()
{
    Table t("Kubernetes autoscaler, VPA API autoscaling.k8s.io/v1 (shared/schemas/crds/autoscaling.k8s.io)");
    root(t);
    objectMeta(t, QStringLiteral("metadata"));
    t << Spec(QStringLiteral("spec"), T::Map, "VerticalPodAutoscalerSpec.").required()
      << Spec(QStringLiteral("spec.targetRef"), T::Map, "The workload whose pods are sized.").required()
      << Spec(QStringLiteral("spec.targetRef.apiVersion"), T::String, "API version of the target.")
      << Spec(QStringLiteral("spec.targetRef.kind"), T::String, "Kind of the target.").required()
      << Spec(QStringLiteral("spec.targetRef.name"), T::String, "Name of the target.").required()
      << Spec(QStringLiteral("spec.updatePolicy"), T::Map, "How recommendations are applied.")
      << Spec(QStringLiteral("spec.updatePolicy.updateMode"), T::Enum,
              "Off: recommend only; Initial: at pod creation; Recreate: evict to apply; InPlaceOrRecreate: resize in place "
              "when possible; Auto (default): currently Recreate.")
             .values({QStringLiteral("Off"), QStringLiteral("Initial"), QStringLiteral("Recreate"), QStringLiteral("Auto"),
                      QStringLiteral("InPlaceOrRecreate")})
      << Spec(QStringLiteral("spec.updatePolicy.minReplicas"), T::Int, "Live replicas required before the updater evicts.")
             .unit("replicas")
             .min(1)
      << Spec(QStringLiteral("spec.updatePolicy.evictionRequirements"), T::List, "Conditions for eviction.").partial()
      << Spec(QStringLiteral("spec.resourcePolicy"), T::Map, "Per-container bounds.")
      << Spec(QStringLiteral("spec.resourcePolicy.containerPolicies"), T::List, "Policies per container (\"*\" = all).")
      << Spec(QStringLiteral("spec.resourcePolicy.containerPolicies[].containerName"), T::String, "Container name or \"*\".")
      << Spec(QStringLiteral("spec.resourcePolicy.containerPolicies[].mode"), T::Enum, "Auto (default) or Off for this container.")
             .values({QStringLiteral("Auto"), QStringLiteral("Off")})
      << Spec(QStringLiteral("spec.resourcePolicy.containerPolicies[].minAllowed"), T::Map, "Lowest recommendation per resource.")
             .freeForm()
      << Spec(QStringLiteral("spec.resourcePolicy.containerPolicies[].minAllowed.cpu"), T::Quantity, "Lowest CPU recommendation.")
             .unit("cores")
             .min(0)
      << Spec(QStringLiteral("spec.resourcePolicy.containerPolicies[].minAllowed.memory"), T::Quantity,
              "Lowest memory recommendation.")
             .unit("bytes")
             .min(0)
      << Spec(QStringLiteral("spec.resourcePolicy.containerPolicies[].minAllowed.*"), T::Quantity, "Lowest recommendation.").min(0)
      << Spec(QStringLiteral("spec.resourcePolicy.containerPolicies[].maxAllowed"), T::Map, "Highest recommendation per resource.")
             .freeForm()
      << Spec(QStringLiteral("spec.resourcePolicy.containerPolicies[].maxAllowed.cpu"), T::Quantity, "Highest CPU recommendation.")
             .unit("cores")
             .min(0)
      << Spec(QStringLiteral("spec.resourcePolicy.containerPolicies[].maxAllowed.memory"), T::Quantity,
              "Highest memory recommendation.")
             .unit("bytes")
             .min(0)
      << Spec(QStringLiteral("spec.resourcePolicy.containerPolicies[].maxAllowed.*"), T::Quantity, "Highest recommendation.").min(0)
      << Spec(QStringLiteral("spec.resourcePolicy.containerPolicies[].controlledResources"), T::List,
              "Resources VPA sizes (default cpu and memory).")
      << Spec(QStringLiteral("spec.resourcePolicy.containerPolicies[].controlledResources[]"), T::Enum, "A resource name.")
             .values({QStringLiteral("cpu"), QStringLiteral("memory")})
      << Spec(QStringLiteral("spec.resourcePolicy.containerPolicies[].controlledValues"), T::Enum,
              "RequestsAndLimits (default: limits scaled in proportion) or RequestsOnly.")
             .values({QStringLiteral("RequestsAndLimits"), QStringLiteral("RequestsOnly")})
      << Spec(QStringLiteral("spec.recommenders"), T::List, "Recommenders to use (default: the default one).")
      << Spec(QStringLiteral("spec.recommenders[].name"), T::String, "Recommender name.").required();
    return t.specs;
}

/// Karpenter NodePool, `v1` = karpenter.sh/v1, else v1beta1.
QList<FieldSpec> nodePool(bool v1)
{
    Table t(v1 ? "Karpenter docs, NodePools; NodePool CRD karpenter.sh/v1 (shared/schemas/crds/karpenter.sh/nodepool_v1.json)"
               : "Karpenter v0.3x docs, NodePools; NodePool CRD karpenter.sh/v1beta1 (shared/schemas/crds/karpenter.sh/nodepool_v1beta1.json)");
    const QStringList effects = {QStringLiteral("NoSchedule"), QStringLiteral("PreferNoSchedule"), QStringLiteral("NoExecute")};
    QStringList operators = {QStringLiteral("In"), QStringLiteral("NotIn"), QStringLiteral("Exists"), QStringLiteral("DoesNotExist"),
                             QStringLiteral("Gt"), QStringLiteral("Lt")};
    if (v1)
        operators << QStringLiteral("Gte") << QStringLiteral("Lte");
    root(t);
    objectMeta(t, QStringLiteral("metadata"));
    t << Spec(QStringLiteral("spec"), T::Map, "NodePool spec.").required()
      << Spec(QStringLiteral("spec.weight"), T::Int, "Priority among NodePools (higher first).").range(1, 100)
      << Spec(QStringLiteral("spec.limits"), T::Map, "Ceiling on the resources of all nodes of the pool.").freeForm()
      << Spec(QStringLiteral("spec.limits.cpu"), T::Quantity, "Total vCPU of the pool's nodes.").unit("cores").min(0)
      << Spec(QStringLiteral("spec.limits.memory"), T::Quantity, "Total memory of the pool's nodes.").unit("bytes").min(0)
      << Spec(QStringLiteral("spec.limits.*"), T::Quantity, "Total of another resource.").min(0)
      << Spec(QStringLiteral("spec.template"), T::Map, "Template of the NodeClaims the pool creates.").required()
      << Spec(QStringLiteral("spec.template.metadata"), T::Map, "Labels and annotations of the nodes.")
      << Spec(QStringLiteral("spec.template.metadata.labels"), T::Map, "Node labels.").freeForm()
      << Spec(QStringLiteral("spec.template.metadata.labels.*"), T::String, "Node label value.")
      << Spec(QStringLiteral("spec.template.metadata.annotations"), T::Map, "Node annotations.").freeForm()
      << Spec(QStringLiteral("spec.template.metadata.annotations.*"), T::String, "Node annotation value.")
      << Spec(QStringLiteral("spec.template.spec"), T::Map, "NodeClaim spec.").required()
      << Spec(QStringLiteral("spec.template.spec.nodeClassRef"), T::Map, "The EC2NodeClass the nodes use.").required();
    if (v1) {
        t << Spec(QStringLiteral("spec.template.spec.nodeClassRef.group"), T::String, "API group (karpenter.k8s.aws).")
          << Spec(QStringLiteral("spec.template.spec.nodeClassRef.kind"), T::String, "Kind (EC2NodeClass).")
          << Spec(QStringLiteral("spec.template.spec.nodeClassRef.name"), T::String, "Name of the EC2NodeClass.").required()
          << Spec(QStringLiteral("spec.template.spec.expireAfter"), T::Duration,
                  "Node lifetime before it is replaced (default 720h; Never).")
                 .values({QStringLiteral("Never")})
                 .min(0)
          << Spec(QStringLiteral("spec.template.spec.terminationGracePeriod"), T::Duration,
                  "Longest time a node drains before it is forcibly terminated.")
                 .min(0)
          << Spec(QStringLiteral("spec.replicas"), T::Int, "Static node count (static NodePools).").unit("nodes").min(0);
    } else {
        t << Spec(QStringLiteral("spec.template.spec.nodeClassRef.apiVersion"), T::String, "API version (karpenter.k8s.aws/v1beta1).")
          << Spec(QStringLiteral("spec.template.spec.nodeClassRef.kind"), T::String, "Kind (EC2NodeClass).")
          << Spec(QStringLiteral("spec.template.spec.nodeClassRef.name"), T::String, "Name of the EC2NodeClass.").required()
          << Spec(QStringLiteral("spec.template.spec.kubelet"), T::Map, "Kubelet settings of the nodes.").partial()
          << Spec(QStringLiteral("spec.template.spec.resources"), T::Map, "Deprecated resource requests.").partial();
    }
    t << Spec(QStringLiteral("spec.template.spec.requirements"), T::List, "Node selector requirements (instance type, zone, capacity type...).")
             .required()
      << Spec(QStringLiteral("spec.template.spec.requirements[].key"), T::String, "Well-known or custom node label.").required()
      << Spec(QStringLiteral("spec.template.spec.requirements[].operator"), T::Enum, "How the label relates to the values.")
             .values(operators)
             .required()
      << Spec(QStringLiteral("spec.template.spec.requirements[].values"), T::List, "Label values.")
      << Spec(QStringLiteral("spec.template.spec.requirements[].values[]"), T::String, "Label value.")
      << Spec(QStringLiteral("spec.template.spec.requirements[].minValues"), T::Int, "Least number of distinct values to keep available.")
             .range(1, 50)
      << Spec(QStringLiteral("spec.template.spec.taints"), T::List, "Taints of the nodes.")
      << Spec(QStringLiteral("spec.template.spec.taints[].key"), T::String, "Taint key.").required()
      << Spec(QStringLiteral("spec.template.spec.taints[].value"), T::String, "Taint value.")
      << Spec(QStringLiteral("spec.template.spec.taints[].effect"), T::Enum, "Taint effect.").values(effects).required()
      << Spec(QStringLiteral("spec.template.spec.taints[].timeAdded"), T::String, "Time added (RFC 3339).")
      << Spec(QStringLiteral("spec.template.spec.startupTaints"), T::List, "Taints removed by a daemon once the node is ready.")
      << Spec(QStringLiteral("spec.template.spec.startupTaints[].key"), T::String, "Taint key.").required()
      << Spec(QStringLiteral("spec.template.spec.startupTaints[].value"), T::String, "Taint value.")
      << Spec(QStringLiteral("spec.template.spec.startupTaints[].effect"), T::Enum, "Taint effect.").values(effects).required()
      << Spec(QStringLiteral("spec.template.spec.startupTaints[].timeAdded"), T::String, "Time added (RFC 3339).")
      << Spec(QStringLiteral("spec.disruption"), T::Map, "How Karpenter consolidates and expires the pool's nodes.")
      << Spec(QStringLiteral("spec.disruption.consolidationPolicy"), T::Enum,
              v1 ? "Which nodes may be consolidated: WhenEmpty, WhenEmptyOrUnderutilized (default) or Balanced."
                 : "Which nodes may be consolidated: WhenEmpty or WhenUnderutilized (default).")
             .values(v1 ? QStringList{QStringLiteral("WhenEmpty"), QStringLiteral("WhenEmptyOrUnderutilized"), QStringLiteral("Balanced")}
                        : QStringList{QStringLiteral("WhenEmpty"), QStringLiteral("WhenUnderutilized")})
      << Spec(QStringLiteral("spec.disruption.consolidateAfter"), T::Duration,
              v1 ? "Wait after a pod is added or removed before consolidating (required; Never)."
                 : "Wait before consolidating an empty node (WhenEmpty only; Never).")
             .values({QStringLiteral("Never")})
             .min(0);
    if (!v1) {
        t << Spec(QStringLiteral("spec.disruption.expireAfter"), T::Duration, "Node lifetime before it is replaced (default 720h; Never).")
                 .values({QStringLiteral("Never")})
                 .min(0);
    }
    t << Spec(QStringLiteral("spec.disruption.budgets"), T::List, "Limits on how many nodes are disrupted at once (default 10%).")
      << Spec(QStringLiteral("spec.disruption.budgets[].nodes"), T::String, "Node count or percentage (\"10%\", \"5\").").required()
      << Spec(QStringLiteral("spec.disruption.budgets[].schedule"), T::String, "Cron schedule when the budget applies.")
      << Spec(QStringLiteral("spec.disruption.budgets[].duration"), T::Duration, "How long the budget applies after each schedule hit.")
             .min(0);
    if (v1) {
        t << Spec(QStringLiteral("spec.disruption.budgets[].reasons"), T::List, "Disruption reasons the budget limits (default all).")
          << Spec(QStringLiteral("spec.disruption.budgets[].reasons[]"), T::Enum, "Disruption reason.")
                 .values({QStringLiteral("Underutilized"), QStringLiteral("Empty"), QStringLiteral("Drifted")});
    }
    return t.specs;
}

/// Karpenter EC2NodeClass, `v1` = karpenter.k8s.aws/v1, else v1beta1.
QList<FieldSpec> ec2NodeClass(bool v1)
{
    Table t(v1 ? "Karpenter docs, NodeClasses; EC2NodeClass CRD karpenter.k8s.aws/v1 (shared/schemas/crds/karpenter.k8s.aws)"
               : "Karpenter v0.3x docs, NodeClasses; EC2NodeClass CRD karpenter.k8s.aws/v1beta1 (shared/schemas/crds/karpenter.k8s.aws)");
    root(t);
    objectMeta(t, QStringLiteral("metadata"));
    QStringList families = {QStringLiteral("AL2"), QStringLiteral("AL2023"), QStringLiteral("Bottlerocket")};
    if (v1)
        families << QStringLiteral("Custom") << QStringLiteral("Windows2019") << QStringLiteral("Windows2022")
                 << QStringLiteral("Windows2025");
    else
        families << QStringLiteral("Ubuntu") << QStringLiteral("Custom") << QStringLiteral("Windows2019")
                 << QStringLiteral("Windows2022");
    const QStringList enabled = {QStringLiteral("enabled"), QStringLiteral("disabled")};
    t << Spec(QStringLiteral("spec"), T::Map, "EC2NodeClass spec.")
      << Spec(QStringLiteral("spec.amiFamily"), T::Enum, v1 ? "AMI family (optional when amiSelectorTerms use an alias)." : "AMI family (required).")
             .values(families)
      << Spec(QStringLiteral("spec.amiSelectorTerms"), T::List, "AMIs to use (ORed terms).").partial()
      << Spec(QStringLiteral("spec.subnetSelectorTerms"), T::List, "Subnets for the nodes (ORed terms).").partial()
      << Spec(QStringLiteral("spec.securityGroupSelectorTerms"), T::List, "Security groups of the nodes (ORed terms).").partial()
      << Spec(QStringLiteral("spec.role"), T::String, "IAM role of the nodes (exactly one of role / instanceProfile).")
      << Spec(QStringLiteral("spec.instanceProfile"), T::String, "IAM instance profile of the nodes.")
      << Spec(QStringLiteral("spec.userData"), T::String, "User data merged with the AMI family's bootstrap.")
      << Spec(QStringLiteral("spec.tags"), T::Map, "Tags of the EC2 resources.").freeForm()
      << Spec(QStringLiteral("spec.tags.*"), T::String, "Tag value.")
      << Spec(QStringLiteral("spec.context"), T::String, "EC2 Fleet context (reserved capacity).")
      << Spec(QStringLiteral("spec.detailedMonitoring"), T::Bool, "Enable EC2 detailed monitoring.")
      << Spec(QStringLiteral("spec.associatePublicIPAddress"), T::Bool, "Give the nodes public IPv4 addresses.")
      << Spec(QStringLiteral("spec.instanceStorePolicy"), T::Enum, "RAID0: stripe the local NVMe instance stores.")
             .values({QStringLiteral("RAID0")})
      << Spec(QStringLiteral("spec.blockDeviceMappings"), T::List, "EBS volumes of the nodes.").partial()
      << Spec(QStringLiteral("spec.blockDeviceMappings[].ebs"), T::Map, "EBS settings.").partial()
      << Spec(QStringLiteral("spec.blockDeviceMappings[].ebs.volumeSize"), T::Quantity, "Volume size (\"20Gi\").").unit("bytes").min(0)
      << Spec(QStringLiteral("spec.blockDeviceMappings[].ebs.volumeType"), T::Enum, "EBS volume type.")
             .values({QStringLiteral("standard"), QStringLiteral("io1"), QStringLiteral("io2"), QStringLiteral("gp2"),
                      QStringLiteral("sc1"), QStringLiteral("st1"), QStringLiteral("gp3")})
      << Spec(QStringLiteral("spec.metadataOptions"), T::Map, "Instance metadata service options.")
      << Spec(QStringLiteral("spec.metadataOptions.httpEndpoint"), T::Enum, "IMDS on or off.").values(enabled)
      << Spec(QStringLiteral("spec.metadataOptions.httpProtocolIPv6"), T::Enum, "IMDS over IPv6.").values(enabled)
      << Spec(QStringLiteral("spec.metadataOptions.httpPutResponseHopLimit"), T::Int, "IMDS response hop limit.").range(1, 64)
      << Spec(QStringLiteral("spec.metadataOptions.httpTokens"), T::Enum, "IMDSv2 required or optional.")
             .values({QStringLiteral("required"), QStringLiteral("optional")});
    if (v1) {
        t << Spec(QStringLiteral("spec.kubelet"), T::Map, "Kubelet settings of the nodes (v1: moved here from the NodePool).").partial()
          << Spec(QStringLiteral("spec.kubelet.maxPods"), T::Int, "Pods per node.").unit("pods").min(0)
          << Spec(QStringLiteral("spec.kubelet.podsPerCore"), T::Int, "Pods per core.").min(0)
          << Spec(QStringLiteral("spec.capacityReservationSelectorTerms"), T::List, "Capacity reservations to use.").partial()
          << Spec(QStringLiteral("spec.connectionTracking"), T::Map, "Connection tracking timeouts.").partial()
          << Spec(QStringLiteral("spec.cpuOptions"), T::Map, "CPU options.").partial()
          << Spec(QStringLiteral("spec.ipPrefixCount"), T::Int, "IPv4 prefixes per network interface.").min(0)
          << Spec(QStringLiteral("spec.networkInterfaces"), T::List, "Network interfaces.").partial()
          << Spec(QStringLiteral("spec.placementGroupSelector"), T::Map, "Placement group.").partial();
    }
    return t.specs;
}

QList<FieldSpec> scaledObject()
{
    const char *source = "KEDA docs, ScaledObject specification (keda.sh/v1alpha1; shared/schemas/crds/keda.sh)";
    Table t(source);
    root(t);
    objectMeta(t, QStringLiteral("metadata"));
    t << Spec(QStringLiteral("spec"), T::Map, "ScaledObject spec.").required()
      << Spec(QStringLiteral("spec.scaleTargetRef"), T::Map, "The workload KEDA scales.").required()
      << Spec(QStringLiteral("spec.scaleTargetRef.apiVersion"), T::String, "API version of the target (default apps/v1).")
      << Spec(QStringLiteral("spec.scaleTargetRef.kind"), T::String, "Kind of the target (default Deployment).")
      << Spec(QStringLiteral("spec.scaleTargetRef.name"), T::String, "Name of the target.").required()
      << Spec(QStringLiteral("spec.scaleTargetRef.envSourceContainerName"), T::String, "Container whose environment triggers read.")
      << Spec(QStringLiteral("spec.pollingInterval"), T::Int, "How often each trigger is checked (default 30).").unit("seconds").min(1)
      << Spec(QStringLiteral("spec.cooldownPeriod"), T::Int, "Wait after the last active trigger before scaling to zero (default 300).")
             .unit("seconds")
             .min(0)
      << Spec(QStringLiteral("spec.initialCooldownPeriod"), T::Int, "Wait after creation before the first scale to zero (default 0).")
             .unit("seconds")
             .min(0)
      << Spec(QStringLiteral("spec.idleReplicaCount"), T::Int, "Replicas while no trigger is active (below minReplicaCount).")
             .unit("replicas")
             .min(0)
      << Spec(QStringLiteral("spec.minReplicaCount"), T::Int, "Lower replica bound (default 0).").unit("replicas").min(0)
      << Spec(QStringLiteral("spec.maxReplicaCount"), T::Int, "Upper replica bound (default 100).").unit("replicas").min(0)
      << Spec(QStringLiteral("spec.fallback"), T::Map, "Replicas to hold when a scaler keeps failing.")
      << Spec(QStringLiteral("spec.fallback.failureThreshold"), T::Int, "Consecutive failures before the fallback applies.")
             .min(0)
             .required()
      << Spec(QStringLiteral("spec.fallback.replicas"), T::Int, "Replicas during the fallback.").unit("replicas").min(0).required()
      << Spec(QStringLiteral("spec.fallback.behavior"), T::Enum, "How the fallback replica count is chosen (default static).")
             .values({QStringLiteral("static"), QStringLiteral("currentReplicas"), QStringLiteral("currentReplicasIfHigher"),
                      QStringLiteral("currentReplicasIfLower")})
      << Spec(QStringLiteral("spec.advanced"), T::Map, "Advanced settings.")
      << Spec(QStringLiteral("spec.advanced.restoreToOriginalReplicaCount"), T::Bool,
              "Restore the target's replica count when the ScaledObject is deleted.")
      << Spec(QStringLiteral("spec.advanced.horizontalPodAutoscalerConfig"), T::Map, "Settings of the HPA KEDA creates.")
      << Spec(QStringLiteral("spec.advanced.horizontalPodAutoscalerConfig.name"), T::String, "Name of the HPA (default keda-hpa-<name>).")
      << Spec(QStringLiteral("spec.advanced.scalingModifiers"), T::Map, "Composes the triggers' metrics with a formula.")
      << Spec(QStringLiteral("spec.advanced.scalingModifiers.formula"), T::String, "Expression over the named triggers.")
      << Spec(QStringLiteral("spec.advanced.scalingModifiers.target"), T::String, "Target of the composed metric.")
      << Spec(QStringLiteral("spec.advanced.scalingModifiers.activationTarget"), T::String, "Activation threshold of the composed metric.")
      << Spec(QStringLiteral("spec.advanced.scalingModifiers.metricType"), T::Enum, "Metric type of the composed metric.")
             .values({QStringLiteral("AverageValue"), QStringLiteral("Value")})
      << Spec(QStringLiteral("spec.triggers"), T::List, "Event sources (scalers) that drive the scaling.").required()
      << Spec(QStringLiteral("spec.triggers[].type"), T::String, "Scaler type (aws-sqs-queue, prometheus, cpu, memory, cron, ...).")
             .required()
      << Spec(QStringLiteral("spec.triggers[].metadata"), T::Map, "Scaler settings (free-form strings, per scaler).")
             .freeForm()
             .required()
      << Spec(QStringLiteral("spec.triggers[].metadata.*"), T::String, "Scaler setting; KEDA reads every value as a string.")
      << Spec(QStringLiteral("spec.triggers[].name"), T::String, "Trigger name (for scalingModifiers).")
      << Spec(QStringLiteral("spec.triggers[].metricType"), T::Enum, "HPA target type of the trigger's metric (default AverageValue).")
             .values({QStringLiteral("AverageValue"), QStringLiteral("Value"), QStringLiteral("Utilization")})
      << Spec(QStringLiteral("spec.triggers[].useCachedMetrics"), T::Bool, "Serve the HPA from the last polled value.")
      << Spec(QStringLiteral("spec.triggers[].authenticationRef"), T::Map, "TriggerAuthentication with the scaler's credentials.")
      << Spec(QStringLiteral("spec.triggers[].authenticationRef.name"), T::String, "Name of the authentication object.").required()
      << Spec(QStringLiteral("spec.triggers[].authenticationRef.kind"), T::Enum, "Kind (default TriggerAuthentication).")
             .values({QStringLiteral("TriggerAuthentication"), QStringLiteral("ClusterTriggerAuthentication")});
    hpaBehavior(t, QStringLiteral("spec.advanced.horizontalPodAutoscalerConfig.behavior"), source);
    return t.specs;
}

QList<FieldSpec> destinationRule()
{
    Table t("Istio reference, Destination Rule (networking.istio.io; shared/schemas/crds/networking.istio.io)");
    root(t);
    objectMeta(t, QStringLiteral("metadata"));
    const QString tp = QStringLiteral("spec.trafficPolicy");
    t << Spec(QStringLiteral("spec"), T::Map, "DestinationRule spec.")
      << Spec(QStringLiteral("spec.host"), T::String, "Service the rule applies to (registry name).").required()
      << Spec(QStringLiteral("spec.subsets"), T::List, "Named versions of the service, each with its own policy.").partial()
      << Spec(QStringLiteral("spec.subsets[].name"), T::String, "Subset name.").required()
      << Spec(QStringLiteral("spec.exportTo"), T::List, "Namespaces the rule is visible in.")
      << Spec(QStringLiteral("spec.exportTo[]"), T::String, "Namespace, \".\" or \"*\".")
      << Spec(QStringLiteral("spec.workloadSelector"), T::Map, "Workloads the rule applies to.").partial()
      << Spec(tp, T::Map, "Traffic policy for the host.")
      << Spec(at(tp, "loadBalancer"), T::Map, "Load-balancing algorithm.").partial()
      << Spec(at(tp, "tls"), T::Map, "TLS to the upstream.").partial()
      << Spec(at(tp, "portLevelSettings"), T::List, "Policies per port.").partial()
      << Spec(at(tp, "tunnel"), T::Map, "Tunnel settings.").partial()
      << Spec(at(tp, "proxyProtocol"), T::Map, "PROXY protocol to the upstream.").partial()
      << Spec(at(tp, "connectionPool"), T::Map, "Connection limits (the circuit breaker's volume thresholds).")
      << Spec(at(tp, "connectionPool.tcp"), T::Map, "TCP connection pool.")
      << Spec(at(tp, "connectionPool.tcp.maxConnections"), T::Int, "Most connections to the host (default 2^32-1).")
             .unit("connections")
             .min(0)
      << Spec(at(tp, "connectionPool.tcp.connectTimeout"), T::Duration, "TCP connect timeout (default 10s).").min(0)
      << Spec(at(tp, "connectionPool.tcp.idleTimeout"), T::Duration, "Idle TCP connection timeout (default 1h).").min(0)
      << Spec(at(tp, "connectionPool.tcp.maxConnectionDuration"), T::Duration, "Longest life of a connection.").min(0)
      << Spec(at(tp, "connectionPool.tcp.tcpKeepalive"), T::Map, "SO_KEEPALIVE settings.")
      << Spec(at(tp, "connectionPool.tcp.tcpKeepalive.probes"), T::Int, "Unanswered probes before the connection is dead.").min(0)
      << Spec(at(tp, "connectionPool.tcp.tcpKeepalive.time"), T::Duration, "Idle time before probes start.").min(0)
      << Spec(at(tp, "connectionPool.tcp.tcpKeepalive.interval"), T::Duration, "Time between probes.").min(0)
      << Spec(at(tp, "connectionPool.http"), T::Map, "HTTP connection pool (no outlier-detection fields here).")
      << Spec(at(tp, "connectionPool.http.http1MaxPendingRequests"), T::Int, "Most requests queued for a connection (default 2^32-1).")
             .unit("requests")
             .min(0)
      << Spec(at(tp, "connectionPool.http.http2MaxRequests"), T::Int, "Most active requests to the host (default 2^32-1).")
             .unit("requests")
             .min(0)
      << Spec(at(tp, "connectionPool.http.maxRequestsPerConnection"), T::Int, "Requests per connection; 1 disables keep-alive.")
             .unit("requests")
             .min(0)
      << Spec(at(tp, "connectionPool.http.maxRetries"), T::Int, "Most outstanding retries to the host (default 2^32-1).").min(0)
      << Spec(at(tp, "connectionPool.http.idleTimeout"), T::Duration, "Idle timeout of upstream connections (default 1h).").min(0)
      << Spec(at(tp, "connectionPool.http.h2UpgradePolicy"), T::Enum, "Upgrade HTTP/1.1 connections to HTTP/2.")
             .values({QStringLiteral("DEFAULT"), QStringLiteral("DO_NOT_UPGRADE"), QStringLiteral("UPGRADE")})
      << Spec(at(tp, "connectionPool.http.useClientProtocol"), T::Bool, "Use the client's HTTP version upstream.")
      << Spec(at(tp, "connectionPool.http.maxConcurrentStreams"), T::Int, "Most concurrent HTTP/2 streams per connection.").min(0)
      << Spec(at(tp, "outlierDetection"), T::Map, "Ejects failing hosts from the pool (the circuit breaker).")
      << Spec(at(tp, "outlierDetection.consecutiveGatewayErrors"), T::Int, "502/503/504 in a row before ejection.").min(0)
      << Spec(at(tp, "outlierDetection.consecutive5xxErrors"), T::Int, "5xx in a row before ejection (default 5).").min(0)
      << Spec(at(tp, "outlierDetection.consecutiveErrors"), T::Int, "Deprecated: use consecutive5xxErrors.").min(0)
      << Spec(at(tp, "outlierDetection.consecutiveLocalOriginFailures"), T::Int, "Local-origin failures before ejection.").min(0)
      << Spec(at(tp, "outlierDetection.splitExternalLocalOriginErrors"), T::Bool, "Count local-origin failures separately.")
      << Spec(at(tp, "outlierDetection.interval"), T::Duration, "Time between ejection sweeps (default 10s).").min(0.001)
      << Spec(at(tp, "outlierDetection.baseEjectionTime"), T::Duration, "Minimum ejection time, times the ejection count (default 30s).")
             .min(0.001)
      << Spec(at(tp, "outlierDetection.maxEjectionPercent"), T::Int, "Largest share of hosts ejected (default 10).")
             .unit("percent")
             .range(0, 100)
      << Spec(at(tp, "outlierDetection.minHealthPercent"), T::Int, "Outlier detection stops below this healthy share (default 0).")
             .unit("percent")
             .range(0, 100);
    return t.specs;
}

QList<FieldSpec> deployment()
{
    Table t("Kubernetes API reference v1.31, Deployment (apps/v1), DeploymentSpec");
    root(t);
    objectMeta(t, QStringLiteral("metadata"));
    t << Spec(QStringLiteral("spec"), T::Map, "DeploymentSpec.")
      << Spec(QStringLiteral("spec.replicas"), T::Int, "Desired pods (default 1; an HPA overrides it).").unit("replicas").min(0)
      << Spec(QStringLiteral("spec.minReadySeconds"), T::Int, "Time a new pod must be ready to count as available.").unit("seconds").min(0)
      << Spec(QStringLiteral("spec.progressDeadlineSeconds"), T::Int, "Time before a stalled rollout is reported (default 600).")
             .unit("seconds")
             .min(1)
      << Spec(QStringLiteral("spec.revisionHistoryLimit"), T::Int, "Old ReplicaSets kept for rollback (default 10).").min(0)
      << Spec(QStringLiteral("spec.paused"), T::Bool, "Pause the rollout.")
      << Spec(QStringLiteral("spec.strategy"), T::Map, "How pods are replaced on an update.")
      << Spec(QStringLiteral("spec.strategy.type"), T::Enum, "RollingUpdate (default) or Recreate.")
             .values({QStringLiteral("Recreate"), QStringLiteral("RollingUpdate")})
      << Spec(QStringLiteral("spec.strategy.rollingUpdate"), T::Map, "Rolling update bounds.")
      << Spec(QStringLiteral("spec.strategy.rollingUpdate.maxSurge"), T::String, "Pods above replicas during the update (number or %, default 25%).")
             .intOrString()
      << Spec(QStringLiteral("spec.strategy.rollingUpdate.maxUnavailable"), T::String,
              "Pods below replicas during the update (number or %, default 25%).")
             .intOrString();
    labelSelector(t, QStringLiteral("spec.selector"), "Pods the Deployment owns (required; must match the template labels).");
    podTemplate(t, QStringLiteral("spec.template"), {QStringLiteral("Always")}, false);
    return t.specs;
}

QList<FieldSpec> job()
{
    Table t("Kubernetes API reference v1.31, Job (batch/v1), JobSpec");
    root(t);
    objectMeta(t, QStringLiteral("metadata"));
    t << Spec(QStringLiteral("spec"), T::Map, "JobSpec.")
      << Spec(QStringLiteral("spec.parallelism"), T::Int, "Pods running at once (default 1).").unit("pods").min(0)
      << Spec(QStringLiteral("spec.completions"), T::Int, "Successful pods needed (default 1).").unit("pods").min(0)
      << Spec(QStringLiteral("spec.completionMode"), T::Enum, "NonIndexed (default) or Indexed.")
             .values({QStringLiteral("NonIndexed"), QStringLiteral("Indexed")})
      << Spec(QStringLiteral("spec.backoffLimit"), T::Int, "Retries before the Job fails (default 6).").min(0)
      << Spec(QStringLiteral("spec.backoffLimitPerIndex"), T::Int, "Retries per index (Indexed Jobs).").min(0)
      << Spec(QStringLiteral("spec.maxFailedIndexes"), T::Int, "Failed indexes before the Job fails.").min(0)
      << Spec(QStringLiteral("spec.activeDeadlineSeconds"), T::Int, "Time the Job may run.").unit("seconds").min(1)
      << Spec(QStringLiteral("spec.ttlSecondsAfterFinished"), T::Int, "Time a finished Job is kept.").unit("seconds").min(0)
      << Spec(QStringLiteral("spec.suspend"), T::Bool, "Do not start pods.")
      << Spec(QStringLiteral("spec.manualSelector"), T::Bool, "Use spec.selector as given.")
      << Spec(QStringLiteral("spec.managedBy"), T::String, "Controller that manages the Job.")
      << Spec(QStringLiteral("spec.podFailurePolicy"), T::Map, "How pod failures count.").partial()
      << Spec(QStringLiteral("spec.podReplacementPolicy"), T::Enum, "When replacement pods are created.")
             .values({QStringLiteral("TerminatingOrFailed"), QStringLiteral("Failed")})
      << Spec(QStringLiteral("spec.successPolicy"), T::Map, "When an Indexed Job succeeds early.").partial();
    labelSelector(t, QStringLiteral("spec.selector"), "Pods of the Job (set by the controller).");
    podTemplate(t, QStringLiteral("spec.template"), {QStringLiteral("Never"), QStringLiteral("OnFailure")}, true);
    return t.specs;
}

QList<FieldSpec> configMap()
{
    Table t("Kubernetes API reference v1.31, ConfigMap (v1)");
    root(t);
    objectMeta(t, QStringLiteral("metadata"));
    t << Spec(QStringLiteral("data"), T::Map, "Configuration files / values (free-form: key = file name).").freeForm()
      << Spec(QStringLiteral("data.*"), T::String, "File content or value (a string).")
      << Spec(QStringLiteral("binaryData"), T::Map, "Binary files, base64 (free-form).").freeForm()
      << Spec(QStringLiteral("binaryData.*"), T::String, "Base64 content.")
      << Spec(QStringLiteral("immutable"), T::Bool, "Forbid changes to data.");
    return t.specs;
}

QList<FieldSpec> prometheusRule()
{
    Table t("Prometheus Operator API, PrometheusRule (monitoring.coreos.com/v1); Prometheus docs, Alerting rules");
    root(t);
    objectMeta(t, QStringLiteral("metadata"));
    t << Spec(QStringLiteral("spec"), T::Map, "PrometheusRule spec.").required()
      << Spec(QStringLiteral("spec.groups"), T::List, "Rule groups, each evaluated at its interval.")
      << Spec(QStringLiteral("spec.groups[].name"), T::String, "Group name (unique in the object).").required()
      << Spec(QStringLiteral("spec.groups[].interval"), T::String, "Evaluation interval (Prometheus duration, e.g. 30s, 1m).")
      << Spec(QStringLiteral("spec.groups[].query_offset"), T::String, "Query offset (Prometheus duration).")
      << Spec(QStringLiteral("spec.groups[].limit"), T::Int, "Most alerts / series a rule may produce (0 = no limit).").min(0)
      << Spec(QStringLiteral("spec.groups[].labels"), T::Map, "Labels added to every rule's results.").freeForm()
      << Spec(QStringLiteral("spec.groups[].labels.*"), T::String, "Label value.")
      << Spec(QStringLiteral("spec.groups[].partial_response_strategy"), T::String, "Thanos partial response strategy (abort, warn).")
      << Spec(QStringLiteral("spec.groups[].rules"), T::List, "Alerting and recording rules.")
      << Spec(QStringLiteral("spec.groups[].rules[].alert"), T::String, "Alert name (alerting rules).")
      << Spec(QStringLiteral("spec.groups[].rules[].record"), T::String, "Series name (recording rules).")
      << Spec(QStringLiteral("spec.groups[].rules[].expr"), T::String, "PromQL expression.").intOrString().required()
      << Spec(QStringLiteral("spec.groups[].rules[].for"), T::String, "Time the condition must hold before firing (Prometheus duration).")
      << Spec(QStringLiteral("spec.groups[].rules[].keep_firing_for"), T::String, "Time an alert keeps firing after it clears.")
      << Spec(QStringLiteral("spec.groups[].rules[].labels"), T::Map, "Labels of the alert (e.g. severity).").freeForm()
      << Spec(QStringLiteral("spec.groups[].rules[].labels.*"), T::String, "Label value.")
      << Spec(QStringLiteral("spec.groups[].rules[].annotations"), T::Map, "Annotations of the alert (summary, description).").freeForm()
      << Spec(QStringLiteral("spec.groups[].rules[].annotations.*"), T::String, "Annotation value.");
    return t.specs;
}

QList<FieldSpec> podChaos()
{
    Table t("Chaos Mesh docs, Simulate Pod Faults; PodChaos CRD chaos-mesh.org/v1alpha1 (shared/schemas/crds/chaos-mesh.org)");
    root(t);
    objectMeta(t, QStringLiteral("metadata"));
    t << Spec(QStringLiteral("spec"), T::Map, "PodChaos spec.").required()
      << Spec(QStringLiteral("spec.action"), T::Enum, "Fault: pod-kill, pod-failure (pods unavailable for duration) or container-kill.")
             .values({QStringLiteral("pod-kill"), QStringLiteral("pod-failure"), QStringLiteral("container-kill")})
             .required()
      << Spec(QStringLiteral("spec.mode"), T::Enum, "Which selected pods are hit (value gives the count or percentage).")
             .values({QStringLiteral("one"), QStringLiteral("all"), QStringLiteral("fixed"), QStringLiteral("fixed-percent"),
                      QStringLiteral("random-max-percent")})
             .required()
      << Spec(QStringLiteral("spec.value"), T::String, "Count (fixed) or percentage (fixed-percent, random-max-percent), as a string.")
      << Spec(QStringLiteral("spec.duration"), T::Duration, "How long the fault lasts.").min(0)
      << Spec(QStringLiteral("spec.gracePeriod"), T::Int, "Grace period of pod-kill.").unit("seconds").min(0)
      << Spec(QStringLiteral("spec.containerNames"), T::List, "Containers hit by container-kill.")
      << Spec(QStringLiteral("spec.containerNames[]"), T::String, "Container name.")
      << Spec(QStringLiteral("spec.remoteCluster"), T::String, "Remote cluster to inject into.")
      << Spec(QStringLiteral("spec.selector"), T::Map, "Pods the experiment may hit.").required()
      << Spec(QStringLiteral("spec.selector.namespaces"), T::List, "Namespaces of the pods.")
      << Spec(QStringLiteral("spec.selector.namespaces[]"), T::String, "Namespace.")
      << Spec(QStringLiteral("spec.selector.labelSelectors"), T::Map, "Pod labels (free-form).").freeForm()
      << Spec(QStringLiteral("spec.selector.labelSelectors.*"), T::String, "Label value.")
      << Spec(QStringLiteral("spec.selector.annotationSelectors"), T::Map, "Pod annotations (free-form).").freeForm()
      << Spec(QStringLiteral("spec.selector.fieldSelectors"), T::Map, "Pod fields (free-form).").freeForm()
      << Spec(QStringLiteral("spec.selector.nodeSelectors"), T::Map, "Node labels (free-form).").freeForm()
      << Spec(QStringLiteral("spec.selector.expressionSelectors"), T::List, "Set-based label requirements.").partial()
      << Spec(QStringLiteral("spec.selector.nodes"), T::List, "Node names.")
      << Spec(QStringLiteral("spec.selector.nodes[]"), T::String, "Node name.")
      << Spec(QStringLiteral("spec.selector.pods"), T::Map, "Pods by namespace: name lists (free-form).").freeForm()
      << Spec(QStringLiteral("spec.selector.podPhaseSelectors"), T::List, "Pod phases.")
      << Spec(QStringLiteral("spec.selector.podPhaseSelectors[]"), T::String, "Pod phase.");
    return t.specs;
}

} // namespace

QList<VersionedTable> kubernetesTables(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::HorizontalPodAutoscaler:
        return {{QStringLiteral("autoscaling/v2"), hpa()}};
    case ObjectKind::VerticalPodAutoscaler:
        return {{QStringLiteral("autoscaling.k8s.io/v1"), vpa()}};
    case ObjectKind::NodePool:
        return {{QStringLiteral("karpenter.sh/v1"), nodePool(true)}, {QStringLiteral("karpenter.sh/v1beta1"), nodePool(false)}};
    case ObjectKind::EC2NodeClass:
        return {{QStringLiteral("karpenter.k8s.aws/v1"), ec2NodeClass(true)},
                {QStringLiteral("karpenter.k8s.aws/v1beta1"), ec2NodeClass(false)}};
    case ObjectKind::ScaledObject:
        return {{QStringLiteral("keda.sh/v1alpha1"), scaledObject()}};
    case ObjectKind::DestinationRule: {
        // The three served versions share one schema.
        const QList<FieldSpec> specs = destinationRule();
        return {{QStringLiteral("networking.istio.io/v1"), specs},
                {QStringLiteral("networking.istio.io/v1beta1"), specs},
                {QStringLiteral("networking.istio.io/v1alpha3"), specs}};
    }
    case ObjectKind::Deployment:
        return {{QStringLiteral("apps/v1"), deployment()}};
    case ObjectKind::Job:
        return {{QStringLiteral("batch/v1"), job()}};
    case ObjectKind::ConfigMap:
        return {{QStringLiteral("v1"), configMap()}};
    case ObjectKind::PrometheusRule:
        return {{QStringLiteral("monitoring.coreos.com/v1"), prometheusRule()}};
    case ObjectKind::PodChaos:
        return {{QStringLiteral("chaos-mesh.org/v1alpha1"), podChaos()}};
    default:
        return {};
    }
}

} // namespace Scaleplan::FieldSchemaTables
