// Tests of the Connection rules (design.connection-endpoint, design.connection-request-share) and
// of ConnectionSpec, on a small hand-built design. Which kinds may meet at each end comes from
// model/OBJECTS.md (Connection) and the AWS pages cited in model/connectionspec.h: an ALB target
// group forwards to instances/IPs (a Deployment's pods) or a Lambda function; a Route 53 alias
// record points at an ALB or a CloudFront distribution; CloudFront custom origins are ALBs here.

#include "model/connectionspec.h"
#include "model/validation/validator.h"

#include <QtTest>

using namespace Scaleplan;

namespace {

struct Fixture {
    DesignData design;
    QHash<QString, ObjectId> ids;

    Fixture()
    {
        DesignObject region;
        region.kind = ObjectKind::Region;
        region.name = QStringLiteral("us-east-1");
        region.source = SourceLocation{QStringLiteral("t.md"), 1, 1};
        const ObjectId r = design.insert(region);
        ids.insert(QStringLiteral("region"), r);
        const QList<QPair<ObjectKind, QString>> objects{
            {ObjectKind::Deployment, QStringLiteral("web-app")},
            {ObjectKind::AuroraCluster, QStringLiteral("aurora")},
            {ObjectKind::AuroraCluster, QStringLiteral("aurora-2")},
            {ObjectKind::ElastiCacheReplicationGroup, QStringLiteral("redis")},
            {ObjectKind::ApplicationLoadBalancer, QStringLiteral("alb")},
            {ObjectKind::HorizontalPodAutoscaler, QStringLiteral("hpa")},
            {ObjectKind::SqsQueue, QStringLiteral("queue")},
            {ObjectKind::LambdaFunction, QStringLiteral("fn")},
        };
        for (const auto &[kind, name] : objects) {
            DesignObject o;
            o.kind = kind;
            o.name = name;
            o.parentId = r;
            o.source = SourceLocation{QStringLiteral("t.md"), 2, 1};
            ids.insert(name, design.insert(o));
        }
        for (const QString &top : {QStringLiteral("cdn"), QStringLiteral("record")}) {
            DesignObject o;
            o.kind = top == QLatin1String("cdn") ? ObjectKind::CloudFrontDistribution : ObjectKind::Route53RecordSet;
            o.name = top;
            o.source = SourceLocation{QStringLiteral("t.md"), 3, 1};
            ids.insert(top, design.insert(o));
        }
    }

    /// Adds a Connection with the given fields (names in FromId/ToId are replaced by their ids).
    ObjectId connect(QVariantMap fields)
    {
        for (const QString &end : {QStringLiteral("FromId"), QStringLiteral("ToId")}) {
            const QString value = fields.value(end).toString();
            if (ids.contains(value))
                fields.insert(end, int(ids.value(value)));
        }
        DesignObject o;
        o.kind = ObjectKind::Connection;
        o.name = QStringLiteral("c");
        o.fields = fields;
        o.source = SourceLocation{QStringLiteral("t.md"), 9, 1};
        return design.insert(o);
    }
};

QStringList findings(const DesignData &design, ObjectId connection)
{
    QStringList out;
    for (const Diagnostic &d : Validator::validate(design)) {
        if (d.objectId == connection)
            out.append(QStringLiteral("%1 %2 %3").arg(d.rule, d.field, severityName(d.severity)));
    }
    return out;
}

QVariantMap fields(const QString &from, const QString &to, const QString &type)
{
    return {{QStringLiteral("FromId"), from}, {QStringLiteral("ToId"), to}, {QStringLiteral("Type"), type}};
}

} // namespace

class tst_ConnectionRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endpoints_data();
    void endpoints();
    void requestShare_data();
    void requestShare();
    void rulesAreListed();
    void scenarioTarget_data();
    void scenarioTarget();
    void scenarioLoad_data();
    void scenarioLoad();
    void queueWithoutConsumer();
    void specRoundTrip();
    void typeNames();
};

