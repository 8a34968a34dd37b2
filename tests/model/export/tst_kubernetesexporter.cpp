#include "model/export/designexporter.h"
#include "model/export/kubernetesexporter.h"

#include "oracle.h"
#include "seeddesign.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Scaleplan;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

/// The `kind:` of every document, from the lines starting in column 0.
QStringList topLevelKinds(const QString &yaml)
{
    QStringList kinds;
    static const QRegularExpression kindLine(QStringLiteral("^kind: (\\S+)$"), QRegularExpression::MultilineOption);
    auto it = kindLine.globalMatch(yaml);
    while (it.hasNext())
        kinds.append(it.next().captured(1));
    return kinds;
}

const Diagnostic *findRule(const QList<Diagnostic> &diagnostics, const QString &rule)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.rule == rule)
            return &d;
    }
    return nullptr;
}

} // namespace

/**
 * KubernetesExporter / DesignExporter on the seed's Kubernetes blocks (tests/model/export/seeddesign.h).
 * Validity is judged by the shared oracle (shared/tools/validate_manifests.py --strict-unknown),
 * values by hand from the seed blocks (reference-inputs 01..21).
 */
class TestKubernetesExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedDesignPassesOracle();
    void documentOrderAndFiles();
    void hpaValuesWrittenAsInSeed();
    void podChaosSchedulerBecomesSchedule();
    void podChaosWithoutScheduleStaysPodChaos();
    void namespaceOnlyWhenPresent();
    void objectWithErrorIsLeftOut();
    void unassignedObjects();
    void duplicateClusterNames();
};

void TestKubernetesExporter::seedDesignPassesOracle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (qEnvironmentVariableIsSet("SCALEPLAN_KEEP_EXPORT")) { // debugging aid: keep the files
        dir.setAutoRemove(false);
        qInfo("export kept in %s", qPrintable(dir.path()));
    }
    const ExportReport report = DesignExporter::exportDesign(SeedDesign::build(), {}, dir.path());
    for (const Diagnostic &d : report.diagnostics)
        QVERIFY2(d.severity != Severity::Error, qPrintable(d.rule + QLatin1String(": ") + d.message));

    const QString k8sDir = QDir(dir.path()).filePath(QStringLiteral("k8s"));
    const Oracle::Result oracle = Oracle::run(k8sDir);
    if (!oracle.available)
        QSKIP(qPrintable(oracle.whyUnavailable));
    QVERIFY2(oracle.exitCode == 0, qPrintable(oracle.output + oracle.errors));
    // 13 objects in the cluster file + 13 again split into the per-kind files.
    QCOMPARE(oracle.summary, QStringLiteral("26 documents, 26 valid, 0 invalid, 0 unknown-kind"));
}

void TestKubernetesExporter::documentOrderAndFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ExportReport report = DesignExporter::exportDesign(SeedDesign::build(), {}, dir.path());
    const QString clusterFile = QDir(dir.path()).filePath(QStringLiteral("k8s/production-eks-us-east-1.yaml"));
    QVERIFY(report.filesWritten.contains(clusterFile));
    // Order from the brief: node classes, node pools, config maps, deployments, jobs, HPAs, VPAs,
    // ScaledObjects, DestinationRules, PrometheusRules, chaos; within a kind, design order
    // (jenkins-controller was added before web-app, queue-processor-scaler before jenkins-agents-scaler).
    const QString text = readText(clusterFile);
    QCOMPARE(topLevelKinds(text),
             QStringList({"EC2NodeClass", "NodePool", "ConfigMap", "Deployment", "Deployment", "Job",
                          "HorizontalPodAutoscaler", "VerticalPodAutoscaler", "ScaledObject", "ScaledObject",
                          "DestinationRule", "PrometheusRule", "Schedule"}));
    QVERIFY(text.indexOf(QLatin1String("name: jenkins-controller")) < text.indexOf(QLatin1String("name: web-app\n")));
    QCOMPARE(text.count(QRegularExpression(QStringLiteral("^---$"), QRegularExpression::MultilineOption)), 12);

    // Per-kind files, named by the written kind in lower case.
    const QString kindDir = QDir(dir.path()).filePath(QStringLiteral("k8s/production-eks-us-east-1"));
    const QStringList expectedFiles = {"ec2nodeclass.yaml", "nodepool.yaml", "configmap.yaml", "deployment.yaml", "job.yaml",
                                       "horizontalpodautoscaler.yaml", "verticalpodautoscaler.yaml", "scaledobject.yaml",
                                       "destinationrule.yaml", "prometheusrule.yaml", "schedule.yaml"};
    for (const QString &name : expectedFiles)
        QVERIFY2(report.filesWritten.contains(QDir(kindDir).filePath(name)), qPrintable(name));
    // The cluster file, the 11 per-kind files and the region's CloudFormation template.
    QCOMPARE(report.filesWritten.size(), 1 + expectedFiles.size() + 1);
    QCOMPARE(topLevelKinds(readText(QDir(kindDir).filePath(QStringLiteral("scaledobject.yaml")))),
             QStringList({"ScaledObject", "ScaledObject"}));
    QCOMPARE(report.documentsWritten, 13 + 1); // 13 manifests + the CloudFormation template
    // The seed design also holds a VPC, so the same call wrote its network template.
    QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("cfn/us-east-1-network.yaml"))));
}

