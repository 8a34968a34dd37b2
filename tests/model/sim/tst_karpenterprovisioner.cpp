#include "model/sim/karpenterprovisioner.h"

#include "tests/model/sim/simfixtures.h"

#include <QTest>
#include <cmath>

using namespace Scaleplan;
using namespace Scaleplan::TestFixtures;

// Expected values are hand calculations with the rules documented in karpenterprovisioner.h and
// AWS's published facts (us-east-1 on-demand: c5.large 2 vCPU / 4 GiB $0.085/h, m5.large 2 vCPU /
// 8 GiB $0.096/h, c5.xlarge 4 vCPU / 8 GiB $0.17/h, m5.xlarge $0.192/h, m5.2xlarge $0.384/h;
// max pods with the VPC CNI for c5.large / m5.large: 3 ENIs x (10 - 1) + 2 = 29).

namespace {

constexpr double mebibyte = 1024.0 * 1024.0;

QVariantMap requirement(const QString &key, const QStringList &values)
{
    return map({{QStringLiteral("key"), key}, {QStringLiteral("operator"), QStringLiteral("In")}, {QStringLiteral("values"), values}});
}

/// The seed's general-purpose NodePool (types m5.large, m5.xlarge, m5.2xlarge, c5.large, c5.xlarge).
QVariantMap nodePool(const QStringList &capacityTypes, const QVariantMap &limits = {}, const QVariantMap &disruption = {})
{
    QVariantList requirements{
        requirement(QStringLiteral("kubernetes.io/arch"), {QStringLiteral("amd64")}),
        requirement(QStringLiteral("node.kubernetes.io/instance-type"),
                    {QStringLiteral("m5.large"), QStringLiteral("m5.xlarge"), QStringLiteral("m5.2xlarge"),
                     QStringLiteral("c5.large"), QStringLiteral("c5.xlarge")}),
        requirement(QStringLiteral("karpenter.sh/capacity-type"), capacityTypes)};
    QVariantMap spec{{QStringLiteral("template"), map({{QStringLiteral("spec"), map({{QStringLiteral("requirements"), requirements}})}})}};
    if (!limits.isEmpty())
        spec.insert(QStringLiteral("limits"), limits);
    if (!disruption.isEmpty())
        spec.insert(QStringLiteral("disruption"), disruption);
    return map({{QStringLiteral("apiVersion"), QStringLiteral("karpenter.sh/v1")},
                {QStringLiteral("kind"), QStringLiteral("NodePool")},
                {QStringLiteral("metadata"), map({{QStringLiteral("name"), QStringLiteral("general-purpose")}})},
                {QStringLiteral("spec"), spec}});
}

KarpenterProvisioner provisioner(const QVariantMap &manifest)
{
    QStringList errors;
    const auto spec = NodePoolSpec::fromManifest(manifest, &errors);
    if (!spec)
        qFatal("NodePool not usable: %s", qPrintable(errors.join(QLatin1Char(';'))));
    return KarpenterProvisioner(*spec);
}

QList<int> addPods(KarpenterProvisioner &k, int count)
{
    QList<int> ids;
    for (int i = 0; i < count; ++i)
        ids.append(k.addPod(500, 512 * mebibyte));
    return ids;
}

} // namespace

class tst_KarpenterProvisioner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesNodePool();
    void allowedDisruptions_data();
    void allowedDisruptions();
    void cheapestPerPodOnDemand();
    void spotPreferredWhenAllowed();
    void launchLatency();
    void limitsCapCapacity();
    void consolidateWhenEmptyWithinBudget();
    void consolidateUnderutilized();
    void expireAfter();
};

void tst_KarpenterProvisioner::parsesNodePool()
{
    QStringList errors;
    const auto spec = NodePoolSpec::fromManifest(
        nodePool({QStringLiteral("spot"), QStringLiteral("on-demand")},
                 map({{QStringLiteral("cpu"), 1000}, {QStringLiteral("memory"), QStringLiteral("1000Gi")}}),
                 map({{QStringLiteral("consolidationPolicy"), QStringLiteral("WhenNodeUnderutilized")},
                      {QStringLiteral("consolidateAfter"), QStringLiteral("30s")},
                      {QStringLiteral("expireAfter"), QStringLiteral("30m")}})),
        &errors);
    QVERIFY(spec);
    QCOMPARE(spec->instanceTypes.size(), 5);
    QVERIFY(spec->allowSpot && spec->allowOnDemand);
    QCOMPARE(spec->limitCpuMillicores, 1000000.0);                         // 1000 cores
    QCOMPARE(spec->limitMemoryBytes, 1000.0 * 1024 * 1024 * 1024);          // 1000Gi
    QCOMPARE(spec->consolidateAfterSeconds, 30.0);
    QCOMPARE(spec->expireAfterSeconds, 1800.0);                             // v1beta1 disruption.expireAfter 30m
    // The seed's WhenNodeUnderutilized is not a Karpenter policy: reported, the v1 default kept.
    QVERIFY(errors.join(QLatin1Char('\n')).contains(QLatin1String("WhenNodeUnderutilized")));
    QCOMPARE(spec->consolidationPolicy, KarpenterConsolidation::WhenEmptyOrUnderutilized);
    QCOMPARE(spec->budgetNodes, QStringList{QStringLiteral("10%")});

    // No capacity-type requirement: on-demand only (Karpenter's defaulting).
    QVariantMap manifest = nodePool({QStringLiteral("spot")});
    QVariantMap s = manifest.value(QStringLiteral("spec")).toMap();
    QVariantMap t = s.value(QStringLiteral("template")).toMap();
    QVariantMap ts = t.value(QStringLiteral("spec")).toMap();
    QVariantList reqs = ts.value(QStringLiteral("requirements")).toList();
    reqs.removeLast();
    ts.insert(QStringLiteral("requirements"), reqs);
    t.insert(QStringLiteral("spec"), ts);
    s.insert(QStringLiteral("template"), t);
    manifest.insert(QStringLiteral("spec"), s);
    const auto defaulted = NodePoolSpec::fromManifest(manifest);
    QVERIFY(defaulted);
    QVERIFY(!defaulted->allowSpot);
    QVERIFY(defaulted->allowOnDemand);
}

