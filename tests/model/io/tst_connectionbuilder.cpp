// Tests of ConnectionBuilder through DocumentImporter on the seed design document
// (resources/reference/scalability-design.md, a byte copy of shared/seed/000_b426f1412c036d11.txt).
// Expected connections are read off the document by hand (block numbers as in the document):
//  07 ALB TargetGroups[0].Name "web-app-targets"      → Deployment web-app           (targets)
//  15 record us-east-1 AliasTarget ${ALB-US-East-1...} → the ALB in us-east-1         (aliases)
//  15 record us-west-2 AliasTarget ${ALB-US-West-2...} → the ALB in us-west-2         (aliases)
//  13 CloudFront Origins[0] ${ApplicationLoadBalancer.DNSName} → primary-region ALB  (origin)
//  14 Database (Aurora Global Database) primary aurora-cluster-primary,
//     secondaries us-west-2 (aurora-cluster-secondary) and eu-west-1              (replicates)
//  14 Cache (Global Datastore) primary region us-east-1 (redis-cluster-primary),
//     secondary us-west-2 (redis-cluster-secondary)                               (replicates)
//  11 Lambda burst-processor EventSourceArn ${SQSQueue.Arn} → processing-queue       (triggers)
//  09 ScaledObject queue-processor-scaler aws-sqs-queue processing-queue → queue-processor (triggers)
//  01 HPA → web-app, 02 VPA → web-app, 09 → queue-processor, 10 → jenkins-agent-pool (scales)
//  assumed: web-app calls redis-cluster-primary (0.3) and aurora-cluster-primary (0.1) (calls)
// The workloads web-app, queue-processor and jenkins-agent-pool, the eu-west-1 Aurora cluster and
// the us-west-2 ALB exist only once the topology is completed (the document only names them).

#include "model/connectionspec.h"
#include "model/io/connectionbuilder.h"
#include "model/designdiff.h"
#include "model/io/designyaml.h"
#include "model/io/documentimporter.h"
#include "model/io/projectfile.h"
#include "model/io/referencedesign.h"
#include "model/validation/validator.h"

#include <QFile>
#include <QTemporaryDir>
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

/// "type from → to" of every connection, sorted.
QStringList connections(const DesignData &d)
{
    QStringList out;
    for (ObjectId id : d.objectsOfKind(ObjectKind::Connection)) {
        const auto spec = ConnectionSpec::fromObject(*d.object(id));
        if (!spec) {
            out.append(QStringLiteral("unreadable ") + d.object(id)->name);
            continue;
        }
        out.append(QStringLiteral("%1 %2 → %3")
                       .arg(connectionTypeName(spec->type), d.object(spec->fromId)->name, d.object(spec->toId)->name));
    }
    out.sort();
    return out;
}

ObjectId connectionBetween(const DesignData &d, const QString &from, const QString &to)
{
    for (ObjectId id : d.objectsOfKind(ObjectKind::Connection)) {
        const auto spec = ConnectionSpec::fromObject(*d.object(id));
        if (spec && d.object(spec->fromId)->name == from && d.object(spec->toId)->name == to)
            return id;
    }
    return 0;
}
} // namespace

class tst_ConnectionBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainImport();
    void referenceDesign();
    void assumedCallsAreNoted();
    void idempotent();
    void namesAndSources();
    void referencesThatNameNothing();
    void explicitTargetWorkload();
    void survivesSaveYamlAndDiff();
};

void tst_ConnectionBuilder::plainImport()
{
    // Without completion only what the document defines can be joined (see the list above):
    // the us-west-2 ALB, eu-west-1 Aurora and the three workloads do not exist yet.
    const ImportResult r = DocumentImporter::importText(seedText(), QStringLiteral("seed.md"));
    QVERIFY(r.ok);
    const QStringList expected{
        QStringLiteral("aliases api.company.com/us-east-1 → alb-us-east-1"),
        QStringLiteral("origin cdn → alb-us-east-1"),
        QStringLiteral("replicates aurora-cluster-secondary → aurora-cluster-primary"),
        QStringLiteral("replicates redis-cluster-secondary → redis-cluster-primary"),
        QStringLiteral("triggers processing-queue → burst-processor"),
    };
    QCOMPARE(connections(r.design), expected);
    // Connections are top-level objects.
    for (ObjectId id : r.design.objectsOfKind(ObjectKind::Connection))
        QCOMPARE(r.design.object(id)->parentId, ObjectId(0));
}

