#include "model/sim/targettracking.h"

#include <algorithm>
#include <cmath>

namespace Scaleplan {

namespace {

bool readNumber(const QVariantMap &map, const QString &key, double *out, const QString &path, QStringList *errors,
                bool required)
{
    if (!map.contains(key)) {
        if (required && errors)
            errors->append(QStringLiteral("%1.%2: required").arg(path, key));
        return !required;
    }
    bool ok = false;
    const double v = map.value(key).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0) {
        if (errors)
            errors->append(QStringLiteral("%1.%2: must be a non-negative number").arg(path, key));
        return false;
    }
    *out = v;
    return true;
}

std::optional<TargetTrackingSpec> fromAutoScaling(const DesignObject &object, const QString &targetKey,
                                                  QStringList *errors)
{
    const QVariantMap autoScaling = object.fields.value(QStringLiteral("AutoScaling")).toMap();
    if (autoScaling.isEmpty()) {
        if (errors)
            errors->append(QStringLiteral("AutoScaling: required for target tracking"));
        return std::nullopt;
    }
    TargetTrackingSpec spec;
    spec.name = object.name;
    double minCapacity = 1, maxCapacity = 1;
    const QString path = QStringLiteral("AutoScaling");
    bool ok = readNumber(autoScaling, targetKey, &spec.targetValue, path, errors, true);
    ok &= readNumber(autoScaling, QStringLiteral("MinCapacity"), &minCapacity, path, errors, true);
    ok &= readNumber(autoScaling, QStringLiteral("MaxCapacity"), &maxCapacity, path, errors, true);
    ok &= readNumber(autoScaling, QStringLiteral("ScaleOutCooldown"), &spec.scaleOutCooldownSeconds, path, errors, false);
    ok &= readNumber(autoScaling, QStringLiteral("ScaleInCooldown"), &spec.scaleInCooldownSeconds, path, errors, false);
    if (!ok)
        return std::nullopt;
    spec.minCapacity = int(minCapacity);
    spec.maxCapacity = int(maxCapacity);
    if (spec.minCapacity > spec.maxCapacity || spec.targetValue <= 0) {
        if (errors)
            errors->append(QStringLiteral("AutoScaling: needs MinCapacity <= MaxCapacity and a positive target"));
        return std::nullopt;
    }
    return spec;
}

} // namespace

std::optional<TargetTrackingSpec> TargetTrackingSpec::fromAurora(const DesignObject &object, QStringList *errors)
{
    return fromAutoScaling(object, QStringLiteral("TargetCPU"), errors);
}

std::optional<TargetTrackingSpec> TargetTrackingSpec::fromElastiCache(const DesignObject &object, QStringList *errors)
{
    return fromAutoScaling(object, QStringLiteral("TargetValue"), errors);
}

TargetTrackingController::TargetTrackingController(TargetTrackingSpec spec)
    : m_spec(std::move(spec))
{
}

TargetTrackingDecision TargetTrackingController::evaluate(double t, int current, double metric)
{
    TargetTrackingDecision d{t, metric, current, current, QStringLiteral("none")};
    if (current < m_spec.minCapacity || current > m_spec.maxCapacity) {
        d.desiredCapacity = std::clamp(current, m_spec.minCapacity, m_spec.maxCapacity);
        d.reason = current < m_spec.minCapacity ? QStringLiteral("min") : QStringLiteral("max");
        return d;
    }
    const bool high = metric > m_spec.targetValue;
    const bool low = metric < m_spec.targetValue * m_spec.scaleInThresholdFraction;
    m_highCount = high ? m_highCount + 1 : 0;
    m_lowCount = low ? m_lowCount + 1 : 0;
    const int proportional = int(std::ceil(current * metric / m_spec.targetValue - 1e-9));
    if (high) {
        if (m_highCount < m_spec.alarmHighDatapoints) {
            d.reason = QStringLiteral("alarm-pending");
            return d;
        }
        const int desired = std::min(std::max(proportional, current + 1), m_spec.maxCapacity);
        if (desired <= current) {
            d.reason = QStringLiteral("max");
            return d;
        }
        const bool inCooldown = m_lastScaleOutSeconds && t < *m_lastScaleOutSeconds + m_spec.scaleOutCooldownSeconds;
        if (inCooldown && desired <= m_lastScaleOutCapacity) {
            d.reason = QStringLiteral("scale-out-cooldown");
            return d;
        }
        d.desiredCapacity = desired;
        d.reason = QStringLiteral("scale-out");
        m_lastScaleOutSeconds = t;
        m_lastScaleOutCapacity = desired;
        return d;
    }
    if (low) {
        if (m_lowCount < m_spec.alarmLowDatapoints) {
            d.reason = QStringLiteral("alarm-pending");
            return d;
        }
        const int desired = std::max(proportional, m_spec.minCapacity);
        if (desired >= current) {
            d.reason = desired == m_spec.minCapacity ? QStringLiteral("min") : QStringLiteral("none");
            return d;
        }
        const bool inCooldown = (m_lastScaleInSeconds && t < *m_lastScaleInSeconds + m_spec.scaleInCooldownSeconds)
            || (m_lastScaleOutSeconds && t < *m_lastScaleOutSeconds + m_spec.scaleOutCooldownSeconds);
        if (inCooldown) {
            d.reason = QStringLiteral("scale-in-cooldown");
            return d;
        }
        d.desiredCapacity = desired;
        d.reason = QStringLiteral("scale-in");
        m_lastScaleInSeconds = t;
        return d;
    }
    return d;
}

} // namespace Scaleplan
