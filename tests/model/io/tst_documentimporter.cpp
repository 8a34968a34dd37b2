// Tests of DocumentImporter on the seed design document and on bad input.
// Expected values come from the seed document itself (resources/reference/scalability-design.md,
// a byte copy of ../shared/seed/000_b426f1412c036d11.txt): line numbers are the document's lines.

#include "model/fieldpath.h"
#include "model/io/documentimporter.h"
#include "model/io/referencedesign.h"
#include "model/validation/validator.h"

#include <QFile>
#include <QtTest>

using namespace Scaleplan;

namespace {
QByteArray seedText()
{
    QFile f(QStringLiteral(SCALEPLAN_SOURCE_DIR "/resources/reference/scalability-design.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool hasRule(const QList<Diagnostic> &diagnostics, const QString &rule, Diagnostic *found = nullptr)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.rule == rule) {
            if (found)
                *found = d;
            return true;
        }
    }
    return false;
}
} // namespace

class tst_DocumentImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedSummary();
    void seedBlocks_data();
    void seedBlocks();
    void seedFieldsKeepYamlTypes();
    void seedCopyMatchesShared();
    void badInput_data();
    void badInput();
    void yaml11BooleansStayStrings();
    void aliasBombIsBounded();
    void deepNestingIsRefused();
    void forbiddenCharactersSameOnEveryPath_data();
    void forbiddenCharactersSameOnEveryPath();
    void utf16YamlIsRead();
    void plainYamlFile();
    void referenceDesign();
};

void tst_DocumentImporter::seedSummary()
{
    const ImportResult r = DocumentImporter::importText(seedText(), QStringLiteral("seed.md"));
    QVERIFY(r.ok);
    // The seed has 21 ```yaml fences (grep -c '^```yaml' on the document).
    QCOMPARE(r.blocks, 21);
    // Every block is recognised: nothing to report at import time (the mistakes are validation's).
    for (const Diagnostic &d : r.diagnostics)
        QVERIFY2(d.severity == Severity::Info, qPrintable(d.message));
    QCOMPARE(r.objects, r.design.size());
    // 12 Kubernetes documents in the seed: HPA, VPA, NodePool, EC2NodeClass, DestinationRule,
    // 2 ScaledObjects, Deployment, Job, ConfigMap, PrometheusRule, PodChaos.
    int kubernetes = 0;
    for (ObjectId id : r.design.preorder())
        kubernetes += isKubernetesKind(r.design.object(id)->kind) ? 1 : 0;
    QCOMPARE(kubernetes, 12);
}

