#pragma once

// Shared fixtures for the edit-layer tests: a small design shaped like the seed document
// (Region > Vpc > AvailabilityZone > Subnet, an EKS cluster with a Deployment and an HPA) and a
// random edit driver for the property tests. Not a test executable (no tst_ prefix).

#include "model/design.h"
#include "model/designdata.h"
#include "model/edit/designeditor.h"

#include <QStringList>
#include <random>

namespace Scaleplan::TestFixtures {

struct SampleIds {
    ObjectId region = 0, vpc = 0, azA = 0, azB = 0, publicA = 0, privateA = 0, publicB = 0;
    ObjectId cluster = 0, deployment = 0, hpa = 0, scenario = 0;
};

inline DesignObject makeObject(ObjectKind kind, ObjectId parent, const QString &name, const QVariantMap &fields = {})
{
    DesignObject obj;
    obj.kind = kind;
    obj.parentId = parent;
    obj.name = name;
    obj.fields = fields;
    return obj;
}

/// The Deployment manifest of the seed's "api" workload, trimmed (Kubernetes apps/v1 Deployment).
inline QVariantMap deploymentManifest()
{
    const QVariantMap container{{QStringLiteral("name"), QStringLiteral("api")},
                                {QStringLiteral("image"), QStringLiteral("company/api:1.4.2")},
                                {QStringLiteral("resources"),
                                 QVariantMap{{QStringLiteral("requests"),
                                              QVariantMap{{QStringLiteral("cpu"), QStringLiteral("500m")},
                                                          {QStringLiteral("memory"), QStringLiteral("512Mi")}}}}}};
    return QVariantMap{
        {QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
        {QStringLiteral("kind"), QStringLiteral("Deployment")},
        {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("name"), QStringLiteral("api")},
                                                 {QStringLiteral("labels"), QVariantMap{{QStringLiteral("app.kubernetes.io/name"), QStringLiteral("api")}}}}},
        {QStringLiteral("spec"),
         QVariantMap{{QStringLiteral("replicas"), 3},
                     {QStringLiteral("paused"), false},
                     {QStringLiteral("template"),
                      QVariantMap{{QStringLiteral("spec"),
                                   QVariantMap{{QStringLiteral("containers"), QVariantList{container}}}}}}}},
    };
}

/// autoscaling/v2 HorizontalPodAutoscaler with one CPU Resource metric at 70 % utilisation.
inline QVariantMap hpaManifest()
{
    const QVariantMap metric{{QStringLiteral("type"), QStringLiteral("Resource")},
                             {QStringLiteral("resource"),
                              QVariantMap{{QStringLiteral("name"), QStringLiteral("cpu")},
                                          {QStringLiteral("target"), QVariantMap{{QStringLiteral("type"), QStringLiteral("Utilization")},
                                                                                 {QStringLiteral("averageUtilization"), 70}}}}}};
    return QVariantMap{{QStringLiteral("apiVersion"), QStringLiteral("autoscaling/v2")},
                       {QStringLiteral("kind"), QStringLiteral("HorizontalPodAutoscaler")},
                       {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("name"), QStringLiteral("api-hpa")}}},
                       {QStringLiteral("spec"), QVariantMap{{QStringLiteral("minReplicas"), 3},
                                                            {QStringLiteral("maxReplicas"), 30},
                                                            {QStringLiteral("metrics"), QVariantList{metric}}}}};
}