void TestKubernetesExporter::hpaValuesWrittenAsInSeed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DesignExporter::exportDesign(SeedDesign::build(), {}, dir.path());
    const QString hpa = readText(QDir(dir.path()).filePath(QStringLiteral("k8s/production-eks-us-east-1/horizontalpodautoscaler.yaml")));
    // Seed block 01: scaleDown 10 % per 60 s after a 300 s window; keys sorted below metadata;
    // averageValue "100" stays a string (quoted), minReplicas 3 an integer.
    QVERIFY2(hpa.contains(QLatin1String("  behavior:\n"
                                        "    scaleDown:\n"
                                        "      policies:\n"
                                        "      - periodSeconds: 60\n"
                                        "        type: Percent\n"
                                        "        value: 10\n"
                                        "      stabilizationWindowSeconds: 300\n")),
             qPrintable(hpa));
    QVERIFY(hpa.startsWith(QLatin1String("apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web-app-hpa\nspec:\n")));
    QVERIFY(hpa.contains(QLatin1String("        averageValue: \"100\"\n")));
    QVERIFY(hpa.contains(QLatin1String("  minReplicas: 3\n")));
    QVERIFY(hpa.contains(QLatin1String("        averageUtilization: 70\n")));

    // The EC2NodeClass user data is a literal block, VPA maxAllowed cpu an integer, the
    // ConfigMap's embedded prometheus.yml a literal block.
    const QString nodeClass = readText(QDir(dir.path()).filePath(QStringLiteral("k8s/production-eks-us-east-1/ec2nodeclass.yaml")));
    QVERIFY2(nodeClass.contains(QLatin1String("  userData: |\n    #!/bin/bash\n    /etc/eks/bootstrap.sh production-eks-cluster\n")),
             qPrintable(nodeClass));
    const QString vpa = readText(QDir(dir.path()).filePath(QStringLiteral("k8s/production-eks-us-east-1/verticalpodautoscaler.yaml")));
    QVERIFY(vpa.contains(QLatin1String("      maxAllowed:\n        cpu: 2\n        memory: 4Gi\n")));
    const QString configMap = readText(QDir(dir.path()).filePath(QStringLiteral("k8s/production-eks-us-east-1/configmap.yaml")));
    QVERIFY(configMap.contains(QLatin1String("  prometheus.yml: |\n    global:\n      scrape_interval: 15s\n")));
}

void TestKubernetesExporter::podChaosSchedulerBecomesSchedule()
{
    const DesignData design = SeedDesign::build();
    const ObjectId chaosId = design.findByName(ObjectKind::PodChaos, QStringLiteral("pod-failure-test"));
    QList<Diagnostic> diagnostics;
    const QVariantMap doc = KubernetesExporter::manifest(design, *design.object(chaosId), &diagnostics);
    // Chaos Mesh "Define scheduling rules": Schedule.spec.{schedule,type,concurrencyPolicy,historyLimit,podChaos}.
    QCOMPARE(doc.value("apiVersion").toString(), QStringLiteral("chaos-mesh.org/v1alpha1"));
    QCOMPARE(doc.value("kind").toString(), QStringLiteral("Schedule"));
    QCOMPARE(doc.value("metadata").toMap().value("name").toString(), QStringLiteral("pod-failure-test"));
    const QVariantMap spec = doc.value("spec").toMap();
    QCOMPARE(spec.value("schedule").toString(), QStringLiteral("@every 1h"));
    QCOMPARE(spec.value("type").toString(), QStringLiteral("PodChaos"));
    QCOMPARE(spec.value("concurrencyPolicy").toString(), QStringLiteral("Forbid"));
    QCOMPARE(spec.value("historyLimit").toInt(), 1);
    const QVariantMap podChaos = spec.value("podChaos").toMap();
    QVERIFY(!podChaos.contains("scheduler"));
    QCOMPARE(podChaos.value("action").toString(), QStringLiteral("pod-failure"));
    QCOMPARE(podChaos.value("value").toString(), QStringLiteral("20"));
    QCOMPARE(podChaos.value("duration").toString(), QStringLiteral("30s"));
    QCOMPARE(podChaos.value("selector").toMap().value("labelSelectors").toMap().value("app").toString(), QStringLiteral("web-app"));

    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().severity, Severity::Info);
    QCOMPARE(diagnostics.first().rule, QStringLiteral("export.k8s.podchaos-schedule"));
    QCOMPARE(diagnostics.first().objectId, chaosId);
    QVERIFY(diagnostics.first().message.contains(QLatin1String("Schedule")));

    // The whole export reports the conversion too, and the object's own fields are untouched.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ExportReport report = DesignExporter::exportDesign(design, {}, dir.path());
    QVERIFY(findRule(report.diagnostics, QStringLiteral("export.k8s.podchaos-schedule")));
    QVERIFY(design.object(chaosId)->field(QStringLiteral("spec.scheduler.cron")).isValid());
    const QString schedule = readText(QDir(dir.path()).filePath(QStringLiteral("k8s/production-eks-us-east-1/schedule.yaml")));
    QVERIFY2(schedule.contains(QLatin1String("  schedule: \"@every 1h\"\n")), qPrintable(schedule));
}

