// scaleplan-cli: the headless pipeline (import, validate, simulate, export). Links io + core only.

#include "app/cli/clicommands.h"
#include "app/cli/clioutput.h"
#include "model/export/designexporter.h"
#include "model/io/designloader.h"
#include "model/io/filecheck.h"
#include "model/io/designyaml.h"
#include "model/io/documentimporter.h"
#include "model/io/projectfile.h"
#include "model/io/referencedesign.h"
#include "model/io/simulationinputs.h"
#include "model/sim/simulator.h"
#include "model/validation/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>
#include <cstdio>

using namespace Scaleplan;

namespace {

enum ExitCode { ExitOk = 0, ExitDesignErrors = 1, ExitUnusable = 2 };

using Cli::err;
using Cli::out;

/// Loads IN: "reference" (the bundled design), a .scaleplan project, or any importable document.
/// The files this run reads (canonical paths): no output may replace one of them.
QStringList &inputFiles()
{
    static QStringList files;
    return files;
}

void rememberInput(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (!canonical.isEmpty())
        inputFiles().append(canonical);
}

/// Empty when `outputPath` may be written; else why not (it is, or links to, an input file).
QString outputProblem(const QString &outputPath)
{
    const QString canonical = QFileInfo(outputPath).canonicalFilePath(); // follows symbolic links
    if (!canonical.isEmpty() && inputFiles().contains(canonical))
        return QStringLiteral("%1: refusing to write the output over an input file (%2); choose another output path")
            .arg(outputPath, canonical);
    return {};
}

/// Empty when nothing under `dir` (the output folder, searched to a bounded depth and size) is, or
/// links to, an input file; else why the output there is refused. Guards the folder writers
/// (export, run), whose file names are chosen by the exporter.
QString outputDirProblem(const QString &dir)
{
    if (inputFiles().isEmpty() || !QFileInfo(dir).isDir())
        return {};
    QDirIterator it(dir, QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    for (int seen = 0; it.hasNext() && seen < 100000; ++seen) {
        const QString path = it.next();
        if (const QString problem = outputProblem(path); !problem.isEmpty())
            return problem;
    }
    return {};
}

/// "1 error", "2 errors": a count with its noun in the right number.
QString counted(int n, const char *singular, const char *plural)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? singular : plural));
}

/// "N errors, N warnings" of a DiagnosticCounts.
QString errorsAndWarnings(const DiagnosticCounts &c)
{
    return QString(counted(c.errors, "error", "errors") + QStringLiteral(", ") + counted(c.warnings, "warning", "warnings"));
}

/// The folder of the file the design was loaded from (empty for 'reference'): relative TrafficCsv
/// paths resolve against it (SimulationInputs).
QString g_designDirectory;

std::optional<DesignData> loadInput(const QString &input, QString *error)
{
    if (input.isEmpty() || input == QLatin1String("reference"))
        return ReferenceDesign::load();
    rememberInput(input);
    g_designDirectory = QFileInfo(input).absolutePath();
    return DesignLoader::load(input, error);
}

/// Import diagnostics (YAML errors, unknown blocks, corrections) followed by the validation rules.
QList<Diagnostic> ruleDiagnostics(const DesignData &design)
{
    QList<Diagnostic> diagnostics = design.importDiagnostics;
    diagnostics.append(Validator::validate(design));
    return diagnostics;
}

/// ruleDiagnostics() and the recorded traffic files the scenarios name that cannot be read
/// (sim.traffic-csv), so validate reports what would stop simulate. The files are read once:
/// with `inputs`, the simulation options holding the traffic read are kept there.
QList<Diagnostic> allDiagnostics(const DesignData &design, SimulationOptions *inputs = nullptr)
{
    QList<Diagnostic> diagnostics = ruleDiagnostics(design);
    SimulationOptions read = SimulationInputs::options(design, &diagnostics, {}, g_designDirectory);
    if (inputs)
        *inputs = std::move(read);
    return diagnostics;
}

QString diagnosticLine(const Diagnostic &d)
{
    QString where = d.source.toString();
    if (where.isEmpty())
        where = QStringLiteral("(design)");
    QString line = QStringLiteral("%1: %2: [%3]").arg(where, severityName(d.severity), d.rule);
    if (!d.objectPath.isEmpty())
        line += QLatin1Char(' ') + d.objectPath;
    if (!d.field.isEmpty())
        line += QStringLiteral(" (") + d.field + QLatin1Char(')');
    line += QStringLiteral(": ") + d.message;
    return line;
}