/// Builds the sample in `data`; returns the ids it got.
inline SampleIds buildSample(DesignData &data)
{
    SampleIds ids;
    data.name = QStringLiteral("Sample");
    ids.region = data.insert(makeObject(ObjectKind::Region, 0, QStringLiteral("us-east-1"),
                                        {{QStringLiteral("RegionName"), QStringLiteral("us-east-1")}, {QStringLiteral("Role"), QStringLiteral("primary")}}));
    ids.vpc = data.insert(makeObject(ObjectKind::Vpc, ids.region, QStringLiteral("production-vpc"),
                                     {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16")},
                                      {QStringLiteral("EnableDnsHostnames"), true},
                                      {QStringLiteral("SecondaryCidrBlocks"), QVariantList{QStringLiteral("100.64.0.0/16")}}}));
    ids.azA = data.insert(makeObject(ObjectKind::AvailabilityZone, ids.vpc, QStringLiteral("us-east-1a"),
                                     {{QStringLiteral("AvailabilityZone"), QStringLiteral("us-east-1a")}}));
    ids.azB = data.insert(makeObject(ObjectKind::AvailabilityZone, ids.vpc, QStringLiteral("us-east-1b"),
                                     {{QStringLiteral("AvailabilityZone"), QStringLiteral("us-east-1b")}}));
    ids.publicA = data.insert(makeObject(ObjectKind::Subnet, ids.azA, QStringLiteral("public-a"),
                                         {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/24")}, {QStringLiteral("Tier"), QStringLiteral("public")}}));
    ids.privateA = data.insert(makeObject(ObjectKind::Subnet, ids.azA, QStringLiteral("private-a"),
                                          {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.10.0/24")}, {QStringLiteral("Tier"), QStringLiteral("private")}}));
    ids.publicB = data.insert(makeObject(ObjectKind::Subnet, ids.azB, QStringLiteral("public-b"),
                                         {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.1.0/24")}, {QStringLiteral("Tier"), QStringLiteral("public")}}));
    ids.cluster = data.insert(makeObject(ObjectKind::EksCluster, ids.vpc, QStringLiteral("production-eks-us-east-1"),
                                         {{QStringLiteral("Version"), QStringLiteral("1.29")}}));
    ids.deployment = data.insert(makeObject(ObjectKind::Deployment, ids.cluster, QStringLiteral("api"), deploymentManifest()));
    ids.hpa = data.insert(makeObject(ObjectKind::HorizontalPodAutoscaler, ids.cluster, QStringLiteral("api-hpa"), hpaManifest()));
    ids.scenario = data.insert(makeObject(ObjectKind::LoadScenario, 0, QStringLiteral("baseline-load"),
                                          {{QStringLiteral("VirtualUsers"), 1000}, {QStringLiteral("Duration"), QStringLiteral("30m")}}));
    return ids;
}

/**
 * One random edit through the editor (add, remove, reparent, setField, rename, applyFix), drawn
 * from `rng`. Impossible edits (into a scalar, a cycle, a leaf parent) are part of the mix: the
 * editor must refuse them without pushing anything.
 */
inline void randomEdit(DesignEditor &editor, std::mt19937 &rng)
{
    const DesignData &data = editor.design()->data();
    auto pick = [&rng](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    const QList<ObjectId> all = data.preorder();
    auto anyObject = [&]() -> ObjectId { return all.isEmpty() ? 0 : all.at(pick(int(all.size()))); };
    auto anyParent = [&]() -> ObjectId {
        // 0 (top level), any object (also non-containers: refused), mostly containers.
        const ObjectId id = anyObject();
        return pick(6) == 0 ? 0 : id;
    };
    static const QStringList paths{
        QStringLiteral("spec.replicas"),
        QStringLiteral("spec.template.spec.containers[0].image"),
        QStringLiteral("spec.template.spec.containers[1]"),
        QStringLiteral("spec.metrics[0].resource.target.averageUtilization"),
        QStringLiteral("metadata.labels[\"app.kubernetes.io/name\"]"),
        QStringLiteral("CidrBlock"),
        QStringLiteral("SecondaryCidrBlocks[0]"),
        QStringLiteral("SecondaryCidrBlocks[1]"),
        QStringLiteral("SecondaryCidrBlocks[4]"),
        QStringLiteral("AutoScaling.MinCapacity"),
        QStringLiteral("Tags"),
    };
    auto anyValue = [&]() -> QVariant {
        switch (pick(6)) {
        case 0:
            return QVariant(); // removes
        case 1:
            return pick(100);
        case 2:
            return bool(pick(2));
        case 3:
            return QStringLiteral("v%1").arg(pick(1000));
        case 4:
            return QVariantMap{{QStringLiteral("k"), pick(10)}};
        default:
            return QVariantList{pick(5), QStringLiteral("x")};
        }
    };
    static const QList<ObjectKind> kinds = allObjectKinds();
    const int op = pick(100);
    if (op < 25) {
        DesignObject obj = makeObject(kinds.at(pick(int(kinds.size()))), anyParent(),
                                      QStringLiteral("obj-%1").arg(pick(100000)));
        if (pick(2))
            obj.fields.insert(QStringLiteral("spec"), QVariantMap{{QStringLiteral("replicas"), pick(10)}});
        editor.addObject(obj, pick(4) - 1);
    } else if (op < 35) {
        QList<ObjectId> ids;
        for (int i = pick(3); i >= 0; --i)
            ids.append(anyObject());
        editor.removeObjects(ids);
    } else if (op < 50) {
        editor.reparent(anyObject(), anyParent(), pick(4) - 1);
    } else if (op < 85) {
        editor.setField(anyObject(), paths.at(pick(int(paths.size()))), anyValue());
    } else if (op < 95) {
        editor.rename(anyObject(), QStringLiteral("renamed-%1").arg(pick(1000)));
    } else {
        Diagnostic diagnostic;
        diagnostic.rule = QStringLiteral("test.random-fix");
        diagnostic.fixDescription = QStringLiteral("random changes");
        for (int i = pick(3); i >= 0; --i)
            diagnostic.fix.append(FieldChange{anyObject(), paths.at(pick(int(paths.size()))), anyValue()});
        editor.applyFix(diagnostic);
    }
}

} // namespace Scaleplan::TestFixtures