void tst_ConnectionRules::endpoints_data()
{
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QStringList>("expected");
    const QString endpoint = QStringLiteral("design.connection-endpoint");
    auto error = [&](const char *field) { return QStringList{QStringLiteral("%1 %2 error").arg(endpoint, QLatin1String(field))}; };
    // Fits (model/OBJECTS.md): no finding.
    QTest::newRow("targets ALB → Deployment") << fields("alb", "web-app", "targets") << QStringList();
    QTest::newRow("targets ALB → Lambda (lambda target type)") << fields("alb", "fn", "targets") << QStringList();
    QTest::newRow("calls Deployment → Aurora") << fields("web-app", "aurora", "calls") << QStringList();
    QTest::newRow("calls Deployment → ElastiCache") << fields("web-app", "redis", "calls") << QStringList();
    QTest::newRow("aliases record → ALB") << fields("record", "alb", "aliases") << QStringList();
    QTest::newRow("aliases record → CloudFront") << fields("record", "cdn", "aliases") << QStringList();
    QTest::newRow("origin CloudFront → ALB") << fields("cdn", "alb", "origin") << QStringList();
    QTest::newRow("replicates Aurora → Aurora") << fields("aurora-2", "aurora", "replicates") << QStringList();
    QTest::newRow("triggers SQS → Lambda") << fields("queue", "fn", "triggers") << QStringList();
    QTest::newRow("triggers SQS → Deployment (KEDA)") << fields("queue", "web-app", "triggers") << QStringList();
    QTest::newRow("scales HPA → Deployment") << fields("hpa", "web-app", "scales") << QStringList();
    // Kinds that do not fit the type: error at Type.
    QTest::newRow("targets Deployment → ALB (reversed)") << fields("web-app", "alb", "targets") << error("Type");
    QTest::newRow("replicates Aurora → ElastiCache") << fields("aurora", "redis", "replicates") << error("Type");
    QTest::newRow("origin CloudFront → Aurora") << fields("cdn", "aurora", "origin") << error("Type");
    QTest::newRow("scales HPA → Aurora") << fields("hpa", "aurora", "scales") << error("Type");
    QTest::newRow("calls Aurora → Deployment") << fields("aurora", "web-app", "calls") << error("Type");
    // Bad ends and types.
    QTest::newRow("unknown type") << fields("alb", "web-app", "routes") << error("Type");
    QTest::newRow("type in another case") << fields("alb", "web-app", "Targets") << error("Type");
    QTest::newRow("ToId names no object") << fields("alb", "9999", "targets") << error("ToId");
    QTest::newRow("FromId not an id") << fields("web-app-name", "web-app", "targets") << error("FromId");
    QTest::newRow("FromId zero") << fields("0", "web-app", "targets") << error("FromId");
    QVariantMap missing = fields("alb", "web-app", "targets");
    missing.remove(QStringLiteral("ToId"));
    QTest::newRow("ToId missing") << missing << error("ToId");
    QTest::newRow("same object twice") << fields("web-app", "web-app", "calls") << error("ToId");
    QTest::newRow("both ends missing")
        << fields("8888", "9999", "targets") << (error("FromId") + error("ToId"));
}

void tst_ConnectionRules::endpoints()
{
    QFETCH(QVariantMap, fields);
    QFETCH(QStringList, expected);
    Fixture f;
    const ObjectId c = f.connect(fields);
    QCOMPARE(findings(f.design, c), expected);
}

void tst_ConnectionRules::requestShare_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariant>("share");
    QTest::addColumn<QStringList>("expected");
    const QString rule = QStringLiteral("design.connection-request-share RequestShare ");
    QTest::newRow("0.3 on calls") << "calls" << QVariant(0.3) << QStringList();
    QTest::newRow("0 on calls (bounds included)") << "calls" << QVariant(0) << QStringList();
    QTest::newRow("1 on calls") << "calls" << QVariant(1) << QStringList();
    QTest::newRow("1.5 on calls") << "calls" << QVariant(1.5) << QStringList{rule + "error"};
    QTest::newRow("-0.1 on calls") << "calls" << QVariant(-0.1) << QStringList{rule + "error"};
    QTest::newRow("text on calls") << "calls" << QVariant(QStringLiteral("30%")) << QStringList{rule + "error"};
    QTest::newRow("bool on calls") << "calls" << QVariant(true) << QStringList{rule + "error"};
    QTest::newRow("0.5 on replicates (ignored)") << "replicates" << QVariant(0.5) << QStringList{rule + "warning"};
}

void tst_ConnectionRules::requestShare()
{
    QFETCH(QString, type);
    QFETCH(QVariant, share);
    QFETCH(QStringList, expected);
    Fixture f;
    QVariantMap m = type == QLatin1String("calls") ? fields("web-app", "redis", type) : fields("aurora-2", "aurora", type);
    m.insert(QStringLiteral("RequestShare"), share);
    const ObjectId c = f.connect(m);
    QCOMPARE(findings(f.design, c), expected);
}