void tst_DocumentImporter::seedBlocks_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    // One row per seed block (or per entry of a list block); line = the document line of the
    // object's first key (block fence line + 1 for a whole-block object).
    const QString c = QStringLiteral("us-east-1/production-vpc/production-eks-us-east-1/");
    QTest::newRow("01 HPA") << "HorizontalPodAutoscaler" << "web-app-hpa" << c + "web-app-hpa" << 14;
    QTest::newRow("02 VPA") << "VerticalPodAutoscaler" << "web-app-vpa" << c + "web-app-vpa" << 63;
    QTest::newRow("03 NodePool") << "NodePool" << "general-purpose" << c + "general-purpose" << 90;
    QTest::newRow("03 EC2NodeClass") << "EC2NodeClass" << "default" << c + "default" << 126;
    QTest::newRow("04 Aurora") << "AuroraCluster" << "aurora-cluster-primary" << "us-east-1/production-vpc/aurora-cluster-primary" << 150;
    QTest::newRow("05 DynamoDB") << "DynamoDBTable" << "dynamodb-table" << "us-east-1/dynamodb-table" << 168;
    QTest::newRow("06 ElastiCache") << "ElastiCacheReplicationGroup" << "redis-cluster-primary" << "us-east-1/production-vpc/redis-cluster-primary" << 179;
    QTest::newRow("07 ALB") << "ApplicationLoadBalancer" << "alb-us-east-1" << "us-east-1/production-vpc/alb-us-east-1" << 196;
    QTest::newRow("08 DestinationRule") << "DestinationRule" << "user-service-circuit-breaker" << c + "user-service-circuit-breaker" << 237;
    QTest::newRow("09 ScaledObject") << "ScaledObject" << "queue-processor-scaler" << c + "queue-processor-scaler" << 263;
    QTest::newRow("09 SQS from queueURL") << "SqsQueue" << "processing-queue" << "us-east-1/processing-queue" << 263;
    QTest::newRow("10 Jenkins controller") << "Deployment" << "jenkins-controller" << c + "jenkins-controller" << 290;
    QTest::newRow("10 Jenkins agents") << "ScaledObject" << "jenkins-agents-scaler" << c + "jenkins-agents-scaler" << 317;
    QTest::newRow("11 Lambda") << "LambdaFunction" << "burst-processor" << "us-east-1/burst-processor" << 352;
    QTest::newRow("12 Job") << "Job" << "data-processing-job" << c + "data-processing-job" << 369;
    QTest::newRow("13 CloudFront") << "CloudFrontDistribution" << "cdn" << "cdn" << 400;
    QTest::newRow("14 primary region") << "Region" << "us-east-1" << "us-east-1" << 434;
    QTest::newRow("14 secondary region") << "Region" << "us-west-2" << "us-west-2" << 440;
    QTest::newRow("14 secondary cluster") << "EksCluster" << "production-eks-us-west-2" << "us-west-2/production-eks-us-west-2" << 441;
    QTest::newRow("14 secondary aurora") << "AuroraCluster" << "aurora-cluster-secondary" << "us-west-2/aurora-cluster-secondary" << 442;
    QTest::newRow("14 global database") << "GlobalReplication" << "Database" << "Database" << 447;
    QTest::newRow("14 replica region") << "Region" << "eu-west-1" << "eu-west-1" << 447;
    QTest::newRow("15 health check") << "Route53HealthCheck" << "us-west-2-health" << "us-west-2-health" << 466;
    QTest::newRow("15 record set") << "Route53RecordSet" << "api.company.com/us-east-1" << "api.company.com/us-east-1" << 474;
    QTest::newRow("16 VPC") << "Vpc" << "production-vpc" << "us-east-1/production-vpc" << 494;
    QTest::newRow("16 subnet private-b") << "Subnet" << "private-b" << "us-east-1/production-vpc/us-east-1b/private-b" << 510;
    QTest::newRow("17 EKS cluster") << "EksCluster" << "production-eks-us-east-1" << "us-east-1/production-vpc/production-eks-us-east-1" << 520;
    QTest::newRow("17 vpc-cni add-on") << "EksAddon" << "vpc-cni" << "us-east-1/production-vpc/production-eks-us-east-1/vpc-cni" << 528;
    QTest::newRow("18 Prometheus config") << "ConfigMap" << "prometheus-config" << c + "prometheus-config" << 551;
    QTest::newRow("19 alert rules") << "PrometheusRule" << "scaling-alerts" << c + "scaling-alerts" << 601;
    QTest::newRow("20 scenario") << "LoadScenario" << "spike-test" << "spike-test" << 660;
    QTest::newRow("21 chaos") << "PodChaos" << "pod-failure-test" << c + "pod-failure-test" << 669;
}

void tst_DocumentImporter::seedBlocks()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, path);
    QFETCH(int, line);
    const ImportResult r = DocumentImporter::importText(seedText(), QStringLiteral("seed.md"));
    const ObjectId id = r.design.findByName(*kindFromName(kind), name);
    QVERIFY2(id != 0, qPrintable(kind + QLatin1Char(' ') + name));
    QCOMPARE(r.design.pathOf(id), path);
    QCOMPARE(r.design.object(id)->source.line, line);
    QCOMPARE(r.design.object(id)->source.file, QStringLiteral("seed.md"));
}

