#include "model/sim/dynamodbondemand.h"

#include <algorithm>

namespace Scaleplan {

DynamoDbOnDemand::DynamoDbOnDemand(double initialRequestsPerSecond, double peakWindowSeconds)
    : m_initial(initialRequestsPerSecond)
    , m_window(peakWindowSeconds)
    , m_allowance(initialRequestsPerSecond)
{
}

double DynamoDbOnDemand::serve(double t, double offeredRps, double stepSeconds)
{
    // Peaks at least `window` old become the settled peak.
    qsizetype settled = 0;
    while (settled < m_recent.size() && m_recent.at(settled).first <= t - m_window + 1e-9) {
        m_settledPeak = std::max(m_settledPeak, m_recent.at(settled).second);
        ++settled;
    }
    if (settled > 0)
        m_recent.remove(0, settled);
    m_allowance = std::max(m_initial, 2.0 * m_settledPeak);
    const double served = std::min(std::max(0.0, offeredRps), m_allowance);
    m_throttled += (std::max(0.0, offeredRps) - served) * stepSeconds;
    // A rate only matters if it is above every earlier one (an earlier, larger rate settles first):
    // the pending list stays increasing in both time and rate.
    if (served > m_settledPeak && (m_recent.isEmpty() || served > m_recent.last().second))
        m_recent.append({t, served});
    return served;
}

} // namespace Scaleplan
