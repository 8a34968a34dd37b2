// Tests of DesignDiff (model/designdiff.h): matching by id and by kind+path, leaf-level field
// changes, renames, moves, and the text/JSON forms. Every expected line is written by hand.

#include "model/designdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Scaleplan;

namespace {

DesignObject makeObject(ObjectKind kind, const QString &name, ObjectId parent, const QVariantMap &fields = {})
{
    DesignObject o;
    o.kind = kind;
    o.name = name;
    o.parentId = parent;
    o.fields = fields;
    return o;
}

QVariantMap hpaFields()
{
    // The seed's HPA (scalability-design.md, "Horizontal Pod Autoscaler"): min 3, max 50, CPU 70 %.
    return QVariantMap{
        {QStringLiteral("apiVersion"), QStringLiteral("autoscaling/v2")},
        {QStringLiteral("kind"), QStringLiteral("HorizontalPodAutoscaler")},
        {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("name"), QStringLiteral("api-hpa")}}},
        {QStringLiteral("spec"),
         QVariantMap{{QStringLiteral("minReplicas"), 3},
                     {QStringLiteral("maxReplicas"), 50},
                     {QStringLiteral("metrics"),
                      QVariantList{QVariantMap{
                          {QStringLiteral("type"), QStringLiteral("Resource")},
                          {QStringLiteral("resource"),
                           QVariantMap{{QStringLiteral("name"), QStringLiteral("cpu")},
                                       {QStringLiteral("target"),
                                        QVariantMap{{QStringLiteral("type"), QStringLiteral("Utilization")},
                                                    {QStringLiteral("averageUtilization"), 70}}}}}}}}}},
    };
}