void tst_ConnectionBuilder::referenceDesign()
{
    const DesignData d = ReferenceDesign::load();
    const QStringList expected{
        QStringLiteral("aliases api.company.com/us-east-1 → alb-us-east-1"),
        QStringLiteral("aliases api.company.com/us-west-2 → alb-us-west-2"),
        QStringLiteral("calls web-app → aurora-cluster-primary"),
        QStringLiteral("calls web-app → dynamodb-table"),
        QStringLiteral("calls web-app → processing-queue"),
        QStringLiteral("calls web-app → redis-cluster-primary"),
        QStringLiteral("calls web-app → user-service"),
        QStringLiteral("origin cdn → alb-us-east-1"),
        QStringLiteral("replicates aurora-cluster-eu-west-1 → aurora-cluster-primary"),
        QStringLiteral("replicates aurora-cluster-secondary → aurora-cluster-primary"),
        QStringLiteral("replicates redis-cluster-secondary → redis-cluster-primary"),
        QStringLiteral("scales jenkins-agents-scaler → jenkins-agent-pool"),
        QStringLiteral("scales queue-processor-scaler → queue-processor"),
        QStringLiteral("scales web-app-hpa → web-app"),
        QStringLiteral("scales web-app-vpa → web-app"),
        QStringLiteral("targets alb-us-east-1 → web-app"),
        QStringLiteral("triggers processing-queue → burst-processor"),
        QStringLiteral("triggers processing-queue → queue-processor"),
    };
    QCOMPARE(connections(d), expected);
    // Every connection is valid: no design.connection-* finding.
    for (const Diagnostic &diag : Validator::validate(d))
        QVERIFY2(!diag.rule.startsWith(QLatin1String("design.connection")), qPrintable(diag.message));
}

void tst_ConnectionBuilder::assumedCallsAreNoted()
{
    const DesignData d = ReferenceDesign::load();
    // RequestShare, our stated assumption (connectionbuilder.h): 0.3 for the cache, 0.1 for the
    // database, 0.2 for the DynamoDB table, 0.05 for the queue, 0.5 for the service the
    // DestinationRule protects (its spec.host is "user-service").
    const QList<QPair<QString, double>> expected{{QStringLiteral("redis-cluster-primary"), 0.3},
                                                 {QStringLiteral("aurora-cluster-primary"), 0.1},
                                                 {QStringLiteral("dynamodb-table"), 0.2},
                                                 {QStringLiteral("processing-queue"), 0.05},
                                                 {QStringLiteral("user-service"), 0.5}};
    QHash<ObjectId, double> shares;
    for (const auto &[target, share] : expected) {
        const ObjectId id = connectionBetween(d, QStringLiteral("web-app"), target);
        QVERIFY2(id, qPrintable(target));
        QCOMPARE(d.object(id)->field(QStringLiteral("RequestShare")).toDouble(), share);
        QCOMPARE(d.object(id)->field(QStringLiteral("Type")).toString(), QStringLiteral("calls"));
        shares.insert(id, share);
    }
    int notes = 0;
    for (const Diagnostic &diag : d.importDiagnostics) {
        if (diag.rule != QLatin1String("completion.connection"))
            continue;
        ++notes;
        QCOMPARE(diag.severity, Severity::Info);
        QVERIFY(shares.contains(diag.objectId));
        QVERIFY2(diag.message.contains(QLatin1String("assumed from the document's tiers")), qPrintable(diag.message));
        QVERIFY(diag.message.contains(QStringLiteral("RequestShare %1").arg(shares.value(diag.objectId))));
    }
    QCOMPARE(notes, 5);
    // Connections derived from explicit references carry no note.
    QVERIFY(!d.object(connectionBetween(d, QStringLiteral("cdn"), QStringLiteral("alb-us-east-1")))
                 ->fields.contains(QStringLiteral("RequestShare")));
}

void tst_ConnectionBuilder::idempotent()
{
    DesignData d = ReferenceDesign::load();
    const int before = d.size();
    const QStringList list = connections(d);
    QList<Diagnostic> notes;
    ConnectionBuilder::addConnections(d, notes);
    ConnectionBuilder::addConnections(d, notes);
    QCOMPARE(d.size(), before);
    QVERIFY(notes.isEmpty());
    QCOMPARE(connections(d), list);
}

void tst_ConnectionBuilder::namesAndSources()
{
    const ImportResult r = DocumentImporter::importText(seedText(), QStringLiteral("seed.md"));
    const ObjectId id = connectionBetween(r.design, QStringLiteral("cdn"), QStringLiteral("alb-us-east-1"));
    QVERIFY(id);
    const DesignObject &o = *r.design.object(id);
    QCOMPARE(o.name, QStringLiteral("cdn → alb-us-east-1"));
    // The source is the CloudFront block's first key: line 400 of the document (as tst_documentimporter).
    QCOMPARE(o.source.line, 400);
    QCOMPARE(o.fields.value(QStringLiteral("FromId")).toULongLong(), r.design.findByName(ObjectKind::CloudFrontDistribution, QStringLiteral("cdn")));
    QCOMPARE(o.fields.value(QStringLiteral("FromId")).typeId(), int(QMetaType::Int));
}