void tst_DocumentImporter::seedFieldsKeepYamlTypes()
{
    const ImportResult r = DocumentImporter::importText(seedText(), QStringLiteral("seed.md"));
    const DesignData &d = r.design;
    const DesignObject *hpa = d.object(d.findByName(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa")));
    QVERIFY(hpa);
    // minReplicas: 3 is a plain int; averageValue: "100" is quoted, so a string (YAML 1.2 core schema).
    QCOMPARE(hpa->field(QStringLiteral("spec.minReplicas")).typeId(), int(QMetaType::Int));
    QCOMPARE(hpa->field(QStringLiteral("spec.minReplicas")).toInt(), 3);
    QCOMPARE(hpa->field(QStringLiteral("spec.metrics[2].pods.target.averageValue")).typeId(), int(QMetaType::QString));
    QCOMPARE(hpa->field(QStringLiteral("spec.behavior.scaleDown.policies[0].value")).toInt(), 10);
    // ElastiCache TargetValue: 70.0 is a float.
    const DesignObject *cache = d.object(d.findByName(ObjectKind::ElastiCacheReplicationGroup, QStringLiteral("redis-cluster-primary")));
    QCOMPARE(cache->field(QStringLiteral("AutoScaling.TargetValue")).typeId(), int(QMetaType::Double));
    QCOMPARE(cache->field(QStringLiteral("AutoScaling.TargetValue")).toDouble(), 70.0);
    QCOMPARE(cache->field(QStringLiteral("AutomaticFailoverEnabled")).typeId(), int(QMetaType::Bool));
    // The VPC keeps what the document says (10.0.0.0/8); validation, not import, objects to it.
    const DesignObject *vpc = d.object(d.findByName(ObjectKind::Vpc, QStringLiteral("production-vpc")));
    QCOMPARE(vpc->field(QStringLiteral("CidrBlock")).toString(), QStringLiteral("10.0.0.0/8"));
    QCOMPARE(vpc->field(QStringLiteral("AvailabilityZoneCount")).toInt(), 6);
    const DesignObject *subnet = d.object(d.findByName(ObjectKind::Subnet, QStringLiteral("database-c")));
    QCOMPARE(subnet->field(QStringLiteral("CidrBlock")).toString(), QStringLiteral("10.23.0.0/16"));
    QCOMPARE(subnet->field(QStringLiteral("Tier")).toString(), QStringLiteral("database"));
    // The ConfigMap's prometheus.yml is a literal block: kept as one string with its newlines.
    const DesignObject *cm = d.object(d.findByName(ObjectKind::ConfigMap, QStringLiteral("prometheus-config")));
    const QString promYml = cm->field(QStringLiteral("data[\"prometheus.yml\"]")).toString();
    QVERIFY(promYml.startsWith(QStringLiteral("global:\n  scrape_interval: 15s\n")));
    // The vpc-cni add-on configuration.
    const DesignObject *cni = d.object(d.findByName(ObjectKind::EksAddon, QStringLiteral("vpc-cni")));
    QCOMPARE(cni->field(QStringLiteral("Configuration.WARM_IP_TARGET")).toString(), QStringLiteral("2"));
    QCOMPARE(cni->field(QStringLiteral("AddonVersion")).toString(), QStringLiteral("v1.15.0"));
    // Load scenarios keep the tools list of their block.
    const DesignObject *peak = d.object(d.findByName(ObjectKind::LoadScenario, QStringLiteral("peak-load")));
    QCOMPARE(peak->field(QStringLiteral("VirtualUsers")).toInt(), 1000);
    QCOMPARE(peak->field(QStringLiteral("RampUp")).toString(), QStringLiteral("5m"));
    QCOMPARE(peak->field(QStringLiteral("Tools")).toList().size(), 3);
}

void tst_DocumentImporter::seedCopyMatchesShared()
{
    QFile shared(QStringLiteral(SCALEPLAN_SHARED_DIR "/seed/000_b426f1412c036d11.txt"));
    if (!shared.open(QIODevice::ReadOnly))
        QSKIP("../shared is not present");
    QCOMPARE(shared.readAll(), seedText());
}

void tst_DocumentImporter::badInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty") << QByteArray("  \n\n") << "a.md" << false << "import.unusable" << 0 << 0;
    QTest::newRow("binary NUL on line 2") << QByteArray("# x\nab\0cd", 9) << "a.md" << false << "import.unusable" << 2 << 3;
    QTest::newRow("invalid UTF-8") << QByteArray("# x\n\xff\xfe") << "a.md" << false << "import.unusable" << 2 << 1;
    // Fence on line 3 never closed: the only block is lost, so the document is unusable.
    QTest::newRow("unterminated fence, nothing else") << QByteArray("# T\n\n```yaml\nkind: Job\n") << "a.md" << false
                                        << "import.unterminated-fence" << 3 << 1;
    // A complete block (lines 1-4) and then a fence on line 6 that is never closed.
    QTest::newRow("unterminated fence after a block")
        << QByteArray("```yaml\nLoadTesting:\n  Scenarios: []\n```\n\n```yaml\nkind: Job\n") << "a.md" << true
        << "import.unterminated-fence" << 6 << 1;
    // Line 5 of the file is `kind: [unclosed`; yaml-cpp reports the end of the flow sequence.
    QTest::newRow("invalid YAML") << QByteArray("# T\n\n```yaml\napiVersion: v1\nkind: [unclosed\n```\n") << "a.md" << true
                                  << "import.yaml-syntax" << 6 << 1;
    QTest::newRow("list where a mapping is expected")
        << QByteArray("# T\n\n```yaml\n- a\n- b\n```\n") << "a.md" << true << "import.block-shape" << 4 << 1;
    QTest::newRow("duplicate key") << QByteArray("```yaml\nAuroraCluster:\n  Engine: a\n  Engine: b\n```\n") << "a.md" << true
                                   << "import.yaml-duplicate-key" << 4 << 3;
    QTest::newRow("unknown kind") << QByteArray("```yaml\napiVersion: v1\nkind: Service\nmetadata: {name: s}\n```\n") << "a.md"
                                  << true << "import.unsupported-kind" << 2 << 0;
    QTest::newRow("tab indentation") << QByteArray("```yaml\nLoadTesting:\n\tScenarios: []\n```\n") << "a.md" << true
                                     << "import.yaml-syntax" << 3 << 0;
}

void tst_DocumentImporter::badInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, fileName);
    QFETCH(bool, usable);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(int, column);
    const ImportResult r = DocumentImporter::importText(text, fileName);
    QCOMPARE(r.ok, usable);
    if (!usable)
        QVERIFY(r.fatalError.startsWith(fileName));
    Diagnostic d;
    QVERIFY2(hasRule(r.diagnostics, rule, &d), qPrintable(rule));
    QCOMPARE(d.source.file, fileName);
    QCOMPARE(d.source.line, line);
    if (column > 0)
        QCOMPARE(d.source.column, column);
    QVERIFY(!d.message.isEmpty());
}