void tst_ConnectionRules::rulesAreListed()
{
    const QStringList ids = Validator::ruleIds();
    QVERIFY(ids.contains(QStringLiteral("design.connection-endpoint")));
    QVERIFY(ids.contains(QStringLiteral("design.connection-request-share")));
}

void tst_ConnectionRules::scenarioTarget_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("a Deployment") << QStringLiteral("web-app") << QStringList();
    QTest::newRow("kubectl's kind/name") << QStringLiteral("deployment/web-app") << QStringList();
    QTest::newRow("nothing") << QStringLiteral("does-not-exist")
                             << QStringList{QStringLiteral("design.scenario-target TargetWorkload error")};
    QTest::newRow("a queue") << QStringLiteral("queue") << QStringList{QStringLiteral("design.scenario-target TargetWorkload error")};
    // The scenario's own name is not a target it could mean (it is named after nothing else here).
    QTest::newRow("its own name") << QStringLiteral("peak") << QStringList{QStringLiteral("design.scenario-target TargetWorkload error")};
}

void tst_ConnectionRules::scenarioTarget()
{
    QFETCH(QString, target);
    QFETCH(QStringList, expected);
    Fixture f;
    DesignObject scenario;
    scenario.kind = ObjectKind::LoadScenario;
    scenario.name = QStringLiteral("peak");
    scenario.fields = {{QStringLiteral("VirtualUsers"), 10}, {QStringLiteral("Duration"), QStringLiteral("1m")},
                       {QStringLiteral("TargetWorkload"), target}};
    const ObjectId id = f.design.insert(scenario);
    QCOMPARE(findings(f.design, id), expected);
}

void tst_ConnectionRules::scenarioLoad_data()
{
    // What Simulator::runScenario refuses, validate reports (design.scenario-load), naming the field.
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QStringList>("expected");
    const auto vu = [](const QVariant &users, const QVariant &duration) {
        QVariantMap m{{QStringLiteral("TargetWorkload"), QStringLiteral("web-app")}};
        if (users.isValid())
            m.insert(QStringLiteral("VirtualUsers"), users);
        if (duration.isValid())
            m.insert(QStringLiteral("Duration"), duration);
        return m;
    };
    QTest::newRow("runs") << vu(10, QStringLiteral("1m")) << QStringList();
    QTest::newRow("no Duration") << vu(10, QVariant()) << QStringList{QStringLiteral("design.scenario-load Duration error")};
    // Reported once, by the schema's range rule (design.scenario-load does not repeat it).
    QTest::newRow("negative users") << vu(-5, QStringLiteral("1m")) << QStringList{QStringLiteral("schema.range VirtualUsers error")};
    // 1,000,000 h = 3.6e9 s, far above 7 days (604,800 s) of 1 s steps.
    QTest::newRow("a million hours") << vu(10, QStringLiteral("1000000h"))
                                     << QStringList{QStringLiteral("design.scenario-load Duration error")};
    // 6 days 23 h 50 min + the 600 s cool-down = 604,800 s = 604,801 steps: the most simulated.
    QTest::newRow("exactly 7 days with the cool-down") << vu(10, QStringLiteral("167h50m")) << QStringList();
    QTest::newRow("one second more") << vu(10, QStringLiteral("167h50m1s"))
                                     << QStringList{QStringLiteral("design.scenario-load Duration error")};
    QVariantMap diurnal{{QStringLiteral("TargetWorkload"), QStringLiteral("web-app")},
                        {QStringLiteral("Pattern"), QStringLiteral("diurnal")},
                        {QStringLiteral("PeakRps"), 100},
                        {QStringLiteral("PeakHour"), 30}};
    QTest::newRow("peak hour outside the day") << diurnal << QStringList{QStringLiteral("design.scenario-load PeakHour error")};
    diurnal.insert(QStringLiteral("Period"), QStringLiteral("168h")); // a weekly cycle: hour 30 is Tuesday 06:00
    // Duration defaults to one Period: 168 h + the cool-down is more than 7 days of steps.
    QTest::newRow("a week of a weekly cycle") << diurnal << QStringList{QStringLiteral("design.scenario-load Duration error")};
    diurnal.insert(QStringLiteral("Duration"), QStringLiteral("48h"));
    QTest::newRow("peak hour within a week") << diurnal << QStringList();
    QTest::newRow("a file") << QVariantMap{{QStringLiteral("TargetWorkload"), QStringLiteral("web-app")},
                                           {QStringLiteral("TrafficCsv"), QStringLiteral("traffic.csv")}}
                            << QStringList(); // read and checked by the io layer (sim.traffic-csv)
}

