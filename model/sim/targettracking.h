#pragma once

#include "model/designobject.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace Scaleplan {

/**
 * An Application Auto Scaling target tracking policy on a count of things (Aurora read replicas,
 * ElastiCache replicas): target value, capacity range and cooldowns in seconds.
 *
 * `alarmHighDatapoints` / `alarmLowDatapoints` / `scaleInThresholdFraction`: the CloudWatch alarms
 * target tracking creates evaluate one-minute datapoints; scale-out needs 3 consecutive datapoints
 * above the target, scale-in 15 consecutive datapoints below 90 % of it (the alarms AWS creates
 * for a target tracking policy: AlarmHigh 3 of 3, AlarmLow 15 of 15 — visible in the CloudWatch
 * console; assumed, AWS does not promise them).
 */
struct TargetTrackingSpec {
    QString name;
    double targetValue = 70;
    int minCapacity = 1;
    int maxCapacity = 1;
    double scaleOutCooldownSeconds = 300;
    double scaleInCooldownSeconds = 300;
    int alarmHighDatapoints = 3;
    int alarmLowDatapoints = 15;
    double scaleInThresholdFraction = 0.9;

    /// AuroraCluster: AutoScaling.{TargetCPU, MinCapacity, MaxCapacity, ScaleInCooldown,
    /// ScaleOutCooldown} -> read replica count (RDS "rds:cluster:ReadReplicaCount", metric
    /// RDSReaderAverageCPUUtilization). std::nullopt + error when AutoScaling is absent/malformed.
    static std::optional<TargetTrackingSpec> fromAurora(const DesignObject &object, QStringList *errors = nullptr);
    /// ElastiCacheReplicationGroup: AutoScaling.{TargetValue, MinCapacity, MaxCapacity,
    /// ScaleInCooldown, ScaleOutCooldown} -> replicas ("elasticache:replication-group:Replicas").
    static std::optional<TargetTrackingSpec> fromElastiCache(const DesignObject &object, QStringList *errors = nullptr);
};

/// One evaluation: the capacity before and after, and why ("scale-out", "scale-in",
/// "scale-out-cooldown", "scale-in-cooldown", "alarm-pending", "min", "max", "none").
struct TargetTrackingDecision {
    double timeSeconds = 0;
    double metricValue = 0;
    int currentCapacity = 0;
    int desiredCapacity = 0;
    QString reason;
};

/**
 * Target tracking in simulated time. Source: Application Auto Scaling User Guide, "Target
 * tracking scaling policies" (capacity changes in proportion to metric / target, min/max
 * capacity) and "Define cooldown periods" (scale-out cooldown: during it a new scale-out happens
 * only when it asks for more than the capacity the last one set; scale-in cooldown: scale-in is
 * blocked while it runs and after a scale-out until the scale-out cooldown ended; a scale-out is
 * never blocked by a scale-in cooldown).
 *
 * evaluate() is called once per datapoint (normally every 60 s) with the average metric over
 * the current capacity. Proportional rule: desired = ceil(current x metric / target), clamped to
 * [minCapacity, maxCapacity]; scale-in never removes more than the proportional amount.
 */
class TargetTrackingController
{
public:
    explicit TargetTrackingController(TargetTrackingSpec spec);
    const TargetTrackingSpec &spec() const { return m_spec; }
    TargetTrackingDecision evaluate(double timeSeconds, int currentCapacity, double metricValue);

private:
    TargetTrackingSpec m_spec;
    int m_highCount = 0;
    int m_lowCount = 0;
    std::optional<double> m_lastScaleOutSeconds;
    std::optional<double> m_lastScaleInSeconds;
    int m_lastScaleOutCapacity = 0;
};

} // namespace Scaleplan
