#pragma once

// Test fixtures shared by the simulator tests: the seed's web-app HPA and load scenarios
// (/work/shared/seed/000_b426f1412c036d11.txt, sections "Horizontal Pod Autoscaler (HPA)" and
// "Load Testing Strategy"), written out as the QVariantMap trees the importer produces.

#include "model/designdata.h"

#include <QVariantList>
#include <QVariantMap>

namespace Scaleplan::TestFixtures {

inline QVariantMap map(std::initializer_list<std::pair<QString, QVariant>> entries)
{
    QVariantMap out;
    for (const auto &[key, value] : entries)
        out.insert(key, value);
    return out;
}

inline QVariantMap resourceMetric(const QString &name, int averageUtilization)
{
    return map({{QStringLiteral("type"), QStringLiteral("Resource")},
                {QStringLiteral("resource"),
                 map({{QStringLiteral("name"), name},
                      {QStringLiteral("target"), map({{QStringLiteral("type"), QStringLiteral("Utilization")},
                                                      {QStringLiteral("averageUtilization"), averageUtilization}})}})}});
}

inline QVariantMap policy(const QString &type, int value, int periodSeconds)
{
    return map({{QStringLiteral("type"), type}, {QStringLiteral("value"), value}, {QStringLiteral("periodSeconds"), periodSeconds}});
}

/// The seed's web-app-hpa manifest, verbatim.
inline QVariantMap seedHpaManifest()
{
    const QVariantMap podsMetric = map(
        {{QStringLiteral("type"), QStringLiteral("Pods")},
         {QStringLiteral("pods"),
          map({{QStringLiteral("metric"), map({{QStringLiteral("name"), QStringLiteral("requests_per_second")}})},
               {QStringLiteral("target"), map({{QStringLiteral("type"), QStringLiteral("AverageValue")},
                                               {QStringLiteral("averageValue"), QStringLiteral("100")}})}})}});
    const QVariantMap behavior = map(
        {{QStringLiteral("scaleUp"), map({{QStringLiteral("stabilizationWindowSeconds"), 60},
                                          {QStringLiteral("policies"), QVariantList{policy(QStringLiteral("Percent"), 100, 60)}}})},
         {QStringLiteral("scaleDown"), map({{QStringLiteral("stabilizationWindowSeconds"), 300},
                                            {QStringLiteral("policies"), QVariantList{policy(QStringLiteral("Percent"), 10, 60)}}})}});
    return map({{QStringLiteral("apiVersion"), QStringLiteral("autoscaling/v2")},
                {QStringLiteral("kind"), QStringLiteral("HorizontalPodAutoscaler")},
                {QStringLiteral("metadata"), map({{QStringLiteral("name"), QStringLiteral("web-app-hpa")}})},
                {QStringLiteral("spec"),
                 map({{QStringLiteral("scaleTargetRef"), map({{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                                                               {QStringLiteral("kind"), QStringLiteral("Deployment")},
                                                               {QStringLiteral("name"), QStringLiteral("web-app")}})},
                      {QStringLiteral("minReplicas"), 3},
                      {QStringLiteral("maxReplicas"), 50},
                      {QStringLiteral("metrics"), QVariantList{resourceMetric(QStringLiteral("cpu"), 70),
                                                               resourceMetric(QStringLiteral("memory"), 80), podsMetric}},
                      {QStringLiteral("behavior"), behavior}})}});
}

/// A web-app Deployment with one container requesting `cpu` (e.g. "500m") and 512Mi memory.
inline QVariantMap deploymentManifest(const QString &name, int replicas, const QString &cpu)
{
    const QVariantMap container = map(
        {{QStringLiteral("name"), name},
         {QStringLiteral("image"), QStringLiteral("web-app:1.0")},
         {QStringLiteral("resources"), map({{QStringLiteral("requests"), map({{QStringLiteral("cpu"), cpu},
                                                                              {QStringLiteral("memory"), QStringLiteral("512Mi")}})}})}});
    return map({{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                {QStringLiteral("kind"), QStringLiteral("Deployment")},
                {QStringLiteral("metadata"), map({{QStringLiteral("name"), name}})},
                {QStringLiteral("spec"),
                 map({{QStringLiteral("replicas"), replicas},
                      {QStringLiteral("template"),
                       map({{QStringLiteral("spec"), map({{QStringLiteral("containers"), QVariantList{container}}})}})}})}});
}

inline DesignObject object(ObjectKind kind, const QString &name, const QVariantMap &fields, ObjectId parent = 0)
{
    DesignObject o;
    o.kind = kind;
    o.name = name;
    o.fields = fields;
    o.parentId = parent;
    return o;
}

inline DesignObject scenario(const QString &name, const QVariant &virtualUsers, const QString &duration,
                             const QString &rampUp)
{
    return object(ObjectKind::LoadScenario, name,
                  map({{QStringLiteral("VirtualUsers"), virtualUsers},
                       {QStringLiteral("Duration"), duration},
                       {QStringLiteral("RampUp"), rampUp},
                       {QStringLiteral("Tools"), QVariantList{QStringLiteral("k6"), QStringLiteral("Artillery"),
                                                              QStringLiteral("JMeter")}}}));
}

/// The seed's four scenarios, in document order.
inline QList<DesignObject> seedScenarios()
{
    return {scenario(QStringLiteral("baseline-load"), 100, QStringLiteral("10m"), QStringLiteral("2m")),
            scenario(QStringLiteral("peak-load"), 1000, QStringLiteral("30m"), QStringLiteral("5m")),
            scenario(QStringLiteral("stress-test"), 5000, QStringLiteral("15m"), QStringLiteral("3m")),
            scenario(QStringLiteral("spike-test"), 2000, QStringLiteral("1m"), QStringLiteral("10s"))};
}

} // namespace Scaleplan::TestFixtures
