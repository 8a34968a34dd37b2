#pragma once

// Runs the shared validation oracle (shared/tools/validate_manifests.py, see shared/tools/README.md)
// on a folder. Used by the exporter tests; they QSKIP when `available` is false.

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

namespace Oracle {

struct Result {
    bool available = false;   // shared dir, /usr/bin/python3 and its PyYAML/jsonschema present
    QString whyUnavailable;
    int exitCode = -1;
    QString output;           // stdout: problem lines, then the summary line
    QString errors;           // stderr
    QString summary;          // "N documents, M valid, K invalid, U unknown-kind"
    int documents = -1;
    int invalid = -1;
};

inline Result run(const QString &dir)
{
    Result result;
    const QString script = QStringLiteral(SCALEPLAN_SHARED_DIR "/tools/validate_manifests.py");
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo::exists(script)) {
        result.whyUnavailable = QStringLiteral("shared tools not found at " SCALEPLAN_SHARED_DIR);
        return result;
    }
    if (!QFileInfo(python).isExecutable()) {
        result.whyUnavailable = QStringLiteral("/usr/bin/python3 not found");
        return result;
    }
    QProcess process;
    process.start(python, {script, QStringLiteral("--strict-unknown"), dir});
    if (!process.waitForFinished(240000)) {
        result.whyUnavailable = QStringLiteral("oracle did not finish: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.output = QString::fromUtf8(process.readAllStandardOutput());
    result.errors = QString::fromUtf8(process.readAllStandardError());
    if (result.exitCode == 2 && result.errors.contains(QLatin1String("missing dependency"))) {
        result.whyUnavailable = result.errors.trimmed();
        return result;
    }
    result.available = true;
    static const QRegularExpression summaryLine(
        QStringLiteral("^(\\d+) documents, (\\d+) valid, (\\d+) invalid, (\\d+) unknown-kind$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = summaryLine.match(result.output);
    if (match.hasMatch()) {
        result.summary = match.captured(0);
        result.documents = match.captured(1).toInt();
        result.invalid = match.captured(3).toInt();
    }
    return result;
}

} // namespace Oracle
