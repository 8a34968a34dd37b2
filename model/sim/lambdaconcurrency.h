#pragma once

#include <algorithm>

#include "model/designobject.h"

namespace Scaleplan {

/**
 * Concurrency of one Lambda function under a request rate. Source: AWS Lambda Developer Guide,
 * "Understanding Lambda function scaling" (concurrency = requests per second x average duration
 * in seconds; each function scales by up to 1,000 execution environments every 10 seconds; the
 * account's default concurrency quota is 1,000) and "Configuring reserved concurrency" (reserved
 * concurrency is the function's maximum; requests beyond it are throttled).
 *
 * Per step: wanted = offered rps x durationSeconds; the available concurrency grows by at most
 * `scalingRatePer10Seconds` per 10 s towards the cap (ReservedConcurrencyLimit, else the account
 * quota); served rps = min(offered, available / duration); the rest is throttled and counted.
 * The rate limit on growth refills continuously (1,000 per 10 s = 100 per second).
 */
class LambdaConcurrency
{
public:
    LambdaConcurrency(double durationSeconds, int concurrencyCap, double scalingRatePer10Seconds = 1000);
    /// Reads ReservedConcurrencyLimit (else `accountConcurrency`) from a LambdaFunction object.
    static LambdaConcurrency fromObject(const DesignObject &function, double durationSeconds,
                                        int accountConcurrency = 1000);

    /// Serves `offeredRps` for `stepSeconds`; returns the served rate.
    double serve(double offeredRps, double stepSeconds);
    /// The most requests/s serve() could serve in the next `stepSeconds` (the concurrency it can
    /// reach by then, divided by the duration).
    double capacityRps(double stepSeconds) const
    {
        return std::min(double(m_cap), m_available + m_ratePerSecond * stepSeconds) / m_duration;
    }
    double concurrency() const { return m_concurrency; }
    int cap() const { return m_cap; }
    double throttledRequests() const { return m_throttled; }

private:
    double m_duration;
    int m_cap;
    double m_ratePerSecond;
    double m_available = 0;  ///< execution environments that can run now
    double m_concurrency = 0;
    double m_throttled = 0;
};

} // namespace Scaleplan
