#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>

namespace Scaleplan {

/**
 * Prices the simulation uses, USD, us-east-1, Linux/on-demand unless named. Node prices come from
 * the instance catalogue (model/aws/instancecatalog.h); the others are defaults to adjust per
 * design, from AWS's pricing pages (Amazon Aurora pricing: db.r6g.large $0.26/h, Serverless v2
 * $0.12 per ACU-hour; Amazon ElastiCache pricing: cache.r6g.large $0.206/h; AWS Lambda pricing:
 * $0.0000166667 per GB-second (x86) and $0.20 per million requests).
 * `dataTransferOutUsdPerGb`: Amazon EC2 On-Demand Pricing, "Data Transfer OUT From Amazon EC2 To
 * Internet", us-east-1, first 10 TB/month: $0.09 per GB (read with the instance catalogue,
 * catalogueDate() "2026-08"; the cheaper tiers above 10 TB/month are not modelled). A GB is
 * 2^30 bytes, as AWS bills data transfer.
 * `spotDiscountFraction`: spot price = on-demand x (1 - this).
 */
struct CostRates {
    double auroraInstanceUsdPerHour = 0.26;
    double auroraAcuUsdPerHour = 0.12;
    double elastiCacheNodeUsdPerHour = 0.206;
    double lambdaUsdPerGbSecond = 0.0000166667;
    double lambdaUsdPerMillionRequests = 0.20;
    double dataTransferOutUsdPerGb = 0.09;
    /// Amazon DynamoDB pricing, on-demand capacity, us-east-1 (since the 1 November 2024 price
    /// reduction): $0.625 per million write request units, $0.125 per million read request units.
    double dynamoDbUsdPerMillionWriteRequestUnits = 0.625;
    double dynamoDbUsdPerMillionReadRequestUnits = 0.125;
    /// Amazon SQS pricing, standard queues, us-east-1: $0.40 per million requests (after the free
    /// tier's first million a month, not modelled). A message costs SendMessage + ReceiveMessage +
    /// DeleteMessage = 3 requests (no batching, each message under 64 KiB).
    double sqsUsdPerMillionRequests = 0.40;
    double sqsRequestsPerMessage = 3;
    double spotDiscountFraction = 0.6;
};

/// Cost per hour by service at one instant; `catalogueDate` is the instance catalogue's "YYYY-MM".
struct CostBreakdown {
    double nodesUsdPerHour = 0;
    double auroraUsdPerHour = 0;
    double elastiCacheUsdPerHour = 0;
    double lambdaUsdPerHour = 0;
    QString catalogueDate;
    double totalUsdPerHour() const { return nodesUsdPerHour + auroraUsdPerHour + elastiCacheUsdPerHour + lambdaUsdPerHour; }
};

/**
 * Turns simulated capacity into USD per hour. Pure arithmetic on CostRates and the catalogue:
 *  - node: catalogue onDemandUsdPerHour, x (1 - spotDiscountFraction) for spot; NaN for a type the
 *    catalogue does not have;
 *  - Aurora: instances x auroraInstanceUsdPerHour, or ACUs x auroraAcuUsdPerHour (Serverless v2);
 *  - ElastiCache: nodes x elastiCacheNodeUsdPerHour;
 *  - Lambda: per hour at `requestsPerSecond`: 3600 x rps x duration s x memory GiB x per-GB-s +
 *    3600 x rps / 1e6 x per-million-requests;
 *  - data transfer out to the internet: bytes / 2^30 x dataTransferOutUsdPerGb.
 */
class CostModel
{
public:
    explicit CostModel(CostRates rates = {});
    const CostRates &rates() const { return m_rates; }

    double nodeUsdPerHour(QStringView instanceType, bool spot) const;
    double auroraInstancesUsdPerHour(int instances) const;
    double auroraServerlessUsdPerHour(double acu) const;
    double elastiCacheUsdPerHour(int nodes) const;
    double lambdaUsdPerHour(double requestsPerSecond, double durationSeconds, double memoryGiB) const;
    /// USD for `bytes` sent out to the internet (negative counts as 0).
    double dataTransferOutUsd(double bytes) const;
    /// USD for `readRequests` and `writeRequests` to an on-demand DynamoDB table, one read request
    /// unit per read (up to 4 KB, strongly consistent) and one write request unit per write (up to 1 KB).
    double dynamoDbOnDemandUsd(double readRequests, double writeRequests) const;
    /// USD per hour for `messagesPerSecond` through a standard SQS queue.
    double sqsUsdPerHour(double messagesPerSecond) const;
    /// InstanceCatalog::catalogueDate().
    static QString catalogueDate();

private:
    CostRates m_rates;
};

// The arithmetic is inline: the simulator prices every step.
inline double CostModel::auroraInstancesUsdPerHour(int instances) const
{
    return std::max(0, instances) * m_rates.auroraInstanceUsdPerHour;
}

inline double CostModel::auroraServerlessUsdPerHour(double acu) const
{
    return std::max(0.0, acu) * m_rates.auroraAcuUsdPerHour;
}

inline double CostModel::elastiCacheUsdPerHour(int nodes) const
{
    return std::max(0, nodes) * m_rates.elastiCacheNodeUsdPerHour;
}

inline double CostModel::lambdaUsdPerHour(double requestsPerSecond, double durationSeconds, double memoryGiB) const
{
    const double requestsPerHour = 3600.0 * std::max(0.0, requestsPerSecond);
    return requestsPerHour * durationSeconds * memoryGiB * m_rates.lambdaUsdPerGbSecond
        + requestsPerHour / 1e6 * m_rates.lambdaUsdPerMillionRequests;
}

inline double CostModel::dataTransferOutUsd(double bytes) const
{
    constexpr double bytesPerGb = 1024.0 * 1024.0 * 1024.0;
    return std::max(0.0, bytes) / bytesPerGb * m_rates.dataTransferOutUsdPerGb;
}

inline double CostModel::dynamoDbOnDemandUsd(double readRequests, double writeRequests) const
{
    return std::max(0.0, readRequests) / 1e6 * m_rates.dynamoDbUsdPerMillionReadRequestUnits
        + std::max(0.0, writeRequests) / 1e6 * m_rates.dynamoDbUsdPerMillionWriteRequestUnits;
}

inline double CostModel::sqsUsdPerHour(double messagesPerSecond) const
{
    return std::max(0.0, messagesPerSecond) * 3600.0 * m_rates.sqsRequestsPerMessage / 1e6 * m_rates.sqsUsdPerMillionRequests;
}

} // namespace Scaleplan
