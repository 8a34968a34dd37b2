#pragma once

#include "model/designobject.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <limits>
#include <optional>

namespace Scaleplan {

/// `spec.disruption.consolidationPolicy` (v1 spelling; v1beta1's WhenUnderutilized reads as
/// WhenEmptyOrUnderutilized).
enum class KarpenterConsolidation { WhenEmpty, WhenEmptyOrUnderutilized };

/**
 * Typed view of a karpenter.sh NodePool (v1beta1 or v1) with Karpenter's defaults (karpenter.sh
 * docs "NodePools"):
 *  - requirements `node.kubernetes.io/instance-type`, `karpenter.k8s.aws/instance-family`,
 *    `karpenter.k8s.aws/instance-category`, `kubernetes.io/arch`, `karpenter.sh/capacity-type`
 *    with In / NotIn (other keys and operators are ignored and reported). No capacity-type
 *    requirement = on-demand only ("the webhook ... will default to on-demand"); no arch
 *    requirement = amd64 (assumed: the pods' images are taken to be amd64 unless the NodePool says
 *    otherwise).
 *  - `spec.limits.cpu` (cores) / `spec.limits.memory` (bytes): no limit when absent.
 *  - `spec.disruption.consolidationPolicy` default WhenEmptyOrUnderutilized, `consolidateAfter`
 *    default 0 s ("Never" = never), `expireAfter` (v1: spec.template.spec.expireAfter; v1beta1:
 *    spec.disruption.expireAfter) default 720h ("Never" = never), `budgets[].nodes` default "10%".
 */
struct NodePoolSpec {
    QString name;
    QStringList instanceTypes;      ///< the catalogue types allowed, catalogue order
    bool allowSpot = false;
    bool allowOnDemand = true;
    double limitCpuMillicores = std::numeric_limits<double>::infinity();
    double limitMemoryBytes = std::numeric_limits<double>::infinity();
    KarpenterConsolidation consolidationPolicy = KarpenterConsolidation::WhenEmptyOrUnderutilized;
    double consolidateAfterSeconds = 0;
    double expireAfterSeconds = 720 * 3600.0;
    QStringList budgetNodes{QStringLiteral("10%")};

    /// Errors / ignored parts as "<field path>: <what>"; std::nullopt when no catalogue instance
    /// type satisfies the requirements or a limit / duration is malformed.
    static std::optional<NodePoolSpec> fromManifest(const QVariantMap &manifest, QStringList *errors = nullptr);
    static std::optional<NodePoolSpec> fromObject(const DesignObject &object, QStringList *errors = nullptr);
    /// The most nodes that may be disrupted at once among `nodeCount` nodes: the minimum over the
    /// budgets, a percentage rounded up (karpenter.sh docs "Disruption" -> "Budgets").
    int allowedDisruptions(int nodeCount) const;
};

/**
 * Knobs of the provisioner. `launchLatencySeconds`: from the NodeClaim's launch to the node being
 * Ready (60 s). `spotDiscountFraction`: spot price = on-demand x (1 - this) (0.6, a typical
 * m5/c5 spot discount; set per design). `disruptionPollSeconds`: how often consolidation and
 * expiry are evaluated (10 s, Karpenter's disruption controller polling period).
 * `subtractKubeReserved`: allocatable = capacity minus the Amazon EKS AMI's kube-reserved (CPU 6 %
 * of the first core, 1 % of the second, 0.5 % of cores 3-4, 0.25 % above; memory 255 MiB +
 * 11 MiB x max pods, amazon-eks-ami bootstrap) — off by default: allocatable = capacity.
 */
struct KarpenterOptions {
    double launchLatencySeconds = 60;
    double spotDiscountFraction = 0.6;
    double disruptionPollSeconds = 10;
    bool subtractKubeReserved = false;
    bool prefixDelegation = false;
};

/// A node the provisioner launched.
struct KarpenterNode {
    int id = 0;
    QString instanceType;
    bool spot = false;
    double launchedSeconds = 0;
    double readySeconds = 0;
    double allocatableCpuMillicores = 0;
    double allocatableMemoryBytes = 0;
    int maxPods = 0;
    double usdPerHour = 0;
    double usedCpuMillicores = 0;
    double usedMemoryBytes = 0;
    int podCount = 0;
    double lastPodChangeSeconds = 0; ///< consolidateAfter counts from here
    bool ready = false;              ///< readySeconds has passed (as of the last step())
};

/// Something the provisioner did: "launch", "ready", "consolidate-empty",
/// "consolidate-underutilized", "expire", "limit" (pods left pending by spec.limits / no fitting type).
struct KarpenterEvent {
    double timeSeconds = 0;
    QString kind;
    int nodeId = 0;
    QString instanceType;
    bool spot = false;
    int pods = 0;
};

/**
 * Karpenter for one NodePool in simulated time: pending pods bin-packed onto new nodes, launch
 * latency, NodePool limits, consolidation, expiry and disruption budgets.
 *
 * Source: karpenter.sh docs "Scheduling", "NodePools" (limits), "Disruption" (consolidation,
 * expiration, budgets); the cost rule mirrors EC2 Fleet's lowest-price / price-capacity-optimized
 * choice among the NodeClaim's compatible types.
 *
 * step(t), with t non-decreasing:
 *  1. nodes whose launch + latency <= t become Ready;
 *  2. pending pods, largest first (CPU, then memory, then id), go first-fit onto existing nodes
 *     (Ready or launching, oldest first) with room (CPU, memory, max pods per the VPC CNI);
 *  3. the rest are bin-packed onto new nodes, first-fit decreasing. Cost rule: for each new node,
 *     every allowed (type, capacity type) is tried by packing the remaining pods onto one node of
 *     it; the choice has the lowest price per packed pod (ties: lower price, then catalogue order,
 *     spot before on-demand). A type whose capacity would take the NodePool's nodes over
 *     spec.limits is not a choice; pods that fit no choice stay pending;
 *  4. every disruptionPollSeconds: expired nodes (age >= expireAfter) are deleted and their pods
 *     go pending (v1 expiration is forceful, budgets do not apply); then consolidation within the
 *     budget: empty Ready nodes whose pods last changed >= consolidateAfter ago; with
 *     WhenEmptyOrUnderutilized also Ready nodes whose pods all fit (first fit) on the other Ready
 *     nodes, most expensive first — those pods move at once (they restart on the other node).
 *     Replacing a node by a cheaper one is not modelled.
 * Invariant: a pod is on at most one node; node usage = the sum of its pods' requests.
 */
class KarpenterProvisioner
{
public:
    explicit KarpenterProvisioner(NodePoolSpec spec, KarpenterOptions options = {});

