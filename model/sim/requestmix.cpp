#include "model/sim/requestmix.h"

#include "model/connectionspec.h"
#include "model/sim/targettracking.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <optional>

namespace Scaleplan {

namespace {

constexpr double timeEpsilon = 1e-9;

QString percent(double share)
{
    return QString::number(share * 100, 'g', 4) + QStringLiteral(" %");
}

/// Runs the tier's target tracking over the offered load; fills capacity, desired and utilisation.
void driveTier(DependentSeries &s, const TargetTrackingSpec &spec, double rpsAtFullCpu,
               const QVector<double> &timeSeconds, const RequestMixOptions &options, QStringList &notes)
{
    TargetTrackingController controller(spec);
    int desired = spec.minCapacity;
    int inService = spec.minCapacity;
    QList<QPair<double, int>> pending; // (in service at, capacity then)
    double nextEvaluation = options.evaluationPeriodSeconds;
    double windowSum = 0;
    int windowCount = 0;
    int scaleOuts = 0, scaleIns = 0;
    const qsizetype n = timeSeconds.size();
    s.capacity.resize(n);
    s.desiredCapacity.resize(n);
    s.utilisationPercent.resize(n);
    double *capacityAt = s.capacity.data(), *desiredAt = s.desiredCapacity.data(),
           *utilisationAt = s.utilisationPercent.data();
    const double *offeredAt = s.offeredRps.constData();
    const double *timeAt = timeSeconds.constData();
    double peak = s.peakCapacity;
    for (qsizetype i = 0; i < n; ++i) {
        const double t = timeAt[i];
        while (!pending.isEmpty() && pending.first().first <= t + timeEpsilon)
            inService = std::max(inService, std::min(pending.takeFirst().second, desired));
        const double utilisation = inService > 0 ? offeredAt[i] / (inService * rpsAtFullCpu) * 100.0 : 0.0;
        capacityAt[i] = inService;
        utilisationAt[i] = utilisation;
        windowSum += utilisation;
        ++windowCount;
        if (options.evaluationPeriodSeconds > 0 && t + timeEpsilon >= nextEvaluation) {
            const TargetTrackingDecision d = controller.evaluate(t, desired, windowSum / windowCount);
            windowSum = 0;
            windowCount = 0;
            nextEvaluation += options.evaluationPeriodSeconds;
            if (d.desiredCapacity > desired) {
                ++scaleOuts;
                pending.append({t + options.replicaProvisioningSeconds, d.desiredCapacity});
            } else if (d.desiredCapacity < desired) {
                ++scaleIns;
                inService = std::min(inService, d.desiredCapacity);
                for (auto &p : pending)
                    p.second = std::min(p.second, d.desiredCapacity);
            }
            desired = d.desiredCapacity;
        }
        desiredAt[i] = desired;
        peak = std::max(peak, double(inService));
    }
    s.peakCapacity = peak;
    // Appended to the tier's request-mix note (one note per tier keeps the summary short).
    notes.last().chop(1); // the sentence goes on
    notes.last() += QStringLiteral("; target tracking at %1 % with %2..%3 replicas (%4 requests/s each at 100 %, "
                                   "assumed): %5 scale-out(s), %6 scale-in(s), peak %7 in service.")
                        .arg(QString::number(spec.targetValue, 'g', 6))
                        .arg(spec.minCapacity)
                        .arg(spec.maxCapacity)
                        .arg(QString::number(rpsAtFullCpu, 'g', 6))
                        .arg(scaleOuts)
                        .arg(scaleIns)
                        .arg(s.peakCapacity);
}

} // namespace

namespace RequestMix {

RequestMixResult reach(const DesignData &design, ObjectId workloadId, const RequestMixOptions &options)
{
    RequestMixResult result;
    if (!design.object(workloadId))
        return result;

    // Outgoing `calls` edges per source, in preorder of the connections.
    QHash<ObjectId, QList<QPair<ObjectId, ConnectionSpec>>> outgoing;
    for (ObjectId id : design.objectsOfKind(ObjectKind::Connection)) {
        const auto spec = ConnectionSpec::fromObject(*design.object(id));
        if (spec && spec->type == ConnectionType::Calls && design.contains(spec->fromId) && design.contains(spec->toId))
            outgoing[spec->fromId].append({id, *spec});
    }

    // Breadth first from the workload: the share of its requests reaching each tier.
    QHash<ObjectId, int> index; // target id -> position in result.series
    QList<QPair<ObjectId, double>> frontier{{workloadId, 1.0}};
    QSet<ObjectId> expanded{workloadId};
    for (int depth = 0; depth < options.maxDepth && !frontier.isEmpty(); ++depth) {
        QList<QPair<ObjectId, double>> next;
        for (const auto &[from, shareIn] : std::as_const(frontier)) {
            for (const auto &[connectionId, spec] : outgoing.value(from)) {
                double share = 1.0;
                if (spec.requestShare) {
                    share = std::clamp(*spec.requestShare, 0.0, 1.0);
                } else {
                    result.notes.append(QStringLiteral("%1 has no RequestShare: every request of %2 is assumed to "
                                                       "call %3.")
                                            .arg(design.object(connectionId)->name, design.object(from)->name,
                                                 design.object(spec.toId)->name));
                }
                const double total = shareIn * share;
                if (!index.contains(spec.toId)) {
                    DependentSeries s;
                    s.targetId = spec.toId;
                    s.target = design.object(spec.toId)->name;
                    s.targetKind = design.object(spec.toId)->kind;
                    s.connectionId = connectionId;
                    index.insert(spec.toId, int(result.series.size()));
                    result.series.append(s);
                }
                result.series[index.value(spec.toId)].requestShare += total;
                const ObjectKind kind = design.object(spec.toId)->kind;
                if ((kind == ObjectKind::Deployment || kind == ObjectKind::LambdaFunction) && !expanded.contains(spec.toId)) {
                    expanded.insert(spec.toId);
                    next.append({spec.toId, total});
                }
            }
        }
        frontier = next;
    }
    return result;
}

void drive(const DesignData &design, DependentSeries &s, const QVector<double> &timeSeconds,
           const RequestMixOptions &options, QStringList &notes)
{
    const DesignObject *tier = design.object(s.targetId);
    if (!tier)
        return;
    std::optional<TargetTrackingSpec> spec;
    double rpsAtFullCpu = 0;
    QStringList errors;
    if (tier->kind == ObjectKind::AuroraCluster && tier->fields.contains(QStringLiteral("AutoScaling"))) {
        spec = TargetTrackingSpec::fromAurora(*tier, &errors);
        rpsAtFullCpu = options.auroraReaderRpsAtFullCpu;
    } else if (tier->kind == ObjectKind::ElastiCacheReplicationGroup && tier->fields.contains(QStringLiteral("AutoScaling"))) {
        spec = TargetTrackingSpec::fromElastiCache(*tier, &errors);
        rpsAtFullCpu = options.elastiCacheReplicaRpsAtFullCpu;
    }
    for (const QString &error : std::as_const(errors))
        notes.append(QString(tier->name + QStringLiteral(": ") + error));
    if (spec && rpsAtFullCpu > 0 && s.offeredRps.size() == timeSeconds.size()) {
        if (notes.isEmpty())
            notes.append(QString(s.target + QLatin1Char('.')));
        driveTier(s, *spec, rpsAtFullCpu, timeSeconds, options, notes);
    }
}

RequestMixResult compute(const DesignData &design, ObjectId workloadId, const QVector<double> &timeSeconds,
                         const QVector<double> &servedRps, const RequestMixOptions &options)
{
    const DesignObject *workload = design.object(workloadId);
    if (!workload || timeSeconds.size() != servedRps.size())
        return {};
    RequestMixResult result = reach(design, workloadId, options);
    for (DependentSeries &s : result.series) {
        s.offeredRps.reserve(servedRps.size());
        for (double served : servedRps) {
            s.offeredRps.append(served * s.requestShare);
            s.peakOfferedRps = std::max(s.peakOfferedRps, served * s.requestShare);
        }
        result.notes.append(QStringLiteral("%1 receives %2 of %3's requests (peak %4 requests/s).")
                                .arg(s.target, percent(s.requestShare), workload->name,
                                     QString::number(s.peakOfferedRps, 'g', 6)));
        drive(design, s, timeSeconds, options, result.notes);
    }
    return result;
}

} // namespace RequestMix
} // namespace Scaleplan
