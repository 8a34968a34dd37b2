#pragma once

#include "model/sim/hpacontroller.h"

#include <QList>
#include <QString>
#include <QVarLengthArray>
#include <QtGlobal>
#include <limits>

namespace Scaleplan {

/**
 * One pod as the HPA's replica calculator sees it at a sync: its phase, readiness condition,
 * start time and (optionally) one metric sample. Values are Kubernetes milli-units
 * (Quantity.MilliValue(): 450m CPU -> 450, 1.5 -> 1500, 4Gi memory -> 4294967296000).
 *
 * Times are simulated seconds; `startSeconds` = pod.Status.StartTime (NaN = not set),
 * `readyTransitionSeconds` = the Ready condition's lastTransitionTime, `sampleSeconds` = the metric
 * sample's timestamp. `readyCondition`: 1 = True, 0 = False, -1 = no condition.
 */
struct HpaPodSample {
    QString name;
    bool pending = false;
    int readyCondition = 1;
    double startSeconds = -std::numeric_limits<double>::infinity();
    double readyTransitionSeconds = -std::numeric_limits<double>::infinity();
    bool hasMetric = false;
    qint64 valueMilli = 0;
    double sampleSeconds = 0;
    qint64 requestMilli = 0; ///< the pod's request of the resource (Utilization targets), 0 = none
};

/**
 * Pod-level replica proposals exactly as kubernetes pkg/controller/podautoscaler/
 * replica_calculator.go computes them (Kubernetes 1.27+), with integer milli-unit arithmetic
 * (int64 divisions truncate as Go's do). Source also: kubernetes.io "Horizontal Pod Autoscaling" ->
 * "Algorithm details" (missing metrics: 100 % on scale-down / 0 on scale-up; not-yet-ready pods
 * count 0 on scale-up; --horizontal-pod-autoscaler-cpu-initialization-period 300 s and
 * --horizontal-pod-autoscaler-initial-readiness-delay 30 s).
 *
 * Every function returns replicas -1 when the metric gives no proposal ("did not receive metrics
 * for any ready pods", a missing request on a Utilization target).
 */
namespace ReplicaCalculator {

struct Timing {
    double nowSeconds = 0;
    double cpuInitializationPeriodSeconds = 300;
    double delayOfInitialReadinessSeconds = 30;
    /// The metrics-server sample window (metric.Window) used by the CPU initialisation check.
    double metricWindowSeconds = 15;
};

/// The groups of groupPods(): ready pods with a metric, unready, missing (no sample); indices into
/// the pods. Up to 64 pods per group live on the stack (the simulator groups pods at every sync).
struct PodGroups {
    QVarLengthArray<int, 64> ready, unready, missing;
};

/**
 * groupPods(): Pending pods are unready; pods without a sample are missing; for the `cpu`
 * resource (`isCpu`) a pod without condition/start time, or within the initialisation period
 * with condition False or a sample taken less than one window after the last transition, or
 * after it with condition False and never ready (start + readiness delay > last transition), is
 * unready.
 */
PodGroups groupPods(const QList<HpaPodSample> &pods, bool isCpu, const Timing &timing);

/// GetResourceReplicas (target averageUtilization, percent of request).
HpaMetricProposal resourceUtilization(const QList<HpaPodSample> &pods, int currentReplicas, int targetPercent,
                                      bool isCpu, double tolerance, const Timing &timing);
/// GetRawResourceReplicas / GetMetricReplicas (Pods metrics): calcPlainMetricReplicas with a
/// per-pod AverageValue target in milli-units. `isCpu` only for the cpu Resource metric.
HpaMetricProposal plainMetric(const QList<HpaPodSample> &pods, int currentReplicas, qint64 targetMilli, bool isCpu,
                              double tolerance, const Timing &timing);
/// GetExternalPerPodMetricReplicas / GetObjectPerPodMetricReplicas: `usageMilli` is the metric
/// total, target per pod; proposal ceil(usage / target) outside the tolerance band.
HpaMetricProposal perPodTotal(qint64 usageMilli, qint64 targetMilli, int currentReplicas, double tolerance);
/// GetExternalMetricReplicas / GetObjectMetricReplicas (target Value): ceil(ratio x readyPods).
HpaMetricProposal valueTarget(qint64 usageMilli, qint64 targetMilli, int currentReplicas, int readyPodCount,
                              double tolerance);

/// Quantity.MilliValue() of a plain number (rounded up as resource.Quantity does).
qint64 milli(double value);

} // namespace ReplicaCalculator
} // namespace Scaleplan
