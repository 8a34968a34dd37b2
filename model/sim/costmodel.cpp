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

double CostModel::auroraInstancesUsdPerHour(int instances) const
{
    return std::max(0, instances) * m_rates.auroraInstanceUsdPerHour;
}

double CostModel::auroraServerlessUsdPerHour(double acu) const
{
    return std::max(0.0, acu) * m_rates.auroraAcuUsdPerHour;
}

double CostModel::elastiCacheUsdPerHour(int nodes) const
{
    return std::max(0, nodes) * m_rates.elastiCacheNodeUsdPerHour;
}

double CostModel::lambdaUsdPerHour(double requestsPerSecond, double durationSeconds, double memoryGiB) const
{
    const double requestsPerHour = 3600.0 * std::max(0.0, requestsPerSecond);
    return requestsPerHour * durationSeconds * memoryGiB * m_rates.lambdaUsdPerGbSecond
        + requestsPerHour / 1e6 * m_rates.lambdaUsdPerMillionRequests;
}

double CostModel::dataTransferOutUsd(double bytes) const
{
    constexpr double bytesPerGb = 1024.0 * 1024.0 * 1024.0;
    return std::max(0.0, bytes) / bytesPerGb * m_rates.dataTransferOutUsdPerGb;
}

double CostModel::dynamoDbOnDemandUsd(double readRequests, double writeRequests) const
{
    return std::max(0.0, readRequests) / 1e6 * m_rates.dynamoDbUsdPerMillionReadRequestUnits
        + std::max(0.0, writeRequests) / 1e6 * m_rates.dynamoDbUsdPerMillionWriteRequestUnits;
}

double CostModel::sqsUsdPerHour(double messagesPerSecond) const
{
    return std::max(0.0, messagesPerSecond) * 3600.0 * m_rates.sqsRequestsPerMessage / 1e6 * m_rates.sqsUsdPerMillionRequests;
}

QString CostModel::catalogueDate()
{
    return InstanceCatalog::catalogueDate();
}

} // namespace Scaleplan
