#pragma once

#include "model/designdata.h"

#include <QString>
#include <optional>

namespace Scaleplan {

/**
 * Opens whatever the user names: a `.scaleplan` project (recognised by its SQLite header, whatever
 * the extension), a design YAML file (recognised by its first key `scaleplan:`, read by
 * DesignYaml, see model/io/DESIGN-YAML.md) or any importable document (Markdown design document, YAML manifests), imported
 * as written (no fixes). Errors name the file and, for documents, the line and column.
 */
namespace DesignLoader {
std::optional<DesignData> load(const QString &path, QString *error);
}

} // namespace Scaleplan
