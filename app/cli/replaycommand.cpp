// scaleplan-cli replay: a recorded metric timeline through an HPA or a KEDA ScaledObject.
#include "app/cli/clicommands.h"

#include "model/io/yamlreader.h"
#include "model/quantity.h"
#include "model/sim/hpaspec.h"
#include "model/sim/kedacontroller.h"
#include "model/sim/metricreplay.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cmath>

namespace Scaleplan::Cli {

namespace {

const char *kReplayUsage =
    "usage: scaleplan-cli replay --hpa HPA.yaml --metrics FILE.csv [--replicas N] [--request [cpu=|memory=]QUANTITY]... "
    "[--format text|json]";

QTextStream &stdOut()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &stdErr()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message)
{
    stdErr() << "scaleplan-cli: " << message << '\n';
    stdErr().flush();
    return 2;
}

QString cell(int replicas)
{
    return replicas < 0 ? QStringLiteral("-") : QString::number(replicas);
}

void printText(const ReplayResult &r)
{
    QTextStream &out = stdOut();
    out << "replay of " << r.kind << ' ' << r.name << " (target " << r.scaleTargetName << "), "
        << r.steps.size() << (r.steps.size() == 1 ? " decision\n" : " decisions\n");
    const bool keda = r.kind == QLatin1String("ScaledObject");
    QStringList header{QStringLiteral("time_s")};
    if (keda)
        header << QStringLiteral("source") << QStringLiteral("active");
    header << QStringLiteral("current") << QStringLiteral("ready");
    for (const QString &label : r.metricLabels)
        header << QString(QStringLiteral("raw:") + label);
    header << QStringLiteral("desired") << QStringLiteral("stabilized") << QStringLiteral("policy")
           << QStringLiteral("final") << QStringLiteral("limited_by");
    out << header.join(QLatin1Char('\t')) << '\n';
    for (const ReplayStep &s : r.steps) {
        QStringList row{QString::number(s.timeSeconds, 'g', 10)};
        if (keda)
            row << s.source << (s.source == QLatin1String("keda") ? (s.active ? QStringLiteral("yes") : QStringLiteral("no"))
                                                                  : QStringLiteral("-"));
        row << QString::number(s.currentReplicas) << QString::number(s.readyPods);
        for (int v : s.metricReplicas)
            row << cell(v);
        row << QString::number(s.desiredReplicas) << QString::number(s.stabilizedReplicas)
            << QString::number(s.policyReplicas) << QString::number(s.finalReplicas)
            << (s.metricsAvailable || s.limitedBy == QLatin1String("scaling-disabled") ? s.limitedBy : QStringLiteral("no-metrics"));
        out << row.join(QLatin1Char('\t')) << '\n';
    }
    for (const QString &n : r.notes)
        out << "note: " << n << '\n';
}

QJsonObject toJson(const ReplayResult &r)
{
    QJsonArray steps;
    for (const ReplayStep &s : r.steps) {
        QJsonObject raw;
        for (int i = 0; i < r.metricLabels.size() && i < s.metricReplicas.size(); ++i)
            raw.insert(r.metricLabels.at(i), s.metricReplicas.at(i) < 0 ? QJsonValue() : QJsonValue(s.metricReplicas.at(i)));
        QJsonObject o{{QStringLiteral("time_s"), s.timeSeconds},
                      {QStringLiteral("source"), s.source},
                      {QStringLiteral("currentReplicas"), s.currentReplicas},
                      {QStringLiteral("readyPods"), s.readyPods},
                      {QStringLiteral("rawDesired"), raw},
                      {QStringLiteral("metricsAvailable"), s.metricsAvailable},
                      {QStringLiteral("desiredReplicas"), s.desiredReplicas},
                      {QStringLiteral("stabilizedReplicas"), s.stabilizedReplicas},
                      {QStringLiteral("policyReplicas"), s.policyReplicas},
                      {QStringLiteral("finalReplicas"), s.finalReplicas},
                      {QStringLiteral("limitedBy"), s.limitedBy}};
        if (s.source == QLatin1String("keda"))
            o.insert(QStringLiteral("active"), s.active);
        steps.append(o);
    }
    return QJsonObject{{QStringLiteral("kind"), r.kind},
                       {QStringLiteral("name"), r.name},
                       {QStringLiteral("scaleTarget"), r.scaleTargetName},
                       {QStringLiteral("metrics"), QJsonArray::fromStringList(r.metricLabels)},
                       {QStringLiteral("decisions"), steps},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}};
}

} // namespace

int replayCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Replay recorded metrics through an HPA (autoscaling/v2) or a KEDA "
                                               "ScaledObject and print every sync decision."));
    p.addHelpOption();
    p.addOption({QStringLiteral("hpa"), QStringLiteral("YAML file with a HorizontalPodAutoscaler or ScaledObject (and "
                                                       "optionally its Deployment)"),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("metrics"), QStringLiteral("CSV: time_s,pod,metric,value[,ready][,started_s][,request]"),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("replicas"), QStringLiteral("replicas before the first sync (default: the Deployment's "
                                                            "spec.replicas in the YAML, else the pods of the first sample)"),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("request"), QStringLiteral("resource request per pod for Utilization targets when the CSV "
                                                           "has no request column: 500m for the one resource used, or "
                                                           "cpu=500m and memory=512Mi (repeat the option)"),
                 QStringLiteral("[RESOURCE=]QUANTITY")});
    p.addOption({QStringLiteral("format"), QStringLiteral("text (default) or json"), QStringLiteral("FORMAT"),
                 QStringLiteral("text")});
    if (!p.parse(args)) {
        stdErr() << p.errorText() << '\n' << kReplayUsage << '\n';
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        stdOut() << p.helpText();
        return 0;
    }
    if (!p.isSet(QStringLiteral("hpa")) || !p.isSet(QStringLiteral("metrics")) || !p.positionalArguments().isEmpty()) {
        stdErr() << kReplayUsage << '\n';
        return 2;
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return fail(QStringLiteral("--format must be text or json"));

    ReplayOptions options;
    if (p.isSet(QStringLiteral("replicas"))) {
        bool ok = false;
        options.initialReplicas = p.value(QStringLiteral("replicas")).toInt(&ok);
        if (!ok || options.initialReplicas < 0)
            return fail(QStringLiteral("--replicas must be a non-negative integer"));
    }
    bool bareRequest = false;
    for (const QString &value : p.values(QStringLiteral("request"))) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const QString resource = eq < 0 ? QString() : value.left(eq).trimmed();
        if (eq >= 0 && resource != QLatin1String("cpu") && resource != QLatin1String("memory"))
            return fail(QStringLiteral("--request %1: the resource must be cpu or memory").arg(value));
        const auto request = Quantity::parse(eq < 0 ? value : value.mid(eq + 1).trimmed());
        // 1e15: the largest request a CSV row may hold (milli-units stay within 64 bits).
        if (!request || !(*request > 0) || *request > 1e15)
            return fail(QStringLiteral("--request %1: must be a positive Kubernetes quantity of at most 1e15 (e.g. 500m, "
                                       "cpu=500m, memory=512Mi)")
                            .arg(value));
        if (eq < 0) {
            options.requestPerPod = *request;
            bareRequest = true;
        } else {
            options.requestByResource.insert(resource, *request);
        }
    }

    // The autoscaler manifest.
    const QString yamlPath = p.value(QStringLiteral("hpa"));
    QFile yamlFile(yamlPath);
    if (!yamlFile.open(QIODevice::ReadOnly))
        return fail(QString(yamlPath + QStringLiteral(": ") + yamlFile.errorString()));
    const YamlReadResult yaml = YamlReader::read(yamlFile.readAll(), yamlPath);
    for (const Diagnostic &d : yaml.diagnostics) {
        if (d.severity == Severity::Error)
            return fail(QStringLiteral("%1:%2: %3").arg(yamlPath).arg(d.source.line).arg(d.message));
    }
    const QVariantMap *autoscaler = nullptr;
    int autoscalerLine = 0;
    QList<QVariantMap> documents;
    for (const YamlDocument &doc : yaml.documents)
        documents.append(doc.root.toMap());
    QStringList others; // further autoscalers in the file, which the replay leaves alone
    for (int i = 0; i < documents.size(); ++i) {
        const QString kind = documents.at(i).value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("HorizontalPodAutoscaler") || kind == QLatin1String("ScaledObject")) {
            if (autoscaler) {
                others.append(QStringLiteral("%1 %2 (line %3)")
                                  .arg(kind,
                                       documents.at(i).value(QStringLiteral("metadata")).toMap().value(QStringLiteral("name")).toString())
                                  .arg(yaml.documents.at(i).line));
                continue;
            }
            autoscaler = &documents.at(i);
            autoscalerLine = yaml.documents.at(i).line;
        }
    }
    if (!autoscaler)
        return fail(QString(yamlPath + QStringLiteral(": no HorizontalPodAutoscaler or ScaledObject document")));
    const bool isKeda = autoscaler->value(QStringLiteral("kind")).toString() == QLatin1String("ScaledObject");
    QStringList errors;
    std::optional<HpaSpec> hpa;
    std::optional<KedaSpec> keda;
    if (isKeda)
        keda = KedaSpec::fromManifest(*autoscaler, &errors);
    else
        hpa = HpaSpec::fromManifest(*autoscaler, &errors);
    if (!hpa && !keda) {
        QString message = QStringLiteral("%1:%2: the %3 cannot be used")
                              .arg(yamlPath)
                              .arg(autoscalerLine)
                              .arg(autoscaler->value(QStringLiteral("kind")).toString());
        for (const QString &e : std::as_const(errors))
            message += QStringLiteral("\n  ") + e;
        return fail(message);
    }
    if (bareRequest) {
        // One bare --request for cpu and memory Utilization at once would read 500m as bytes of memory.
        QSet<QString> resources;
        if (hpa) {
            for (const HpaMetricSpec &m : hpa->metrics) {
                if (m.targetType == HpaMetricTargetType::Utilization)
                    resources.insert(m.metricName);
            }
        } else {
            for (const KedaTrigger &t : keda->triggers) {
                if (t.utilization)
                    resources.insert(t.type);
            }
        }
        if (resources.size() > 1 && !(options.requestByResource.contains(QStringLiteral("cpu"))
                                      && options.requestByResource.contains(QStringLiteral("memory"))))
            return fail(QStringLiteral("--request: the %1 has Utilization targets on cpu and memory; give each its request "
                                       "(--request cpu=500m --request memory=512Mi)")
                            .arg(autoscaler->value(QStringLiteral("kind")).toString()));
    }
    const QString targetName = hpa ? hpa->scaleTargetName : keda->scaleTargetName;
    if (options.initialReplicas < 0) {
        for (const QVariantMap &doc : std::as_const(documents)) {
            if (doc.value(QStringLiteral("kind")).toString() == QLatin1String("Deployment")
                && doc.value(QStringLiteral("metadata")).toMap().value(QStringLiteral("name")).toString() == targetName) {
                const QVariant replicas = doc.value(QStringLiteral("spec")).toMap().value(QStringLiteral("replicas"));
                options.initialReplicas = replicas.isValid() ? std::max(0, replicas.toInt()) : 1;
            }
        }
    }

    // The metrics.
    const QString csvPath = p.value(QStringLiteral("metrics"));
    QFile csvFile(csvPath);
    if (!csvFile.open(QIODevice::ReadOnly))
        return fail(QString(csvPath + QStringLiteral(": ") + csvFile.errorString()));
    MetricCsvError csvError;
    const auto samples = MetricReplay::parseCsv(csvFile.readAll(), csvPath, &csvError);
    if (!samples)
        return fail(csvError.toString());
    if (samples->isEmpty())
        return fail(QString(csvPath + QStringLiteral(": no samples")));

    ReplayResult result = hpa ? MetricReplay::replayHpa(*hpa, *samples, options)
                              : MetricReplay::replayKeda(*keda, *samples, options);
    for (const QString &e : std::as_const(errors))
        result.notes.prepend(e);
    if (!others.isEmpty())
        result.notes.append(QStringLiteral("%1 holds more autoscalers; replayed the first (line %2), not %3")
                                .arg(yamlPath)
                                .arg(autoscalerLine)
                                .arg(others.join(QStringLiteral(", "))));
    if (format == QLatin1String("json"))
        stdOut() << QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented);
    else
        printText(result);
    stdOut().flush();
    return 0;
}

} // namespace Scaleplan::Cli
