#pragma once

#include <QByteArray>
#include <QVariant>
#include <optional>

namespace Scaleplan {

/**
 * JSON text for field trees that keeps the YAML scalar types: an integral double is written as
 * `70.0` (QJsonDocument would write `70`, which reads back as an integer), integers as integers.
 * Non-finite doubles are written as the strings ".inf", "-.inf", ".nan" inside {"$float": ...}.
 */
namespace VariantJson {
QByteArray write(const QVariant &value);
/// std::nullopt (and *error) when the text is not JSON.
std::optional<QVariant> read(const QByteArray &text, QString *error = nullptr);
} // namespace VariantJson

} // namespace Scaleplan
