#pragma once

#include "model/designdata.h"
#include "model/diagnostic.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace Scaleplan {

/**
 * Internal helpers shared by the rule groups of model/validation (networkrules, kubernetesrules,
 * karpenterrules, awsrules). Not part of the public API: only validator.cpp and the rule groups
 * include this header.
 */
namespace RuleSupport {

/// What a rule checks, for Validator::ruleIds() and RULES.md: stable id, the severity it reports
/// (its most severe one when a rule reports several) and the document the rule cites.
struct RuleInfo {
    QString id;
    Severity severity = Severity::Error;
    QString what;
    QString source;
};

/// A diagnostic about `object`: objectId, objectPath (DesignData::pathOf), field, message and the
/// object's source location filled in; no fix.
Diagnostic makeDiagnostic(const DesignData &design, const DesignObject &object, Severity severity,
                          const QString &rule, const QString &field, const QString &message);

/// The value as text: strings as they are, numbers and bools in their YAML spelling, "" for
/// an invalid value, a map or a list.
QString text(const QVariant &value);

/// True for a bool true or the strings "true"/"True"/"TRUE" (YAML 1.2 core schema booleans, which
/// the AWS console and CloudFormation also accept for string-typed flags).
bool isTrue(const QVariant &value);

/// An integer value (int, or a string holding one), std::nullopt otherwise.
std::optional<qint64> integer(const QVariant &value);

/// True when the QVariant is a map / a list.
bool isMap(const QVariant &value);
bool isList(const QVariant &value);

/// Objects of `kind` whose nearest enclosing EksCluster is `clusterId` (0 = objects outside any
/// cluster); when `clusterId` is 0 every object of the kind is returned, since a design without a
/// cluster keeps its Kubernetes objects at the top level.
QList<ObjectId> kubernetesObjectsInCluster(const DesignData &design, ObjectKind kind, ObjectId clusterId);

/// "a, b and c" for a list of names; "" for an empty list.
QString joinedList(const QStringList &items, const QString &lastSeparator = QStringLiteral(" and "));

} // namespace RuleSupport
} // namespace Scaleplan