void TestKubernetesExporter::podChaosWithoutScheduleStaysPodChaos()
{
    DesignData design;
    QVariantMap fields = SeedDesign::fromJson(SeedDesign::podChaosJson);
    QVariantMap spec = fields.value("spec").toMap();
    spec.remove("scheduler");
    fields.insert("spec", spec);
    const ObjectId id = SeedDesign::add(design, ObjectKind::PodChaos, 0, QStringLiteral("pod-failure-test"), fields);
    QList<Diagnostic> diagnostics;
    const QVariantMap doc = KubernetesExporter::manifest(design, *design.object(id), &diagnostics);
    QCOMPARE(doc, fields);
    QVERIFY(diagnostics.isEmpty());

    // A scheduler without cron is dropped with a warning (the PodChaos CRD has no such field).
    spec.insert("scheduler", QVariantMap{{"other", 1}});
    fields.insert("spec", spec);
    QVERIFY(design.setField(id, QStringLiteral("spec.scheduler"), QVariantMap{{"other", 1}}));
    const QVariantMap dropped = KubernetesExporter::manifest(design, *design.object(id), &diagnostics);
    QCOMPARE(dropped.value("kind").toString(), QStringLiteral("PodChaos"));
    QVERIFY(!dropped.value("spec").toMap().contains("scheduler"));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().severity, Severity::Warning);
    QCOMPARE(diagnostics.first().rule, QStringLiteral("export.k8s.podchaos-scheduler"));
}

void TestKubernetesExporter::namespaceOnlyWhenPresent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DesignExporter::exportDesign(SeedDesign::build(), {}, dir.path());
    const QString deployments = readText(QDir(dir.path()).filePath(QStringLiteral("k8s/production-eks-us-east-1/deployment.yaml")));
    // web-app has namespace production (seeddesign.h); jenkins-controller has none.
    QCOMPARE(deployments.count(QLatin1String("namespace:")), 1);
    QVERIFY(deployments.contains(QLatin1String("metadata:\n  labels:\n    app: web-app\n  name: web-app\n  namespace: production\n")));
    QVERIFY(deployments.contains(QLatin1String("metadata:\n  name: jenkins-controller\nspec:\n")));
}

