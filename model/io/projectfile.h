#pragma once

#include "model/designdata.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Scaleplan {

/**
 * The `.scaleplan` project file: a SQLite 3 database.
 *
 * Schema (version kSchemaVersion, in table `meta` as key `schema_version`):
 *   meta(key TEXT PRIMARY KEY, value TEXT)          application_id, schema_version, name, source_file, next_id
 *   objects(id INTEGER PRIMARY KEY, parent_id, position, kind, name, fields JSON, source_file,
 *           source_line, source_column, field_lines)
 *   import_diagnostics(position INTEGER PRIMARY KEY, severity, rule, object_id, object_path, field,
 *           message, source_file, source_line, source_column)
 *   revisions(id INTEGER PRIMARY KEY, name, created_utc ISO 8601, design JSON)   (since version 2)
 *
 * Versions: 1 = objects + import diagnostics; 2 = + named revisions; 3 = + objects.field_lines
 * (JSON FieldPath -> document line, so diagnostics keep pointing at fields after a reopen). Older files are read as they
 * are (a missing table means "none"); the first save over an older file first copies it to
 * `<path>.v<old>.bak`, then writes the current version.
 * The database's `application_id` pragma is kApplicationId ("SCPL"), so another application's SQLite
 * file is recognised and refused.
 *
 * Saving writes a complete new database next to the target (`<path>.saving`, no journal needed:
 * it is not the real file until renamed), fsyncs it, and renames it over the target (then fsyncs
 * the directory): a crash at any moment leaves either the old or the new file, each complete and
 * self-contained. Journal mode of the saved file: rollback journal (DELETE), never WAL — a -wal
 * side file separated from its database (copied, e-mailed, on a network share that locks badly)
 * loses the last transactions. The cost: every save rewrites the whole file; autosave uses the
 * incremental RecoveryStore instead.
 *
 * Loading opens read-only and never writes to the file; a file that is not SQLite, truncated,
 * from another application or from a newer schema version is refused with a message that says
 * which.
 */
namespace ProjectFile {
constexpr int kSchemaVersion = 3;

/// A named snapshot of the design stored inside the project file ("as reviewed on 2026-12-01").
struct Revision {
    int id = 0;
    QString name;
    QDateTime createdUtc;
};
constexpr int kApplicationId = 0x5343504C; // "SCPL"

/// Writes `design` to `path` atomically. The revisions already stored in the file at `path` are kept.
bool save(const DesignData &design, const QString &path, QString *error);
/// The schema version of an existing project file; 0 when it is not a readable project.
int schemaVersion(const QString &path);
std::optional<DesignData> load(const QString &path, QString *error);
/// Revisions stored in the project, oldest first.
QList<Revision> revisions(const QString &path, QString *error);
/// Stores `design` as a new named revision in the existing project at `path` (one transaction).
/// Returns the revision id, 0 on error.
int addRevision(const QString &path, const QString &name, const DesignData &design, QString *error);
/// The design as it was at revision `id`.
std::optional<DesignData> loadRevision(const QString &path, int id, QString *error);
/// True when the file starts with the SQLite 3 header (cheap check before trying to load).
bool looksLikeProject(const QString &path);
} // namespace ProjectFile

} // namespace Scaleplan
