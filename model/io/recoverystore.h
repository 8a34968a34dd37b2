#pragma once

#include "model/designdata.h"

#include <QSet>
#include <QString>
#include <optional>

struct sqlite3;

namespace Scaleplan {

/**
 * The autosave / crash-recovery file of an open design: a project file (same schema as
 * ProjectFile, readable by ProjectFile::load) that is kept open and updated incrementally.
 *
 * writeAll() writes the whole design (ProjectFile::save, atomic); writeChanges() then rewrites only
 * the rows of the objects whose ids it is given (an id no longer in the design deletes its row),
 * in one transaction, so an autosave after one edit costs one or a few row writes instead of the
 * whole file. Trade-off: the recovery file runs with synchronous=OFF — it survives a crash of
 * Scaleplan (the data reached the operating system) but not necessarily a power loss, which is
 * acceptable for a recovery copy and keeps autosave under 10 ms; the real save stays fully durable.
 *
 * Not thread-safe; owned by the GUI thread's autosave timer. Errors are returned as text.
 */
class RecoveryStore
{
public:
    explicit RecoveryStore(QString path);
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    QString path() const { return m_path; }
    bool writeAll(const DesignData &design, QString *error);
    /// Rewrites the rows of `ids` (and the design name). Requires a previous writeAll().
    bool writeChanges(const DesignData &design, const QSet<ObjectId> &ids, QString *error);
    /// Deletes the recovery file (after a successful save, or when the user declines recovery).
    void discard();

    /// The design in a recovery file, if it is readable.
    static std::optional<DesignData> recover(const QString &path, QString *error);

private:
    bool open(QString *error);
    void close();

    QString m_path;
    sqlite3 *m_db = nullptr;
};

} // namespace Scaleplan