QJsonObject diagnosticsJson(const QList<Diagnostic> &diagnostics)
{
    QJsonArray list;
    for (const Diagnostic &d : diagnostics) {
        QJsonObject o{{QStringLiteral("severity"), severityName(d.severity)},
                      {QStringLiteral("rule"), d.rule},
                      {QStringLiteral("object"), d.objectPath},
                      {QStringLiteral("message"), d.message}};
        if (!d.field.isEmpty())
            o.insert(QStringLiteral("field"), d.field);
        QJsonObject source{{QStringLiteral("file"), d.source.file}, {QStringLiteral("line"), d.source.line}};
        if (d.source.column > 0)
            source.insert(QStringLiteral("column"), d.source.column);
        o.insert(QStringLiteral("source"), source);
        if (!d.fix.isEmpty())
            o.insert(QStringLiteral("fix"), d.fixDescription);
        list.append(o);
    }
    const DiagnosticCounts counts = countDiagnostics(diagnostics);
    return QJsonObject{{QStringLiteral("diagnostics"), list},
                       {QStringLiteral("summary"),
                        QJsonObject{{QStringLiteral("errors"), counts.errors},
                                    {QStringLiteral("warnings"), counts.warnings},
                                    {QStringLiteral("infos"), counts.infos}}}};
}