void tst_ConnectionBuilder::referencesThatNameNothing()
{
    // A Route53 alias to an unknown name in a region without an ALB, and a Lambda fed by a Kinesis
    // stream: nothing to join, nothing added.
    const QByteArray text = "```yaml\nRoute53RecordSets:\n  - Name: a.example.com\n    Type: A\n    SetIdentifier: eu-west-3\n"
                            "    AliasTarget:\n      DNSName: \"${Other.DNSName}\"\n```\n"
                            "```yaml\nLambdaFunction:\n  FunctionName: f\n  EventSourceMappings:\n"
                            "    - EventSourceArn: \"${Stream.Arn}\"\n```\n";
    const ImportResult r = DocumentImporter::importText(text, QStringLiteral("x.md"));
    QVERIFY(r.ok);
    QCOMPARE(connections(r.design), QStringList());
}

void tst_ConnectionBuilder::explicitTargetWorkload()
{
    // TargetWorkload (model/OBJECTS.md, ApplicationLoadBalancer) wins over the name prefix; the
    // longest whole-word prefix wins otherwise ("api-v2-tg" → api-v2, not api).
    DesignData d;
    DesignObject region;
    region.kind = ObjectKind::Region;
    region.name = QStringLiteral("us-east-1");
    const ObjectId r = d.insert(region);
    auto add = [&](ObjectKind kind, const QString &name, const QVariantMap &fields = {}) {
        DesignObject o;
        o.kind = kind;
        o.name = name;
        o.parentId = r;
        o.fields = fields;
        return d.insert(o);
    };
    add(ObjectKind::Deployment, QStringLiteral("api"));
    const ObjectId apiV2 = add(ObjectKind::Deployment, QStringLiteral("api-v2"));
    const ObjectId worker = add(ObjectKind::Deployment, QStringLiteral("worker"));
    const QVariantList groups{QVariantMap{{QStringLiteral("Name"), QStringLiteral("api-v2-tg")}},
                              QVariantMap{{QStringLiteral("Name"), QStringLiteral("api-tg")},
                                          {QStringLiteral("TargetWorkload"), QStringLiteral("worker")}}};
    const ObjectId alb = add(ObjectKind::ApplicationLoadBalancer, QStringLiteral("alb"),
                             QVariantMap{{QStringLiteral("TargetGroups"), groups}});
    QList<Diagnostic> notes;
    ConnectionBuilder::addConnections(d, notes);
    QCOMPARE(connections(d), (QStringList{QStringLiteral("targets alb → api-v2"), QStringLiteral("targets alb → worker")}));
    Q_UNUSED(apiV2);
    Q_UNUSED(worker);
    Q_UNUSED(alb);
    // No database or cache in the region: no assumed calls, no notes.
    QVERIFY(notes.isEmpty());
}

void tst_ConnectionBuilder::survivesSaveYamlAndDiff()
{
    // Connections are ordinary objects: the design YAML and the project file keep them (an equal
    // design back), and a diff reports a changed RequestShare as a field change of that object.
    const DesignData d = ReferenceDesign::load();
    const DesignYamlReadResult yaml = DesignYaml::read(DesignYaml::write(d), QStringLiteral("d.yaml"));
    QVERIFY2(yaml.ok, qPrintable(yaml.errorText()));
    QVERIFY(yaml.design == d);
    QCOMPARE(connections(yaml.design), connections(d));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("d.scaleplan"));
    QString error;
    QVERIFY2(ProjectFile::save(d, path, &error), qPrintable(error));
    const auto loaded = ProjectFile::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(*loaded == d);

    DesignData changed = d;
    const ObjectId cache = connectionBetween(d, QStringLiteral("web-app"), QStringLiteral("redis-cluster-primary"));
    QVERIFY(changed.setField(cache, QStringLiteral("RequestShare"), 0.5));
    const DesignDiff diff = DesignDiff::compare(d, changed);
    QCOMPARE(diff.changedCount(), 1);
    QCOMPARE(diff.addedCount() + diff.removedCount(), 0);
    const ObjectDifference &o = diff.objects().first();
    QCOMPARE(o.kind, ObjectKind::Connection);
    QCOMPARE(o.fields.size(), 1);
    QCOMPARE(o.fields.first().path, QStringLiteral("RequestShare"));
    QCOMPARE(o.fields.first().oldValue.toDouble(), 0.3);
    QCOMPARE(o.fields.first().newValue.toDouble(), 0.5);
}

QTEST_GUILESS_MAIN(tst_ConnectionBuilder)
#include "tst_connectionbuilder.moc"