void TestKubernetesExporter::objectWithErrorIsLeftOut()
{
    SeedDesign::Ids ids;
    DesignData design = SeedDesign::build(&ids);
    // An HPA the API server rejects (minReplicas > maxReplicas), flagged by validation.
    QVariantMap broken = SeedDesign::fromJson(SeedDesign::hpaJson);
    broken.insert("metadata", QVariantMap{{"name", "broken-hpa"}});
    QVariantMap spec = broken.value("spec").toMap();
    spec.insert("minReplicas", 10);
    spec.insert("maxReplicas", 2);
    broken.insert("spec", spec);
    const ObjectId brokenId = SeedDesign::add(design, ObjectKind::HorizontalPodAutoscaler, ids.cluster,
                                              QStringLiteral("broken-hpa"), broken);
    Diagnostic error;
    error.severity = Severity::Error;
    error.rule = QStringLiteral("k8s.hpa.min-max");
    error.objectId = brokenId;
    error.field = QStringLiteral("spec.maxReplicas");
    error.message = QStringLiteral("maxReplicas (2) is below minReplicas (10).");
    Diagnostic warningOnly = error;
    warningOnly.severity = Severity::Warning;
    warningOnly.objectId = ids.hpa;
    warningOnly.rule = QStringLiteral("k8s.hpa.something");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ExportReport report = DesignExporter::exportDesign(design, {warningOnly, error}, dir.path());
    const QString text = readText(QDir(dir.path()).filePath(QStringLiteral("k8s/production-eks-us-east-1.yaml")));
    QVERIFY(!text.contains(QLatin1String("broken-hpa")));
    QVERIFY(text.contains(QLatin1String("name: web-app-hpa"))); // a Warning does not leave out
    QCOMPARE(topLevelKinds(text).count(QStringLiteral("HorizontalPodAutoscaler")), 1);

    const Diagnostic *leftOut = findRule(report.diagnostics, QStringLiteral("export.left-out"));
    QVERIFY(leftOut);
    QCOMPARE(leftOut->severity, Severity::Error);
    QCOMPARE(leftOut->objectId, brokenId);
    QCOMPARE(leftOut->field, QStringLiteral("spec.maxReplicas"));
    QVERIFY2(leftOut->message.contains(QLatin1String("k8s.hpa.min-max")), qPrintable(leftOut->message));
    QCOMPARE(leftOut->objectPath, design.pathOf(brokenId));
    QCOMPARE(countDiagnostics(report.diagnostics).errors, 1);

    const Oracle::Result oracle = Oracle::run(QDir(dir.path()).filePath(QStringLiteral("k8s")));
    if (!oracle.available)
        QSKIP(qPrintable(oracle.whyUnavailable));
    QVERIFY2(oracle.exitCode == 0, qPrintable(oracle.output + oracle.errors));
}

void TestKubernetesExporter::unassignedObjects()
{
    DesignData design;
    SeedDesign::add(design, ObjectKind::ConfigMap, 0, QStringLiteral("prometheus-config"), SeedDesign::fromJson(SeedDesign::configMapJson));
    SeedDesign::add(design, ObjectKind::HorizontalPodAutoscaler, 0, QStringLiteral("web-app-hpa"), SeedDesign::fromJson(SeedDesign::hpaJson));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ExportReport report = DesignExporter::exportDesign(design, {}, dir.path());
    const QString unassigned = QDir(dir.path()).filePath(QStringLiteral("k8s/unassigned.yaml"));
    QCOMPARE(report.filesWritten, QStringList{unassigned});
    QCOMPARE(topLevelKinds(readText(unassigned)), QStringList({"ConfigMap", "HorizontalPodAutoscaler"}));
    QCOMPARE(report.documentsWritten, 2);

    const Oracle::Result oracle = Oracle::run(QDir(dir.path()).filePath(QStringLiteral("k8s")));
    if (!oracle.available)
        QSKIP(qPrintable(oracle.whyUnavailable));
    QVERIFY2(oracle.exitCode == 0, qPrintable(oracle.output + oracle.errors));
    QCOMPARE(oracle.summary, QStringLiteral("2 documents, 2 valid, 0 invalid, 0 unknown-kind"));
}

void TestKubernetesExporter::duplicateClusterNames()
{
    DesignData design;
    const ObjectId first = SeedDesign::add(design, ObjectKind::EksCluster, 0, QStringLiteral("eks main"), {});
    const ObjectId second = SeedDesign::add(design, ObjectKind::EksCluster, 0, QStringLiteral("eks/main"), {});
    SeedDesign::add(design, ObjectKind::EksCluster, 0, QStringLiteral("empty"), {});
    SeedDesign::add(design, ObjectKind::ConfigMap, first, QStringLiteral("prometheus-config"), SeedDesign::fromJson(SeedDesign::configMapJson));
    SeedDesign::add(design, ObjectKind::Job, second, QStringLiteral("data-processing-job"), SeedDesign::fromJson(SeedDesign::jobJson));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ExportReport report = DesignExporter::exportDesign(design, {}, dir.path());
    const QDir k8s(QDir(dir.path()).filePath(QStringLiteral("k8s")));
    // "eks main" and "eks/main" both reduce to "eks-main"; the second gets "-2"; no file for "empty".
    QCOMPARE(report.filesWritten, QStringList({k8s.filePath("eks-main.yaml"), k8s.filePath("eks-main/configmap.yaml"),
                                               k8s.filePath("eks-main-2.yaml"), k8s.filePath("eks-main-2/job.yaml")}));
}

QTEST_GUILESS_MAIN(TestKubernetesExporter)
#include "tst_kubernetesexporter.moc"
