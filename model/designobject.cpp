#include "model/designobject.h"

#include "model/fieldpath.h"

namespace Scaleplan {

QVariant DesignObject::field(const QString &path) const
{
    return FieldPath::value(fields, path);
}

} // namespace Scaleplan
