// Tests of the Karpenter rules (model/validation/karpenterrules.cpp) through Validator::validate.
// Enums, required fields and CEL rules come from the CRD schemas in shared/schemas/crds/
// (karpenter.sh/nodepool_v1beta1.json, nodepool_v1.json, karpenter.k8s.aws/ec2nodeclass_*.json);
// the fixed manifests are checked with the schema oracle (shared/tools/validate_manifests.py).

#include "model/validation/validator.h"

#include "model/fieldpath.h"

#include "seeddesign.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Scaleplan;
using namespace Scaleplan::TestSupport;

namespace {

QVariantMap nodePool(const QString &apiVersion, const QVariantMap &disruption)
{
    QVariantMap pool = json(R"J({"kind": "NodePool", "metadata": {"name": "general-purpose"},
        "spec": {"template": {"spec": {"requirements": [{"key": "kubernetes.io/arch", "operator": "In", "values": ["amd64"]}],
                                       "nodeClassRef": {"name": "default"}}}}})J");
    pool.insert(QStringLiteral("apiVersion"), apiVersion);
    if (apiVersion == QLatin1String("karpenter.sh/v1beta1")) {
        FieldPath::setValue(pool, QStringLiteral("spec.template.spec.nodeClassRef.apiVersion"), QStringLiteral("karpenter.k8s.aws/v1beta1"));
        FieldPath::setValue(pool, QStringLiteral("spec.template.spec.nodeClassRef.kind"), QStringLiteral("EC2NodeClass"));
    } else {
        FieldPath::setValue(pool, QStringLiteral("spec.template.spec.nodeClassRef.group"), QStringLiteral("karpenter.k8s.aws"));
        FieldPath::setValue(pool, QStringLiteral("spec.template.spec.nodeClassRef.kind"), QStringLiteral("EC2NodeClass"));
    }
    if (!disruption.isEmpty())
        FieldPath::setValue(pool, QStringLiteral("spec.disruption"), disruption);
    return pool;
}

