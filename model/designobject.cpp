#include "model/designobject.h"

#include "model/fieldpath.h"

namespace Scaleplan {

QVariant DesignObject::field(const QString &path) const
{
    return FieldPath::value(fields, path);
}

int DesignObject::lineOf(const QString &path) const
{
    QString current = path;
    while (!current.isEmpty()) {
        const auto it = fieldLines.constFind(current);
        if (it != fieldLines.constEnd())
            return *it;
        const qsizetype cut = std::max(current.lastIndexOf(QLatin1Char('.')), current.lastIndexOf(QLatin1Char('[')));
        if (cut <= 0)
            break;
        current.truncate(cut);
    }
    return source.line;
}

} // namespace Scaleplan