void tst_ConnectionRules::scenarioLoad()
{
    QFETCH(QVariantMap, fields);
    QFETCH(QStringList, expected);
    Fixture f;
    DesignObject scenario;
    scenario.kind = ObjectKind::LoadScenario;
    scenario.name = QStringLiteral("load");
    scenario.fields = fields;
    const ObjectId id = f.design.insert(scenario);
    QCOMPARE(findings(f.design, id), expected);
}

void tst_ConnectionRules::queueWithoutConsumer()
{
    // web-app sends messages to "queue"; nothing consumes them until a triggers connection is added.
    Fixture f;
    QVariantMap m = fields("web-app", "queue", QStringLiteral("calls"));
    m.insert(QStringLiteral("RequestShare"), 0.1);
    f.connect(m);
    const ObjectId queue = f.ids.value(QStringLiteral("queue"));
    QCOMPARE(findings(f.design, queue), QStringList{QStringLiteral("design.queue-without-consumer  warning")});
    f.connect(fields("queue", "fn", QStringLiteral("triggers")));
    QCOMPARE(findings(f.design, queue), QStringList());
}

void tst_ConnectionRules::specRoundTrip()
{
    Fixture f;
    ConnectionSpec spec;
    spec.fromId = f.ids.value(QStringLiteral("web-app"));
    spec.toId = f.ids.value(QStringLiteral("redis"));
    spec.type = ConnectionType::Calls;
    spec.requestShare = 0.3;
    spec.description = QStringLiteral("session look-ups");
    const DesignObject o = spec.toObject(f.design);
    QCOMPARE(o.kind, ObjectKind::Connection);
    QCOMPARE(o.parentId, ObjectId(0));
    QCOMPARE(o.name, QStringLiteral("web-app → redis"));
    QCOMPARE(o.fields.value(QStringLiteral("Type")).toString(), QStringLiteral("calls"));
    QCOMPARE(o.fields.value(QStringLiteral("FromId")).typeId(), int(QMetaType::Int));
    const auto back = ConnectionSpec::fromObject(o);
    QVERIFY(back);
    QCOMPARE(back->fromId, spec.fromId);
    QCOMPARE(back->toId, spec.toId);
    QCOMPARE(back->type, ConnectionType::Calls);
    QCOMPARE(*back->requestShare, 0.3);
    QCOMPARE(back->description, spec.description);
    // Without a share or description those keys are absent.
    spec.requestShare.reset();
    spec.description.clear();
    QCOMPARE(spec.toObject(f.design).fields.keys(),
             (QStringList{QStringLiteral("FromId"), QStringLiteral("ToId"), QStringLiteral("Type")}));
    QString error;
    DesignObject bad = o;
    bad.fields.insert(QStringLiteral("Type"), QStringLiteral("feeds"));
    QVERIFY(!ConnectionSpec::fromObject(bad, &error));
    QVERIFY(error.contains(QLatin1String("feeds")));
}

void tst_ConnectionRules::typeNames()
{
    // The seven types of model/OBJECTS.md, in that order.
    QStringList names;
    for (ConnectionType t : allConnectionTypes())
        names.append(connectionTypeName(t));
    QCOMPARE(names, (QStringList{QStringLiteral("calls"), QStringLiteral("targets"), QStringLiteral("aliases"),
                                 QStringLiteral("origin"), QStringLiteral("replicates"), QStringLiteral("triggers"),
                                 QStringLiteral("scales")}));
    for (const QString &n : names)
        QCOMPARE(connectionTypeName(*connectionTypeFromName(n)), n);
    QVERIFY(!connectionTypeFromName(QStringLiteral("Calls")));
    QCOMPARE(kindFromName(QStringLiteral("Connection")), std::optional<ObjectKind>(ObjectKind::Connection));
    QVERIFY(!isContainerKind(ObjectKind::Connection));
    QVERIFY(!isKubernetesKind(ObjectKind::Connection));
}

QTEST_GUILESS_MAIN(tst_ConnectionRules)
#include "tst_connectionrules.moc"
