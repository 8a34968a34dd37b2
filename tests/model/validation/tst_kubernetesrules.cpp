// Tests of the Kubernetes manifest rules (model/validation/kubernetesrules.cpp) through
// Validator::validate. Expected values come from the Kubernetes autoscaling/v2 and apps/v1 API
// references, the VPA README, the Istio DestinationRule schema (shared/schemas/crds/
// networking.istio.io), Chaos Mesh and KEDA docs, and the seed document.

#include "model/validation/validator.h"

#include "model/fieldpath.h"

#include "seeddesign.h"

#include <QTest>

using namespace Scaleplan;
using namespace Scaleplan::TestSupport;

namespace {

struct Cluster {
    DesignData design;
    ObjectId cluster = 0;
};

Cluster cluster()
{
    Cluster c;
    c.cluster = add(c.design, ObjectKind::EksCluster, 0, QStringLiteral("eks"), {});
    return c;
}

QVariantMap hpaManifest(const QVariant &minReplicas, const QVariant &maxReplicas, const QVariantList &metrics = {})
{
    QVariantMap spec{{QStringLiteral("scaleTargetRef"),
                      QVariantMap{{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                                  {QStringLiteral("kind"), QStringLiteral("Deployment")},
                                  {QStringLiteral("name"), QStringLiteral("web-app")}}}};
    if (minReplicas.isValid())
        spec.insert(QStringLiteral("minReplicas"), minReplicas);
    if (maxReplicas.isValid())
        spec.insert(QStringLiteral("maxReplicas"), maxReplicas);
    if (!metrics.isEmpty())
        spec.insert(QStringLiteral("metrics"), metrics);
    return {{QStringLiteral("apiVersion"), QStringLiteral("autoscaling/v2")},
            {QStringLiteral("kind"), QStringLiteral("HorizontalPodAutoscaler")},
            {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("name"), QStringLiteral("web-app-hpa")}}},
            {QStringLiteral("spec"), spec}};
}

ObjectId addDeployment(DesignData &design, ObjectId parent, const QString &name)
{
    return add(design, ObjectKind::Deployment, parent, name,
               json(QStringLiteral(R"J({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "%1"},
                        "spec": {"selector": {"matchLabels": {"app": "%1"}},
                                 "template": {"metadata": {"labels": {"app": "%1"}}, "spec": {"containers": []}}}})J")
                        .arg(name)
                        .toUtf8()
                        .constData()));
}

} // namespace

class TestKubernetesRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hpaMinMax_data()
    {
        QTest::addColumn<QVariant>("minReplicas");
        QTest::addColumn<QVariant>("maxReplicas");
        QTest::addColumn<QString>("field"); // "" = valid
        QTest::addColumn<bool>("fixToOne");
        // autoscaling/v2 HorizontalPodAutoscalerSpec: minReplicas defaults to 1, >= 1;
        // maxReplicas required and not less than minReplicas.
        QTest::newRow("seed 3..50") << QVariant(3) << QVariant(50) << "" << false;
        QTest::newRow("min absent (=1), max 2") << QVariant() << QVariant(2) << "" << false;
        QTest::newRow("equal 4..4") << QVariant(4) << QVariant(4) << "" << false;
        QTest::newRow("min 5 > max 3") << QVariant(5) << QVariant(3) << "spec.minReplicas" << false;
        QTest::newRow("min 0") << QVariant(0) << QVariant(10) << "spec.minReplicas" << true;
        QTest::newRow("min -2") << QVariant(-2) << QVariant(10) << "spec.minReplicas" << true;
        QTest::newRow("max absent") << QVariant(2) << QVariant() << "spec.maxReplicas" << false;
        QTest::newRow("max 0") << QVariant(1) << QVariant(0) << "spec.maxReplicas" << false;
    }
    void hpaMinMax()
    {
        QFETCH(QVariant, minReplicas);
        QFETCH(QVariant, maxReplicas);
        QFETCH(QString, field);
        QFETCH(bool, fixToOne);
        Cluster c = cluster();
        addDeployment(c.design, c.cluster, QStringLiteral("web-app"));
        const ObjectId hpa = add(c.design, ObjectKind::HorizontalPodAutoscaler, c.cluster, QStringLiteral("web-app-hpa"),
                                 hpaManifest(minReplicas, maxReplicas));
        const QList<Diagnostic> found = ofRule(Validator::validate(c.design), QStringLiteral("k8s.hpa.min-max"));
        QCOMPARE(found.size(), field.isEmpty() ? 0 : 1);
        if (field.isEmpty())
            return;
        QCOMPARE(found.first().severity, Severity::Error);
        QCOMPARE(found.first().field, field);
        QCOMPARE(found.first().objectId, hpa);
        if (fixToOne)
            QCOMPARE(found.first().fix, (QList<FieldChange>{FieldChange{hpa, QStringLiteral("spec.minReplicas"), 1}}));
        else
            QVERIFY(found.first().fix.isEmpty());
    }

    void hpaMetricTarget_data()
    {
        QTest::addColumn<QString>("metric"); // JSON of one MetricSpec
        QTest::addColumn<QString>("field");  // "" = valid
        // autoscaling/v2 MetricTarget: Utilization -> averageUtilization, AverageValue ->
        // averageValue, Value -> value; Utilization only for Resource / ContainerResource.
        QTest::newRow("cpu utilization ok")
            << R"J({"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}})J" << "";
        QTest::newRow("pods averageValue ok")
            << R"J({"type": "Pods", "pods": {"metric": {"name": "rps"}, "target": {"type": "AverageValue", "averageValue": "100"}}})J" << "";
        QTest::newRow("utilization without averageUtilization")
            << R"J({"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageValue": "500m"}}})J"
            << "spec.metrics[0].resource.target.averageUtilization";
        QTest::newRow("AverageValue without averageValue")
            << R"J({"type": "Pods", "pods": {"metric": {"name": "rps"}, "target": {"type": "AverageValue"}}})J"
            << "spec.metrics[0].pods.target.averageValue";
        QTest::newRow("Value without value")
            << R"J({"type": "External", "external": {"metric": {"name": "queue"}, "target": {"type": "Value", "averageValue": "30"}}})J"
            << "spec.metrics[0].external.target.value";
        QTest::newRow("Utilization on Pods")
            << R"J({"type": "Pods", "pods": {"metric": {"name": "rps"}, "target": {"type": "Utilization", "averageUtilization": 50}}})J"
            << "spec.metrics[0].pods.target.type";
        QTest::newRow("source block missing") << R"J({"type": "Resource"})J" << "spec.metrics[0].resource";
        QTest::newRow("unknown type") << R"J({"type": "Custom"})J" << "spec.metrics[0].type";
    }
    void hpaMetricTarget()
    {
        QFETCH(QString, metric);
        QFETCH(QString, field);
        Cluster c = cluster();
        addDeployment(c.design, c.cluster, QStringLiteral("web-app"));
        add(c.design, ObjectKind::HorizontalPodAutoscaler, c.cluster, QStringLiteral("web-app-hpa"),
            hpaManifest(1, 5, {json(metric.toUtf8().constData())}));
        const QList<Diagnostic> all = Validator::validate(c.design);
        const QList<Diagnostic> found = ofRule(all, QStringLiteral("k8s.hpa.metric-target"));
        QCOMPARE(found.size(), field.isEmpty() ? 0 : 1);
        if (!field.isEmpty()) {
            QCOMPARE(found.first().field, field);
            QCOMPARE(found.first().severity, Severity::Error);
        }
    }

    void targetMissing_data()
    {
        QTest::addColumn<int>("kind"); // ObjectKind
        QTest::addColumn<QString>("manifest");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("field");
        QTest::newRow("hpa")
            << int(ObjectKind::HorizontalPodAutoscaler)
            << R"J({"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "h"},
                   "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web-app"}, "maxReplicas": 3}})J"
            << "k8s.hpa.target-missing" << "spec.scaleTargetRef.name";
        // KEDA ScaledObject: scaleTargetRef.kind defaults to Deployment.
        QTest::newRow("scaledobject, kind omitted")
            << int(ObjectKind::ScaledObject)
            << R"J({"apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject", "metadata": {"name": "s"},
                   "spec": {"scaleTargetRef": {"name": "web-app"}, "triggers": []}})J"
            << "k8s.keda.target-missing" << "spec.scaleTargetRef.name";
        QTest::newRow("vpa")
            << int(ObjectKind::VerticalPodAutoscaler)
            << R"J({"apiVersion": "autoscaling.k8s.io/v1", "kind": "VerticalPodAutoscaler", "metadata": {"name": "v"},
                   "spec": {"targetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web-app"},
                            "updatePolicy": {"updateMode": "Off"}}})J"
            << "k8s.vpa.target-missing" << "spec.targetRef.name";
    }
    void targetMissing()
    {
        QFETCH(int, kind);
        QFETCH(QString, manifest);
        QFETCH(QString, rule);
        QFETCH(QString, field);
        Cluster c = cluster();
        const ObjectId other = add(c.design, ObjectKind::EksCluster, 0, QStringLiteral("other-eks"), {});
        const ObjectId object = add(c.design, ObjectKind(kind), c.cluster, QStringLiteral("scaler"),
                                    json(manifest.toUtf8().constData()), 42);
        // Missing entirely: a warning on the reference's name.
        QList<Diagnostic> found = ofRule(Validator::validate(c.design), rule);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().severity, Severity::Warning);
        QCOMPARE(found.first().field, field);
        QCOMPARE(found.first().objectId, object);
        QCOMPARE(found.first().source.line, 42);
        QVERIFY(found.first().message.contains(QLatin1String("\"web-app\"")));
        // A Deployment of that name in another cluster does not count.
        addDeployment(c.design, other, QStringLiteral("web-app"));
        QCOMPARE(ofRule(Validator::validate(c.design), rule).size(), 1);
        // In the same cluster it does.
        addDeployment(c.design, c.cluster, QStringLiteral("web-app"));
        QCOMPARE(ofRule(Validator::validate(c.design), rule).size(), 0);
    }

    void targetOfOtherKindIsNotChecked()
    {
        Cluster c = cluster();
        add(c.design, ObjectKind::HorizontalPodAutoscaler, c.cluster, QStringLiteral("h"), json(R"J({
            "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
            "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "StatefulSet", "name": "db"}, "maxReplicas": 3}})J"));
        QCOMPARE(ofRule(Validator::validate(c.design), QStringLiteral("k8s.hpa.target-missing")).size(), 0);
    }

    void vpaHpaConflict_data()
    {
        QTest::addColumn<QVariant>("updateMode"); // invalid = absent
        QTest::addColumn<QString>("hpaResource"); // cpu | memory | none (Pods metric only)
        QTest::addColumn<QString>("controlled");  // "" = default [cpu, memory]
        QTest::addColumn<bool>("warning");
        // VPA README "Known limitations": VPA in Auto/Recreate mode must not be used with an HPA
        // on CPU or memory. updateMode defaults to Auto (VPA CRD).
        QTest::newRow("Auto + cpu (seed)") << QVariant(QStringLiteral("Auto")) << "cpu" << "" << true;
        QTest::newRow("Recreate + memory") << QVariant(QStringLiteral("Recreate")) << "memory" << "" << true;
        QTest::newRow("InPlaceOrRecreate + cpu") << QVariant(QStringLiteral("InPlaceOrRecreate")) << "cpu" << "" << true;
        QTest::newRow("absent (=Auto) + cpu") << QVariant() << "cpu" << "" << true;
        QTest::newRow("Off + cpu") << QVariant(QStringLiteral("Off")) << "cpu" << "" << false;
        QTest::newRow("Initial + cpu") << QVariant(QStringLiteral("Initial")) << "cpu" << "" << false;
        QTest::newRow("Auto + Pods metric only") << QVariant(QStringLiteral("Auto")) << "none" << "" << false;
        QTest::newRow("Auto on memory only + cpu HPA") << QVariant(QStringLiteral("Auto")) << "cpu" << "memory" << false;
        QTest::newRow("Auto on cpu only + cpu HPA") << QVariant(QStringLiteral("Auto")) << "cpu" << "cpu" << true;
    }
    void vpaHpaConflict()
    {
        QFETCH(QVariant, updateMode);
        QFETCH(QString, hpaResource);
        QFETCH(QString, controlled);
        QFETCH(bool, warning);
        Cluster c = cluster();
        addDeployment(c.design, c.cluster, QStringLiteral("web-app"));
        const QVariantMap metric = hpaResource == QLatin1String("none")
            ? json(R"J({"type": "Pods", "pods": {"metric": {"name": "rps"}, "target": {"type": "AverageValue", "averageValue": "100"}}})J")
            : QVariantMap{{QStringLiteral("type"), QStringLiteral("Resource")},
                          {QStringLiteral("resource"), QVariantMap{{QStringLiteral("name"), hpaResource},
                                                                   {QStringLiteral("target"), QVariantMap{{QStringLiteral("type"), QStringLiteral("Utilization")},
                                                                                                          {QStringLiteral("averageUtilization"), 70}}}}}};
        add(c.design, ObjectKind::HorizontalPodAutoscaler, c.cluster, QStringLiteral("web-app-hpa"), hpaManifest(2, 10, {metric}));
        QVariantMap vpa = json(R"J({"apiVersion": "autoscaling.k8s.io/v1", "kind": "VerticalPodAutoscaler",
            "spec": {"targetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web-app"},
                     "resourcePolicy": {"containerPolicies": [{"containerName": "web-app"}]}}})J");
        if (updateMode.isValid())
            FieldPath::setValue(vpa, QStringLiteral("spec.updatePolicy.updateMode"), updateMode);
        if (!controlled.isEmpty())
            FieldPath::setValue(vpa, QStringLiteral("spec.resourcePolicy.containerPolicies[0].controlledResources"), QVariantList{controlled});
        const ObjectId vpaId = add(c.design, ObjectKind::VerticalPodAutoscaler, c.cluster, QStringLiteral("web-app-vpa"), vpa);
        const QList<Diagnostic> found = ofRule(Validator::validate(c.design), QStringLiteral("k8s.vpa-hpa-conflict"));
        QCOMPARE(found.size(), warning ? 1 : 0);
        if (warning) {
            QCOMPARE(found.first().objectId, vpaId);
            QCOMPARE(found.first().severity, Severity::Warning);
            QCOMPARE(found.first().field, QStringLiteral("spec.updatePolicy.updateMode"));
            QVERIFY(found.first().message.contains(QLatin1String("web-app-hpa")));
            QVERIFY(found.first().message.contains(QLatin1String("Known limitations")));
        }
    }

    void vpaConflictsWithKedaCpuTrigger()
    {
        // A ScaledObject's cpu trigger becomes a Resource metric of the HPA KEDA manages.
        Cluster c = cluster();
        addDeployment(c.design, c.cluster, QStringLiteral("worker"));
        add(c.design, ObjectKind::ScaledObject, c.cluster, QStringLiteral("worker-scaler"), json(R"J({
            "apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject",
            "spec": {"scaleTargetRef": {"name": "worker"}, "triggers": [{"type": "cpu", "metricType": "Utilization", "metadata": {"value": "60"}}]}})J"));
        add(c.design, ObjectKind::VerticalPodAutoscaler, c.cluster, QStringLiteral("worker-vpa"), json(R"J({
            "apiVersion": "autoscaling.k8s.io/v1", "kind": "VerticalPodAutoscaler",
            "spec": {"targetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "worker"}, "updatePolicy": {"updateMode": "Recreate"}}})J"));
        QCOMPARE(ofRule(Validator::validate(c.design), QStringLiteral("k8s.vpa-hpa-conflict")).size(), 1);
    }

    void deploymentSelector_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("field"); // "" = valid
        QTest::addColumn<QStringList>("fixPaths");
        QTest::addColumn<QStringList>("fixValues");
        QTest::newRow("seed jenkins: no selector, no labels")
            << R"J({"replicas": 1, "template": {"spec": {"containers": []}}})J" << "spec.selector"
            << QStringList{"spec.template.metadata.labels.app", "spec.selector.matchLabels.app"}
            << QStringList{"jenkins-controller", "jenkins-controller"};
        QTest::newRow("labels, no selector: select them")
            << R"J({"template": {"metadata": {"labels": {"app.kubernetes.io/name": "jenkins", "tier": "ci"}}, "spec": {}}})J"
            << "spec.selector"
            << QStringList{"spec.selector.matchLabels[\"app.kubernetes.io/name\"]", "spec.selector.matchLabels.tier"}
            << QStringList{"jenkins", "ci"};
        QTest::newRow("selector not matching labels")
            << R"J({"selector": {"matchLabels": {"app": "jenkins"}}, "template": {"metadata": {"labels": {"app": "jenkins-ci"}}, "spec": {}}})J"
            << "spec.template.metadata.labels" << QStringList{"spec.template.metadata.labels.app"} << QStringList{"jenkins"};
        QTest::newRow("matching") << R"J({"selector": {"matchLabels": {"app": "j"}}, "template": {"metadata": {"labels": {"app": "j", "x": "y"}}}})J"
                                  << "" << QStringList{} << QStringList{};
    }
    void objectNames_data()
    {
        // Kubernetes docs, "Object Names and IDs": DNS subdomain names (<= 253, [a-z0-9.-],
        // alphanumeric at both ends); container names are RFC 1123 labels (<= 63, [a-z0-9-]).
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("valid") << QStringLiteral("web-app") << QStringLiteral("web-app") << QStringList();
        QTest::newRow("dots are fine in a subdomain") << QStringLiteral("api.v2") << QStringLiteral("api") << QStringList();
        QTest::newRow("upper case and underscore") << QStringLiteral("API_Bad") << QStringLiteral("api")
                                                   << QStringList{QStringLiteral("metadata.name")};
        QTest::newRow("leading dash") << QStringLiteral("-api") << QStringLiteral("api") << QStringList{QStringLiteral("metadata.name")};
        QTest::newRow("non-ASCII") << QStringLiteral("äpi") << QStringLiteral("api") << QStringList{QStringLiteral("metadata.name")};
        QTest::newRow("254 characters") << QString(254, QLatin1Char('a')) << QStringLiteral("api")
                                        << QStringList{QStringLiteral("metadata.name")};
        QTest::newRow("253 characters") << QString(253, QLatin1Char('a')) << QStringLiteral("api") << QStringList();
        QTest::newRow("container with a dot") << QStringLiteral("api") << QStringLiteral("api.v2")
                                              << QStringList{QStringLiteral("spec.template.spec.containers[0].name")};
        QTest::newRow("64-character container") << QStringLiteral("api") << QString(64, QLatin1Char('c'))
                                                << QStringList{QStringLiteral("spec.template.spec.containers[0].name")};
    }

    void objectNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, container);
        QFETCH(QStringList, fields);
        Cluster c = cluster();
        const QVariantMap manifest{
            {QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
            {QStringLiteral("kind"), QStringLiteral("Deployment")},
            {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("name"), name}}},
            {QStringLiteral("spec"),
             QVariantMap{{QStringLiteral("selector"), QVariantMap{{QStringLiteral("matchLabels"), QVariantMap{{QStringLiteral("app"), QStringLiteral("x")}}}}},
                         {QStringLiteral("template"),
                          QVariantMap{{QStringLiteral("metadata"), QVariantMap{{QStringLiteral("labels"), QVariantMap{{QStringLiteral("app"), QStringLiteral("x")}}}}},
                                      {QStringLiteral("spec"),
                                       QVariantMap{{QStringLiteral("containers"),
                                                    QVariantList{QVariantMap{{QStringLiteral("name"), container},
                                                                             {QStringLiteral("image"), QStringLiteral("x:1")}}}}}}}}}}};
        add(c.design, ObjectKind::Deployment, c.cluster, name, manifest);
        QStringList found;
        for (const Diagnostic &d : ofRule(Validator::validate(c.design), QStringLiteral("k8s.name"))) {
            QCOMPARE(d.severity, Severity::Error);
            found.append(d.field);
        }
        QCOMPARE(found, fields);
    }

    void deploymentSelector()
    {
        QFETCH(QString, spec);
        QFETCH(QString, field);
        QFETCH(QStringList, fixPaths);
        QFETCH(QStringList, fixValues);
        Cluster c = cluster();
        const QVariantMap manifest{{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                                   {QStringLiteral("kind"), QStringLiteral("Deployment")},
                                   {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("name"), QStringLiteral("jenkins-controller")}}},
                                   {QStringLiteral("spec"), json(spec.toUtf8().constData())}};
        const ObjectId id = add(c.design, ObjectKind::Deployment, c.cluster, QStringLiteral("jenkins-controller"), manifest);
        const QList<Diagnostic> all = Validator::validate(c.design);
        const QList<Diagnostic> found = ofRule(all, QStringLiteral("k8s.deployment.selector"));
        QCOMPARE(found.size(), field.isEmpty() ? 0 : 1);
        if (field.isEmpty())
            return;
        QCOMPARE(found.first().severity, Severity::Error);
        QCOMPARE(found.first().field, field);
        QList<FieldChange> expected;
        for (int i = 0; i < fixPaths.size(); ++i)
            expected.append(FieldChange{id, fixPaths.at(i), fixValues.at(i)});
        QCOMPARE(found.first().fix, expected);
        // Applying the fix satisfies the rule.
        const DesignData fixed = FixApplier::applyAll(c.design, all, nullptr);
        QCOMPARE(ofRule(Validator::validate(fixed), QStringLiteral("k8s.deployment.selector")).size(), 0);
    }

    void istioSeedOutlierFields()
    {
        SeedIds ids;
        const DesignData design = seedDesign(&ids);
        const QList<Diagnostic> found = ofRule(Validator::validate(design), QStringLiteral("istio.outlier-in-connection-pool"));
        // Seed: consecutiveGatewayErrors 3, interval 30s, baseEjectionTime 30s under
        // connectionPool.http, all three also (same values) in outlierDetection -> remove each.
        QCOMPARE(found.size(), 3);
        QStringList fields;
        for (const Diagnostic &d : found) {
            QCOMPARE(d.severity, Severity::Error);
            QCOMPARE(d.objectId, ids.destinationRule);
            QCOMPARE(d.source.line, 237);
            fields.append(d.field);
            QCOMPARE(d.fix, (QList<FieldChange>{FieldChange{ids.destinationRule, d.field, QVariant()}}));
            QVERIFY(d.fixDescription.contains(QLatin1String("already holds the same value")));
        }
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("spec.trafficPolicy.connectionPool.http.baseEjectionTime"),
                                      QStringLiteral("spec.trafficPolicy.connectionPool.http.consecutiveGatewayErrors"),
                                      QStringLiteral("spec.trafficPolicy.connectionPool.http.interval")}));
    }

    void istioMoveOrConflict()
    {
        Cluster c = cluster();
        const ObjectId id = add(c.design, ObjectKind::DestinationRule, c.cluster, QStringLiteral("dr"), json(R"J({
            "apiVersion": "networking.istio.io/v1beta1", "kind": "DestinationRule",
            "spec": {"host": "svc",
                     "trafficPolicy": {"outlierDetection": {"interval": "10s"},
                                       "connectionPool": {"http": {"maxRetries": 3, "consecutive5xxErrors": 5, "interval": "30s"}}},
                     "subsets": [{"name": "v2", "trafficPolicy": {"connectionPool": {"http": {"minHealthPercent": 50}}}}]}})J"));
        const QList<Diagnostic> found = ofRule(Validator::validate(c.design), QStringLiteral("istio.outlier-in-connection-pool"));
        QCOMPARE(found.size(), 3);
        // consecutive5xxErrors: absent from outlierDetection -> moved.
        QCOMPARE(found.at(0).field, QStringLiteral("spec.trafficPolicy.connectionPool.http.consecutive5xxErrors"));
        QCOMPARE(found.at(0).fix,
                 (QList<FieldChange>{FieldChange{id, QStringLiteral("spec.trafficPolicy.outlierDetection.consecutive5xxErrors"), 5},
                                     FieldChange{id, QStringLiteral("spec.trafficPolicy.connectionPool.http.consecutive5xxErrors"), QVariant()}}));
        // interval: 30s vs 10s already in outlierDetection -> no automatic fix.
        QCOMPARE(found.at(1).field, QStringLiteral("spec.trafficPolicy.connectionPool.http.interval"));
        QVERIFY(found.at(1).fix.isEmpty());
        // A subset's own traffic policy is checked too.
        QCOMPARE(found.at(2).field, QStringLiteral("spec.subsets[0].trafficPolicy.connectionPool.http.minHealthPercent"));
        QCOMPARE(found.at(2).fix.first().path, QStringLiteral("spec.subsets[0].trafficPolicy.outlierDetection.minHealthPercent"));
    }

    void podChaosScheduler()
    {
        SeedIds ids;
        const QList<Diagnostic> found = ofRule(Validator::validate(seedDesign(&ids)), QStringLiteral("chaos.podchaos-scheduler"));
        QCOMPARE(found.size(), 1);
        // A warning, not an error: the exporter turns the scheduler into a Schedule object, so the
        // PodChaos must not be left out of the export (lead's decision in commit 8e8f66d).
        QCOMPARE(found.first().severity, Severity::Warning);
        QCOMPARE(found.first().objectId, ids.podChaos);
        QCOMPARE(found.first().field, QStringLiteral("spec.scheduler"));
        QVERIFY(found.first().fix.isEmpty());
        QVERIFY(found.first().message.contains(QLatin1String("Schedule")));
        QVERIFY(found.first().message.contains(QLatin1String("@every 1h")));
    }

    void kedaPrometheusMetricName()
    {
        SeedIds ids;
        const QList<Diagnostic> found = ofRule(Validator::validate(seedDesign(&ids)), QStringLiteral("keda.prometheus-metric-name"));
        // Seed: queue-processor-scaler trigger 1, jenkins-agents-scaler triggers 0 and 1.
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).objectId, ids.queueScaler);
        QCOMPARE(found.at(0).field, QStringLiteral("spec.triggers[1].metadata.metricName"));
        QCOMPARE(found.at(1).objectId, ids.jenkinsScaler);
        QCOMPARE(found.at(1).field, QStringLiteral("spec.triggers[0].metadata.metricName"));
        QCOMPARE(found.at(2).field, QStringLiteral("spec.triggers[1].metadata.metricName"));
        for (const Diagnostic &d : found) {
            QCOMPARE(d.severity, Severity::Warning);
            QCOMPARE(d.fix, (QList<FieldChange>{FieldChange{d.objectId, d.field, QVariant()}}));
        }
    }

    void prometheusEngineMismatch_data()
    {
        QTest::addColumn<QStringList>("engines");
        QTest::addColumn<bool>("warning");
        QTest::newRow("seed: aurora-postgresql only") << QStringList{"aurora-postgresql"} << true;
        QTest::newRow("one mysql cluster too") << QStringList{"aurora-postgresql", "aurora-mysql"} << false;
        QTest::newRow("no aurora") << QStringList{} << false;
        // A Global Database secondary imported without Engine runs its primary's engine.
        QTest::newRow("postgresql + secondary without Engine") << QStringList{"aurora-postgresql", ""} << true;
        QTest::newRow("only a cluster without Engine") << QStringList{""} << false;
    }
    void prometheusEngineMismatch()
    {
        QFETCH(QStringList, engines);
        QFETCH(bool, warning);
        SeedIds ids;
        DesignData design = seedDesign(&ids);
        design.removeSubtree(ids.aurora);
        for (const QString &engine : engines) {
            add(design, ObjectKind::AuroraCluster, ids.vpc, engine.isEmpty() ? QStringLiteral("aurora-cluster-secondary") : engine,
                engine.isEmpty() ? QVariantMap{{QStringLiteral("GlobalRole"), QStringLiteral("secondary")}}
                                 : QVariantMap{{QStringLiteral("Engine"), engine}});
        }
        const QList<Diagnostic> found = ofRule(Validator::validate(design), QStringLiteral("prometheus.rule-engine-mismatch"));
        QCOMPARE(found.size(), warning ? 1 : 0);
        if (warning) {
            QCOMPARE(found.first().objectId, ids.prometheusRule);
            QCOMPARE(found.first().field, QStringLiteral("spec.groups[0].rules[1].expr")); // DatabaseConnectionsHigh
            QCOMPARE(found.first().severity, Severity::Warning);
            QVERIFY(found.first().message.contains(QLatin1String("mysql_global_status_threads_connected")));
        }
    }
};

QTEST_GUILESS_MAIN(TestKubernetesRules)
#include "tst_kubernetesrules.moc"
