#pragma once

#include "model/designobject.h"
#include "model/sourcelocation.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace Scaleplan {

enum class Severity { Info, Warning, Error };

/// One field change of a fix: set `path` (FieldPath syntax) of `objectId` to `value`; an invalid
/// value removes the field.
struct FieldChange {
    ObjectId objectId = 0;
    QString path;
    QVariant value;
    bool operator==(const FieldChange &) const = default;
};

QString severityName(Severity severity); // "info", "warning", "error"

/**
 * A finding about a design or an imported document.
 *
 * `rule` is a stable id ("aws.vpc.cidr-size", "k8s.hpa.min-max", "import.yaml-syntax"), never
 * translated; `message` is for people. `objectPath` is DesignData::pathOf() of the object
 * ("us-east-1/production-vpc/public-a") and `field` the FieldPath inside it, when known.
 *
 * A diagnostic may carry a fix: a list of field changes (an invalid value removes the field),
 * possibly on several objects (re-planning a VPC changes its subnets too). `fixDescription` says
 * in one sentence what the fix changes; an empty `fix` means there is no automatic fix.
 */
struct Diagnostic {
    Severity severity = Severity::Error;
    QString rule;
    ObjectId objectId = 0;
    QString objectPath;
    QString field;
    QString message;
    SourceLocation source;

    QList<FieldChange> fix;
    QString fixDescription;

    bool operator==(const Diagnostic &) const = default;
};

struct DiagnosticCounts {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};
DiagnosticCounts countDiagnostics(const QList<Diagnostic> &diagnostics);

} // namespace Scaleplan
