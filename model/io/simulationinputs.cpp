#include "model/io/simulationinputs.h"

#include "model/io/filecheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Scaleplan {

SimulationOptions SimulationInputs::options(const DesignData &design, QList<Diagnostic> *diagnostics, SimulationOptions base,
                                            const QString &designDirectory)
{
    QList<QDir> bases;
    if (!designDirectory.isEmpty())
        bases.append(QDir(designDirectory));
    if (!design.sourceFile.isEmpty() && QFileInfo(design.sourceFile).isAbsolute())
        bases.append(QFileInfo(design.sourceFile).absoluteDir());
    bases.append(QDir::current());
    for (ObjectId id : design.objectsOfKind(ObjectKind::LoadScenario)) {
        const DesignObject &scenario = *design.object(id);
        const QString written = scenario.field(QStringLiteral("TrafficCsv")).toString();
        if (written.isEmpty() || base.recordedTraffic.contains(written))
            continue;
        QString path = written;
        if (!QFileInfo(written).isAbsolute()) {
            path = bases.first().filePath(written);
            for (const QDir &dir : std::as_const(bases)) {
                if (QFileInfo::exists(dir.filePath(written))) {
                    path = dir.filePath(written);
                    break;
                }
            }
        }
        auto report = [&](const QString &message, int line, int column) {
            if (diagnostics)
                diagnostics->append(Diagnostic{Severity::Error, QStringLiteral("sim.traffic-csv"), id, design.pathOf(id),
                                               QStringLiteral("TrafficCsv"), message, SourceLocation{path, line, column},
                                               {}, {}});
        };
        if (const QString problem = FileCheck::readableProblem(path); !problem.isEmpty()) {
            report(QStringLiteral("cannot read the recorded traffic %1: %2").arg(path, problem), 0, 0);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report(QStringLiteral("cannot read the recorded traffic %1: %2").arg(path, file.errorString()), 0, 0);
            continue;
        }
        if (file.size() > 256 * 1024 * 1024) {
            report(QStringLiteral("recorded traffic %1 is larger than 256 MiB").arg(path), 0, 0);
            continue;
        }
        TrafficCsvError error;
        const auto traffic = RecordedTraffic::parseCsv(file.readAll(), path, &error);
        if (!traffic) {
            report(error.message, error.line, error.column);
            continue;
        }
        base.recordedTraffic.insert(written, *traffic);
    }
    return base;
}

int SimulationInputs::rebaseTrafficPaths(DesignData &design, const QString &fromDirectory, const QString &toDirectory)
{
    const QDir from(fromDirectory), to(toDirectory);
    if (from.absolutePath() == to.absolutePath())
        return 0;
    int rewritten = 0;
    for (ObjectId id : design.objectsOfKind(ObjectKind::LoadScenario)) {
        const QString written = design.object(id)->field(QStringLiteral("TrafficCsv")).toString();
        if (written.isEmpty() || QFileInfo(written).isAbsolute() || !QFileInfo::exists(from.filePath(written)))
            continue;
        const QString rebased = to.relativeFilePath(QFileInfo(from.filePath(written)).absoluteFilePath());
        if (rebased == written)
            continue;
        design.setField(id, QStringLiteral("TrafficCsv"), rebased);
        design.importDiagnostics.append(
            Diagnostic{Severity::Info, QStringLiteral("import.traffic-csv-rebased"), id, design.pathOf(id),
                       QStringLiteral("TrafficCsv"),
                       QStringLiteral("TrafficCsv '%1' is now '%2': the same file, relative to the project's folder").arg(written, rebased),
                       design.object(id)->source, {}, {}});
        ++rewritten;
    }
    return rewritten;
}

} // namespace Scaleplan
