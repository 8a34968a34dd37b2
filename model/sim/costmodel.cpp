#include "model/sim/costmodel.h"

#include "model/aws/instancecatalog.h"

#include <algorithm>
#include <cmath>

namespace Scaleplan {

CostModel::CostModel(CostRates rates)
    : m_rates(rates)
{
}

double CostModel::nodeUsdPerHour(QStringView instanceType, bool spot) const
{
    const InstanceType *type = InstanceCatalog::find(instanceType);
    if (!type)
        return std::nan("");
    return type->onDemandUsdPerHour * (spot ? 1.0 - m_rates.spotDiscountFraction : 1.0);
}

QString CostModel::catalogueDate()
{
    return InstanceCatalog::catalogueDate();
}

} // namespace Scaleplan
