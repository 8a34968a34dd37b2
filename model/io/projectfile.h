#pragma once

#include "model/designdata.h"

#include <QString>
#include <optional>

namespace Scaleplan {

/**
 * The `.scaleplan` project file: a SQLite 3 database.
 *
 * Schema (version kSchemaVersion, in table `meta` as key `schema_version`):
 *   meta(key TEXT PRIMARY KEY, value TEXT)          application_id, schema_version, name, source_file, next_id
 *   objects(id INTEGER PRIMARY KEY, parent_id, position, kind, name, fields JSON, source_file,
 *           source_line, source_column)
 *   import_diagnostics(position INTEGER PRIMARY KEY, severity, rule, object_id, object_path, field,
 *           message, source_file, source_line, source_column)
 * The database's `application_id` pragma is kApplicationId ("SCPL"), so another application's SQLite
 * file is recognised and refused.
 *
 * Saving writes a complete new database next to the target (`<path>.saving`) in one transaction
 * with the rollback journal (journal_mode=DELETE, synchronous=FULL) and renames it over the target:
 * a crash at any moment leaves either the old or the new file, each complete and self-contained
 * (no -wal/-shm side files that could be separated from it, which matters on network shares and
 * for "save as" / e-mailing the file). The cost: every save rewrites the whole file.
 *
 * Loading opens read-only and never writes to the file; a file that is not SQLite, truncated,
 * from another application or from a newer schema version is refused with a message that says
 * which.
 */
namespace ProjectFile {
constexpr int kSchemaVersion = 1;
constexpr int kApplicationId = 0x5343504C; // "SCPL"

bool save(const DesignData &design, const QString &path, QString *error);
std::optional<DesignData> load(const QString &path, QString *error);
/// True when the file starts with the SQLite 3 header (cheap check before trying to load).
bool looksLikeProject(const QString &path);
} // namespace ProjectFile

} // namespace Scaleplan