void tst_DocumentImporter::yaml11BooleansStayStrings()
{
    // YAML 1.2 core schema (10.3.2): only true/false are booleans; yes/no/on/off are strings, and
    // 0o14 is octal 12, 012 is decimal 12.
    const QByteArray text = "```yaml\nLoadTesting:\n  Scenarios:\n  - Name: a\n    VirtualUsers: 0o14\n    Duration: 012\n"
                            "    RampUp: yes\n    Flag: off\n    Other: True\n```\n";
    const ImportResult r = DocumentImporter::importText(text, QStringLiteral("b.md"));
    const DesignObject *s = r.design.object(r.design.findByName(ObjectKind::LoadScenario, QStringLiteral("a")));
    QVERIFY(s);
    QCOMPARE(s->field(QStringLiteral("VirtualUsers")).toLongLong(), 12);
    QCOMPARE(s->field(QStringLiteral("Duration")).toInt(), 12);
    QCOMPARE(s->field(QStringLiteral("RampUp")).typeId(), int(QMetaType::QString));
    QCOMPARE(s->field(QStringLiteral("RampUp")).toString(), QStringLiteral("yes"));
    QCOMPARE(s->field(QStringLiteral("Flag")).toString(), QStringLiteral("off"));
    QCOMPARE(s->field(QStringLiteral("Other")).typeId(), int(QMetaType::Bool));
}

