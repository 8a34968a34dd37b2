#include "model/sim/karpenterprovisioner.h"

#include "model/aws/instancecatalog.h"
#include "model/quantity.h"

#include <algorithm>
#include <cmath>

namespace Scaleplan {

namespace {

constexpr double timeEpsilon = 1e-9;
constexpr double mebibyte = 1024.0 * 1024.0;
constexpr double gibibyte = 1024.0 * mebibyte;

/// "Never" (any case) = infinity; otherwise a Go duration.
std::optional<double> readDuration(const QVariant &value)
{
    if (value.toString().compare(QLatin1String("Never"), Qt::CaseInsensitive) == 0)
        return std::numeric_limits<double>::infinity();
    return Quantity::durationSeconds(value);
}

QString familyOf(const QString &type)
{
    return type.section(QLatin1Char('.'), 0, 0);
}

QString categoryOf(const QString &type)
{
    QString category;
    for (const QChar c : type) {
        if (!c.isLetter())
            break;
        category += c;
    }
    return category;
}

/// amazon-eks-ami kube-reserved CPU for `vcpu` cores, millicores.
double kubeReservedCpuMillicores(int vcpu)
{
    double reserved = 0;
    for (int core = 1; core <= vcpu; ++core) {
        if (core == 1)
            reserved += 60;
        else if (core == 2)
            reserved += 10;
        else if (core <= 4)
            reserved += 5;
        else
            reserved += 2.5;
    }
    return reserved;
}

} // namespace

std::optional<NodePoolSpec> NodePoolSpec::fromManifest(const QVariantMap &manifest, QStringList *errors)
{
    auto report = [&](const QString &path, const QString &what) {
        if (errors)
            errors->append(QString(path + QStringLiteral(": ") + what));
    };
    NodePoolSpec spec;
    bool usable = true;
    spec.name = manifest.value(QStringLiteral("metadata")).toMap().value(QStringLiteral("name")).toString();
    const QVariantMap s = manifest.value(QStringLiteral("spec")).toMap();
    const QVariantMap templateSpec = s.value(QStringLiteral("template")).toMap().value(QStringLiteral("spec")).toMap();

    QStringList typeIn, typeNotIn, familyIn, familyNotIn, categoryIn, categoryNotIn;
    QStringList archIn{QStringLiteral("amd64")};
    QStringList archNotIn;
    bool capacityGiven = false;
    const QVariantList requirements = templateSpec.value(QStringLiteral("requirements")).toList();
    for (int i = 0; i < requirements.size(); ++i) {
        const QVariantMap r = requirements.at(i).toMap();
        const QString key = r.value(QStringLiteral("key")).toString();
        const QString op = r.value(QStringLiteral("operator")).toString();
        const QStringList values = r.value(QStringLiteral("values")).toStringList();
        const QString path = QStringLiteral("spec.template.spec.requirements[%1]").arg(i);
        if (op != QLatin1String("In") && op != QLatin1String("NotIn")) {
            report(path, QStringLiteral("operator %1 on %2 is not modelled (ignored)").arg(op, key));
            continue;
        }
        const bool in = op == QLatin1String("In");
        if (key == QLatin1String("node.kubernetes.io/instance-type"))
            (in ? typeIn : typeNotIn) = values;
        else if (key == QLatin1String("karpenter.k8s.aws/instance-family"))
            (in ? familyIn : familyNotIn) = values;
        else if (key == QLatin1String("karpenter.k8s.aws/instance-category"))
            (in ? categoryIn : categoryNotIn) = values;
        else if (key == QLatin1String("kubernetes.io/arch")) {
            if (in)
                archIn = values;
            else
                archNotIn = values;
        } else if (key == QLatin1String("karpenter.sh/capacity-type")) {
            capacityGiven = true;
            const bool spot = values.contains(QLatin1String("spot"));
            const bool onDemand = values.contains(QLatin1String("on-demand"));
            spec.allowSpot = in ? spot : !spot;
            spec.allowOnDemand = in ? onDemand : !onDemand;
        } else {
            report(path, QStringLiteral("requirement on %1 is not modelled (ignored)").arg(key));
        }
    }
    if (!capacityGiven) {
        spec.allowSpot = false;
        spec.allowOnDemand = true;
    }
    for (const InstanceType &type : InstanceCatalog::all()) {
        if (!typeIn.isEmpty() && !typeIn.contains(type.name))
            continue;
        if (typeNotIn.contains(type.name))
            continue;
        if (!familyIn.isEmpty() && !familyIn.contains(familyOf(type.name)))
            continue;
        if (familyNotIn.contains(familyOf(type.name)))
            continue;
        if (!categoryIn.isEmpty() && !categoryIn.contains(categoryOf(type.name)))
            continue;
        if (categoryNotIn.contains(categoryOf(type.name)))
            continue;
        if (!archIn.contains(type.architecture) || archNotIn.contains(type.architecture))
            continue;
        spec.instanceTypes.append(type.name);
    }
    for (const QString &name : std::as_const(typeIn)) {
        if (!InstanceCatalog::find(name))
            report(QStringLiteral("spec.template.spec.requirements"),
                   QStringLiteral("instance type %1 is not in the catalogue (left out)").arg(name));
    }
    if (spec.instanceTypes.isEmpty() || !(spec.allowSpot || spec.allowOnDemand)) {
        report(QStringLiteral("spec.template.spec.requirements"),
               QStringLiteral("no catalogue instance type / capacity type satisfies the requirements"));
        usable = false;
    }

    const QVariantMap limits = s.value(QStringLiteral("limits")).toMap();
    if (limits.contains(QStringLiteral("cpu"))) {
        const auto cpu = Quantity::cpuMillicores(limits.value(QStringLiteral("cpu")));
        if (!cpu || *cpu < 0) {
            report(QStringLiteral("spec.limits.cpu"), QStringLiteral("must be a CPU quantity"));
            usable = false;
        } else {
            spec.limitCpuMillicores = *cpu;
        }
    }
    if (limits.contains(QStringLiteral("memory"))) {
        const auto memory = Quantity::memoryBytes(limits.value(QStringLiteral("memory")));
        if (!memory || *memory < 0) {
            report(QStringLiteral("spec.limits.memory"), QStringLiteral("must be a memory quantity"));
            usable = false;
        } else {
            spec.limitMemoryBytes = *memory;
        }
    }

    const QVariantMap disruption = s.value(QStringLiteral("disruption")).toMap();
    const QString policy = disruption.value(QStringLiteral("consolidationPolicy")).toString();
    if (policy == QLatin1String("WhenEmpty"))
        spec.consolidationPolicy = KarpenterConsolidation::WhenEmpty;
    else if (policy.isEmpty() || policy == QLatin1String("WhenEmptyOrUnderutilized")
             || policy == QLatin1String("WhenUnderutilized"))
        spec.consolidationPolicy = KarpenterConsolidation::WhenEmptyOrUnderutilized;
    else
        report(QStringLiteral("spec.disruption.consolidationPolicy"),
               QStringLiteral("'%1' is not a Karpenter policy: WhenEmptyOrUnderutilized assumed").arg(policy));
    if (disruption.contains(QStringLiteral("consolidateAfter"))) {
        const auto after = readDuration(disruption.value(QStringLiteral("consolidateAfter")));
        if (!after || *after < 0) {
            report(QStringLiteral("spec.disruption.consolidateAfter"), QStringLiteral("must be a duration or Never"));
            usable = false;
        } else {
            spec.consolidateAfterSeconds = *after;
        }
    }
    const QVariant expire = templateSpec.contains(QStringLiteral("expireAfter")) ? templateSpec.value(QStringLiteral("expireAfter"))
                                                                                 : disruption.value(QStringLiteral("expireAfter"));
    if (expire.isValid()) {
        const auto after = readDuration(expire);
        if (!after || *after <= 0) {
            report(QStringLiteral("expireAfter"), QStringLiteral("must be a positive duration or Never"));
            usable = false;
        } else {
            spec.expireAfterSeconds = *after;
        }
    }
    const QVariantList budgets = disruption.value(QStringLiteral("budgets")).toList();
    if (!budgets.isEmpty()) {
        spec.budgetNodes.clear();
        for (const QVariant &b : budgets) {
            const QString nodes = b.toMap().value(QStringLiteral("nodes")).toString().trimmed();
            if (!nodes.isEmpty())
                spec.budgetNodes.append(nodes);
        }
        if (spec.budgetNodes.isEmpty())
            spec.budgetNodes.append(QStringLiteral("10%"));
    }
    if (!usable)
        return std::nullopt;
    return spec;
}

std::optional<NodePoolSpec> NodePoolSpec::fromObject(const DesignObject &object, QStringList *errors)
{
    if (object.kind != ObjectKind::NodePool) {
        if (errors)
            errors->append(QStringLiteral("kind: expected NodePool, got %1").arg(kindName(object.kind)));
        return std::nullopt;
    }
    auto spec = fromManifest(object.fields, errors);
    if (spec && spec->name.isEmpty())
        spec->name = object.name;
    return spec;
}

int NodePoolSpec::allowedDisruptions(int nodeCount) const
{
    int allowed = nodeCount;
    for (const QString &budget : budgetNodes) {
        int value = 0;
        if (budget.endsWith(QLatin1Char('%'))) {
            const double percent = budget.chopped(1).toDouble();
            value = int(std::ceil(nodeCount * percent / 100.0 - 1e-9));
        } else {
            value = budget.toInt();
        }
        allowed = std::min(allowed, std::max(0, value));
    }
    return allowed;
}

KarpenterProvisioner::KarpenterProvisioner(NodePoolSpec spec, KarpenterOptions options)
    : m_spec(std::move(spec))
    , m_options(options)
{
    int order = 0;
    for (const QString &name : std::as_const(m_spec.instanceTypes)) {
        const InstanceType *type = InstanceCatalog::find(name);
        if (!type)
            continue;
        const int maxPods = InstanceCatalog::maxPods(*type, m_options.prefixDelegation);
        Offer offer;
        offer.instanceType = type->name;
        offer.cpuMillicores = type->vcpu * 1000.0;
        offer.memoryBytes = type->memoryGiB * gibibyte;
        if (m_options.subtractKubeReserved) {
            offer.cpuMillicores -= kubeReservedCpuMillicores(type->vcpu);
            offer.memoryBytes -= (255.0 + 11.0 * maxPods) * mebibyte;
        }
        offer.maxPods = maxPods;
        for (bool spot : {true, false}) {
            if ((spot && !m_spec.allowSpot) || (!spot && !m_spec.allowOnDemand))
                continue;
            offer.spot = spot;
            offer.usdPerHour = type->onDemandUsdPerHour * (spot ? 1.0 - m_options.spotDiscountFraction : 1.0);
            offer.order = order++;
            m_offers.append(offer);
        }
    }
}

int KarpenterProvisioner::addPod(double cpuMillicores, double memoryBytes)
{
    const int id = m_nextPodId++;
    m_pods.insert(id, Pod{std::max(0.0, cpuMillicores), std::max(0.0, memoryBytes), 0, 0});
    m_dirty = true;
    ++m_generation;
    return id;
}

void KarpenterProvisioner::removePod(int podId)
{
    if (!m_pods.contains(podId))
        return;
    unbind(podId);
    m_pods.remove(podId);
    m_dirty = true;
    ++m_generation;
}

bool KarpenterProvisioner::fits(const KarpenterNode &node, const Pod &pod) const
{
    return node.podCount + 1 <= node.maxPods && node.usedCpuMillicores + pod.cpuMillicores <= node.allocatableCpuMillicores + 1e-6
        && node.usedMemoryBytes + pod.memoryBytes <= node.allocatableMemoryBytes + 1e-3;
}

void KarpenterProvisioner::bind(int podId, KarpenterNode &node, double t)
{
    Pod &pod = m_pods[podId];
    pod.nodeId = node.id;
    pod.boundSeconds = t;
    node.usedCpuMillicores += pod.cpuMillicores;
    node.usedMemoryBytes += pod.memoryBytes;
    ++node.podCount;
    node.lastPodChangeSeconds = t;
    ++m_generation;
}

void KarpenterProvisioner::unbind(int podId)
{
    Pod &pod = m_pods[podId];
    if (!pod.nodeId)
        return;
    auto it = m_nodes.find(pod.nodeId);
    if (it != m_nodes.end()) {
        it->usedCpuMillicores -= pod.cpuMillicores;
        it->usedMemoryBytes -= pod.memoryBytes;
        --it->podCount;
        it->lastPodChangeSeconds = std::max(it->lastPodChangeSeconds, m_nowSeconds);
    }
    pod.nodeId = 0;
    ++m_generation;
}

void KarpenterProvisioner::schedule(double t)
{
    QList<int> pending;
    for (auto it = m_pods.cbegin(); it != m_pods.cend(); ++it) {
        if (!it->nodeId)
            pending.append(it.key());
    }
    if (pending.isEmpty())
        return;
    std::stable_sort(pending.begin(), pending.end(), [this](int a, int b) {
        const Pod &pa = *m_pods.constFind(a);
        const Pod &pb = *m_pods.constFind(b);
        if (pa.cpuMillicores != pb.cpuMillicores)
            return pa.cpuMillicores > pb.cpuMillicores;
        return pa.memoryBytes > pb.memoryBytes;
    });
    // Existing nodes first (oldest first).
    QList<int> rest;
    for (int podId : std::as_const(pending)) {
        bool placed = false;
        for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
            if (fits(*it, *m_pods.constFind(podId))) {
                bind(podId, *it, t);
                placed = true;
                break;
            }
        }
        if (!placed)
            rest.append(podId);
    }
    // New nodes, first-fit decreasing with the cost rule.
    double capacityCpu = 0;
    double capacityMemory = 0;
    for (const KarpenterNode &node : std::as_const(m_nodes)) {
        const InstanceType *type = InstanceCatalog::find(node.instanceType);
        capacityCpu += type ? type->vcpu * 1000.0 : node.allocatableCpuMillicores;
        capacityMemory += type ? type->memoryGiB * gibibyte : node.allocatableMemoryBytes;
    }
    while (!rest.isEmpty()) {
        const Offer *best = nullptr;
        QList<int> bestPacked;
        double bestPerPod = 0;
        for (const Offer &offer : std::as_const(m_offers)) {
            const InstanceType *type = InstanceCatalog::find(offer.instanceType);
            if (capacityCpu + type->vcpu * 1000.0 > m_spec.limitCpuMillicores + 1e-6
                || capacityMemory + type->memoryGiB * gibibyte > m_spec.limitMemoryBytes + 1e-3)
                continue;
            KarpenterNode trial;
            trial.allocatableCpuMillicores = offer.cpuMillicores;
            trial.allocatableMemoryBytes = offer.memoryBytes;
            trial.maxPods = offer.maxPods;
            QList<int> packed;
            for (int podId : std::as_const(rest)) {
                const Pod &pod = *m_pods.constFind(podId);
                if (fits(trial, pod)) {
                    trial.usedCpuMillicores += pod.cpuMillicores;
                    trial.usedMemoryBytes += pod.memoryBytes;
                    ++trial.podCount;
                    packed.append(podId);
                }
            }
            if (packed.isEmpty())
                continue;
            const double perPod = offer.usdPerHour / packed.size();
            const bool better = !best || perPod < bestPerPod - 1e-12
                || (std::abs(perPod - bestPerPod) <= 1e-12 && offer.usdPerHour < best->usdPerHour - 1e-12);
            if (better) {
                best = &offer;
                bestPacked = packed;
                bestPerPod = perPod;
            }
        }
        if (!best) {
            m_events.append(KarpenterEvent{t, QStringLiteral("limit"), 0, QString(), false, int(rest.size())});
            break;
        }
        KarpenterNode node;
        node.id = m_nextNodeId++;
        node.instanceType = best->instanceType;
        node.spot = best->spot;
        node.launchedSeconds = t;
        node.readySeconds = t + m_options.launchLatencySeconds;
        node.allocatableCpuMillicores = best->cpuMillicores;
        node.allocatableMemoryBytes = best->memoryBytes;
        node.maxPods = best->maxPods;
        node.usdPerHour = best->usdPerHour;
        node.lastPodChangeSeconds = t;
        KarpenterNode &stored = m_nodes.insert(node.id, node).value();
        m_nextReadySeconds = std::min(m_nextReadySeconds, node.readySeconds);
        m_usdPerHourValid = false;
        for (int podId : std::as_const(bestPacked)) {
            bind(podId, stored, t);
            rest.removeOne(podId);
        }
        const InstanceType *type = InstanceCatalog::find(best->instanceType);
        capacityCpu += type->vcpu * 1000.0;
        capacityMemory += type->memoryGiB * gibibyte;
        m_events.append(KarpenterEvent{t, QStringLiteral("launch"), node.id, node.instanceType, node.spot,
                                       int(bestPacked.size())});
    }
}