    const NodePoolSpec &spec() const { return m_spec; }

    /// A new pod (pending) with the given requests; returns its id (> 0).
    int addPod(double cpuMillicores, double memoryBytes);
    /// Removes a pod (pending or bound); unknown ids are ignored.
    void removePod(int podId);
    void step(double timeSeconds);

    /// When the pod's node became Ready or the pod was bound to a Ready node (whichever is later);
    /// NaN while the pod is pending or its node is still launching.
    double podRunningSince(int podId) const;
    bool isPending(int podId) const;

    int nodeCount() const { return int(m_nodes.size()); }
    int readyNodeCount() const;
    int pendingPodCount() const;
    /// Sum of the nodes' prices (launching nodes are billed too), USD per hour.
    double usdPerHour() const;
    QList<KarpenterNode> nodes() const { return m_nodes.values(); }
    const QList<KarpenterEvent> &events() const { return m_events; }

private:
    struct Pod {
        double cpuMillicores = 0;
        double memoryBytes = 0;
        int nodeId = 0;
        double boundSeconds = 0;
    };
    struct Offer {
        QString instanceType;
        bool spot = false;
        double cpuMillicores = 0;
        double memoryBytes = 0;
        int maxPods = 0;
        double usdPerHour = 0;
        int order = 0;
    };

    bool fits(const KarpenterNode &node, const Pod &pod) const;
    void bind(int podId, KarpenterNode &node, double t);
    void unbind(int podId);
    void schedule(double t);
    void disrupt(double t);
    void deleteNode(int nodeId, double t, const QString &why);

    NodePoolSpec m_spec;
    KarpenterOptions m_options;
    QList<Offer> m_offers;
    QMap<int, Pod> m_pods;
    QMap<int, KarpenterNode> m_nodes;
    QList<KarpenterEvent> m_events;
    int m_nextPodId = 1;
    int m_nextNodeId = 1;
    double m_nextDisruptionSeconds = 0;
    double m_nowSeconds = 0;
    bool m_dirty = false;
    /// Bumped on every change of pods, bindings or nodes. A disruption pass that changed nothing
    /// stores it in m_quietGeneration with the time the next node expires or settles
    /// (m_quietUntilSeconds): until then, with the same generation, disrupt() has nothing to do.
    quint64 m_generation = 0;
    quint64 m_quietGeneration = ~quint64(0);
    double m_quietUntilSeconds = 0;
    /// allowedDisruptions() for m_budgetNodeCount nodes (the budgets are parsed once per count).
    int m_budgetNodeCount = -1;
    int m_budgetAllowed = 0;
    /// The earliest readySeconds of the launching nodes (step() looks at them only from then on).
    double m_nextReadySeconds = std::numeric_limits<double>::infinity();
    /// usdPerHour(), recomputed when a node is added or deleted.
    mutable double m_usdPerHour = 0;
    mutable bool m_usdPerHourValid = false;
};

} // namespace Scaleplan