void tst_KarpenterProvisioner::allowedDisruptions_data()
{
    QTest::addColumn<QStringList>("budgets");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("allowed");
    QTest::newRow("10% of 25 rounds up to 3") << QStringList{QStringLiteral("10%")} << 25 << 3; // ceil(2.5)
    QTest::newRow("10% of 2 rounds up to 1") << QStringList{QStringLiteral("10%")} << 2 << 1;   // ceil(0.2)
    QTest::newRow("10% of 0 is 0") << QStringList{QStringLiteral("10%")} << 0 << 0;
    QTest::newRow("the smallest budget wins") << QStringList{QStringLiteral("10%"), QStringLiteral("2")} << 25 << 2;
    QTest::newRow("0 blocks") << QStringList{QStringLiteral("0")} << 10 << 0;
}

void tst_KarpenterProvisioner::allowedDisruptions()
{
    QFETCH(QStringList, budgets);
    QFETCH(int, nodes);
    QFETCH(int, allowed);
    NodePoolSpec spec;
    spec.budgetNodes = budgets;
    QCOMPARE(spec.allowedDisruptions(nodes), allowed);
}

void tst_KarpenterProvisioner::cheapestPerPodOnDemand()
{
    // Six 500m / 512Mi pods. Per-pod price of one node of each type:
    // c5.large holds 4 (2000m / 500m) -> 0.085 / 4 = 0.02125; m5.large 4 -> 0.024; c5.xlarge 6 -> 0.02833;
    // m5.xlarge 6 -> 0.032; m5.2xlarge 6 -> 0.064. First node c5.large (4 pods); the last 2:
    // c5.large 0.0425 < m5.large 0.048 < c5.xlarge 0.085 -> c5.large. Two c5.large = $0.17/h.
    KarpenterProvisioner k = provisioner(nodePool({QStringLiteral("on-demand")}));
    addPods(k, 6);
    k.step(0);
    const QList<KarpenterNode> nodes = k.nodes();
    QCOMPARE(nodes.size(), 2);
    QCOMPARE(nodes[0].instanceType, QStringLiteral("c5.large"));
    QCOMPARE(nodes[0].podCount, 4);
    QCOMPARE(nodes[1].instanceType, QStringLiteral("c5.large"));
    QCOMPARE(nodes[1].podCount, 2);
    QVERIFY(!nodes[0].spot);
    QVERIFY(std::abs(k.usdPerHour() - 0.17) < 1e-9);
    QCOMPARE(k.pendingPodCount(), 0);
}

void tst_KarpenterProvisioner::spotPreferredWhenAllowed()
{
    // Spot at 60 % off: c5.large 0.085 x 0.4 = 0.034 per node; same packing -> 2 x 0.034 = 0.068.
    KarpenterProvisioner k = provisioner(nodePool({QStringLiteral("spot"), QStringLiteral("on-demand")}));
    addPods(k, 6);
    k.step(0);
    QCOMPARE(k.nodeCount(), 2);
    QVERIFY(k.nodes().first().spot);
    QVERIFY(std::abs(k.usdPerHour() - 0.068) < 1e-9);
}

void tst_KarpenterProvisioner::launchLatency()
{
    // Default launch latency 60 s: launched at t = 5, Ready at 65.
    KarpenterProvisioner k = provisioner(nodePool({QStringLiteral("on-demand")}));
    const QList<int> pods = addPods(k, 1);
    k.step(5);
    QVERIFY(!k.isPending(pods[0]));          // nominated to the launching node
    k.step(64);
    QVERIFY(std::isnan(k.podRunningSince(pods[0])));
    QCOMPARE(k.readyNodeCount(), 0);
    k.step(65);
    QCOMPARE(k.podRunningSince(pods[0]), 65.0);
    QCOMPARE(k.readyNodeCount(), 1);
}

