#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace Scaleplan {

/**
 * Addresses one value inside a nested field tree (QVariantMap / QVariantList / scalars), e.g.
 * `spec.metrics[0].resource.target.averageUtilization` or `AutoScaling.MinCapacity`.
 *
 * Grammar: segment ('.' segment)*, segment = key ('[' index ']')*. Keys are spelled exactly as the
 * Kubernetes/AWS field they name; a key holding '.' (e.g. a label `node.kubernetes.io/x`) is
 * written in brackets and quotes: `metadata.labels["node.kubernetes.io/x"]`.
 */
namespace FieldPath {

/// One step: a map key, or a list index when isIndex.
struct Step {
    QString key;
    int index = -1;
    bool isIndex() const { return index >= 0; }
};

/// Splits a path; returns an empty list (and sets *error) when the syntax is wrong.
QList<Step> parse(const QString &path, QString *error = nullptr);

/// The value at `path`, or an invalid QVariant when any step is missing.
QVariant value(const QVariantMap &root, const QString &path);

/// Sets the value at `path`, creating intermediate maps (never lists: an index must exist or be
/// exactly the list's size, which appends). An invalid `value` removes the key / list element.
/// Returns false when the path is malformed or walks through a scalar.
bool setValue(QVariantMap &root, const QString &path, const QVariant &value);

/// Every leaf (scalar or empty container) below root as (path, value), in key order.
QList<QPair<QString, QVariant>> leaves(const QVariantMap &root);

/// Joins a parent path and a key, quoting the key when it holds '.', '[' or '"'.
QString child(const QString &parent, const QString &key);
QString element(const QString &parent, int index);

} // namespace FieldPath
} // namespace Scaleplan
