#pragma once

namespace Scaleplan {

/**
 * An M/M/c queue: Poisson arrivals at rate lambda (requests/s), c identical servers each serving
 * at rate mu (requests/s, exponential service times), one FIFO queue shared by all servers.
 *
 * Formulas (Harchol-Balter, "Performance Modeling and Design of Computer Systems", 2013,
 * ch. 14 "Server Farms: M/M/k and M/M/k/k", sections on the Erlang-C formula and the waiting time;
 * Kleinrock, "Queueing Systems" vol. 1, 1975, section 3.5 "M/M/m: the m-server case"):
 *  - offered load a = lambda / mu (Erlangs), utilisation rho = a / c;
 *  - Erlang B by the recursion B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)) (numerically stable for
 *    large c), Erlang C = B / (1 - rho (1 - B)) = probability that an arrival waits;
 *  - waiting time W: P(W > t) = C e^{-(c mu - lambda) t}, so E[W] = C / (c mu - lambda) and the
 *    q-quantile of W is 0 when C <= 1 - q, else ln(C / (1 - q)) / (c mu - lambda).
 *
 * Invariants: servers >= 1 (smaller values are taken as 1), rates >= 0. A queue with rho >= 1 is
 * unstable: probabilityOfWaiting() is 1 and the waits are +infinity. With lambda = 0 nobody waits.
 * Construction costs O(c) (the Erlang B recursion); the queries are O(1).
 */
class MmcQueue
{
public:
    MmcQueue(int servers, double arrivalRatePerSecond, double serviceRatePerSecond);

    int servers() const { return m_servers; }
    double arrivalRatePerSecond() const { return m_arrivalRatePerSecond; }
    double serviceRatePerSecond() const { return m_serviceRatePerSecond; }

    /// a = lambda / mu in Erlangs (+infinity when mu = 0 and lambda > 0).
    double offeredLoadErlangs() const;
    /// rho = lambda / (c mu), the servers' busy fraction when below 1.
    double utilisation() const;
    bool isStable() const { return utilisation() < 1.0; }

    /// Erlang C: probability that an arrival finds all c servers busy and waits.
    double probabilityOfWaiting() const;
    /// E[W] = C / (c mu - lambda) in seconds.
    double meanWaitSeconds() const;
    /// E[T] = E[W] + 1 / mu in seconds.
    double meanResponseSeconds() const;
    /// The q-quantile (0 < q < 1) of the waiting time W in seconds (see the class comment).
    double waitQuantileSeconds(double quantile) const;
    /**
     * The q-quantile of the response time approximated as serviceSeconds + the q-quantile of W,
     * where serviceSeconds is the time a request takes once a server picks it (pass 1 / mu for the
     * pure M/M/c model). Exact for deterministic service; for exponential service it
     * under-estimates the tail by at most the service-time spread.
     */
    double responseTimeQuantileSeconds(double quantile, double serviceSeconds) const;

    /// Erlang B (blocking probability of M/M/c/c) for `servers` >= 0 and `erlangs` >= 0.
    static double erlangB(int servers, double erlangs);
    /// Erlang C for `servers` >= 1 and `erlangs` >= 0; 1 when erlangs >= servers.
    static double erlangC(int servers, double erlangs);

private:
    int m_servers = 1;
    double m_arrivalRatePerSecond = 0;
    double m_serviceRatePerSecond = 0;
    double m_probabilityOfWaiting = 0; ///< Erlang C, computed once (O(c)) in the constructor
};

} // namespace Scaleplan