/// us-east-1 > production-vpc (10.0.0.0/8) > us-east-1a > public-a, plus an EKS cluster with an
/// HPA and a top-level CloudFront distribution. Ids 1..7 in this order.
DesignData baseDesign()
{
    DesignData d;
    d.name = QStringLiteral("Scalability Design");
    const ObjectId region = d.insert(makeObject(ObjectKind::Region, QStringLiteral("us-east-1"), 0,
                                                {{QStringLiteral("RegionName"), QStringLiteral("us-east-1")}}));
    const ObjectId vpc = d.insert(makeObject(ObjectKind::Vpc, QStringLiteral("production-vpc"), region,
                                             {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/8")},
                                              {QStringLiteral("EnableDnsHostnames"), true}}));
    const ObjectId az = d.insert(makeObject(ObjectKind::AvailabilityZone, QStringLiteral("us-east-1a"), vpc));
    d.insert(makeObject(ObjectKind::Subnet, QStringLiteral("public-a"), az,
                        {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.1.0/24")}, {QStringLiteral("Tier"), QStringLiteral("public")}}));
    const ObjectId eks = d.insert(makeObject(ObjectKind::EksCluster, QStringLiteral("production-eks"), vpc,
                                             {{QStringLiteral("Version"), QStringLiteral("1.28")}}));
    d.insert(makeObject(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("api-hpa"), eks, hpaFields()));
    d.insert(makeObject(ObjectKind::CloudFrontDistribution, QStringLiteral("cdn"), 0,
                        {{QStringLiteral("PriceClass"), QStringLiteral("PriceClass_All")}}));
    return d;
}

/// The same design built in another order (as a separate import would), so every id differs.
DesignData baseDesignOtherIds()
{
    DesignData d;
    d.name = QStringLiteral("Scalability Design");
    d.reserveIdsBelow(100);
    d.insert(makeObject(ObjectKind::CloudFrontDistribution, QStringLiteral("cdn"), 0,
                        {{QStringLiteral("PriceClass"), QStringLiteral("PriceClass_All")}}));
    const ObjectId region = d.insert(makeObject(ObjectKind::Region, QStringLiteral("us-east-1"), 0,
                                                {{QStringLiteral("RegionName"), QStringLiteral("us-east-1")}}), 0);
    const ObjectId vpc = d.insert(makeObject(ObjectKind::Vpc, QStringLiteral("production-vpc"), region,
                                             {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/8")},
                                              {QStringLiteral("EnableDnsHostnames"), true}}));
    const ObjectId eks = d.insert(makeObject(ObjectKind::EksCluster, QStringLiteral("production-eks"), vpc,
                                             {{QStringLiteral("Version"), QStringLiteral("1.28")}}));
    d.insert(makeObject(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("api-hpa"), eks, hpaFields()));
    const ObjectId az = d.insert(makeObject(ObjectKind::AvailabilityZone, QStringLiteral("us-east-1a"), vpc), 0);
    d.insert(makeObject(ObjectKind::Subnet, QStringLiteral("public-a"), az,
                        {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.1.0/24")}, {QStringLiteral("Tier"), QStringLiteral("public")}}));
    return d;
}

QStringList lines(const QString &text)
{
    QStringList out = text.split(QLatin1Char('\n'));
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class tst_DesignDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalDesigns();
    void fieldChanges();
    void typesMatter();
    void addedAndRemoved();
    void renamedAndMoved();
    void separateImportsMatchByPath();
    void separateImportsWithChanges();
    void kindChangeIsRemoveAndAdd();
    void designName();
    void json();
};

void tst_DesignDiff::equalDesigns()
{
    const DesignDiff diff = DesignDiff::compare(baseDesign(), baseDesign());
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.toText(), QStringLiteral("no differences\n"));
    QCOMPARE(diff.addedCount() + diff.removedCount() + diff.changedCount(), 0);
}

void tst_DesignDiff::fieldChanges()
{
    const DesignData a = baseDesign();
    DesignData b = a;
    b.setField(2, QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16"));
    b.setField(2, QStringLiteral("EnableDnsHostnames"), QVariant()); // removed leaf
    b.setField(2, QStringLiteral("SecondaryCidrBlocks"), QVariantList{QStringLiteral("100.64.0.0/16")}); // added leaf
    b.setField(6, QStringLiteral("spec.metrics[0].resource.target.averageUtilization"), 60);
    const DesignDiff diff = DesignDiff::compare(a, b);
    QCOMPARE(lines(diff.toText()),
             (QStringList{
                 QStringLiteral("~ us-east-1/production-vpc  CidrBlock: \"10.0.0.0/8\" -> \"10.0.0.0/16\""),
                 QStringLiteral("~ us-east-1/production-vpc  EnableDnsHostnames: true -> (none)"),
                 QStringLiteral("~ us-east-1/production-vpc  SecondaryCidrBlocks[0]: (none) -> \"100.64.0.0/16\""),
                 QStringLiteral("~ us-east-1/production-vpc/production-eks/api-hpa  spec.metrics[0].resource.target.averageUtilization: 70 -> 60"),
                 QStringLiteral("0 added, 0 removed, 2 changed"),
             }));
    QCOMPARE(diff.objects().size(), 2);
    const ObjectDifference &vpc = diff.objects().first();
    QCOMPARE(vpc.oldId, ObjectId(2));
    QCOMPARE(vpc.newId, ObjectId(2));
    QCOMPARE(vpc.fields.size(), 3);
    QCOMPARE(vpc.fields.at(1).path, QStringLiteral("EnableDnsHostnames"));
    QVERIFY(vpc.fields.at(1).inOld && !vpc.fields.at(1).inNew);
}

void tst_DesignDiff::typesMatter()
{
    DesignData a = baseDesign();
    DesignData b = a;
    // 70 (int) -> 70.0 (float): the API server rejects a float for the int32 averageUtilization.
    b.setField(6, QStringLiteral("spec.metrics[0].resource.target.averageUtilization"), 70.0);
    // 50 (int) -> 50 (int64): the same YAML integer, no difference.
    b.setField(6, QStringLiteral("spec.maxReplicas"), qlonglong(50));
    // "1.28" (string) stays; a float 1.28 would be another value.
    b.setField(5, QStringLiteral("Version"), 1.28);
    const DesignDiff diff = DesignDiff::compare(a, b);
    QCOMPARE(lines(diff.toText()),
             (QStringList{
                 QStringLiteral("~ us-east-1/production-vpc/production-eks  Version: \"1.28\" -> 1.28"),
                 QStringLiteral("~ us-east-1/production-vpc/production-eks/api-hpa  spec.metrics[0].resource.target.averageUtilization: 70 -> 70.0"),
                 QStringLiteral("0 added, 0 removed, 2 changed"),
             }));
}

void tst_DesignDiff::addedAndRemoved()
{
    const DesignData a = baseDesign();
    DesignData b = a;
    b.removeSubtree(3); // us-east-1a and its subnet
    const ObjectId west = b.insert(makeObject(ObjectKind::Region, QStringLiteral("us-west-2"), 0));
    b.insert(makeObject(ObjectKind::Vpc, QStringLiteral("production-vpc"), west,
                        {{QStringLiteral("CidrBlock"), QStringLiteral("10.1.0.0/16")}}));
    const DesignDiff diff = DesignDiff::compare(a, b);
    QCOMPARE(lines(diff.toText()), (QStringList{
                                       QStringLiteral("- us-east-1/production-vpc/us-east-1a  (AvailabilityZone)"),
                                       QStringLiteral("- us-east-1/production-vpc/us-east-1a/public-a  (Subnet)"),
                                       QStringLiteral("+ us-west-2  (Region)"),
                                       QStringLiteral("+ us-west-2/production-vpc  (Vpc)"),
                                       QStringLiteral("2 added, 2 removed, 0 changed"),
                                   }));
    QCOMPARE(diff.objects().at(0).oldId, ObjectId(3));
    QCOMPARE(diff.objects().at(2).newId, ObjectId(8)); // the next id after the seven of baseDesign()
}

void tst_DesignDiff::renamedAndMoved()
{
    const DesignData a = baseDesign();
    DesignData b = a;
    b.setName(7, QStringLiteral("edge-cdn")); // renamed in place
    b.reparent(5, 1);                         // the EKS cluster moves from the VPC to the region
    const DesignDiff diff = DesignDiff::compare(a, b);
    QCOMPARE(lines(diff.toText()), (QStringList{
                                       QStringLiteral("~ us-east-1/production-eks  moved: us-east-1/production-vpc -> us-east-1"),
                                       QStringLiteral("~ edge-cdn  renamed: \"cdn\" -> \"edge-cdn\""),
                                       QStringLiteral("0 added, 0 removed, 2 changed"),
                                   }));
    // The HPA under the moved cluster has a new path but did not change itself.
    for (const ObjectDifference &d : diff.objects())
        QVERIFY(d.newId != 6);
}

void tst_DesignDiff::separateImportsMatchByPath()
{
    // Same content, every id different: nothing to report.
    const DesignData a = baseDesign();
    const DesignData b = baseDesignOtherIds();
    QVERIFY(a.object(1)->name != b.object(100)->name || a.object(1)->kind != b.object(100)->kind);
    const DesignDiff diff = DesignDiff::compare(a, b);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.toText()));
}

void tst_DesignDiff::separateImportsWithChanges()
{
    const DesignData a = baseDesign();
    DesignData b = baseDesignOtherIds();
    const ObjectId vpc = b.findByName(ObjectKind::Vpc, QStringLiteral("production-vpc"));
    b.setField(vpc, QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16"));
    const ObjectId hpa = b.findByName(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("api-hpa"));
    b.setField(hpa, QStringLiteral("spec.minReplicas"), 5);
    const DesignDiff diff = DesignDiff::compare(a, b);
    QCOMPARE(lines(diff.toText()),
             (QStringList{
                 QStringLiteral("~ us-east-1/production-vpc  CidrBlock: \"10.0.0.0/8\" -> \"10.0.0.0/16\""),
                 QStringLiteral("~ us-east-1/production-vpc/production-eks/api-hpa  spec.minReplicas: 3 -> 5"),
                 QStringLiteral("0 added, 0 removed, 2 changed"),
             }));
    QCOMPARE(diff.objects().first().oldId, ObjectId(2));
    QCOMPARE(diff.objects().first().newId, vpc);
}

void tst_DesignDiff::kindChangeIsRemoveAndAdd()
{
    DesignData a;
    a.insert(makeObject(ObjectKind::SqsQueue, QStringLiteral("jobs"), 0));
    DesignData b;
    b.insert(makeObject(ObjectKind::LambdaFunction, QStringLiteral("jobs"), 0));
    const DesignDiff diff = DesignDiff::compare(a, b);
    QCOMPARE(lines(diff.toText()), (QStringList{
                                       QStringLiteral("- jobs  (SqsQueue)"),
                                       QStringLiteral("+ jobs  (LambdaFunction)"),
                                       QStringLiteral("1 added, 1 removed, 0 changed"),
                                   }));
}

void tst_DesignDiff::designName()
{
    DesignData a = baseDesign();
    DesignData b = a;
    b.name = QStringLiteral("Scalability Design v2");
    const DesignDiff diff = DesignDiff::compare(a, b);
    QVERIFY(!diff.isEmpty());
    QCOMPARE(lines(diff.toText()).first(), QStringLiteral("~ (design)  name: \"Scalability Design\" -> \"Scalability Design v2\""));
}

void tst_DesignDiff::json()
{
    const DesignData a = baseDesign();
    DesignData b = a;
    b.setField(2, QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16"));
    b.setField(2, QStringLiteral("EnableDnsHostnames"), QVariant());
    b.removeSubtree(7);
    b.insert(makeObject(ObjectKind::SqsQueue, QStringLiteral("jobs"), 1));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(DesignDiff::compare(a, b).toJson(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("equal")).toBool(), false);
    QCOMPARE(root.value(QStringLiteral("summary")).toObject(),
             (QJsonObject{{QStringLiteral("added"), 1}, {QStringLiteral("removed"), 1}, {QStringLiteral("changed"), 1}}));
    QCOMPARE(root.value(QStringLiteral("removed")).toArray().first().toObject(),
             (QJsonObject{{QStringLiteral("id"), 7}, {QStringLiteral("kind"), QStringLiteral("CloudFrontDistribution")},
                          {QStringLiteral("path"), QStringLiteral("cdn")}}));
    QCOMPARE(root.value(QStringLiteral("added")).toArray().first().toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("us-east-1/jobs"));
    const QJsonObject changed = root.value(QStringLiteral("changed")).toArray().first().toObject();
    QCOMPARE(changed.value(QStringLiteral("path")).toString(), QStringLiteral("us-east-1/production-vpc"));
    const QJsonArray fields = changed.value(QStringLiteral("fields")).toArray();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(0).toObject(), (QJsonObject{{QStringLiteral("path"), QStringLiteral("CidrBlock")},
                                                    {QStringLiteral("old"), QStringLiteral("10.0.0.0/8")},
                                                    {QStringLiteral("new"), QStringLiteral("10.0.0.0/16")}}));
    // A removed leaf has "old" and no "new".
    QCOMPARE(fields.at(1).toObject(), (QJsonObject{{QStringLiteral("path"), QStringLiteral("EnableDnsHostnames")},
                                                    {QStringLiteral("old"), true}}));
}

QTEST_GUILESS_MAIN(tst_DesignDiff)
#include "tst_designdiff.moc"
