#include "model/validation/fixapplier.h"

#include "model/fieldpath.h"

namespace Scaleplan::FixApplier {

namespace {

/// True when one path is the other or lies inside it ("a.b" vs "a.b.c", "a.b[0]").
bool pathsClash(const QString &a, const QString &b)
{
    auto inside = [](const QString &outer, const QString &inner) {
        if (!inner.startsWith(outer))
            return false;
        if (inner.size() == outer.size())
            return true;
        const QChar next = inner.at(outer.size());
        return next == QLatin1Char('.') || next == QLatin1Char('[');
    };
    return inside(a, b) || inside(b, a);
}

} // namespace

DesignData applyAll(const DesignData &design, const QList<Diagnostic> &diagnostics, QList<Diagnostic> *applied)
{
    DesignData result = design;
    QList<FieldChange> changed;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.fix.isEmpty())
            continue;
        bool usable = true;
        for (const FieldChange &change : diagnostic.fix) {
            if (!result.contains(change.objectId) || FieldPath::parse(change.path).isEmpty()) {
                usable = false;
                break;
            }
            for (const FieldChange &earlier : changed) {
                if (earlier.objectId == change.objectId && pathsClash(earlier.path, change.path)) {
                    usable = false;
                    break;
                }
            }
            if (!usable)
                break;
        }
        if (!usable)
            continue;
        // Apply on a copy so that a change failing half-way (a path through a scalar) leaves
        // the design as it was.
        DesignData attempt = result;
        bool ok = true;
        for (const FieldChange &change : diagnostic.fix)
            ok = ok && attempt.setField(change.objectId, change.path, change.value);
        if (!ok)
            continue;
        result = std::move(attempt);
        changed.append(diagnostic.fix);
        if (applied) {
            Diagnostic info = diagnostic;
            info.severity = Severity::Info;
            info.rule = QStringLiteral("fix.") + diagnostic.rule;
            info.message = QStringLiteral("Corrected: %1 \u2014 %2").arg(diagnostic.message, diagnostic.fixDescription);
            info.fix.clear();
            info.fixDescription.clear();
            applied->append(info);
        }
    }
    return result;
}

} // namespace Scaleplan::FixApplier
