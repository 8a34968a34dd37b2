#include "model/export/designexporter.h"

#include "model/export/cloudformationexporter.h"
#include "model/export/kubernetesexporter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Scaleplan {

void ExportReport::merge(const ExportReport &other)
{
    filesWritten += other.filesWritten;
    documentsWritten += other.documentsWritten;
    diagnostics += other.diagnostics;
}

namespace DesignExporter {

QHash<ObjectId, Diagnostic> errorsByObject(const QList<Diagnostic> &diagnostics)
{
    QHash<ObjectId, Diagnostic> errors;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::Error && d.objectId != 0 && !errors.contains(d.objectId))
            errors.insert(d.objectId, d);
    }
    return errors;
}

Diagnostic leftOutDiagnostic(const DesignData &design, const DesignObject &object, const Diagnostic &cause)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.rule = QStringLiteral("export.left-out");
    d.objectId = object.id;
    d.objectPath = design.pathOf(object.id);
    d.source = object.source;
    if (cause.objectId == object.id) {
        d.field = cause.field;
        d.message = QStringLiteral("%1 \"%2\" was left out of the export because of %3: %4")
                        .arg(kindName(object.kind), object.name, cause.rule, cause.message);
    } else {
        const DesignObject *owner = design.object(cause.objectId);
        const QString ownerText = owner ? QStringLiteral("%1 \"%2\"").arg(kindName(owner->kind), owner->name)
                                        : QStringLiteral("an enclosing object");
        d.message = QStringLiteral("%1 \"%2\" was left out of the export because %3 has %4: %5")
                        .arg(kindName(object.kind), object.name, ownerText, cause.rule, cause.message);
    }
    return d;
}

bool writeFile(const QString &path, const QString &text, ExportReport *report)
{
    const auto fail = [&](const QString &why) {
        Diagnostic d;
        d.severity = Severity::Error;
        d.rule = QStringLiteral("export.write");
        d.message = QStringLiteral("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why);
        report->diagnostics.append(d);
        return false;
    };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    report->filesWritten.append(info.absoluteFilePath());
    return true;
}

QString fileStem(const QString &name)
{
    QString stem;
    stem.reserve(name.size());
    for (QChar c : name) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('_')
            || c == QLatin1Char('-');
        stem += keep ? c : QLatin1Char('-');
    }
    while (stem.startsWith(QLatin1Char('.')))
        stem.remove(0, 1); // no hidden files, no "..".
    if (stem.isEmpty())
        stem = QStringLiteral("unnamed");
    return stem;
}

ExportReport exportDesign(const DesignData &design, const QList<Diagnostic> &diagnostics, const QString &outDir)
{
    const QHash<ObjectId, Diagnostic> errors = errorsByObject(diagnostics);
    ExportReport report = KubernetesExporter::exportTo(design, errors, outDir);
    report.merge(CloudFormationExporter::exportTo(design, errors, outDir));
    return report;
}

} // namespace DesignExporter
} // namespace Scaleplan
