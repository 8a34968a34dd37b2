#include "model/sourcelocation.h"

namespace Scaleplan {

QString SourceLocation::toString() const
{
    QString text = file;
    if (line > 0)
        text += QLatin1Char(':') + QString::number(line);
    if (line > 0 && column > 0)
        text += QLatin1Char(':') + QString::number(column);
    return text;
}

} // namespace Scaleplan