void KarpenterProvisioner::deleteNode(int nodeId, double t, const QString &why)
{
    const KarpenterNode node = m_nodes.value(nodeId);
    for (auto it = m_pods.begin(); it != m_pods.end(); ++it) {
        if (it->nodeId == nodeId)
            it->nodeId = 0;
    }
    m_nodes.remove(nodeId);
    m_usdPerHourValid = false;
    m_events.append(KarpenterEvent{t, why, nodeId, node.instanceType, node.spot, node.podCount});
    m_dirty = true;
    ++m_generation;
}

void KarpenterProvisioner::disrupt(double t)
{
    // A pass is a function of the nodes, the pods, which nodes have expired and which have settled
    // (consolidateAfter). When nothing changed since a pass that found nothing to do (every action
    // bumps the generation) and no node expires or settles before now, it finds nothing again.
    if (m_generation == m_quietGeneration && t + timeEpsilon < m_quietUntilSeconds)
        return;
    double quietUntil = std::numeric_limits<double>::infinity();
    for (const KarpenterNode &node : std::as_const(m_nodes)) {
        if (t - node.launchedSeconds + timeEpsilon < m_spec.expireAfterSeconds)
            quietUntil = std::min(quietUntil, node.launchedSeconds + m_spec.expireAfterSeconds);
        if (node.ready && t - node.lastPodChangeSeconds + timeEpsilon < m_spec.consolidateAfterSeconds)
            quietUntil = std::min(quietUntil, node.lastPodChangeSeconds + m_spec.consolidateAfterSeconds);
    }
    struct Remember { // remembered only when this pass changes nothing (a budget may stop it half-way)
        KarpenterProvisioner *self;
        quint64 generation;
        double quietUntil;
        ~Remember()
        {
            if (self->m_generation == generation) {
                self->m_quietGeneration = generation;
                self->m_quietUntilSeconds = quietUntil;
            }
        }
    } remember{this, m_generation, quietUntil};
    // Expiration: forceful, no budget.
    QList<int> expired;
    for (const KarpenterNode &node : std::as_const(m_nodes)) {
        if (t - node.launchedSeconds + timeEpsilon >= m_spec.expireAfterSeconds)
            expired.append(node.id);
    }
    for (int id : std::as_const(expired))
        deleteNode(id, t, QStringLiteral("expire"));

    if (int(m_nodes.size()) != m_budgetNodeCount) {
        m_budgetNodeCount = int(m_nodes.size());
        m_budgetAllowed = m_spec.allowedDisruptions(m_budgetNodeCount);
    }
    int budget = m_budgetAllowed;
    if (budget <= 0 || !std::isfinite(m_spec.consolidateAfterSeconds))
        return;
    auto settled = [&](const KarpenterNode &node) {
        return node.ready
            && t - node.lastPodChangeSeconds + timeEpsilon >= m_spec.consolidateAfterSeconds;
    };
    // Empty nodes.
    QList<int> empty;
    for (const KarpenterNode &node : std::as_const(m_nodes)) {
        if (node.podCount == 0 && settled(node))
            empty.append(node.id);
    }
    for (int id : std::as_const(empty)) {
        if (budget <= 0)
            return;
        deleteNode(id, t, QStringLiteral("consolidate-empty"));
        --budget;
    }
    if (m_spec.consolidationPolicy != KarpenterConsolidation::WhenEmptyOrUnderutilized)
        return;
    // Underutilised nodes, most expensive first.
    QList<int> candidates;
    for (const KarpenterNode &node : std::as_const(m_nodes)) {
        if (node.podCount > 0 && settled(node))
            candidates.append(node.id);
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [this](int a, int b) { return m_nodes[a].usdPerHour > m_nodes[b].usdPerHour; });
    for (int id : std::as_const(candidates)) {
        if (budget <= 0)
            return;
        if (!m_nodes.contains(id))
            continue;
        QList<int> podsOnNode;
        for (auto it = m_pods.cbegin(); it != m_pods.cend(); ++it) {
            if (it->nodeId == id)
                podsOnNode.append(it.key());
        }
        // Trial placement on the other Ready nodes.
        QMap<int, KarpenterNode> trial;
        for (const KarpenterNode &node : std::as_const(m_nodes)) {
            if (node.id != id && node.ready)
                trial.insert(node.id, node);
        }
        QList<QPair<int, int>> moves;
        bool all = true;
        for (int podId : std::as_const(podsOnNode)) {
            bool placed = false;
            for (auto it = trial.begin(); it != trial.end(); ++it) {
                const Pod &pod = *m_pods.constFind(podId);
                if (fits(*it, pod)) {
                    it->usedCpuMillicores += pod.cpuMillicores;
                    it->usedMemoryBytes += pod.memoryBytes;
                    ++it->podCount;
                    moves.append({podId, it.key()});
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                all = false;
                break;
            }
        }
        if (!all)
            continue;
        deleteNode(id, t, QStringLiteral("consolidate-underutilized"));
        for (const auto &[podId, nodeId] : std::as_const(moves))
            bind(podId, m_nodes[nodeId], t);
        --budget;
    }
}

void KarpenterProvisioner::step(double timeSeconds)
{
    m_nowSeconds = timeSeconds;
    if (m_nextReadySeconds <= timeSeconds + timeEpsilon) {
        m_nextReadySeconds = std::numeric_limits<double>::infinity();
        for (KarpenterNode &node : m_nodes) {
            if (node.ready)
                continue;
            if (node.readySeconds <= timeSeconds + timeEpsilon) {
                node.ready = true;
                ++m_generation;
                m_events.append(KarpenterEvent{timeSeconds, QStringLiteral("ready"), node.id, node.instanceType, node.spot,
                                               node.podCount});
            } else {
                m_nextReadySeconds = std::min(m_nextReadySeconds, node.readySeconds);
            }
        }
    }
    if (timeSeconds + timeEpsilon >= m_nextDisruptionSeconds) {
        disrupt(timeSeconds);
        while (m_nextDisruptionSeconds <= timeSeconds + timeEpsilon)
            m_nextDisruptionSeconds += m_options.disruptionPollSeconds;
    }
    if (m_dirty) {
        m_dirty = false;
        schedule(timeSeconds);
    }
}

double KarpenterProvisioner::podRunningSince(int podId) const
{
    const auto it = m_pods.constFind(podId);
    if (it == m_pods.cend() || !it->nodeId)
        return std::nan("");
    const KarpenterNode &node = m_nodes[it->nodeId];
    if (!node.ready)
        return std::nan("");
    return std::max(node.readySeconds, it->boundSeconds);
}

bool KarpenterProvisioner::isPending(int podId) const
{
    const auto it = m_pods.constFind(podId);
    return it != m_pods.cend() && !it->nodeId;
}

int KarpenterProvisioner::readyNodeCount() const
{
    return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(), [](const KarpenterNode &node) { return node.ready; }));
}

int KarpenterProvisioner::pendingPodCount() const
{
    int n = 0;
    for (const Pod &pod : m_pods) {
        if (!pod.nodeId)
            ++n;
    }
    return n;
}

double KarpenterProvisioner::usdPerHour() const
{
    if (!m_usdPerHourValid) {
        m_usdPerHour = 0;
        for (const KarpenterNode &node : m_nodes)
            m_usdPerHour += node.usdPerHour;
        m_usdPerHourValid = true;
    }
    return m_usdPerHour;
}

} // namespace Scaleplan