void tst_KarpenterProvisioner::limitsCapCapacity()
{
    // limits.cpu 2 (cores): one 2-vCPU node, 4 pods on it; the 2 others stay pending, one "limit" event.
    KarpenterProvisioner k = provisioner(nodePool({QStringLiteral("on-demand")}, map({{QStringLiteral("cpu"), 2}})));
    addPods(k, 6);
    k.step(0);
    QCOMPARE(k.nodeCount(), 1);
    QCOMPARE(k.pendingPodCount(), 2);
    QCOMPARE(k.events().last().kind, QStringLiteral("limit"));
    QCOMPARE(k.events().last().pods, 2);
}

void tst_KarpenterProvisioner::consolidateWhenEmptyWithinBudget()
{
    // WhenEmpty, consolidateAfter 30 s, budget 10 % of 2 nodes = 1 per 10 s poll.
    // All pods removed at t = 100 -> empty since 100; polls at 130 and 140 delete one node each.
    KarpenterProvisioner k = provisioner(nodePool({QStringLiteral("on-demand")}, {},
                                                  map({{QStringLiteral("consolidationPolicy"), QStringLiteral("WhenEmpty")},
                                                       {QStringLiteral("consolidateAfter"), QStringLiteral("30s")}})));
    const QList<int> pods = addPods(k, 6);
    for (int t = 0; t <= 100; ++t)
        k.step(t);
    QCOMPARE(k.nodeCount(), 2);
    for (int id : pods)
        k.removePod(id);
    for (int t = 101; t <= 129; ++t)
        k.step(t);
    QCOMPARE(k.nodeCount(), 2);
    k.step(130);
    QCOMPARE(k.nodeCount(), 1);
    for (int t = 131; t <= 139; ++t)
        k.step(t);
    QCOMPARE(k.nodeCount(), 1);
    k.step(140);
    QCOMPARE(k.nodeCount(), 0);
    QCOMPARE(k.events().last().kind, QStringLiteral("consolidate-empty"));
}

void tst_KarpenterProvisioner::consolidateUnderutilized()
{
    // Two c5.large: pods 1-4 on node 1, 5-6 on node 2 (bound at 0, Ready at 60). Removing pods 1 and 2
    // at t = 100 leaves 2 + 2 and resets node 1's consolidateAfter clock to 100. Node 2's pods last
    // changed at 0, so at the poll 110 it is a candidate and its two pods fit on node 1
    // (4 x 500m = 2000m): node 2 goes at 110, before node 1 would have settled (130).
    KarpenterProvisioner k = provisioner(nodePool({QStringLiteral("on-demand")}, {},
                                                  map({{QStringLiteral("consolidationPolicy"), QStringLiteral("WhenEmptyOrUnderutilized")},
                                                       {QStringLiteral("consolidateAfter"), QStringLiteral("30s")}})));
    const QList<int> pods = addPods(k, 6);
    for (int t = 0; t <= 100; ++t)
        k.step(t);
    k.removePod(pods[0]);
    k.removePod(pods[1]);
    for (int t = 101; t <= 109; ++t)
        k.step(t);
    QCOMPARE(k.nodeCount(), 2);
    k.step(110);
    QCOMPARE(k.nodeCount(), 1);
    QCOMPARE(k.nodes().first().id, 1);
    QCOMPARE(k.nodes().first().podCount, 4);
    QCOMPARE(k.events().last().kind, QStringLiteral("consolidate-underutilized"));
    QCOMPARE(k.podRunningSince(pods[5]), 110.0); // moved: restarts on node 1
    QCOMPARE(k.podRunningSince(pods[2]), 60.0);  // stayed: running since its node was Ready
}

void tst_KarpenterProvisioner::expireAfter()
{
    // expireAfter 30m: the node launched at 0 expires at the poll t = 1800; its pod goes pending and a
    // new node launches at 1800 (Ready at 1860).
    KarpenterProvisioner k = provisioner(nodePool({QStringLiteral("on-demand")}, {},
                                                  map({{QStringLiteral("expireAfter"), QStringLiteral("30m")},
                                                       {QStringLiteral("consolidateAfter"), QStringLiteral("Never")}})));
    const QList<int> pods = addPods(k, 1);
    for (int t = 0; t <= 1799; ++t)
        k.step(t);
    QCOMPARE(k.podRunningSince(pods[0]), 60.0);
    k.step(1800);
    QCOMPARE(k.nodeCount(), 1);
    QCOMPARE(k.nodes().first().launchedSeconds, 1800.0);
    QVERIFY(std::isnan(k.podRunningSince(pods[0])));
    bool expired = false;
    for (const KarpenterEvent &e : k.events())
        expired |= e.kind == QLatin1String("expire") && e.timeSeconds == 1800.0;
    QVERIFY(expired);
}

QTEST_GUILESS_MAIN(tst_KarpenterProvisioner)
#include "tst_karpenterprovisioner.moc"