void tst_DocumentImporter::aliasBombIsBounded()
{
    // "Billion laughs": 9 levels of 10 aliases each expand to 10^9 nodes.
    QByteArray text = "```yaml\nLoadTesting:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i <= 9; ++i) {
        text += "  a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int j = 0; j < 10; ++j)
            text += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
        text += "]\n";
    }
    text += "```\n";
    QElapsedTimer timer;
    timer.start();
    const ImportResult r = DocumentImporter::importText(text, QStringLiteral("bomb.md"));
    QVERIFY(timer.elapsed() < 30000);
    QVERIFY(hasRule(r.diagnostics, QStringLiteral("import.yaml-size")));
}

void tst_DocumentImporter::deepNestingIsRefused()
{
    QByteArray text = "```yaml\nLoadTesting: ";
    text += QByteArray(500, '[') + QByteArray(500, ']') + "\n```\n";
    const ImportResult r = DocumentImporter::importText(text, QStringLiteral("deep.md"));
    QVERIFY(hasRule(r.diagnostics, QStringLiteral("import.yaml-depth"))
            || hasRule(r.diagnostics, QStringLiteral("import.yaml-syntax")));
}

void tst_DocumentImporter::forbiddenCharactersSameOnEveryPath_data()
{
    // YAML 1.2.2 sections 5.1 (only printable characters) and 5.2 (UTF-8): refused whether the text
    // is a Markdown document, a plain YAML file or bare YAML in a Markdown-named file. Line and
    // column are counted by hand in the file as a whole.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("says");
    const QByteArray nulYaml("kind: Job\nname: x\0b\n", 20); // line 2: n a m e : space x NUL -> column 8
    QTest::newRow("NUL, plain YAML") << nulYaml << "j.yaml" << 2 << 8 << "NUL";
    QTest::newRow("NUL, bare YAML in .md") << nulYaml << "j.md" << 2 << 8 << "NUL";
    QTest::newRow("NUL, in a yaml block") << QByteArray("# T\n```yaml\n" + nulYaml + "```\n") << "j.md" << 4 << 8 << "NUL";
    QTest::newRow("form feed in Markdown prose") << QByteArray("# T\nsee\f\n```yaml\nkind: Job\n```\n") << "j.md" << 2 << 4
                                                 << "form feed";
    QTest::newRow("Latin-1, plain YAML") << QByteArray("kind: Job\nname: caf\xe9\n") << "j.yaml" << 2 << 10 << "0xE9";
    QTest::newRow("Latin-1, in a yaml block") << QByteArray("# T\n```yaml\nname: caf\xe9\n```\n") << "j.md" << 3 << 10
                                              << "0xE9";
}

void tst_DocumentImporter::forbiddenCharactersSameOnEveryPath()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, fileName);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, says);
    const ImportResult r = DocumentImporter::importText(text, fileName);
    QVERIFY(!r.ok);
    QCOMPARE(r.diagnostics.size(), 1);
    const Diagnostic &d = r.diagnostics.first();
    QCOMPARE(d.rule, QStringLiteral("import.unusable"));
    QCOMPARE(d.source.line, line);
    QCOMPARE(d.source.column, column);
    QVERIFY2(d.message.contains(says), qPrintable(d.message));
    QVERIFY(r.fatalError.startsWith(QStringLiteral("%1:%2:%3: ").arg(fileName).arg(line).arg(column)));
}

