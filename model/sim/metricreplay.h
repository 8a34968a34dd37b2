#pragma once

#include "model/sim/hpaspec.h"
#include "model/sim/kedacontroller.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>
#include <limits>
#include <optional>

namespace Scaleplan {

/**
 * One row of a recorded metric CSV (the long form of a Prometheus export):
 * `time_s,pod,metric,value[,ready][,started_s][,request]`. `value` and `request` are Kubernetes
 * quantities as plain numbers (`450m` -> 0.45 cores, `4Gi` -> 4294967296 bytes); `pod` is empty for
 * Object / External metrics. `ready`: 1 true, 0 false, -1 column absent or empty; `startedSeconds`
 * and `request` NaN when absent. `line` is the 1-based CSV line.
 */
struct MetricSample {
    double timeSeconds = 0;
    QString pod;
    QString metric;
    double value = 0;
    int ready = -1;
    double startedSeconds = std::numeric_limits<double>::quiet_NaN();
    double request = std::numeric_limits<double>::quiet_NaN();
    int line = 0;
};

/// Where and why a metric CSV could not be read; toString() is "file:line:column: message".
struct MetricCsvError {
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    QString toString() const;
};

/**
 * Knobs of a replay. Times in seconds.
 *  - `initialReplicas`: the target's replicas before the first sync (-1: the number of pods in the
 *    first sync's sample window, at least the autoscaler's minimum).
 *  - `requestByResource`: the request per pod of each resource ("cpu" in cores, "memory" in
 *    bytes) used for Utilization targets when a row has no `request`; `requestPerPod` the same for
 *    any resource not in it (NaN = none).
 *  - `hpaSyncPeriodSeconds`, `tolerance`: kube-controller-manager's
 *    --horizontal-pod-autoscaler-sync-period (15 s) and -tolerance (0.1).
 *  - `cpuInitializationPeriodSeconds` (300), `delayOfInitialReadinessSeconds` (30),
 *    `metricWindowSeconds` (15, the metrics-server sample window): see ReplicaCalculator.
 *  - `sampleMaxAgeSeconds`: a sample (and so a pod) counts at sync t when its time is in
 *    (t - sampleMaxAgeSeconds, t]; default 15 s = one Prometheus scrape / HPA sync.
 */
struct ReplayOptions {
    int initialReplicas = -1;
    double requestPerPod = std::numeric_limits<double>::quiet_NaN();
    QHash<QString, double> requestByResource;
    /// The request per pod for `resource` (requestByResource, else requestPerPod).
    double requestFor(const QString &resource) const { return requestByResource.value(resource, requestPerPod); }
    double hpaSyncPeriodSeconds = 15;
    double tolerance = 0.1;
    double cpuInitializationPeriodSeconds = 300;
    double delayOfInitialReadinessSeconds = 30;
    double metricWindowSeconds = 15;
    double sampleMaxAgeSeconds = 15;
};

/**
 * One decision of the replay. `source` is "hpa" (an HPA sync) or "keda" (a KEDA poll).
 * `metricReplicas[i]` is metric i's raw proposal (-1 = no value), `desiredReplicas` the max over
 * metrics, then `stabilizedReplicas` (stabilisation windows), `policyReplicas` (scaling
 * policies), `finalReplicas` (min/max, or KEDA's activation/cooldown); `limitedBy` names the rule
 * that decided the final count (HpaLimit names, or KEDA's "activation", "cooldown",
 * "cooldown-wait", "min"). KEDA polls carry `active` and no HPA stages (they equal current).
 */
struct ReplayStep {
    double timeSeconds = 0;
    QString source;
    int currentReplicas = 0;
    int readyPods = 0;
    QVector<int> metricReplicas;
    QVector<double> metricRatios;
    bool metricsAvailable = true;
    bool active = false;
    int desiredReplicas = 0;
    int stabilizedReplicas = 0;
    int policyReplicas = 0;
    int finalReplicas = 0;
    QString limitedBy;
};

struct ReplayResult {
    QString kind;              ///< "HorizontalPodAutoscaler" or "ScaledObject"
    QString name;
    QString scaleTargetName;
    QStringList metricLabels;  ///< one per metric / trigger
    QList<ReplayStep> steps;
    QStringList notes;         ///< metrics never found in the CSV, missing requests, ...
};

/**
 * Replays a recorded metric timeline through an HPA or a KEDA ScaledObject exactly as written.
 *
 * HPA syncs happen at t0, t0 + 15 s, ... up to the last sample time (t0 = the first sample). At
 * sync t the pods the HPA lists are those with any row in (t - sampleMaxAge, t]; each pod's metric
 * is its latest sample of that metric in that window (none = a missing pod), its readiness the
 * latest `ready` value (absent = Ready), its start time `started_s` (absent = long ago), its Ready
 * transition time the first row of its latest run of equal `ready` values (never ready: its start
 * time). Resource / Pods metrics go through ReplicaCalculator (replica_calculator.go: missing pods,
 * unready pods, CPU initialisation period, integer milli-unit arithmetic), Object / External
 * metrics use the sum of the window's latest rows with an empty pod. The recorded pods are the
 * HPA's pods even when the replayed replica count departs from the recording's (the recording
 * cannot say what other pods would have measured).
 *
 * KEDA: KEDA polls every pollingInterval (before an HPA sync at the same time) with each
 * trigger's latest value, KedaController decides activation / cooldown; the created HPA syncs
 * every 15 s as above.
 */
class MetricReplay
{
public:
    /**
     * Parses the CSV (RFC 4180 quoting; header row naming the columns in any order; unknown
     * columns ignored; blank lines skipped). Errors: a missing required column, a row with
     * another number of fields than the header, a time that is not a finite number, a value or
     * request that is not a quantity, a `ready` other than true/false, a row with no metric name.
     * Returns the rows sorted by time (stable).
     */
    static std::optional<QList<MetricSample>> parseCsv(const QByteArray &text, const QString &fileName,
                                                       MetricCsvError *error);

    static ReplayResult replayHpa(const HpaSpec &spec, const QList<MetricSample> &samples,
                                  const ReplayOptions &options = {});
    static ReplayResult replayKeda(const KedaSpec &spec, const QList<MetricSample> &samples,
                                   const ReplayOptions &options = {});
};

} // namespace Scaleplan
