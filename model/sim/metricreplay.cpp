#include "model/sim/metricreplay.h"

#include "model/quantity.h"
#include "model/sim/hpacontroller.h"
#include "model/sim/replicacalculator.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace Scaleplan {

namespace {

constexpr double timeEpsilon = 1e-9;

/// The largest metric value or request a CSV row may hold (1e15: x 1000 milli-units stays below
/// 2^63 = 9.2e18).
constexpr double kMaxSampleValue = 1e15;

struct CsvField {
    QString text;
    int column = 1;
};

/// Splits one CSV record (RFC 4180 quoting, no embedded newlines). Sets *badColumn on an
/// unterminated quote or text after a closing quote.
QList<CsvField> splitRecord(const QString &line, int *badColumn)
{
    QList<CsvField> fields;
    int i = 0;
    const int n = int(line.size());
    while (true) {
        CsvField field;
        field.column = i + 1;
        if (i < n && line.at(i) == QLatin1Char('"')) {
            ++i;
            bool closed = false;
            while (i < n) {
                if (line.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && line.at(i + 1) == QLatin1Char('"')) {
                        field.text += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                field.text += line.at(i++);
            }
            if (!closed) {
                *badColumn = field.column; // the opening quote
                return fields;
            }
            if (i < n && line.at(i) != QLatin1Char(',')) {
                *badColumn = i + 1; // text after the closing quote
                return fields;
            }
        } else {
            while (i < n && line.at(i) != QLatin1Char(','))
                field.text += line.at(i++);
            field.text = field.text.trimmed();
        }
        fields.append(field);
        if (i >= n)
            break;
        ++i; // the comma
        if (i == n) {
            fields.append(CsvField{QString(), i + 1});
            break;
        }
    }
    return fields;
}

/// Per-pod state built from every row up to the current sync.
struct PodState {
    int ready = -1;
    bool everReady = false;
    double runStartSeconds = -std::numeric_limits<double>::infinity();
    double startedSeconds = -std::numeric_limits<double>::infinity();
    bool startedKnown = false;
    QHash<QString, double> requestByMetric;
};

/// Walks the time-sorted samples sync by sync.
class Timeline
{
public:
    Timeline(const QList<MetricSample> &samples, const ReplayOptions &options)
        : m_samples(samples)
        , m_options(options)
    {
    }

    /// Advances to sync time t: folds every row with time <= t into the pod states.
    void advanceTo(double t)
    {
        while (m_hi < m_samples.size() && m_samples.at(m_hi).timeSeconds <= t + timeEpsilon) {
            const MetricSample &s = m_samples.at(m_hi++);
            if (s.pod.isEmpty())
                continue;
            PodState &pod = m_pods[s.pod];
            if (std::isfinite(s.startedSeconds)) {
                pod.startedSeconds = s.startedSeconds;
                pod.startedKnown = true;
            }
            if (s.ready >= 0 && s.ready != pod.ready) {
                pod.ready = s.ready;
                pod.runStartSeconds = s.timeSeconds;
            }
            if (s.ready == 1)
                pod.everReady = true;
            if (std::isfinite(s.request))
                pod.requestByMetric.insert(s.metric, s.request);
        }
        while (m_lo < m_hi && m_samples.at(m_lo).timeSeconds <= t - m_options.sampleMaxAgeSeconds + timeEpsilon)
            ++m_lo;
        m_now = t;
    }

    /// Pods with a row in the window, by name.
    QStringList podsInWindow() const
    {
        QSet<QString> names;
        for (qsizetype i = m_lo; i < m_hi; ++i) {
            if (!m_samples.at(i).pod.isEmpty())
                names.insert(m_samples.at(i).pod);
        }
        QStringList list(names.cbegin(), names.cend());
        list.sort();
        return list;
    }

    /// The HpaPodSample list for `metric` (pods in the window, latest sample of that metric).
    QList<HpaPodSample> podSamples(const QString &metric, const QStringList &pods, double requestFallback) const
    {
        QHash<QString, const MetricSample *> latest;
        for (qsizetype i = m_lo; i < m_hi; ++i) {
            const MetricSample &s = m_samples.at(i);
            if (!s.pod.isEmpty() && s.metric == metric)
                latest.insert(s.pod, &s);
        }
        QList<HpaPodSample> out;
        for (const QString &name : pods) {
            const PodState &state = m_pods.value(name);
            HpaPodSample p;
            p.name = name;
            p.readyCondition = state.ready < 0 ? 1 : state.ready;
            p.startSeconds = state.startedSeconds;
            if (state.ready < 0)
                p.readyTransitionSeconds = -std::numeric_limits<double>::infinity();
            else if (state.ready == 0 && !state.everReady)
                p.readyTransitionSeconds = state.startedKnown ? state.startedSeconds : state.runStartSeconds;
            else
                p.readyTransitionSeconds = state.runStartSeconds;
            if (const MetricSample *s = latest.value(name)) {
                p.hasMetric = true;
                p.valueMilli = ReplicaCalculator::milli(s->value);
                p.sampleSeconds = s->timeSeconds;
            }
            const double request = state.requestByMetric.value(metric, requestFallback);
            p.requestMilli = std::isfinite(request) ? ReplicaCalculator::milli(request) : 0;
            out.append(p);
        }
        return out;
    }

    /// Sum of the latest rows (same time) of a pod-less metric in the window; NaN when none.
    double objectValue(const QString &metric) const
    {
        double latestTime = -std::numeric_limits<double>::infinity();
        double sum = 0;
        bool found = false;
        for (qsizetype i = m_lo; i < m_hi; ++i) {
            const MetricSample &s = m_samples.at(i);
            if (!s.pod.isEmpty() || s.metric != metric)
                continue;
            if (s.timeSeconds > latestTime + timeEpsilon) {
                latestTime = s.timeSeconds;
                sum = 0;
            }
            sum += s.value;
            found = true;
        }
        return found ? sum : std::nan("");
    }

    /// A KEDA cpu / memory trigger's total: over the ready pods in the window, the latest sample
    /// of `metric` as a percent of the pod's request (`utilization`; a pod without a request makes
    /// it NaN) or as is. Pods not ready add nothing (the HPA KEDA creates counts them 0 on a
    /// scale-up). NaN when no ready pod has a sample.
    double resourceTotal(const QString &metric, const QStringList &pods, bool utilization, double requestFallback) const
    {
        QHash<QString, const MetricSample *> latest;
        for (qsizetype i = m_lo; i < m_hi; ++i) {
            const MetricSample &s = m_samples.at(i);
            if (!s.pod.isEmpty() && s.metric == metric)
                latest.insert(s.pod, &s);
        }
        double total = 0;
        bool found = false;
        for (const QString &name : pods) {
            const PodState &state = m_pods.value(name);
            const MetricSample *s = latest.value(name);
            if (!s || state.ready == 0)
                continue;
            if (utilization) {
                const double request = state.requestByMetric.value(metric, requestFallback);
                if (!(request > 0))
                    return std::nan("");
                total += s->value / request * 100.0;
            } else {
                total += s->value;
            }
            found = true;
        }
        return found ? total : std::nan("");
    }

    int readyPodCount(const QStringList &pods) const
    {
        int n = 0;
        for (const QString &name : pods) {
            if (m_pods.value(name).ready != 0)
                ++n;
        }
        return n;
    }

    double now() const { return m_now; }

private:
    const QList<MetricSample> &m_samples;
    const ReplayOptions &m_options;
    qsizetype m_lo = 0;
    qsizetype m_hi = 0;
    double m_now = 0;
    QHash<QString, PodState> m_pods;
};

/// The sync times t0, t0 + period, ... <= the last sample time.
QVector<double> gridTimes(const QList<MetricSample> &samples, double period)
{
    QVector<double> times;
    if (samples.isEmpty() || !(period > 0))
        return times;
    const double t0 = samples.first().timeSeconds;
    const double end = samples.last().timeSeconds;
    for (qint64 k = 0;; ++k) {
        const double t = t0 + double(k) * period;
        if (t > end + timeEpsilon)
            break;
        times.append(t);
    }
    return times;
}

QVector<HpaMetricProposal> hpaProposals(const HpaController &hpa, const Timeline &timeline, const QStringList &pods,
                                        int currentReplicas, const ReplayOptions &options)
{
    const HpaSpec &spec = hpa.spec();
    ReplicaCalculator::Timing timing;
    timing.nowSeconds = timeline.now();
    timing.cpuInitializationPeriodSeconds = options.cpuInitializationPeriodSeconds;
    timing.delayOfInitialReadinessSeconds = options.delayOfInitialReadinessSeconds;
    timing.metricWindowSeconds = options.metricWindowSeconds;
    QVector<HpaMetricProposal> proposals(spec.metrics.size());
    for (int i = 0; i < spec.metrics.size(); ++i) {
        const HpaMetricSpec &m = spec.metrics.at(i);
        if (m.isPodMetric()) {
            const bool isResource = m.sourceType != HpaMetricSourceType::Pods;
            const bool isCpu = isResource && m.metricName == QLatin1String("cpu");
            const QList<HpaPodSample> samples = timeline.podSamples(m.metricName, pods, options.requestFor(m.metricName));
            if (m.targetType == HpaMetricTargetType::Utilization)
                proposals[i] = ReplicaCalculator::resourceUtilization(samples, currentReplicas, int(m.targetValue), isCpu,
                                                                      options.tolerance, timing);
            else
                proposals[i] = ReplicaCalculator::plainMetric(samples, currentReplicas,
                                                              ReplicaCalculator::milli(m.targetValue), isCpu,
                                                              options.tolerance, timing);
        } else {
            const double value = timeline.objectValue(m.metricName);
            if (!std::isfinite(value))
                continue;
            if (m.targetType == HpaMetricTargetType::AverageValue)
                proposals[i] = ReplicaCalculator::perPodTotal(ReplicaCalculator::milli(value),
                                                              ReplicaCalculator::milli(m.targetValue), currentReplicas,
                                                              options.tolerance);
            else
                proposals[i] = ReplicaCalculator::valueTarget(ReplicaCalculator::milli(value),
                                                              ReplicaCalculator::milli(m.targetValue), currentReplicas,
                                                              pods.isEmpty() ? currentReplicas
                                                                             : timeline.readyPodCount(pods),
                                                              options.tolerance);
        }
    }
    return proposals;
}

ReplayStep stepFrom(const HpaDecision &d, int readyPods)
{
    ReplayStep step;
    step.timeSeconds = d.timeSeconds;
    step.source = QStringLiteral("hpa");
    step.currentReplicas = d.currentReplicas;
    step.readyPods = readyPods;
    step.metricReplicas = d.metricDesiredReplicas;
    step.metricRatios = d.metricRatios;
    step.metricsAvailable = d.metricsAvailable;
    step.desiredReplicas = d.desiredReplicas;
    step.stabilizedReplicas = d.stabilizedReplicas;
    step.policyReplicas = d.policyReplicas;
    step.finalReplicas = d.finalReplicas;
    step.limitedBy = hpaLimitName(d.limitedBy);
    return step;
}

QStringList unseenMetrics(const QStringList &names, const QList<MetricSample> &samples)
{
    QSet<QString> seen;
    for (const MetricSample &s : samples)
        seen.insert(s.metric);
    QStringList out;
    for (const QString &n : names) {
        if (!seen.contains(n))
            out.append(n);
    }
    return out;
}

int initialReplicas(const ReplayOptions &options, const QList<MetricSample> &samples, int minimum, int maximum)
{
    if (options.initialReplicas >= 0)
        return options.initialReplicas;
    QSet<QString> pods;
    if (!samples.isEmpty()) {
        const double t0 = samples.first().timeSeconds;
        for (const MetricSample &s : samples) {
            if (s.timeSeconds > t0 + timeEpsilon)
                break;
            if (!s.pod.isEmpty())
                pods.insert(s.pod);
        }
    }
    return std::clamp(int(pods.size()), minimum, std::max(minimum, maximum));
}

} // namespace

QString MetricCsvError::toString() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

std::optional<QList<MetricSample>> MetricReplay::parseCsv(const QByteArray &text, const QString &fileName,
                                                          MetricCsvError *error)
{
    auto fail = [&](int line, int column, const QString &message) -> std::optional<QList<MetricSample>> {
        if (error)
            *error = MetricCsvError{fileName, line, column, message};
        return std::nullopt;
    };
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    int headerLine = 0;
    QHash<QString, int> columns;
    QList<MetricSample> samples;
    double minTime = 0, maxTime = 0;
    constexpr double kMaxReplaySpanSeconds = 7 * 24 * 3600;
    int headerCount = 0;
    for (int li = 0; li < lines.size(); ++li) {
        QString line = lines.at(li);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const int lineNo = li + 1;
        int badColumn = 0;
        const QList<CsvField> fields = splitRecord(line, &badColumn);
        if (badColumn > 0)
            return fail(lineNo, badColumn, QStringLiteral("malformed quoted field"));
        if (!headerLine) {
            headerLine = lineNo;
            headerCount = int(fields.size());
            for (int i = 0; i < fields.size(); ++i)
                columns.insert(fields.at(i).text.toLower(), i);
            for (const char *required : {"time_s", "pod", "metric", "value"}) {
                if (!columns.contains(QLatin1String(required)))
                    return fail(lineNo, 1, QStringLiteral("the header has no '%1' column (expected time_s,pod,metric,value"
                                                          "[,ready][,started_s][,request])")
                                               .arg(QLatin1String(required)));
            }
            continue;
        }
        if (fields.size() != headerCount) {
            const int column = fields.size() < headerCount ? int(line.size()) + 1 : fields.at(headerCount).column;
            return fail(lineNo, column, QStringLiteral("%1 fields, the header has %2").arg(fields.size()).arg(headerCount));
        }
        auto field = [&](const char *name) -> const CsvField * {
            const int i = columns.value(QLatin1String(name), -1);
            return i >= 0 ? &fields.at(i) : nullptr;
        };
        MetricSample s;
        s.line = lineNo;
        const CsvField *time = field("time_s");
        bool ok = false;
        s.timeSeconds = time->text.toDouble(&ok);
        if (!ok || !std::isfinite(s.timeSeconds))
            return fail(lineNo, time->column, QStringLiteral("time_s '%1' is not a number of seconds").arg(time->text));
        // Bounded work: a replay covers at most 7 days (40,320 HPA syncs at 15 s), like a simulation.
        if (samples.isEmpty()) {
            minTime = maxTime = s.timeSeconds;
        } else {
            minTime = std::min(minTime, s.timeSeconds);
            maxTime = std::max(maxTime, s.timeSeconds);
        }
        if (maxTime - minTime > kMaxReplaySpanSeconds)
            return fail(lineNo, time->column,
                        QStringLiteral("time_s %1 makes the recording span %2 s, more than the 7 days (604800 s) a replay "
                                       "covers; split the recording")
                            .arg(time->text)
                            .arg(maxTime - minTime, 0, 'f', 0));
        s.pod = field("pod")->text;
        const CsvField *metric = field("metric");
        s.metric = metric->text;
        if (s.metric.isEmpty())
            return fail(lineNo, metric->column, QStringLiteral("empty metric name"));
        const CsvField *value = field("value");
        const auto v = Quantity::parse(value->text);
        if (!v || !std::isfinite(*v))
            return fail(lineNo, value->column,
                        QStringLiteral("value '%1' is not a Kubernetes quantity (e.g. 450m, 1.5, 4Gi)").arg(value->text));
        if (*v < 0)
            // Usage (CPU, memory, requests, queue length) is never negative; a negative ratio would
            // make the HPA's arithmetic meaningless.
            return fail(lineNo, value->column, QStringLiteral("value '%1' is negative: a metric sample is a usage, >= 0")
                                                   .arg(value->text));
        if (*v > kMaxSampleValue)
            // The HPA computes in milli-units in 64 bits (Quantity.MilliValue()): above ~9.2e15 the
            // product overflows, so larger samples are refused rather than silently wrapped.
            return fail(lineNo, value->column, QStringLiteral("value '%1' is larger than %2, the most a sample may be "
                                                              "(milli-units must fit in 64 bits)")
                                                   .arg(value->text)
                                                   .arg(kMaxSampleValue, 0, 'g', 3));
        s.value = *v;
        if (const CsvField *ready = field("ready"); ready && !ready->text.isEmpty()) {
            const QString r = ready->text.toLower();
            if (r == QLatin1String("true"))
                s.ready = 1;
            else if (r == QLatin1String("false"))
                s.ready = 0;
            else
                return fail(lineNo, ready->column, QStringLiteral("ready '%1' must be true or false").arg(ready->text));
        }
        if (const CsvField *started = field("started_s"); started && !started->text.isEmpty()) {
            s.startedSeconds = started->text.toDouble(&ok);
            if (!ok || !std::isfinite(s.startedSeconds))
                return fail(lineNo, started->column, QStringLiteral("started_s '%1' is not a number of seconds").arg(started->text));
        }
        if (const CsvField *request = field("request"); request && !request->text.isEmpty()) {
            const auto q = Quantity::parse(request->text);
            if (!q || !(*q > 0) || *q > kMaxSampleValue)
                return fail(lineNo, request->column,
                            QStringLiteral("request '%1' is not a positive Kubernetes quantity of at most %2")
                                .arg(request->text)
                                .arg(kMaxSampleValue, 0, 'g', 3));
            s.request = *q;
        }
        samples.append(s);
    }
    if (!headerLine)
        return fail(1, 1, QStringLiteral("empty file (expected a header time_s,pod,metric,value)"));
    std::stable_sort(samples.begin(), samples.end(),
                     [](const MetricSample &a, const MetricSample &b) { return a.timeSeconds < b.timeSeconds; });
    return samples;
}

ReplayResult MetricReplay::replayHpa(const HpaSpec &spec, const QList<MetricSample> &samples,
                                     const ReplayOptions &options)
{
    ReplayResult result;
    result.kind = QStringLiteral("HorizontalPodAutoscaler");
    result.name = spec.name;
    result.scaleTargetName = spec.scaleTargetName;
    QStringList names;
    for (const HpaMetricSpec &m : spec.metrics) {
        result.metricLabels.append(m.label());
        names.append(m.metricName);
    }
    for (const QString &n : unseenMetrics(names, samples))
        result.notes.append(QStringLiteral("metric '%1' has no row in the CSV: the HPA sees it as unavailable").arg(n));
    // A Utilization target needs each pod's request (replica_calculator.go: "missing request for
    // <resource>" makes the metric unusable).
    for (const HpaMetricSpec &m : spec.metrics) {
        if (m.targetType != HpaMetricTargetType::Utilization || std::isfinite(options.requestFor(m.metricName)))
            continue;
        const bool anyRequest = std::any_of(samples.cbegin(), samples.cend(), [&](const MetricSample &s) {
            return s.metric == m.metricName && std::isfinite(s.request);
        });
        if (!anyRequest)
            result.notes.append(QStringLiteral("metric '%1' has a Utilization target but the CSV has no 'request' column "
                                               "values for it and no --request was given: the HPA cannot compute a "
                                               "utilisation (replica_calculator.go: missing request), so the metric is "
                                               "unusable")
                                    .arg(m.metricName));
    }

    HpaController hpa(spec, options.tolerance);
    Timeline timeline(samples, options);
    int replicas = initialReplicas(options, samples, spec.minReplicas, spec.maxReplicas);
    for (double t : gridTimes(samples, options.hpaSyncPeriodSeconds)) {
        timeline.advanceTo(t);
        const QStringList pods = timeline.podsInWindow();
        const int readyPods = pods.isEmpty() ? replicas : timeline.readyPodCount(pods);
        const QVector<HpaMetricProposal> proposals = hpaProposals(hpa, timeline, pods, replicas, options);
        const HpaDecision d = hpa.syncProposals(t, replicas, proposals, readyPods);
        result.steps.append(stepFrom(d, readyPods));
        replicas = d.finalReplicas;
    }
    return result;
}

ReplayResult MetricReplay::replayKeda(const KedaSpec &spec, const QList<MetricSample> &samples,
                                      const ReplayOptions &options)
{
    ReplayResult result;
    result.kind = QStringLiteral("ScaledObject");
    result.name = spec.name;
    result.scaleTargetName = spec.scaleTargetName;
    QStringList names;
    for (const KedaTrigger &trigger : spec.triggers) {
        result.metricLabels.append(QString(trigger.type + QLatin1Char('/') + trigger.metricName));
        const bool resource = trigger.type == QLatin1String("cpu") || trigger.type == QLatin1String("memory");
        names.append(resource ? trigger.type : trigger.metricName);
        if (resource && trigger.utilization && !std::isfinite(options.requestFor(trigger.type))) {
            bool anyRequest = false;
            for (const MetricSample &s : samples)
                anyRequest = anyRequest || (s.metric == trigger.type && std::isfinite(s.request));
            if (!anyRequest)
                result.notes.append(QStringLiteral("trigger %1 (Utilization) needs the pods' %1 request: give the CSV a "
                                                   "request column or --request")
                                        .arg(trigger.type));
        }
    }
    for (const QString &n : unseenMetrics(names, samples))
        result.notes.append(QStringLiteral("trigger metric '%1' has no row in the CSV: KEDA sees it as an error "
                                           "(inactive) and the HPA as unavailable")
                                .arg(n));

    KedaController keda(spec, options.tolerance);
    Timeline timeline(samples, options);
    int replicas = initialReplicas(options, samples, spec.idleReplicaCount.value_or(spec.minReplicaCount),
                                   spec.maxReplicaCount);
    // Merge the poll and sync grids; at the same time the poll goes first.
    QList<QPair<double, int>> events; // (time, 0 = poll, 1 = hpa)
    for (double t : gridTimes(samples, spec.pollingIntervalSeconds))
        events.append({t, 0});
    for (double t : gridTimes(samples, options.hpaSyncPeriodSeconds))
        events.append({t, 1});
    std::stable_sort(events.begin(), events.end(), [](const auto &a, const auto &b) {
        return a.first < b.first - timeEpsilon || (std::abs(a.first - b.first) <= timeEpsilon && a.second < b.second);
    });
    for (const auto &[t, kind] : events) {
        timeline.advanceTo(t);
        const QStringList pods = timeline.podsInWindow();
        QVector<double> values;
        for (const KedaTrigger &trigger : spec.triggers) {
            const bool resource = trigger.type == QLatin1String("cpu") || trigger.type == QLatin1String("memory");
            // cpu / memory come from the pods' rows (metric "cpu" / "memory", as for an HPA);
            // the other triggers from pod-less rows named after the trigger.
            values.append(resource ? timeline.resourceTotal(trigger.type, pods, trigger.utilization, options.requestFor(trigger.type))
                                   : timeline.objectValue(trigger.metricName));
        }
        const int readyPods = pods.isEmpty() ? replicas : timeline.readyPodCount(pods);
        if (kind == 0) {
            const KedaDecision d = keda.poll(t, replicas, values);
            ReplayStep step;
            step.timeSeconds = t;
            step.source = QStringLiteral("keda");
            step.currentReplicas = replicas;
            step.readyPods = readyPods;
            step.metricReplicas.fill(-1, spec.triggers.size());
            step.metricRatios.fill(std::nan(""), spec.triggers.size());
            step.active = d.active;
            step.desiredReplicas = step.stabilizedReplicas = step.policyReplicas = replicas;
            step.finalReplicas = d.finalReplicas;
            step.limitedBy = d.rule;
            result.steps.append(step);
            replicas = d.finalReplicas;
        } else {
            const KedaDecision d = keda.hpaSync(t, replicas, values, readyPods);
            if (!d.hpa)
                continue; // at 0 / idle replicas the HPA does nothing: not a decision
            result.steps.append(stepFrom(*d.hpa, readyPods));
            replicas = d.finalReplicas;
        }
    }
    return result;
}

} // namespace Scaleplan