bool writeFileAtomically(const QString &requestedPath, const QByteArray &data, QString *error)
{
    if (const QString problem = outputProblem(requestedPath); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const QString path = FileCheck::writeTarget(requestedPath, error);
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

/// Long-form CSV of every scenario: first the scenario's rows (`object` empty: the entry workload's
/// load, replicas and latency with the design's nodes, pending pods and cost), then one block per
/// simulated object with its own series (ObjectResult), `queue_depth` for SqsQueues.
QByteArray simulationCsv(const QList<ScenarioResult> &results)
{
    QByteArray csv = "scenario,time_s,offered_rps,served_rps,desired_replicas,ready_replicas,cpu_utilisation_percent,"
                     "latency_p95_ms,nodes,pending_pods,cost_usd_per_hour,latency_p50_ms,latency_p99_ms,errors_rps,object,kind,"
                     "queue_depth\n";
    auto quoted = [](const QString &text) {
        QByteArray utf8 = text.toUtf8();
        if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n'))
            utf8 = '"' + utf8.replace('"', "\"\"") + '"';
        return utf8;
    };
    auto rows = [&](const QString &scenario, const TimeSeries &s, const QString &object, const QString &kind,
                    const QVector<double> &queueDepth) {
        for (int i = 0; i < s.timeSeconds.size(); ++i) {
            csv += quoted(scenario) + ',' + QByteArray::number(s.timeSeconds.value(i), 'g', 10) + ','
                + QByteArray::number(s.offeredRps.value(i), 'f', 3) + ',' + QByteArray::number(s.servedRps.value(i), 'f', 3)
                + ',' + QByteArray::number(s.desiredReplicas.value(i), 'g', 10) + ','
                + QByteArray::number(s.readyReplicas.value(i), 'g', 10) + ','
                + QByteArray::number(s.cpuUtilisationPercent.value(i), 'f', 3) + ','
                + QByteArray::number(s.latencyP95Ms.value(i), 'f', 3) + ','
                + QByteArray::number(s.nodes.value(i), 'g', 10) + ','
                + QByteArray::number(s.pendingPods.value(i), 'g', 10) + ','
                + QByteArray::number(s.costUsdPerHour.value(i), 'f', 6) + ','
                + QByteArray::number(s.latencyP50Ms.value(i), 'f', 3) + ','
                + QByteArray::number(s.latencyP99Ms.value(i), 'f', 3) + ','
                + QByteArray::number(s.errors.value(i), 'f', 3) + ',' + quoted(object) + ',' + kind.toUtf8() + ','
                + (queueDepth.isEmpty() ? QByteArray() : QByteArray::number(queueDepth.value(i), 'f', 3)) + '\n';
        }
    };
    for (const ScenarioResult &r : results) {
        rows(r.scenario, r.series, QString(), QString(), {});
        for (const ObjectResult &o : r.objects)
            rows(r.scenario, o.series, o.name, kindName(o.kind), o.queueDepth);
    }
    return csv;
}

/// A figure for JSON: rounding noise (|x| < 1e-9, e.g. 7.1e-15 messages left in a drained queue) as 0.
double figure(double x)
{
    return std::abs(x) < 1e-9 ? 0.0 : x;
}

QJsonObject simulationJson(const QList<ScenarioResult> &results)
{
    QJsonArray list;
    for (const ScenarioResult &r : results) {
        QJsonArray notes;
        for (const QString &n : r.notes)
            notes.append(n);
        QJsonObject scenario{{QStringLiteral("scenario"), r.scenario},
                             // false: the scenario could not be run (the reason is in notes); its figures are 0
                             {QStringLiteral("simulated"), !r.series.timeSeconds.isEmpty()},
                             {QStringLiteral("workload"), r.workload},
                             {QStringLiteral("peakReplicas"), r.peakReplicas},
                             {QStringLiteral("peakCpuUtilisationPercent"), r.peakCpuUtilisationPercent},
                             {QStringLiteral("peakLatencyP95Ms"), r.peakLatencyP95Ms},
                             {QStringLiteral("droppedRequests"), r.droppedRequests},
                             {QStringLiteral("durationSeconds"), r.series.timeSeconds.isEmpty() ? 0.0 : r.series.timeSeconds.last()},
                             {QStringLiteral("peakNodes"), r.peakNodes},
                             {QStringLiteral("totalCostUsd"), r.totalCostUsd},
                             {QStringLiteral("secondsOverSlo"), r.secondsOverSlo},
                             {QStringLiteral("catalogueDate"), r.catalogueDate},
                             {QStringLiteral("notes"), notes}};
        QJsonObject breakdown;
        for (auto it = r.costBreakdownUsd.cbegin(); it != r.costBreakdownUsd.cend(); ++it)
            breakdown.insert(it.key(), it.value());
        scenario.insert(QStringLiteral("costBreakdownUsd"), breakdown);
        QJsonArray objects;
        for (const ObjectResult &o : r.objects) {
            double peakQueue = 0;
            for (double depth : o.queueDepth)
                peakQueue = std::max(peakQueue, depth);
            QJsonObject object{{QStringLiteral("id"), qint64(o.objectId)},
                               {QStringLiteral("name"), o.name},
                               {QStringLiteral("kind"), kindName(o.kind)},
                               {QStringLiteral("scaler"), o.scaler},
                               {QStringLiteral("peakReplicas"), figure(o.peakReplicas)},
                               {QStringLiteral("peakOfferedRps"), figure(o.peakOfferedRps)},
                               {QStringLiteral("peakLatencyP95Ms"), figure(o.peakLatencyP95Ms)},
                               {QStringLiteral("droppedRequests"), figure(o.droppedRequests)},
                               {QStringLiteral("costUsd"), figure(o.costUsd)},
                               {QStringLiteral("secondsOverSlo"), figure(o.secondsOverSlo)},
                               {QStringLiteral("sampleStride"), o.sampleStride}};
            if (o.kind == ObjectKind::SqsQueue)
                object.insert(QStringLiteral("peakQueueDepth"), figure(peakQueue));
            objects.append(object);
        }
        scenario.insert(QStringLiteral("objects"), objects);
        if (!r.vpa.isEmpty()) {
            // An uncapped upper bound can be +infinity: JSON has no infinity, so it is written as null.
            auto finite = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
            scenario.insert(QStringLiteral("vpa"),
                            QJsonObject{{QStringLiteral("name"), r.vpa},
                                        {QStringLiteral("targetCpuMillicores"), finite(r.vpaTargetCpuMillicores)},
                                        {QStringLiteral("targetMemoryBytes"), finite(r.vpaTargetMemoryBytes)},
                                        {QStringLiteral("lowerBoundCpuMillicores"), finite(r.vpaLowerBoundCpuMillicores)},
                                        {QStringLiteral("lowerBoundMemoryBytes"), finite(r.vpaLowerBoundMemoryBytes)},
                                        {QStringLiteral("upperBoundCpuMillicores"), finite(r.vpaUpperBoundCpuMillicores)},
                                        {QStringLiteral("upperBoundMemoryBytes"), finite(r.vpaUpperBoundMemoryBytes)}});
        }
        list.append(scenario);
    }
    return QJsonObject{{QStringLiteral("scenarios"), list}};
}

void printSimulationTable(const QList<ScenarioResult> &results)
{
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("scenario"), -16)
                 .arg(QStringLiteral("workload"), -14)
                 .arg(QStringLiteral("peak replicas"), 13)
                 .arg(QStringLiteral("peak CPU %"), 10)
                 .arg(QStringLiteral("peak p95 ms"), 11)
                 .arg(QStringLiteral("dropped req"), 11);
    for (const ScenarioResult &r : results) {
        if (r.series.timeSeconds.isEmpty()) {
            // Not run: say so instead of a row of zeros that reads like an idle design.
            out() << QStringLiteral("%1 NOT SIMULATED\n").arg(r.scenario, -16);
            for (const QString &n : r.notes)
                out() << "    note: " << n << '\n';
            continue;
        }
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(r.scenario, -16)
                     .arg(r.workload, -14)
                     .arg(r.peakReplicas, 13, 'f', 0)
                     .arg(r.peakCpuUtilisationPercent, 10, 'f', 1)
                     .arg(r.peakLatencyP95Ms, 11, 'f', 1)
                     .arg(r.droppedRequests, 11, 'f', 0);
        if (r.objects.size() > 1) {
            out() << QStringLiteral("    %1 %2 %3 %4 %5 %6 %7\n")
                         .arg(QStringLiteral("object"), -24)
                         .arg(QStringLiteral("kind"), -28)
                         .arg(QStringLiteral("scaled by"), -42)
                         .arg(QStringLiteral("peak repl."), 10)
                         .arg(QStringLiteral("peak rps"), 9)
                         .arg(QStringLiteral("dropped"), 9)
                         .arg(QStringLiteral("cost USD"), 9);
            for (const ObjectResult &o : r.objects) {
                out() << QStringLiteral("    %1 %2 %3 %4 %5 %6 %7\n")
                             .arg(o.name.left(24), -24)
                             .arg(kindName(o.kind), -28)
                             .arg(o.scaler.left(42), -42)
                             .arg(o.peakReplicas, 10, 'f', o.kind == ObjectKind::LambdaFunction ? 1 : 0)
                             .arg(o.peakOfferedRps, 9, 'f', 1)
                             .arg(o.droppedRequests, 9, 'f', 0)
                             .arg(o.costUsd, 9, 'f', 4);
            }
        }
        if (!r.costBreakdownUsd.isEmpty()) {
            QStringList parts;
            for (auto it = r.costBreakdownUsd.cbegin(); it != r.costBreakdownUsd.cend(); ++it)
                parts.append(QStringLiteral("%1 %2").arg(it.key(), QString::number(it.value(), 'f', 4)));
            out() << QStringLiteral("    cost over the run: %1 USD (%2)\n")
                         .arg(QString::number(r.totalCostUsd, 'f', 4), parts.join(QStringLiteral(", ")));
        }
        // The row above is the entry workload's; requests dropped by the other objects are summed here.
        double droppedElsewhere = 0;
        for (const ObjectResult &o : r.objects) {
            if (o.objectId != r.workloadId)
                droppedElsewhere += o.droppedRequests;
        }
        if (droppedElsewhere >= 0.5) // a whole request at least
            out() << QStringLiteral("    %1 requests dropped (or throttled) by the other objects of the design\n")
                         .arg(droppedElsewhere, 0, 'f', 0);
        for (const ObjectResult &o : r.objects) {
            if (o.objectId != r.workloadId && o.secondsOverSlo > 0)
                out() << QStringLiteral("    %1: %2 s with p95 over the latency SLO\n").arg(o.name).arg(o.secondsOverSlo, 0, 'f', 0);
        }
        out() << QStringLiteral("    peak nodes %1; %2 s with p95 over the latency SLO%3\n")
                     .arg(r.peakNodes, 0, 'f', 0)
                     .arg(r.secondsOverSlo, 0, 'f', 0)
                     .arg(r.catalogueDate.isEmpty() ? QString()
                                                    : QStringLiteral("; instance prices from the %1 catalogue").arg(r.catalogueDate));
        for (const QString &n : r.notes)
            out() << "    note: " << n << '\n';
    }
}

struct Command {
    QCommandLineParser parser;
    QStringList positional;
};

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &usage)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err() << parser.errorText() << "\n" << usage << "\n";
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        std::exit(0);
    }
    return true;
}