void tst_DocumentImporter::utf16YamlIsRead()
{
    // YAML 1.2.2 section 5.2: UTF-16 with a byte order mark is a YAML encoding.
    const QByteArray yaml = "LoadTesting:\n  Scenarios:\n  - Name: a\n    VirtualUsers: 5\n";
    QByteArray utf16("\xfe\xff", 2);
    for (const char c : yaml)
        utf16 += QByteArray(1, '\0') + QByteArray(1, c); // UTF-16BE
    const ImportResult r = DocumentImporter::importText(utf16, QStringLiteral("u.yaml"));
    QVERIFY2(r.ok, qPrintable(r.fatalError));
    const DesignObject *s = r.design.object(r.design.findByName(ObjectKind::LoadScenario, QStringLiteral("a")));
    QVERIFY(s);
    QCOMPARE(s->field(QStringLiteral("VirtualUsers")).toInt(), 5);
}

void tst_DocumentImporter::plainYamlFile()
{
    QFile f(QStringLiteral(SCALEPLAN_SHARED_DIR "/reference-inputs/03-cluster-autoscaler-with-karpenter.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("../shared is not present");
    const ImportResult r = DocumentImporter::importText(f.readAll(), QStringLiteral("karpenter.yaml"));
    QVERIFY(r.ok);
    QCOMPARE(r.blocks, 1);
    // Two documents separated by --- : the NodePool and the EC2NodeClass, at top level (no cluster).
    QCOMPARE(r.design.size(), 2);
    QVERIFY(r.design.findByName(ObjectKind::NodePool, QStringLiteral("general-purpose")));
    QVERIFY(r.design.findByName(ObjectKind::EC2NodeClass, QStringLiteral("default")));
}

void tst_DocumentImporter::referenceDesign()
{
    const DesignData d = ReferenceDesign::load();
    // Three regions, each with a VPC: us-east-1 primary, us-west-2 secondary, eu-west-1 replica.
    for (const QString &region : {QStringLiteral("us-east-1"), QStringLiteral("us-west-2"), QStringLiteral("eu-west-1")}) {
        const ObjectId r = d.findByName(ObjectKind::Region, region);
        QVERIFY2(r, qPrintable(region));
        bool hasVpc = false;
        for (ObjectId c : d.children(r))
            hasVpc = hasVpc || d.object(c)->kind == ObjectKind::Vpc;
        QVERIFY2(hasVpc, qPrintable(region));
    }
    // The /8 became a /16 (AWS maximum), and the subnets were re-planned inside it.
    const ObjectId vpc = d.children(d.findByName(ObjectKind::Region, QStringLiteral("us-east-1"))).first();
    QCOMPARE(d.object(vpc)->field(QStringLiteral("CidrBlock")).toString(), QStringLiteral("10.0.0.0/16"));
    // The HPA's target exists now, and every correction is reported.
    QVERIFY(d.findByName(ObjectKind::Deployment, QStringLiteral("web-app")));
    QVERIFY(hasRule(d.importDiagnostics, QStringLiteral("fix.aws.vpc.cidr-size")));
    QVERIFY(hasRule(d.importDiagnostics, QStringLiteral("fix.karpenter.consolidation-policy")));
    QVERIFY(hasRule(d.importDiagnostics, QStringLiteral("completion.workload")));
    // No validation error remains.
    for (const Diagnostic &diag : Validator::validate(d))
        QVERIFY2(diag.severity != Severity::Error, qPrintable(diag.rule + QStringLiteral(": ") + diag.message));
}

QTEST_GUILESS_MAIN(tst_DocumentImporter)
#include "tst_documentimporter.moc"
