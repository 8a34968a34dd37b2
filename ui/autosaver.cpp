#include "ui/autosaver.h"

#include "model/design.h"
#include "model/io/recoverystore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

namespace Scaleplan {

namespace {
const char kRecoverySuffix[] = ".scaleplan-recovery";
const char kSidecarSuffix[] = ".json";
} // namespace

Autosaver::Autosaver(Design *design, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_design(design)
    , m_undoStack(undoStack)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] { autosaveNow(); });
    restartTimer();

    connect(design, &Design::resetDone, this, [this] {
        m_needsFullWrite = true;
        m_touched.clear();
    });
    connect(design, &Design::objectInserted, this, [this](ObjectId id) {
        touch(id);
        if (const DesignObject *object = m_design->data().object(id))
            touchChildren(object->parentId); // the later siblings moved one row down
    });
    connect(design, &Design::objectAboutToBeRemoved, this, [this](ObjectId id) { touchSubtree(id); });
    connect(design, &Design::objectRemoved, this, [this](ObjectId, ObjectId parent) { touchChildren(parent); });
    connect(design, &Design::objectAboutToBeMoved, this, [this](ObjectId id, ObjectId, int) {
        const DesignObject *object = m_design->data().object(id);
        m_movingFrom = object ? object->parentId : 0;
    });
    connect(design, &Design::objectMoved, this, [this](ObjectId id) {
        touch(id);
        touchChildren(m_movingFrom);
        if (const DesignObject *object = m_design->data().object(id))
            touchChildren(object->parentId);
    });
    connect(design, &Design::fieldChanged, this, [this](ObjectId id, const QString &) { touch(id); });
    connect(design, &Design::nameChanged, this, [this](ObjectId id) { touch(id); });
    connect(undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            discard(); // saved, or undone back to the saved state: nothing left to recover
    });
}

Autosaver::~Autosaver() = default;

void Autosaver::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = std::max(0, seconds);
    m_intervalMs = m_intervalSeconds * 1000;
    restartTimer();
}

void Autosaver::setIntervalMilliseconds(int milliseconds)
{
    m_intervalMs = std::max(0, milliseconds);
    m_intervalSeconds = (m_intervalMs + 999) / 1000;
    restartTimer();
}

void Autosaver::restartTimer()
{
    m_timer->stop();
    if (m_intervalMs > 0) {
        m_timer->setInterval(m_intervalMs);
        m_timer->start();
    }
}

void Autosaver::setDocumentPath(const QString &path)
{
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (absolute == m_documentPath)
        return;
    discard();
    m_documentPath = absolute;
}

QString Autosaver::recoveryFilePath() const
{
    return QDir(recoveryDirectory())
        .filePath(recoveryBaseName(m_documentPath, QCoreApplication::applicationPid()) + QLatin1String(kRecoverySuffix));
}

QString Autosaver::sidecarFilePath() const
{
    return QDir(recoveryDirectory())
        .filePath(recoveryBaseName(m_documentPath, QCoreApplication::applicationPid()) + QLatin1String(kSidecarSuffix));
}

bool Autosaver::hasRecoveryFile() const
{
    return m_written && QFileInfo::exists(recoveryFilePath());
}

bool Autosaver::writeSidecar(QString *error) const
{
    QJsonObject json;
    json.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    json.insert(QStringLiteral("documentPath"), m_documentPath);
    json.insert(QStringLiteral("designName"), m_design->data().name);
    json.insert(QStringLiteral("savedUtc"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QSaveFile file(sidecarFilePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(sidecarFilePath()), file.errorString());
        return false;
    }
    return true;
}

bool Autosaver::autosaveNow(QString *error)
{
    if (m_undoStack->isClean())
        return true;
    if (!m_needsFullWrite && m_touched.isEmpty() && hasRecoveryFile())
        return true;

    QString why;
    bool ok = QDir().mkpath(recoveryDirectory());
    if (!ok)
        why = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(recoveryDirectory()));
    ok = ok && writeSidecar(&why);
    if (ok) {
        m_written = true; // from here on discard() must clean up
        if (!m_store || m_store->path() != recoveryFilePath())
            m_store = std::make_unique<RecoveryStore>(recoveryFilePath());
        const bool full = m_needsFullWrite || !QFileInfo::exists(m_store->path());
        ok = full ? m_store->writeAll(m_design->data(), &why) : m_store->writeChanges(m_design->data(), m_touched, &why);
    }
    if (!ok) {
        const QString message = tr("Autosave failed: %1").arg(why);
        if (error)
            *error = message;
        Q_EMIT autosaveFailed(message);
        return false;
    }
    m_needsFullWrite = false;
    m_written = true;
    m_touched.clear();
    Q_EMIT autosaved(m_store->path());
    return true;
}

