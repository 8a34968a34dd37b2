#include "model/sim/mmcqueue.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Scaleplan {

namespace {
constexpr double infinity = std::numeric_limits<double>::infinity();
}

MmcQueue::MmcQueue(int servers, double arrivalRatePerSecond, double serviceRatePerSecond)
    : m_servers(std::max(1, servers))
    , m_arrivalRatePerSecond(std::max(0.0, arrivalRatePerSecond))
    , m_serviceRatePerSecond(std::max(0.0, serviceRatePerSecond))
    , m_probabilityOfWaiting(erlangC(m_servers, offeredLoadErlangs()))
{
}

double MmcQueue::offeredLoadErlangs() const
{
    if (m_arrivalRatePerSecond <= 0)
        return 0;
    return m_serviceRatePerSecond > 0 ? m_arrivalRatePerSecond / m_serviceRatePerSecond : infinity;
}

double MmcQueue::utilisation() const
{
    return offeredLoadErlangs() / m_servers;
}

double MmcQueue::probabilityOfWaiting() const
{
    return m_probabilityOfWaiting;
}

double MmcQueue::meanWaitSeconds() const
{
    if (m_arrivalRatePerSecond <= 0)
        return 0;
    if (!isStable())
        return infinity;
    return probabilityOfWaiting() / (m_servers * m_serviceRatePerSecond - m_arrivalRatePerSecond);
}

double MmcQueue::meanResponseSeconds() const
{
    if (m_serviceRatePerSecond <= 0)
        return infinity;
    return meanWaitSeconds() + 1.0 / m_serviceRatePerSecond;
}

double MmcQueue::waitQuantileSeconds(double quantile) const
{
    if (m_arrivalRatePerSecond <= 0 || !(quantile > 0))
        return 0;
    if (!isStable() || quantile >= 1)
        return infinity;
    const double waiting = probabilityOfWaiting();
    const double tail = 1.0 - quantile;
    if (waiting <= tail)
        return 0;
    return std::log(waiting / tail) / (m_servers * m_serviceRatePerSecond - m_arrivalRatePerSecond);
}

double MmcQueue::responseTimeQuantileSeconds(double quantile, double serviceSeconds) const
{
    return serviceSeconds + waitQuantileSeconds(quantile);
}

double MmcQueue::erlangB(int servers, double erlangs)
{
    if (!(erlangs > 0))
        return servers <= 0 ? 1.0 : 0.0;
    if (std::isinf(erlangs))
        return 1.0;
    // The standard recursion B(k) = E B(k-1) / (k + E B(k-1)), B(0) = 1, in its inverse form
    // 1/B(k) = 1 + (k / E) / B(k-1): the same numbers with one division instead of one per server
    // (the simulator evaluates it at every step with changing load). 1/B only grows; when it
    // overflows, B is 0 to double precision.
    const double perErlang = 1.0 / erlangs;
    double inverse = 1.0;
    for (int k = 1; k <= servers; ++k)
        inverse = 1.0 + inverse * (k * perErlang);
    return 1.0 / inverse;
}

double MmcQueue::erlangC(int servers, double erlangs)
{
    servers = std::max(1, servers);
    if (!(erlangs > 0))
        return 0;
    if (erlangs >= servers)
        return 1;
    const double b = erlangB(servers, erlangs);
    const double rho = erlangs / servers;
    return b / (1.0 - rho * (1.0 - b));
}

} // namespace Scaleplan
