#pragma once

#include <QString>
#include <QVariant>
#include <optional>

namespace Scaleplan {

/**
 * Kubernetes resource quantities and Go-style durations.
 *
 * Source: Kubernetes API reference, "Quantity" (k8s.io/apimachinery/pkg/api/resource):
 * decimal suffixes n u m "" k M G T P E, binary suffixes Ki Mi Gi Ti Pi Ei, and decimal exponents
 * (1e3). Durations: Go time.ParseDuration units ns us ms s m h, combined ("1h30m").
 */
namespace Quantity {

/// The quantity as a plain number ("450m" -> 0.45, "4Gi" -> 4294967296, "1.5" -> 1.5);
/// std::nullopt when malformed. Accepts a QVariant holding a number or a string.
std::optional<double> parse(const QVariant &value);
std::optional<double> parse(const QString &text);

/// CPU quantity in millicores ("100m" -> 100, "2" -> 2000).
std::optional<double> cpuMillicores(const QVariant &value);
/// Memory quantity in bytes ("128Mi" -> 134217728).
std::optional<double> memoryBytes(const QVariant &value);

/// Go duration in seconds ("30s" -> 30, "1h30m" -> 5400, "10s" -> 10); std::nullopt when
/// malformed. A bare number is taken as seconds.
std::optional<double> durationSeconds(const QVariant &value);

/// Formats seconds as the shortest Go duration ("90" -> "1m30s", "3600" -> "1h").
QString formatDuration(double seconds);

} // namespace Quantity
} // namespace Scaleplan
