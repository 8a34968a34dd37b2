#include "model/diagnostic.h"

namespace Scaleplan {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

DiagnosticCounts countDiagnostics(const QList<Diagnostic> &diagnostics)
{
    DiagnosticCounts counts;
    for (const Diagnostic &d : diagnostics) {
        switch (d.severity) {
        case Severity::Error:
            ++counts.errors;
            break;
        case Severity::Warning:
            ++counts.warnings;
            break;
        case Severity::Info:
            ++counts.infos;
            break;
        }
    }
    return counts;
}

} // namespace Scaleplan
