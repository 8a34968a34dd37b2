#include "model/sim/lambdaconcurrency.h"

#include <algorithm>

namespace Scaleplan {

LambdaConcurrency::LambdaConcurrency(double durationSeconds, int concurrencyCap, double scalingRatePer10Seconds)
    : m_duration(std::max(1e-3, durationSeconds))
    , m_cap(std::max(0, concurrencyCap))
    , m_ratePerSecond(scalingRatePer10Seconds / 10.0)
{
}

LambdaConcurrency LambdaConcurrency::fromObject(const DesignObject &function, double durationSeconds,
                                                int accountConcurrency)
{
    bool ok = false;
    const int reserved = function.fields.value(QStringLiteral("ReservedConcurrencyLimit")).toInt(&ok);
    return LambdaConcurrency(durationSeconds, ok && reserved >= 0 ? reserved : accountConcurrency);
}

double LambdaConcurrency::serve(double offeredRps, double stepSeconds)
{
    const double wanted = std::max(0.0, offeredRps) * m_duration;
    // Environments grow at the scaling rate, never above the cap; they shrink at once with demand.
    const double grown = std::min(double(m_cap), m_available + m_ratePerSecond * stepSeconds);
    m_available = std::min(grown, std::max(wanted, std::min(m_available, double(m_cap))));
    m_concurrency = std::min(wanted, m_available);
    const double served = m_concurrency / m_duration;
    m_throttled += (std::max(0.0, offeredRps) - served) * stepSeconds;
    return served;
}

} // namespace Scaleplan