/// Checks the count of positional arguments and, when the command has --format, its value;
/// prints what is wrong and the usage line.
bool argumentsOk(const QCommandLineParser &parser, int minPositional, int maxPositional, const QString &usage)
{
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || n > maxPositional) {
        err() << "scaleplan-cli: " << (n < minPositional ? "missing" : "unexpected") << " argument"
              << (n < minPositional ? "" : QString(QStringLiteral(" '") + parser.positionalArguments().last() + QLatin1Char('\''))) << "\n"
              << usage << '\n';
        return false;
    }
    if (parser.optionNames().contains(QStringLiteral("format"))) {
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("text") && format != QLatin1String("json")) {
            err() << "scaleplan-cli: --format must be text or json, not '" << format << "'\n" << usage << '\n';
            return false;
        }
    }
    return true;
}

int cmdImport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Import a design document (Markdown with ```yaml blocks, or YAML) into a project file."));
    p.addPositionalArgument(QStringLiteral("DOC"), QStringLiteral("the document"));
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("project file to write"), QStringLiteral("DESIGN.scaleplan")});
    p.addOption({QStringLiteral("fix"), QStringLiteral("apply every automatic fix, each reported as a correction")});
    p.addOption({QStringLiteral("complete"), QStringLiteral("complete the topology the document only names")});
    if (!parse(p, args, QStringLiteral("usage: scaleplan-cli import DOC -o DESIGN.scaleplan [--fix] [--complete]")))
        return ExitUnusable;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("output"))) {
        err() << "usage: scaleplan-cli import DOC -o DESIGN.scaleplan [--fix] [--complete]\n";
        return ExitUnusable;
    }
    rememberInput(p.positionalArguments().first());
    if (const QString problem = outputProblem(p.value(QStringLiteral("output"))); !problem.isEmpty()) {
        err() << "scaleplan-cli: " << problem << '\n';
        return ExitUnusable;
    }
    if (QFile doc(p.positionalArguments().first()); doc.open(QIODevice::ReadOnly) && DesignYaml::looksLikeDesignYaml(doc.peek(4096))) {
        // A design YAML file (design as code) is the design itself: read it whole, no fixes.
        QString error;
        auto design = DesignLoader::load(p.positionalArguments().first(), &error);
        if (design)
            SimulationInputs::rebaseTrafficPaths(*design, QFileInfo(p.positionalArguments().first()).absolutePath(),
                                                 QFileInfo(p.value(QStringLiteral("output"))).absolutePath());
        if (!design || !ProjectFile::save(*design, p.value(QStringLiteral("output")), &error)) {
            err() << "scaleplan-cli: " << error << '\n';
            return ExitUnusable;
        }
        out() << QStringLiteral("design YAML, %1 objects\n").arg(design->size()) << "wrote " << p.value(QStringLiteral("output")) << '\n';
        // As for a document: say whether the design it holds is clean, and exit 1 when not.
        const DiagnosticCounts rules = countDiagnostics(allDiagnostics(*design));
        out() << QStringLiteral("validation: %1 (scaleplan-cli validate %2 lists them)\n")
                     .arg(errorsAndWarnings(rules), p.value(QStringLiteral("output")));
        return rules.errors > 0 ? ExitDesignErrors : ExitOk;
    }
    ImportOptions options;
    options.applyFixes = p.isSet(QStringLiteral("fix"));
    options.completeTopology = p.isSet(QStringLiteral("complete"));
    ImportResult result = DocumentImporter::importFile(p.positionalArguments().first(), options);
    if (!result.ok) {
        err() << "scaleplan-cli: " << result.fatalError << '\n';
        return ExitUnusable;
    }
    // Relative recorded-traffic paths keep naming the same files from the project's folder.
    const qsizetype before = result.design.importDiagnostics.size();
    SimulationInputs::rebaseTrafficPaths(result.design, QFileInfo(p.positionalArguments().first()).absolutePath(),
                                         QFileInfo(p.value(QStringLiteral("output"))).absolutePath());
    result.diagnostics.append(result.design.importDiagnostics.mid(before));
    for (const Diagnostic &d : result.diagnostics)
        out() << diagnosticLine(d) << '\n';
    QString error;
    if (!ProjectFile::save(result.design, p.value(QStringLiteral("output")), &error)) {
        err() << "scaleplan-cli: " << error << '\n';
        return ExitUnusable;
    }
    out() << QStringLiteral("%1 blocks, %2 objects, %3 diagnostics\n").arg(result.blocks).arg(result.objects).arg(result.diagnostics.size());
    out() << "wrote " << p.value(QStringLiteral("output")) << '\n';
    // The import itself may be clean while the design it holds is not: say so, and exit 1.
    const DiagnosticCounts rules = countDiagnostics(Validator::validate(result.design));
    out() << QStringLiteral("validation: %1 (scaleplan-cli validate %2 lists them)\n")
                 .arg(errorsAndWarnings(rules), p.value(QStringLiteral("output")));
    return (countDiagnostics(result.diagnostics).errors > 0 || rules.errors > 0) ? ExitDesignErrors : ExitOk;
}

int cmdValidate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Check a design against Scaleplan's rules."));
    p.addPositionalArgument(QStringLiteral("IN"), QStringLiteral(".scaleplan project, a document, or 'reference'"));
    p.addOption({QStringLiteral("format"), QStringLiteral("text (default) or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (!parse(p, args, QStringLiteral("usage: scaleplan-cli validate IN [--format text|json]")) || !argumentsOk(p, 1, 1, QStringLiteral("usage: scaleplan-cli validate IN [--format text|json]")))
        return ExitUnusable;
    QString error;
    const auto design = loadInput(p.positionalArguments().first(), &error);
    if (!design) {
        err() << "scaleplan-cli: " << error << '\n';
        return ExitUnusable;
    }
    const QList<Diagnostic> diagnostics = allDiagnostics(*design);
    const DiagnosticCounts counts = countDiagnostics(diagnostics);
    if (p.value(QStringLiteral("format")) == QLatin1String("json")) {
        out() << QJsonDocument(diagnosticsJson(diagnostics)).toJson(QJsonDocument::Indented);
    } else {
        for (const Diagnostic &d : diagnostics)
            out() << diagnosticLine(d) << '\n';
        out() << QStringLiteral("%1, %2\n").arg(errorsAndWarnings(counts), counted(counts.infos, "note", "notes"));
    }
    return counts.errors > 0 ? ExitDesignErrors : ExitOk;
}

int cmdSimulate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Run the design's load scenarios through its autoscalers."));
    p.addPositionalArgument(QStringLiteral("IN"), QStringLiteral(".scaleplan project, a document, or 'reference'"));
    p.addOption({QStringLiteral("csv"), QStringLiteral("write the time series (one row per scenario and second)"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("format"), QStringLiteral("text (default) or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (!parse(p, args, QStringLiteral("usage: scaleplan-cli simulate IN [--csv FILE] [--format text|json]")) || !argumentsOk(p, 1, 1, QStringLiteral("usage: scaleplan-cli simulate IN [--csv FILE] [--format text|json]")))
        return ExitUnusable;
    QString error;
    const auto design = loadInput(p.positionalArguments().first(), &error);
    if (!design) {
        err() << "scaleplan-cli: " << error << '\n';
        return ExitUnusable;
    }
    QList<Diagnostic> inputProblems;
    const QList<ScenarioResult> results =
        Simulator::runScenarios(*design, SimulationInputs::options(*design, &inputProblems, {}, g_designDirectory));
    for (const Diagnostic &d : inputProblems)
        err() << diagnosticLine(d) << '\n';
    const bool csvToStdout = p.value(QStringLiteral("csv")) == QLatin1String("-");
    if (csvToStdout) {
        // `--csv -`: the time series on standard output, instead of the table or JSON.
        out() << QString::fromUtf8(simulationCsv(results));
    } else if (p.isSet(QStringLiteral("csv")) && !writeFileAtomically(p.value(QStringLiteral("csv")), simulationCsv(results), &error)) {
        err() << "scaleplan-cli: cannot write " << error << '\n';
        return ExitUnusable;
    }
    if (!csvToStdout) { // with `--csv -` nothing else goes to standard output
        if (p.value(QStringLiteral("format")) == QLatin1String("json"))
            out() << QJsonDocument(simulationJson(results)).toJson(QJsonDocument::Indented);
        else
            printSimulationTable(results);
    }
    if (results.isEmpty())
        err() << "scaleplan-cli: the design has no LoadScenario: nothing to simulate\n";
    int notRun = 0;
    for (const ScenarioResult &r : results) {
        if (r.series.timeSeconds.isEmpty()) {
            ++notRun;
            QString why = r.notes.isEmpty() ? QStringLiteral("unknown reason") : r.notes.last();
            if (!why.startsWith(QString(r.scenario + QLatin1Char(':'))))
                why = QString(r.scenario + QStringLiteral(": ") + why);
            if (!why.contains(QLatin1String("not simulated")))
                why += QStringLiteral(" (not simulated)");
            err() << "scaleplan-cli: scenario " << why << '\n';
        }
    }
    // Exit 1 when the design has errors, as validate does: a scenario that cannot run, an
    // unreadable traffic file, or any rule error (an HPA with minReplicas > maxReplicas is
    // simulated as fixed replicas, which the numbers alone would not show).
    const int ruleErrors = countDiagnostics(ruleDiagnostics(*design)).errors;
    if (ruleErrors > 0)
        err() << "scaleplan-cli: the design has " << counted(ruleErrors, "error", "errors")
              << " (scaleplan-cli validate lists them)"
              << (notRun < results.size() ? "; the figures above simulate it as far as it can be" : "") << '\n';
    return inputProblems.isEmpty() && notRun == 0 && ruleErrors == 0 ? ExitOk : ExitDesignErrors;
}

int cmdExport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Write Kubernetes YAML and CloudFormation templates for a design."));
    p.addPositionalArgument(QStringLiteral("IN"), QStringLiteral(".scaleplan project, a document, or 'reference'"));
    p.addOption({QStringLiteral("out"), QStringLiteral("output directory (or FILE.yaml with --target design)"), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("target"), QStringLiteral("manifests (default: Kubernetes + CloudFormation) or design (OUT/design.yaml, the design as code)"),
                 QStringLiteral("TARGET"), QStringLiteral("manifests")});
    if (!parse(p, args, QStringLiteral("usage: scaleplan-cli export IN --out DIR [--target manifests|design]")))
        return ExitUnusable;
    const QString target = p.value(QStringLiteral("target"));
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("out"))
        || (target != QLatin1String("manifests") && target != QLatin1String("design"))) {
        err() << "usage: scaleplan-cli export IN --out DIR [--target manifests|design]\n";
        return ExitUnusable;
    }
    QString error;
    const auto design = loadInput(p.positionalArguments().first(), &error);
    if (!design) {
        err() << "scaleplan-cli: " << error << '\n';
        return ExitUnusable;
    }
    if (target == QLatin1String("design")) {
        const QString outArg = p.value(QStringLiteral("out"));
        const bool isFile = outArg.endsWith(QLatin1String(".yaml")) || outArg.endsWith(QLatin1String(".yml"));
        if (!isFile)
            QDir().mkpath(outArg);
        const QString path = isFile ? outArg : QDir(outArg).filePath(QStringLiteral("design.yaml"));
        // The design file is meant to be reopened: its relative TrafficCsv paths keep naming the
        // same files from its folder.
        DesignData written = *design;
        if (!g_designDirectory.isEmpty())
            SimulationInputs::rebaseTrafficPaths(written, g_designDirectory, QFileInfo(path).absolutePath());
        if (!writeFileAtomically(path, DesignYaml::write(written), &error)) {
            err() << "scaleplan-cli: cannot write " << error << '\n';
            return ExitUnusable;
        }
        out() << "wrote " << path << '\n';
        return ExitOk;
    }
    const QList<Diagnostic> diagnostics = ruleDiagnostics(*design); // the manifests need no traffic files
    if (const QString problem = outputDirProblem(p.value(QStringLiteral("out"))); !problem.isEmpty()) {
        err() << "scaleplan-cli: " << problem << '\n';
        return ExitUnusable;
    }
    const ExportReport report = DesignExporter::exportDesign(*design, diagnostics, p.value(QStringLiteral("out")));
    for (const Diagnostic &d : report.diagnostics)
        out() << diagnosticLine(d) << '\n';
    for (const QString &f : report.filesWritten)
        out() << "wrote " << f << '\n';
    out() << QStringLiteral("%1 files, %2 documents\n").arg(report.filesWritten.size()).arg(report.documentsWritten);
    return countDiagnostics(report.diagnostics).errors > 0 ? ExitDesignErrors : ExitOk;
}

int cmdRun(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("The whole headless pipeline: import, validate, simulate, export."));
    p.addPositionalArgument(QStringLiteral("IN"), QStringLiteral("document or project (default: the bundled reference design)"), QStringLiteral("[IN]"));
    p.addOption({QStringLiteral("out"), QStringLiteral("output directory (default ./out)"), QStringLiteral("DIR"), QStringLiteral("out")});
    if (!parse(p, args, QStringLiteral("usage: scaleplan-cli run [IN] [--out DIR]"))
        || !argumentsOk(p, 0, 1, QStringLiteral("usage: scaleplan-cli run [IN] [--out DIR]")))
        return ExitUnusable;
    const QString input = p.positionalArguments().value(0);
    const QString outDir = p.value(QStringLiteral("out"));
    QString error;
    const auto design = loadInput(input, &error);
    if (const QString problem = outputDirProblem(outDir); !problem.isEmpty()) {
        err() << "scaleplan-cli: " << problem << '\n';
        return ExitUnusable;
    }
    if (!design) {
        err() << "scaleplan-cli: " << error << '\n';
        return ExitUnusable;
    }
    QDir().mkpath(outDir);
    out() << "Design: " << design->name << " (" << design->size() << " objects)\n";
    DesignData saved = *design; // its relative TrafficCsv paths rebased onto the output folder
    if (!g_designDirectory.isEmpty())
        SimulationInputs::rebaseTrafficPaths(saved, g_designDirectory, QDir(outDir).absolutePath());
    if (!ProjectFile::save(saved, QDir(outDir).filePath(QStringLiteral("design.scaleplan")), &error)) {
        err() << "scaleplan-cli: " << error << '\n';
        return ExitUnusable;
    }
    SimulationOptions inputs;
    const QList<Diagnostic> diagnostics = allDiagnostics(*design, &inputs);
    const DiagnosticCounts counts = countDiagnostics(diagnostics);
    if (!writeFileAtomically(QDir(outDir).filePath(QStringLiteral("diagnostics.json")),
                             QJsonDocument(diagnosticsJson(diagnostics)).toJson(QJsonDocument::Indented), &error)) {
        err() << "scaleplan-cli: cannot write " << error << '\n';
        return ExitUnusable;
    }
    out() << QStringLiteral("Validate: %1, %2 (see %3)\n")
                 .arg(errorsAndWarnings(counts), counted(counts.infos, "note", "notes"),
                      QDir(outDir).filePath(QStringLiteral("diagnostics.json")));
    for (const Diagnostic &d : diagnostics) {
        if (d.severity != Severity::Info)
            out() << "  " << diagnosticLine(d) << '\n';
    }
    // The traffic files were read with the diagnostics above (unreadable ones are among them).
    const QList<ScenarioResult> results = Simulator::runScenarios(*design, inputs);
    if (!writeFileAtomically(QDir(outDir).filePath(QStringLiteral("simulation.csv")), simulationCsv(results), &error)) {
        err() << "scaleplan-cli: cannot write " << error << '\n';
        return ExitUnusable;
    }
    out() << "Simulate: " << results.size() << " scenarios (time series in " << QDir(outDir).filePath(QStringLiteral("simulation.csv")) << ")\n";
    printSimulationTable(results);
    const ExportReport report = DesignExporter::exportDesign(*design, diagnostics, outDir);
    out() << QStringLiteral("Export: %1 files, %2 documents into %3\n").arg(report.filesWritten.size()).arg(report.documentsWritten).arg(outDir);
    for (const Diagnostic &d : report.diagnostics) {
        if (d.severity != Severity::Info)
            out() << "  " << diagnosticLine(d) << '\n';
    }
    return (counts.errors > 0 || countDiagnostics(report.diagnostics).errors > 0) ? ExitDesignErrors : ExitOk;
}

const char *kUsage =
    "usage: scaleplan-cli COMMAND [options]\n"
    "\n"
    "commands:\n"
    "  import DOC -o DESIGN.scaleplan [--fix] [--complete]   import a design document into a project file\n"
    "  validate IN [--format text|json]                       check a design (exit 1 when it has errors)\n"
    "  simulate IN [--csv FILE] [--format text|json]          run its load scenarios through its autoscalers\n"
    "  export IN --out DIR [--target manifests|design]        write Kubernetes YAML and CloudFormation, or\n"
    "                                                         the design as code (DIR/design.yaml or --out FILE.yaml)\n"
    "  run [IN] [--out DIR]                                   all of the above into DIR (default ./out)\n"
    "  cidr info CIDR... [--format json]                      network, usable range and counts under AWS rules\n"
    "  cidr plan --vpc CIDR --azs N --tier NAME=SIZE... [--format json]   propose a subnet plan\n"
    "  diff A B [--format text|json]                          what changed between two designs\n"
    "  replay --hpa HPA.yaml --metrics FILE.csv [--replicas N] [--request Q] [--format json]   replay recorded metrics\n"
    "\n"
    "IN is a .scaleplan project, a design YAML file, any importable document (Markdown with ```yaml blocks, YAML), or\n"
    "'reference' for the bundled reference design. Exit codes: 0 fine, 1 the design has errors,\n"
    "2 unusable input or arguments.\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scaleplan-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Scaleplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QStringList args = app.arguments();
    if (args.size() < 2) {
        err() << kUsage;
        return ExitUnusable;
    }
    const QString command = args.takeAt(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out() << kUsage;
        return ExitOk;
    }
    if (command == QLatin1String("--version")) {
        out() << "scaleplan-cli " << PROJECT_VERSION << '\n';
        return ExitOk;
    }
    args[0] = args[0] + QLatin1Char(' ') + command;
    if (command == QLatin1String("import"))
        return cmdImport(args);
    if (command == QLatin1String("validate"))
        return cmdValidate(args);
    if (command == QLatin1String("simulate"))
        return cmdSimulate(args);
    if (command == QLatin1String("export"))
        return cmdExport(args);
    if (command == QLatin1String("run"))
        return cmdRun(args);
    if (command == QLatin1String("cidr"))
        return Cli::cidrCommand(args);
    if (command == QLatin1String("diff"))
        return Cli::diffCommand(args);
    if (command == QLatin1String("replay"))
        return Cli::replayCommand(args);
    err() << "scaleplan-cli: unknown command '" << command << "'\n\n" << kUsage;
    return ExitUnusable;
}
