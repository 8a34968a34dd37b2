#pragma once

#include "model/designobject.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <memory>

class QTimer;
class QUndoStack;

namespace Scaleplan {

class Design;
class RecoveryStore;

/// A recovery file left behind by a Scaleplan process that is no longer running (it crashed or
/// was killed), as described by its sidecar file.
struct RecoveryCandidate {
    QString recoveryPath;  ///< the recovery project file (readable by RecoveryStore::recover)
    QString sidecarPath;   ///< the `.json` beside it
    QString documentPath;  ///< the project file the work belonged to; empty for an unsaved design
    QString designName;
    qint64 pid = 0;        ///< the process that wrote it
    QDateTime savedUtc;    ///< time of its last autosave
};

/**
 * Autosave of unsaved work to a crash-recovery file, every intervalSeconds() while the undo stack
 * is not clean.
 *
 * The first autosave after a document is loaded (Design::resetDone) or saved writes the whole
 * design (RecoveryStore::writeAll); later ones rewrite only the objects touched since the previous
 * autosave (RecoveryStore::writeChanges), collected from the Design's signals: inserted, removed
 * (with their subtrees), moved, renamed and field-edited objects, plus every sibling whose row
 * shifted. When the undo stack becomes clean (saved, or undone back to the saved state) the
 * recovery file is deleted; the owner deletes it on a clean close with discard().
 *
 * Files live in recoveryDirectory() (QStandardPaths::AppDataLocation + "/recovery"), named after
 * the document: `<base name>-<12 hex digits of SHA-1 of the absolute path>` or `untitled-<pid>`,
 * with the suffix `.scaleplan-recovery`, and a sidecar `<same name>.json` holding
 * {"pid", "documentPath", "designName", "savedUtc"}. The sidecar is written before the recovery
 * file, so a recovery file is never without an owner. orphanedRecoveries() lists the files whose
 * owner pid no longer runs: the work of a crashed session.
 *
 * Owned by the main window; does not own the Design or the undo stack. Known limit: two running
 * instances with the same project open share one recovery file name (the last autosave wins).
 */
class Autosaver : public QObject
{
    Q_OBJECT
public:
    Autosaver(Design *design, QUndoStack *undoStack, QObject *parent = nullptr);
    ~Autosaver() override;

    /// Autosave period in seconds; 0 turns autosave off (an existing recovery file is kept).
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }
    /// Same, in milliseconds (for tests that cannot wait a minute).
    void setIntervalMilliseconds(int milliseconds);

    /// The project file the open design belongs to (empty: not saved yet). Changing it deletes
    /// the recovery file of the previous name; the next autosave writes the whole design.
    void setDocumentPath(const QString &path);
    QString documentPath() const { return m_documentPath; }

    /// Where this session's recovery file is (or would be) written.
    QString recoveryFilePath() const;
    QString sidecarFilePath() const;
    /// True while a recovery file written by this session exists.
    bool hasRecoveryFile() const;

    /// Writes the unsaved work now (nothing when the undo stack is clean or nothing changed since
    /// the last autosave). Returns false and fills *error when the file cannot be written.
    bool autosaveNow(QString *error = nullptr);
    /// Deletes this session's recovery file and its sidecar.
    void discard();

    static QString recoveryDirectory();
    /// `untitled-<pid>` for an empty path, else `<completeBaseName>-<sha1(absolute path)[0..12)>`.
    static QString recoveryBaseName(const QString &documentPath, qint64 pid);
    /// Recovery files in `directory` whose owner process is not running, newest first.
    static QList<RecoveryCandidate> orphanedRecoveries(const QString &directory = recoveryDirectory());
    /// Deletes a candidate's recovery file, its journal and its sidecar.
    static void discardRecovery(const RecoveryCandidate &candidate);
    /// True when a process with this id exists (Unix: kill(pid, 0); Windows: OpenProcess).
    static bool isProcessRunning(qint64 pid);

Q_SIGNALS:
    /// An autosave wrote `recoveryPath`.
    void autosaved(const QString &recoveryPath);
    void autosaveFailed(const QString &message);

private:
    void touch(ObjectId id);
    void touchChildren(ObjectId parent);
    void touchSubtree(ObjectId id);
    bool writeSidecar(QString *error) const;
    void restartTimer();

    Design *m_design;
    QUndoStack *m_undoStack;
    QTimer *m_timer;
    std::unique_ptr<RecoveryStore> m_store;
    QString m_documentPath;
    int m_intervalSeconds = 60;
    int m_intervalMs = 60000;
    bool m_needsFullWrite = true;
    bool m_written = false;
    QSet<ObjectId> m_touched;
    ObjectId m_movingFrom = 0;
};

} // namespace Scaleplan