void Autosaver::discard()
{
    // Only files this session wrote: another running instance may autosave the same document
    // under the same name.
    if (m_store)
        m_store->discard();
    m_store.reset();
    if (m_written) {
        QFile::remove(recoveryFilePath());
        QFile::remove(sidecarFilePath());
    }
    m_written = false;
    m_needsFullWrite = true;
    m_touched.clear();
}

void Autosaver::touch(ObjectId id)
{
    m_touched.insert(id);
}

void Autosaver::touchChildren(ObjectId parent)
{
    for (ObjectId child : m_design->data().children(parent))
        m_touched.insert(child);
}

void Autosaver::touchSubtree(ObjectId id)
{
    m_touched.insert(id);
    for (ObjectId child : m_design->data().children(id))
        touchSubtree(child);
}

QString Autosaver::recoveryDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"));
}

QString Autosaver::recoveryBaseName(const QString &documentPath, qint64 pid)
{
    if (documentPath.isEmpty())
        return QStringLiteral("untitled-%1").arg(pid);
    const QFileInfo info(documentPath);
    const QByteArray hash = QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    QString base = info.completeBaseName();
    // Keep the name portable: letters, digits, '-', '_' and '.' only.
    for (QChar &c : base) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    }
    return QString(base.left(40) + QLatin1Char('-') + QString::fromLatin1(hash.left(12)));
}

QList<RecoveryCandidate> Autosaver::orphanedRecoveries(const QString &directory)
{
    QList<RecoveryCandidate> result;
    const QDir dir(directory);
    const QStringList sidecars = dir.entryList({QStringLiteral("*") + QLatin1String(kSidecarSuffix)}, QDir::Files);
    for (const QString &name : sidecars) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        RecoveryCandidate candidate;
        candidate.sidecarPath = file.fileName();
        candidate.recoveryPath = dir.filePath(QString(name.chopped(int(qstrlen(kSidecarSuffix))) + QLatin1String(kRecoverySuffix)));
        candidate.pid = json.value(QStringLiteral("pid")).toInteger();
        candidate.documentPath = json.value(QStringLiteral("documentPath")).toString();
        candidate.designName = json.value(QStringLiteral("designName")).toString();
        candidate.savedUtc = QDateTime::fromString(json.value(QStringLiteral("savedUtc")).toString(), Qt::ISODate);
        if (candidate.pid <= 0 || !QFileInfo::exists(candidate.recoveryPath))
            continue; // a sidecar whose recovery file was never written: nothing to offer
        if (isProcessRunning(candidate.pid))
            continue; // another running Scaleplan's live recovery file
        result.append(candidate);
    }
    std::sort(result.begin(), result.end(),
              [](const RecoveryCandidate &a, const RecoveryCandidate &b) { return a.savedUtc > b.savedUtc; });
    return result;
}

void Autosaver::discardRecovery(const RecoveryCandidate &candidate)
{
    QFile::remove(candidate.recoveryPath);
    QFile::remove(candidate.recoveryPath + QStringLiteral("-journal"));
    QFile::remove(candidate.sidecarPath);
}

bool Autosaver::isProcessRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return false;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    // kill(pid, 0) checks existence without sending anything; EPERM means it exists but is
    // someone else's (POSIX kill(2)).
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

} // namespace Scaleplan
