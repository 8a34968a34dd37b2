#include "model/validation/connectionrules.h"

#include "model/connectionspec.h"
#include "model/sim/kedacontroller.h"
#include "model/sim/simulator.h"

#include <QSet>
#include <cmath>

namespace Scaleplan::ConnectionRules {

using RuleSupport::makeDiagnostic;
using RuleSupport::text;

namespace {

const QString kEndpointRule = QStringLiteral("design.connection-endpoint");
const QString kShareRule = QStringLiteral("design.connection-request-share");
const QString kScenarioTargetRule = QStringLiteral("design.scenario-target");
const QString kQueueConsumerRule = QStringLiteral("design.queue-without-consumer");
const QString kScenarioLoadRule = QStringLiteral("design.scenario-load");

/// A LoadScenario the simulator cannot run: its load fields are missing, malformed or
/// contradictory (LoadProfile::fromScenario), it lasts longer than the simulator's 7 days at 1 s
/// (with the default 600 s cool-down), or it offers more than 10 million requests/s. The same
/// checks as Simulator::runScenario, so validate and simulate agree. A TrafficCsv file is read by
/// the io layer (rule sim.traffic-csv), not here.
void checkScenarioLoad(const DesignData &design, const DesignObject &scenario, QList<Diagnostic> &out)
{
    const SimulationOptions defaults;
    QString error;
    QMap<QString, RecordedTraffic> traffic; // a TrafficCsv file is not read here: one sample stands in
    if (const QString csv = text(scenario.fields.value(QStringLiteral("TrafficCsv"))); !csv.isEmpty())
        traffic.insert(csv, RecordedTraffic(QVector<double>{0.0}, QVector<double>{0.0}));
    const auto profile = LoadProfile::fromScenario(scenario, defaults.cooldownSeconds,
                                                   defaults.requestsPerVirtualUserPerSecond, &error, &traffic);
    if (!profile) {
        const qsizetype colon = error.indexOf(QLatin1String(": "));
        const QString field = colon > 0 && !error.left(colon).contains(QLatin1Char(' ')) ? error.left(colon) : QString();
        // The diagnostic names the field: the message need not start with it again.
        const QString what = field.isEmpty() ? error : error.mid(colon + 2);
        out.append(makeDiagnostic(design, scenario, Severity::Error, kScenarioLoadRule, field,
                                  QStringLiteral("%1: the scenario cannot be simulated").arg(what)));
        return;
    }
    if (!traffic.isEmpty())
        return; // length and rates come from the file
    const double seconds = profile->totalSeconds();
    const qint64 steps = Simulator::stepCount(*profile, defaults.stepSeconds);
    if (!(steps > 0) || steps > Simulator::kMaxSteps) {
        out.append(makeDiagnostic(design, scenario, Severity::Error, kScenarioLoadRule, QStringLiteral("Duration"),
                                  QStringLiteral("the scenario lasts %1 s with the %2 s cool-down, more than the 7 days "
                                                 "Scaleplan simulates at 1 s steps: it is not simulated; shorten it")
                                      .arg(seconds, 0, 'g', 8)
                                      .arg(defaults.cooldownSeconds)));
        return;
    }
    const double peak = Simulator::peakOfferedRps(*profile, defaults.stepSeconds, steps, Simulator::kMaxOfferedRps);
    if (!(peak <= Simulator::kMaxOfferedRps))
        out.append(makeDiagnostic(design, scenario, Severity::Error, kScenarioLoadRule, QString(),
                                  QStringLiteral("the scenario offers %1 requests/s, more than the 10,000,000 requests/s "
                                                 "Scaleplan simulates: it is not simulated")
                                      .arg(peak, 0, 'g', 6)));
}

/// A LoadScenario's TargetWorkload must name a Deployment of the design (the simulator sends the
/// scenario's load there; a name that matches nothing would simulate a made-up workload).
void checkScenario(const DesignData &design, const DesignObject &scenario, QList<Diagnostic> &out)
{
    const QVariant target = scenario.fields.value(QStringLiteral("TargetWorkload"));
    if (!target.isValid() || target.isNull())
        return;
    QString name = text(target).trimmed();
    name = name.mid(name.lastIndexOf(QLatin1Char('/')) + 1); // "deployment/web-app" as kubectl writes it
    if (name.isEmpty() && target.typeId() != QMetaType::QVariantMap && target.typeId() != QMetaType::QVariantList) {
        out.append(makeDiagnostic(design, scenario, Severity::Error, kScenarioTargetRule, QStringLiteral("TargetWorkload"),
                                  QStringLiteral("TargetWorkload is empty: name the Deployment that receives the load, or "
                                                 "remove the field (then the first HPA's target receives it).")));
        return;
    }
    if (name.isEmpty())
        return; // a list or map: schema.type reports it
    if (design.findByName(ObjectKind::Deployment, name))
        return;
    QString other;
    for (ObjectId id : design.preorder()) {
        if (id != scenario.id && design.object(id)->name == name) { // not the scenario itself
            other = kindName(design.object(id)->kind);
            break;
        }
    }
    out.append(makeDiagnostic(design, scenario, Severity::Error, kScenarioTargetRule, QStringLiteral("TargetWorkload"),
                              other.isEmpty()
                                  ? QStringLiteral("TargetWorkload \"%1\" names no Deployment of the design: the scenario "
                                                   "is not simulated. Name the Deployment that receives the load.")
                                        .arg(name)
                                  : QStringLiteral("TargetWorkload \"%1\" is an object of kind %2, not a Deployment: the "
                                                   "scenario's load enters a Deployment and follows its calls connections "
                                                   "from there.")
                                        .arg(name, other)));
}

/// An SqsQueue that receives messages (a `calls` connection to it) needs a consumer: a `triggers`
/// connection to a Lambda function or Deployment, or a KEDA ScaledObject whose aws-sqs-queue
/// trigger names it. Otherwise the messages pile up (Amazon SQS keeps them up to its retention
/// period, 4 days by default, then drops them: Amazon SQS Developer Guide, "Message retention").
void checkQueues(const DesignData &design, QList<Diagnostic> &out)
{
    QSet<ObjectId> fed, consumed;
    for (ObjectId id : design.objectsOfKind(ObjectKind::Connection)) {
        const auto spec = ConnectionSpec::fromObject(*design.object(id));
        if (!spec)
            continue;
        if (spec->type == ConnectionType::Calls)
            fed.insert(spec->toId);
        else if (spec->type == ConnectionType::Triggers)
            consumed.insert(spec->fromId);
    }
    for (ObjectId id : design.objectsOfKind(ObjectKind::ScaledObject)) {
        for (const QVariant &t : design.object(id)->field(QStringLiteral("spec.triggers")).toList()) {
            for (ObjectId q : design.objectsOfKind(ObjectKind::SqsQueue)) {
                if (KedaSpec::triggerNamesQueue(t.toMap(), *design.object(q)))
                    consumed.insert(q);
            }
        }
    }
    for (ObjectId q : design.objectsOfKind(ObjectKind::SqsQueue)) {
        if (fed.contains(q) && !consumed.contains(q))
            out.append(makeDiagnostic(design, *design.object(q), Severity::Warning, kQueueConsumerRule, QString(),
                                      QStringLiteral("%1 receives messages (a calls connection) but nothing consumes them: "
                                                     "add a triggers connection to a Lambda function or Deployment, or a "
                                                     "KEDA aws-sqs-queue trigger naming it. Unconsumed messages pile up "
                                                     "and are dropped after the retention period.")
                                          .arg(design.object(q)->name)));
    }
}

/// Checks one end ("FromId" / "ToId"); returns the object it names when it is usable.
const DesignObject *checkEnd(const DesignData &design, const DesignObject &connection, const QString &field,
                             QList<Diagnostic> &out)
{
    const QVariant value = connection.fields.value(field);
    const auto id = RuleSupport::integer(value);
    if (!id || *id <= 0) {
        out.append(makeDiagnostic(design, connection, Severity::Error, kEndpointRule, field,
                                  value.isValid()
                                      ? QStringLiteral("%1 \"%2\" is not an object id (a positive integer); the "
                                                       "connection joins nothing.")
                                            .arg(field, text(value))
                                      : QStringLiteral("%1 is missing: a connection needs the id of the object at "
                                                       "each end.")
                                            .arg(field)));
        return nullptr;
    }
    const DesignObject *end = design.object(ObjectId(*id));
    if (!end) {
        out.append(makeDiagnostic(design, connection, Severity::Error, kEndpointRule, field,
                                  QStringLiteral("%1 %2 names no object of the design (it was removed, or the id is "
                                                 "wrong); remove the connection or point it at an existing object.")
                                      .arg(field)
                                      .arg(*id)));
        return nullptr;
    }
    if (end->kind == ObjectKind::Connection) {
        out.append(makeDiagnostic(design, connection, Severity::Error, kEndpointRule, field,
                                  QStringLiteral("%1 %2 is the connection \"%3\": a connection joins two objects of the "
                                                 "design, not two connections.")
                                      .arg(field)
                                      .arg(*id)
                                      .arg(end->name)));
        return nullptr;
    }
    return end;
}

void checkConnection(const DesignData &design, const DesignObject &connection, QList<Diagnostic> &out)
{
    const DesignObject *from = checkEnd(design, connection, QStringLiteral("FromId"), out);
    const DesignObject *to = checkEnd(design, connection, QStringLiteral("ToId"), out);
    const QString typeName = text(connection.fields.value(QStringLiteral("Type")));
    const auto type = connectionTypeFromName(typeName);
    if (!type) {
        QStringList names;
        for (ConnectionType t : allConnectionTypes())
            names.append(connectionTypeName(t));
        out.append(makeDiagnostic(design, connection, Severity::Error, kEndpointRule, QStringLiteral("Type"),
                                  QStringLiteral("Type \"%1\" is not a connection type (%2).")
                                      .arg(typeName, names.join(QStringLiteral(", ")))));
    }
    if (from && to && from->id == to->id) {
        out.append(makeDiagnostic(design, connection, Severity::Error, kEndpointRule, QStringLiteral("ToId"),
                                  QStringLiteral("FromId and ToId are both %1 (%2): a connection joins two different "
                                                 "objects.")
                                      .arg(from->id)
                                      .arg(from->name)));
    } else if (from && to && type && !connectionFits(*type, from->kind, to->kind)) {
        out.append(makeDiagnostic(design, connection, Severity::Error, kEndpointRule, QStringLiteral("Type"),
                                  QStringLiteral("a \"%1\" connection cannot go from %2 \"%3\" to %4 \"%5\": it goes %6 "
                                                 "(model/OBJECTS.md, Connection).")
                                      .arg(typeName, kindName(from->kind), from->name, kindName(to->kind), to->name,
                                           connectionEndsText(*type))));
    }

    const QVariant share = connection.fields.value(QStringLiteral("RequestShare"));
    if (share.isValid()) {
        bool ok = false;
        const double value = share.typeId() == QMetaType::Bool ? 0 : share.toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < 0 || value > 1) {
            out.append(makeDiagnostic(design, connection, Severity::Error, kShareRule, QStringLiteral("RequestShare"),
                                      QStringLiteral("RequestShare \"%1\" is not a fraction between 0 and 1 (the share of "
                                                     "the source's requests sent along the connection: 0.3 = 30 %).")
                                          .arg(text(share))));
        } else if (type && *type != ConnectionType::Calls) {
            out.append(makeDiagnostic(design, connection, Severity::Warning, kShareRule, QStringLiteral("RequestShare"),
                                      QStringLiteral("RequestShare applies to \"calls\" connections only; on a \"%1\" "
                                                     "connection the simulation ignores it.")
                                          .arg(typeName)));
        }
    }
}

} // namespace