/// Runs the schema oracle on one manifest; returns its output, or a null QString (and skips)
/// when the oracle or Debian's python3 is not there.
QString oracleProblems(const QVariantMap &manifest, bool *skipped)
{
    *skipped = false;
    const QString tool = QStringLiteral(SCALEPLAN_SHARED_DIR "/tools/validate_manifests.py");
    if (!QFileInfo::exists(tool) || !QFileInfo::exists(QStringLiteral("/usr/bin/python3"))) {
        *skipped = true;
        return {};
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("manifest.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(path);
    file.write(QJsonDocument::fromVariant(manifest).toJson());
    file.close();
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"), {tool, QStringLiteral("--strict-unknown"), path});
    process.waitForFinished(120000);
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    if (output.contains(QLatin1String("No module named"))) {
        *skipped = true;
        return {};
    }
    return process.exitCode() == 0 ? QString() : output;
}

} // namespace

class TestKarpenterRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consolidationPolicy_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("consolidateAfter"); // "" = absent
        QTest::addColumn<bool>("error");
        QTest::addColumn<QString>("fixPolicy");         // "" = no fix
        QTest::addColumn<QString>("fixConsolidateAfter"); // "keep", "remove" or a value to set
        // Enums: v1beta1 [WhenEmpty, WhenUnderutilized]; v1 [WhenEmpty, WhenEmptyOrUnderutilized, Balanced].
        QTest::newRow("seed v1beta1 WhenNodeUnderutilized") << "karpenter.sh/v1beta1" << "WhenNodeUnderutilized" << "30s" << true
                                                            << "WhenUnderutilized" << "remove";
        QTest::newRow("v1 WhenNodeUnderutilized") << "karpenter.sh/v1" << "WhenNodeUnderutilized" << "30s" << true
                                                  << "WhenEmptyOrUnderutilized" << "keep";
        QTest::newRow("v1 v1beta1 value") << "karpenter.sh/v1" << "WhenUnderutilized" << "" << true
                                          << "WhenEmptyOrUnderutilized" << "0s";
        QTest::newRow("v1beta1 v1 value, Never") << "karpenter.sh/v1beta1" << "WhenEmptyOrUnderutilized" << "Never" << true
                                                 << "WhenUnderutilized" << "keep";
        QTest::newRow("v1beta1 Balanced (v1 only), no fix") << "karpenter.sh/v1beta1" << "Balanced" << "" << true << "" << "keep";
        QTest::newRow("v1beta1 valid") << "karpenter.sh/v1beta1" << "WhenUnderutilized" << "" << false << "" << "keep";
        QTest::newRow("v1 valid WhenEmpty") << "karpenter.sh/v1" << "WhenEmpty" << "30s" << false << "" << "keep";
        QTest::newRow("v1 valid Balanced") << "karpenter.sh/v1" << "Balanced" << "1m" << false << "" << "keep";
    }
    void consolidationPolicy()
    {
        QFETCH(QString, apiVersion);
        QFETCH(QString, policy);
        QFETCH(QString, consolidateAfter);
        QFETCH(bool, error);
        QFETCH(QString, fixPolicy);
        QFETCH(QString, fixConsolidateAfter);
        DesignData design;
        QVariantMap disruption{{QStringLiteral("consolidationPolicy"), policy}};
        if (!consolidateAfter.isEmpty())
            disruption.insert(QStringLiteral("consolidateAfter"), consolidateAfter);
        const ObjectId id = add(design, ObjectKind::NodePool, 0, QStringLiteral("general-purpose"), nodePool(apiVersion, disruption), 90);
        const QList<Diagnostic> all = Validator::validate(design);
        const QList<Diagnostic> found = ofRule(all, QStringLiteral("karpenter.consolidation-policy"));
        QCOMPARE(found.size(), error ? 1 : 0);
        if (!error) {
            QCOMPARE(all.size(), 0);
            return;
        }
        const Diagnostic &d = found.first();
        QCOMPARE(d.severity, Severity::Error);
        QCOMPARE(d.field, QStringLiteral("spec.disruption.consolidationPolicy"));
        // The message names both versions' values.
        QVERIFY(d.message.contains(QLatin1String("WhenUnderutilized")));
        QVERIFY(d.message.contains(QLatin1String("WhenEmptyOrUnderutilized")));
        if (fixPolicy.isEmpty()) {
            QVERIFY(d.fix.isEmpty());
            return;
        }
        QList<FieldChange> expected{FieldChange{id, QStringLiteral("spec.disruption.consolidationPolicy"), fixPolicy}};
        if (fixConsolidateAfter == QLatin1String("remove"))
            expected.append(FieldChange{id, QStringLiteral("spec.disruption.consolidateAfter"), QVariant()});
        else if (fixConsolidateAfter != QLatin1String("keep"))
            expected.append(FieldChange{id, QStringLiteral("spec.disruption.consolidateAfter"), fixConsolidateAfter});
        QCOMPARE(d.fix, expected);
        if (fixConsolidateAfter == QLatin1String("remove"))
            QVERIFY2(d.fixDescription.contains(QLatin1String("remove consolidateAfter")), qPrintable(d.fixDescription));
        // The fixed manifest passes every Karpenter rule and the schema oracle.
        const DesignData fixed = FixApplier::applyAll(design, all, nullptr);
        QCOMPARE(Validator::validate(fixed).size(), 0);
        bool skipped = false;
        const QString problems = oracleProblems(fixed.object(id)->fields, &skipped);
        if (!skipped)
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void consolidateAfterCel_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("policy"); // "" = absent
        QTest::addColumn<QString>("consolidateAfter");
        QTest::addColumn<bool>("error");
        QTest::addColumn<QVariant>("fixValue"); // invalid = remove; "none" = no fix
        // v1beta1 CEL: consolidateAfter cannot be combined with WhenUnderutilized (except Never);
        // must be specified with WhenEmpty. v1: disruption.required = [consolidateAfter].
        QTest::newRow("v1beta1 WhenUnderutilized + 30s") << "karpenter.sh/v1beta1" << "WhenUnderutilized" << "30s" << true << QVariant();
        QTest::newRow("v1beta1 default policy + 30s") << "karpenter.sh/v1beta1" << "" << "30s" << true << QVariant();
        QTest::newRow("v1beta1 WhenUnderutilized + Never") << "karpenter.sh/v1beta1" << "WhenUnderutilized" << "Never" << false << QVariant();
        QTest::newRow("v1beta1 WhenEmpty without") << "karpenter.sh/v1beta1" << "WhenEmpty" << "" << true << QVariant(QStringLiteral("none"));
        QTest::newRow("v1 without") << "karpenter.sh/v1" << "WhenEmpty" << "" << true << QVariant(QStringLiteral("0s"));
        QTest::newRow("v1 with") << "karpenter.sh/v1" << "WhenEmpty" << "5m" << false << QVariant();
    }
    void consolidateAfterCel()
    {
        QFETCH(QString, apiVersion);
        QFETCH(QString, policy);
        QFETCH(QString, consolidateAfter);
        QFETCH(bool, error);
        QFETCH(QVariant, fixValue);
        DesignData design;
        QVariantMap disruption;
        if (!policy.isEmpty())
            disruption.insert(QStringLiteral("consolidationPolicy"), policy);
        if (!consolidateAfter.isEmpty())
            disruption.insert(QStringLiteral("consolidateAfter"), consolidateAfter);
        const ObjectId id = add(design, ObjectKind::NodePool, 0, QStringLiteral("p"), nodePool(apiVersion, disruption));
        const QList<Diagnostic> found = ofRule(Validator::validate(design), QStringLiteral("karpenter.consolidate-after"));
        QCOMPARE(found.size(), error ? 1 : 0);
        if (!error)
            return;
        QCOMPARE(found.first().field, QStringLiteral("spec.disruption.consolidateAfter"));
        if (fixValue == QVariant(QStringLiteral("none")))
            QVERIFY(found.first().fix.isEmpty());
        else
            QCOMPARE(found.first().fix, (QList<FieldChange>{FieldChange{id, QStringLiteral("spec.disruption.consolidateAfter"), fixValue}}));
    }

    void fieldPlacement_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("setPath");
        QTest::addColumn<QString>("setValue");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("fixPaths"); // value of a removed path: ""
        QTest::addColumn<QStringList>("fixValues");
        // Karpenter "Upgrading to 1.0.0": v1beta1 spec.disruption.expireAfter became
        // spec.template.spec.expireAfter in v1; nodeClassRef.apiVersion became group.
        QTest::newRow("v1beta1 expireAfter in template")
            << "karpenter.sh/v1beta1" << "spec.template.spec.expireAfter" << "720h" << "spec.template.spec.expireAfter"
            << QStringList{"spec.disruption.expireAfter", "spec.template.spec.expireAfter"} << QStringList{"720h", ""};
        QTest::newRow("v1 expireAfter in disruption")
            << "karpenter.sh/v1" << "spec.disruption.expireAfter" << "720h" << "spec.disruption.expireAfter"
            << QStringList{"spec.template.spec.expireAfter", "spec.disruption.expireAfter"} << QStringList{"720h", ""};
        QTest::newRow("v1 nodeClassRef.apiVersion")
            << "karpenter.sh/v1" << "spec.template.spec.nodeClassRef.apiVersion" << "karpenter.k8s.aws/v1"
            << "spec.template.spec.nodeClassRef.apiVersion"
            << QStringList{"spec.template.spec.nodeClassRef.apiVersion"} << QStringList{""};
        QTest::newRow("v1 template resources")
            << "karpenter.sh/v1" << "spec.template.spec.resources.requests.cpu" << "1" << "spec.template.spec.resources"
            << QStringList{"spec.template.spec.resources"} << QStringList{""};
        QTest::newRow("v1beta1 terminationGracePeriod (v1 only), no fix")
            << "karpenter.sh/v1beta1" << "spec.template.spec.terminationGracePeriod" << "48h"
            << "spec.template.spec.terminationGracePeriod" << QStringList{} << QStringList{};
    }
    void fieldPlacement()
    {
        QFETCH(QString, apiVersion);
        QFETCH(QString, setPath);
        QFETCH(QString, setValue);
        QFETCH(QString, field);
        QFETCH(QStringList, fixPaths);
        QFETCH(QStringList, fixValues);
        const bool v1 = apiVersion == QLatin1String("karpenter.sh/v1");
        QVariantMap disruption{{QStringLiteral("consolidationPolicy"), QStringLiteral("WhenEmpty")},
                               {QStringLiteral("consolidateAfter"), QStringLiteral("1m")}};
        QVariantMap manifest = nodePool(apiVersion, disruption);
        FieldPath::setValue(manifest, setPath, setValue);
        DesignData design;
        const ObjectId id = add(design, ObjectKind::NodePool, 0, QStringLiteral("p"), manifest);
        const QList<Diagnostic> all = Validator::validate(design);
        const QList<Diagnostic> found = ofRule(all, QStringLiteral("karpenter.field-placement"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().severity, Severity::Error);
        QCOMPARE(found.first().field, field);
        QList<FieldChange> expected;
        for (int i = 0; i < fixPaths.size(); ++i)
            expected.append(FieldChange{id, fixPaths.at(i), fixValues.at(i).isEmpty() ? QVariant() : QVariant(fixValues.at(i))});
        QCOMPARE(found.first().fix, expected);
        if (expected.isEmpty())
            return;
        const DesignData fixed = FixApplier::applyAll(design, all, nullptr);
        QCOMPARE(Validator::validate(fixed).size(), 0);
        bool skipped = false;
        const QString problems = oracleProblems(fixed.object(id)->fields, &skipped);
        if (!skipped)
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
        Q_UNUSED(v1)
    }

    void v1KubeletMovesToNodeClass()
    {
        DesignData design;
        const ObjectId cluster = add(design, ObjectKind::EksCluster, 0, QStringLiteral("prod"), {});
        QVariantMap pool = nodePool(QStringLiteral("karpenter.sh/v1"), {{QStringLiteral("consolidationPolicy"), QStringLiteral("WhenEmpty")},
                                                                        {QStringLiteral("consolidateAfter"), QStringLiteral("1m")}});
        FieldPath::setValue(pool, QStringLiteral("spec.template.spec.kubelet.maxPods"), 110);
        const ObjectId poolId = add(design, ObjectKind::NodePool, cluster, QStringLiteral("p"), pool);
        const ObjectId classId = add(design, ObjectKind::EC2NodeClass, cluster, QStringLiteral("default"), json(R"J({
            "apiVersion": "karpenter.k8s.aws/v1", "kind": "EC2NodeClass", "metadata": {"name": "default"},
            "spec": {"role": "KarpenterNodeRole-prod", "amiSelectorTerms": [{"alias": "al2023@latest"}],
                     "subnetSelectorTerms": [{"tags": {"karpenter.sh/discovery": "prod"}}],
                     "securityGroupSelectorTerms": [{"tags": {"karpenter.sh/discovery": "prod"}}]}})J"));
        const QList<Diagnostic> found = ofRule(Validator::validate(design), QStringLiteral("karpenter.field-placement"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().field, QStringLiteral("spec.template.spec.kubelet"));
        QCOMPARE(found.first().fix, (QList<FieldChange>{
                                        FieldChange{classId, QStringLiteral("spec.kubelet"), QVariantMap{{QStringLiteral("maxPods"), 110}}},
                                        FieldChange{poolId, QStringLiteral("spec.template.spec.kubelet"), QVariant()}}));
    }

    void seedNodePoolHasOnlyThePolicyError()
    {
        SeedIds ids;
        const DesignData design = seedDesign(&ids);
        const QList<Diagnostic> found = ofObject(Validator::validate(design), ids.nodePool);
        // v1beta1 keeps expireAfter under disruption, so no placement finding; the CEL rule on
        // consolidateAfter waits for a valid policy.
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().rule, QStringLiteral("karpenter.consolidation-policy"));
        QCOMPARE(found.first().objectPath, QStringLiteral("us-east-1/production-vpc/production-eks-us-east-1/general-purpose"));
        QCOMPARE(found.first().source.line, 90);
    }

    void ec2NodeClassRole()
    {
        SeedIds ids;
        const DesignData design = seedDesign(&ids);
        const QList<Diagnostic> all = Validator::validate(design);
        const QList<Diagnostic> found = ofObject(all, ids.nodeClass);
        QCOMPARE(found.size(), 1);
        const Diagnostic &d = found.first();
        QCOMPARE(d.rule, QStringLiteral("karpenter.ec2nodeclass-required"));
        QCOMPARE(d.severity, Severity::Error);
        QCOMPARE(d.field, QStringLiteral("spec.role"));
        // Karpenter "Getting Started": the node role is KarpenterNodeRole-${CLUSTER_NAME}; the
        // cluster is the EksCluster the EC2NodeClass belongs to.
        QCOMPARE(d.fix, (QList<FieldChange>{FieldChange{ids.nodeClass, QStringLiteral("spec.role"),
                                                        QStringLiteral("KarpenterNodeRole-production-eks-us-east-1")}}));
        QVERIFY(d.fixDescription.contains(QLatin1String("Getting Started")));
        const DesignData fixed = FixApplier::applyAll(design, all, nullptr);
        QCOMPARE(ofObject(Validator::validate(fixed), ids.nodeClass).size(), 0);
        bool skipped = false;
        const QString problems = oracleProblems(fixed.object(ids.nodeClass)->fields, &skipped);
        if (!skipped)
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void ec2NodeClassOutsideClusterUsesDiscoveryTag()
    {
        DesignData design;
        const ObjectId id = add(design, ObjectKind::EC2NodeClass, 0, QStringLiteral("default"), json(R"J({
            "apiVersion": "karpenter.k8s.aws/v1beta1", "kind": "EC2NodeClass",
            "spec": {"amiFamily": "AL2", "subnetSelectorTerms": [{"tags": {"karpenter.sh/discovery": "production-eks-cluster"}}],
                     "securityGroupSelectorTerms": [{"tags": {"karpenter.sh/discovery": "production-eks-cluster"}}]}})J"));
        const QList<Diagnostic> found = Validator::validate(design);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fix.first().value, QVariant(QStringLiteral("KarpenterNodeRole-production-eks-cluster")));
        QCOMPARE(found.first().objectId, id);
    }

    void ec2NodeClassRequired_data()
    {
        QTest::addColumn<QString>("manifest");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QStringList>("fixed"); // "1" when that finding has a fix
        QTest::newRow("both role and instanceProfile")
            << R"J({"apiVersion": "karpenter.k8s.aws/v1beta1", "spec": {"amiFamily": "AL2", "role": "r", "instanceProfile": "p",
                   "subnetSelectorTerms": [{"id": "subnet-1"}], "securityGroupSelectorTerms": [{"id": "sg-1"}]}})J"
            << QStringList{"spec.instanceProfile"} << QStringList{"0"};
        QTest::newRow("v1beta1 no amiFamily, no selectors")
            << R"J({"apiVersion": "karpenter.k8s.aws/v1beta1", "spec": {"role": "r"}})J"
            << QStringList{"spec.subnetSelectorTerms", "spec.securityGroupSelectorTerms", "spec.amiFamily"}
            << QStringList{"1", "1", "0"};
        QTest::newRow("v1beta1 Custom without amiSelectorTerms")
            << R"J({"apiVersion": "karpenter.k8s.aws/v1beta1", "spec": {"amiFamily": "Custom", "role": "r",
                   "subnetSelectorTerms": [{"id": "subnet-1"}], "securityGroupSelectorTerms": [{"id": "sg-1"}]}})J"
            << QStringList{"spec.amiSelectorTerms"} << QStringList{"0"};
        QTest::newRow("v1 AL2023 without amiSelectorTerms")
            << R"J({"apiVersion": "karpenter.k8s.aws/v1", "spec": {"amiFamily": "AL2023", "role": "r",
                   "subnetSelectorTerms": [{"id": "subnet-1"}], "securityGroupSelectorTerms": [{"id": "sg-1"}]}})J"
            << QStringList{"spec.amiSelectorTerms"} << QStringList{"1"};
        QTest::newRow("v1 terms without alias and no amiFamily")
            << R"J({"apiVersion": "karpenter.k8s.aws/v1", "spec": {"role": "r", "amiSelectorTerms": [{"id": "ami-123"}],
                   "subnetSelectorTerms": [{"id": "subnet-1"}], "securityGroupSelectorTerms": [{"id": "sg-1"}]}})J"
            << QStringList{"spec.amiFamily"} << QStringList{"0"};
        QTest::newRow("v1 valid alias")
            << R"J({"apiVersion": "karpenter.k8s.aws/v1", "spec": {"role": "r", "amiSelectorTerms": [{"alias": "bottlerocket@latest"}],
                   "subnetSelectorTerms": [{"id": "subnet-1"}], "securityGroupSelectorTerms": [{"id": "sg-1"}]}})J"
            << QStringList{} << QStringList{};
    }
    void ec2NodeClassRequired()
    {
        QFETCH(QString, manifest);
        QFETCH(QStringList, fields);
        QFETCH(QStringList, fixed);
        DesignData design;
        const ObjectId cluster = add(design, ObjectKind::EksCluster, 0, QStringLiteral("prod"), {});
        QVariantMap m = json(manifest.toUtf8().constData());
        m.insert(QStringLiteral("kind"), QStringLiteral("EC2NodeClass"));
        m.insert(QStringLiteral("metadata"), QVariantMap{{QStringLiteral("name"), QStringLiteral("default")}});
        const ObjectId id = add(design, ObjectKind::EC2NodeClass, cluster, QStringLiteral("default"), m);
        const QList<Diagnostic> all = Validator::validate(design);
        const QList<Diagnostic> found = ofRule(all, QStringLiteral("karpenter.ec2nodeclass-required"));
        QStringList actual;
        QStringList actualFixed;
        for (const Diagnostic &d : found) {
            actual.append(d.field);
            actualFixed.append(d.fix.isEmpty() ? QStringLiteral("0") : QStringLiteral("1"));
        }
        QCOMPARE(actual, fields);
        QCOMPARE(actualFixed, fixed);
        if (QTest::currentDataTag() == QByteArray("v1 AL2023 without amiSelectorTerms")) {
            // EC2NodeClass v1 alias format family@version; "latest" is allowed for every family.
            QCOMPARE(found.first().fix.first().value,
                     QVariant(QVariantList{QVariantMap{{QStringLiteral("alias"), QStringLiteral("al2023@latest")}}}));
            const DesignData after = FixApplier::applyAll(design, all, nullptr);
            bool skipped = false;
            const QString problems = oracleProblems(after.object(id)->fields, &skipped);
            if (!skipped)
                QVERIFY2(problems.isEmpty(), qPrintable(problems));
        }
    }
};

QTEST_GUILESS_MAIN(TestKarpenterRules)
#include "tst_karpenterrules.moc"
