#include "model/io/recoverystore.h"

#include "model/io/projectfile.h"
#include "model/io/variantjson.h"

#include <QFile>

#include <sqlite3.h>

namespace Scaleplan {

RecoveryStore::RecoveryStore(QString path)
    : m_path(std::move(path))
{
}

RecoveryStore::~RecoveryStore()
{
    close();
}

void RecoveryStore::close()
{
    if (m_db)
        sqlite3_close(m_db);
    m_db = nullptr;
}

bool RecoveryStore::open(QString *error)
{
    close();
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_path, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString());
        close();
        return false;
    }
    sqlite3_exec(m_db, "PRAGMA synchronous=OFF", nullptr, nullptr, nullptr);
    return true;
}

bool RecoveryStore::writeAll(const DesignData &design, QString *error)
{
    close();
    if (!ProjectFile::save(design, m_path, error))
        return false;
    return open(error);
}

bool RecoveryStore::writeChanges(const DesignData &design, const QSet<ObjectId> &ids, QString *error)
{
    if (!m_db && !open(error))
        return false;
    auto fail = [&](const char *what) {
        if (error)
            *error = QStringLiteral("%1: %2: %3").arg(m_path, QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    };
    if (sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("begin");
    sqlite3_stmt *upsert = nullptr;
    sqlite3_stmt *remove = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "INSERT OR REPLACE INTO objects(id, parent_id, position, kind, name, fields, source_file, "
                           "source_line, source_column) VALUES(?,?,?,?,?,?,?,?,?)",
                           -1, &upsert, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(m_db, "DELETE FROM objects WHERE id = ?", -1, &remove, nullptr) != SQLITE_OK) {
        sqlite3_finalize(upsert);
        sqlite3_finalize(remove);
        return fail("prepare");
    }
    bool ok = true;
    for (ObjectId id : ids) {
        const DesignObject *o = design.object(id);
        if (!o) {
            sqlite3_reset(remove);
            sqlite3_bind_int64(remove, 1, sqlite3_int64(id));
            ok = ok && sqlite3_step(remove) == SQLITE_DONE;
            continue;
        }
        const QByteArray kind = kindName(o->kind).toUtf8();
        const QByteArray name = o->name.toUtf8();
        const QByteArray fields = VariantJson::write(o->fields);
        const QByteArray file = o->source.file.toUtf8();
        sqlite3_reset(upsert);
        sqlite3_bind_int64(upsert, 1, sqlite3_int64(o->id));
        sqlite3_bind_int64(upsert, 2, sqlite3_int64(o->parentId));
        sqlite3_bind_int(upsert, 3, design.rowOf(id));
        sqlite3_bind_text(upsert, 4, kind.constData(), int(kind.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(upsert, 5, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(upsert, 6, fields.constData(), int(fields.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(upsert, 7, file.constData(), int(file.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(upsert, 8, o->source.line);
        sqlite3_bind_int(upsert, 9, o->source.column);
        ok = ok && sqlite3_step(upsert) == SQLITE_DONE;
    }
    sqlite3_finalize(upsert);
    sqlite3_finalize(remove);
    if (!ok)
        return fail("write");
    sqlite3_stmt *meta = nullptr;
    if (sqlite3_prepare_v2(m_db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)", -1, &meta, nullptr) == SQLITE_OK) {
        const QList<QPair<QByteArray, QByteArray>> rows{{"name", design.name.toUtf8()},
                                                        {"next_id", QByteArray::number(design.nextId())}};
        for (const auto &[key, value] : rows) {
            sqlite3_reset(meta);
            sqlite3_bind_text(meta, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(meta, 2, value.constData(), int(value.size()), SQLITE_TRANSIENT);
            ok = ok && sqlite3_step(meta) == SQLITE_DONE;
        }
    }
    sqlite3_finalize(meta);
    if (!ok || sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("commit");
    return true;
}

void RecoveryStore::discard()
{
    close();
    QFile::remove(m_path);
    QFile::remove(m_path + QStringLiteral("-journal"));
}

std::optional<DesignData> RecoveryStore::recover(const QString &path, QString *error)
{
    return ProjectFile::load(path, error);
}

} // namespace Scaleplan