QList<RuleSupport::RuleInfo> rules()
{
    return {
        {kEndpointRule, Severity::Error,
         QStringLiteral("Connection FromId/ToId not naming two different existing objects, unknown Type, or ends whose "
                        "kinds do not fit the Type"),
         QStringLiteral("model/OBJECTS.md (Connection); Elastic Load Balancing User Guide, target types; Route 53 "
                        "Developer Guide, alias records; CloudFront Developer Guide, custom origins")},
        {kShareRule, Severity::Error,
         QStringLiteral("Connection RequestShare not a number in 0..1 (error), or set on a type other than calls "
                        "(warning)"),
         QStringLiteral("model/OBJECTS.md (Connection)")},
        {kScenarioTargetRule, Severity::Error,
         QStringLiteral("LoadScenario TargetWorkload naming no Deployment of the design"),
         QStringLiteral("model/sim/simulator.h (entry workload)")},
        {kScenarioLoadRule, Severity::Error,
         QStringLiteral("LoadScenario the simulator cannot run: load fields missing, malformed or contradictory, longer "
                        "than 7 days at 1 s, or more than 10 million requests/s"),
         QStringLiteral("model/sim/loadprofile.h (LoadProfile::fromScenario); model/sim/simulator.h (bounds); k6 "
                        "documentation, \"Ramping VUs\" executor")},
        {kQueueConsumerRule, Severity::Warning,
         QStringLiteral("SqsQueue receiving messages with no consumer (no triggers connection, no KEDA aws-sqs-queue trigger)"),
         QStringLiteral("Amazon SQS Developer Guide, \"Message retention\"; KEDA docs, \"AWS SQS Queue\" scaler")},
    };
}

void check(const DesignData &design, QList<Diagnostic> &out)
{
    for (ObjectId id : design.objectsOfKind(ObjectKind::Connection))
        checkConnection(design, *design.object(id), out);
    for (ObjectId id : design.objectsOfKind(ObjectKind::LoadScenario)) {
        checkScenario(design, *design.object(id), out);
        checkScenarioLoad(design, *design.object(id), out);
    }
    checkQueues(design, out);
}

} // namespace Scaleplan::ConnectionRules
