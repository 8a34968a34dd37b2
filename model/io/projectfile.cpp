#include "model/io/projectfile.h"

#include "model/io/filecheck.h"
#include "model/io/variantjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
#include <cstring>

#include <sqlite3.h>

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <memory>
#include <numeric>
#include <vector>

namespace Scaleplan {

namespace {

struct DbCloser {
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
struct StmtFinalizer {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, DbCloser>;
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : "unknown SQLite error");
        sqlite3_free(message);
        return false;
    }
    return true;
}

Stmt prepare(sqlite3 *db, const char *sql, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = lastError(db);
        return Stmt{};
    }
    return Stmt{stmt};
}

void bindText(sqlite3_stmt *s, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

QString columnText(sqlite3_stmt *s, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(s, column)) : QString();
}

const char *kSchema = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE objects(
  id INTEGER PRIMARY KEY,
  parent_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  fields TEXT NOT NULL,
  source_file TEXT,
  source_line INTEGER,
  source_column INTEGER,
  field_lines TEXT);
CREATE INDEX objects_parent ON objects(parent_id, position);
CREATE TABLE import_diagnostics(
  position INTEGER PRIMARY KEY,
  severity TEXT NOT NULL,
  rule TEXT NOT NULL,
  object_id INTEGER,
  object_path TEXT,
  field TEXT,
  message TEXT NOT NULL,
  source_file TEXT,
  source_line INTEGER,
  source_column INTEGER);
CREATE TABLE revisions(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created_utc TEXT NOT NULL,
  design TEXT NOT NULL);
)SQL";

/// The whole design as one JSON value (for revisions).
QByteArray designToJson(const DesignData &design)
{
    QVariantList objects;
    for (ObjectId id : design.preorder()) {
        const DesignObject &o = *design.object(id);
        objects.append(QVariantMap{{QStringLiteral("id"), qlonglong(o.id)},
                                   {QStringLiteral("parent"), qlonglong(o.parentId)},
                                   {QStringLiteral("kind"), kindName(o.kind)},
                                   {QStringLiteral("name"), o.name},
                                   {QStringLiteral("fields"), o.fields},
                                   {QStringLiteral("file"), o.source.file},
                                   {QStringLiteral("line"), o.source.line},
                                   {QStringLiteral("column"), o.source.column}});
    }
    return VariantJson::write(QVariantMap{{QStringLiteral("name"), design.name},
                                          {QStringLiteral("sourceFile"), design.sourceFile},
                                          {QStringLiteral("nextId"), qlonglong(design.nextId())},
                                          {QStringLiteral("objects"), objects}});
}

std::optional<DesignData> designFromJson(const QByteArray &json, QString *error)
{
    const auto value = VariantJson::read(json, error);
    if (!value || value->typeId() != QMetaType::QVariantMap)
        return std::nullopt;
    const QVariantMap root = value->toMap();
    DesignData design;
    design.name = root.value(QStringLiteral("name")).toString();
    design.sourceFile = root.value(QStringLiteral("sourceFile")).toString();
    for (const QVariant &v : root.value(QStringLiteral("objects")).toList()) {
        const QVariantMap m = v.toMap();
        DesignObject o;
        o.id = ObjectId(m.value(QStringLiteral("id")).toLongLong());
        o.parentId = ObjectId(m.value(QStringLiteral("parent")).toLongLong());
        const auto kind = kindFromName(m.value(QStringLiteral("kind")).toString());
        if (!kind) {
            if (error)
                *error = QStringLiteral("unknown kind '%1'").arg(m.value(QStringLiteral("kind")).toString());
            return std::nullopt;
        }
        o.kind = *kind;
        o.name = m.value(QStringLiteral("name")).toString();
        o.fields = m.value(QStringLiteral("fields")).toMap();
        o.source = SourceLocation{m.value(QStringLiteral("file")).toString(), m.value(QStringLiteral("line")).toInt(),
                                  m.value(QStringLiteral("column")).toInt()};
        if (!design.insert(o)) {
            if (error)
                *error = QStringLiteral("object %1 is out of order or duplicated").arg(o.id);
            return std::nullopt;
        }
    }
    design.reserveIdsBelow(ObjectId(root.value(QStringLiteral("nextId")).toLongLong()));
    return design;
}

Severity severityFromName(const QString &name)
{
    if (name == QLatin1String("info"))
        return Severity::Info;
    if (name == QLatin1String("warning"))
        return Severity::Warning;
    return Severity::Error;
}

} // namespace

bool ProjectFile::looksLikeProject(const QString &path)
{
    if (!FileCheck::readableProblem(path).isEmpty())
        return false; // never open a pipe or device just to sniff it
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool ProjectFile::save(const DesignData &design, const QString &requestedPath, QString *error)
{
    // Write through a symbolic link; never replace a directory, device or pipe.
    const QString path = FileCheck::writeTarget(requestedPath, error);
    if (path.isEmpty())
        return false;
    const QString temp = path + QStringLiteral(".saving");
    QFile::remove(temp);
    QFile::remove(temp + QStringLiteral("-journal"));
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: cannot save: %2").arg(path, why);
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        return false;
    };
    {
        sqlite3 *raw = nullptr;
        if (sqlite3_open_v2(temp.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            != SQLITE_OK) {
            const QString why = raw ? lastError(raw) : QStringLiteral("out of memory");
            sqlite3_close(raw);
            return fail(why);
        }
        Db db(raw);
        QString why;
        // The temporary file is renamed over the target only when complete, so it needs no journal:
        // a crash mid-write leaves a stray "<path>.saving" (removed by the next save), never a
        // damaged project. Durability comes from one fsync of the finished file before the rename.
        const QByteArray pragmas = QByteArray("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE; PRAGMA cache_size=-65536; PRAGMA application_id=")
            + QByteArray::number(kApplicationId) + "; PRAGMA user_version=" + QByteArray::number(kSchemaVersion) + ";";
        if (!exec(db.get(), pragmas.constData(), &why) || !exec(db.get(), "BEGIN", &why)
            || !exec(db.get(), kSchema, &why))
            return fail(why);
        {
            Stmt meta = prepare(db.get(), "INSERT INTO meta(key, value) VALUES(?, ?)", &why);
            if (!meta)
                return fail(why);
            const QList<QPair<QString, QString>> rows{
                {QStringLiteral("application"), QStringLiteral("Scaleplan")},
                {QStringLiteral("schema_version"), QString::number(kSchemaVersion)},
                {QStringLiteral("name"), design.name},
                {QStringLiteral("source_file"), design.sourceFile},
                {QStringLiteral("next_id"), QString::number(design.nextId())},
            };
            for (const auto &[key, value] : rows) {
                sqlite3_reset(meta.get());
                bindText(meta.get(), 1, key);
                bindText(meta.get(), 2, value);
                if (sqlite3_step(meta.get()) != SQLITE_DONE)
                    return fail(lastError(db.get()));
            }
        }
        {
            Stmt insert = prepare(db.get(),
                                  "INSERT INTO objects(id, parent_id, position, kind, name, fields, source_file, "
                                  "source_line, source_column, field_lines) VALUES(?,?,?,?,?,?,?,?,?,?)",
                                  &why);
            if (!insert)
                return fail(why);
            // Parents before children, each with its position among its siblings (walking the
            // child lists keeps this linear; DesignData::rowOf is a search).
            QList<QPair<ObjectId, int>> order;
            order.reserve(design.size());
            QList<ObjectId> stack{0};
            while (!stack.isEmpty()) {
                const ObjectId parent = stack.takeLast();
                const QList<ObjectId> kids = design.children(parent);
                for (int i = 0; i < kids.size(); ++i) {
                    order.append({kids.at(i), i});
                    stack.append(kids.at(i));
                }
            }
            // The field texts are independent: build them on all cores, insert them in order.
            std::vector<QByteArray> fieldsJson(size_t(order.size()));
            {
                std::vector<int> indexes(size_t(order.size()));
                std::iota(indexes.begin(), indexes.end(), 0);
                QtConcurrent::blockingMap(indexes, [&](int i) {
                    fieldsJson[size_t(i)] = VariantJson::write(design.object(order.at(i).first)->fields);
                });
            }
            for (qsizetype index = 0; index < order.size(); ++index) {
                const auto &[id, position] = order.at(index);
                const DesignObject &o = *design.object(id);
                sqlite3_reset(insert.get());
                sqlite3_bind_int64(insert.get(), 1, sqlite3_int64(o.id));
                sqlite3_bind_int64(insert.get(), 2, sqlite3_int64(o.parentId));
                sqlite3_bind_int(insert.get(), 3, position);
                bindText(insert.get(), 4, kindName(o.kind));
                bindText(insert.get(), 5, o.name);
                const QByteArray &json = fieldsJson[size_t(index)];
                sqlite3_bind_text(insert.get(), 6, json.constData(), int(json.size()), SQLITE_STATIC);
                bindText(insert.get(), 7, o.source.file);
                sqlite3_bind_int(insert.get(), 8, o.source.line);
                sqlite3_bind_int(insert.get(), 9, o.source.column);
                if (o.fieldLines.isEmpty()) {
                    sqlite3_bind_null(insert.get(), 10);
                } else {
                    QVariantMap lines;
                    for (auto it = o.fieldLines.constBegin(); it != o.fieldLines.constEnd(); ++it)
                        lines.insert(it.key(), it.value());
                    const QByteArray linesJson = VariantJson::write(lines);
                    sqlite3_bind_text(insert.get(), 10, linesJson.constData(), int(linesJson.size()), SQLITE_TRANSIENT);
                }
                if (sqlite3_step(insert.get()) != SQLITE_DONE)
                    return fail(lastError(db.get()));
            }
        }
        {
            Stmt insert = prepare(db.get(),
                                  "INSERT INTO import_diagnostics(position, severity, rule, object_id, object_path, "
                                  "field, message, source_file, source_line, source_column) VALUES(?,?,?,?,?,?,?,?,?,?)",
                                  &why);
            if (!insert)
                return fail(why);
            int position = 0;
            for (const Diagnostic &d : design.importDiagnostics) {
                sqlite3_reset(insert.get());
                sqlite3_bind_int(insert.get(), 1, position++);
                bindText(insert.get(), 2, severityName(d.severity));
                bindText(insert.get(), 3, d.rule);
                sqlite3_bind_int64(insert.get(), 4, sqlite3_int64(d.objectId));
                bindText(insert.get(), 5, d.objectPath);
                bindText(insert.get(), 6, d.field);
                bindText(insert.get(), 7, d.message);
                bindText(insert.get(), 8, d.source.file);
                sqlite3_bind_int(insert.get(), 9, d.source.line);
                sqlite3_bind_int(insert.get(), 10, d.source.column);
                if (sqlite3_step(insert.get()) != SQLITE_DONE)
                    return fail(lastError(db.get()));
            }
        }
        // Keep the revisions of the file being replaced.
        const int oldVersion = QFile::exists(path) ? schemaVersion(path) : 0;
        if (oldVersion >= 2) {
            Stmt attach = prepare(db.get(), "ATTACH DATABASE ? AS previous", &why);
            if (!attach)
                return fail(why);
            const QByteArray oldPath = path.toUtf8();
            sqlite3_bind_text(attach.get(), 1, oldPath.constData(), int(oldPath.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(attach.get()) != SQLITE_DONE)
                return fail(lastError(db.get()));
            attach.reset();
            if (!exec(db.get(), "INSERT INTO revisions SELECT id, name, created_utc, design FROM previous.revisions", &why))
                return fail(why);
        }
        if (!exec(db.get(), "COMMIT", &why))
            return fail(why);
        if (oldVersion >= 2)
            exec(db.get(), "DETACH DATABASE previous", nullptr);
        // Migrating an older file: keep a copy of it before it is replaced.
        if (oldVersion > 0 && oldVersion < kSchemaVersion) {
            const QString backup = path + QStringLiteral(".v%1.bak").arg(oldVersion);
            QFile::remove(backup);
            if (!QFile::copy(path, backup))
                return fail(QStringLiteral("cannot keep a backup of the version %1 file as %2").arg(oldVersion).arg(backup));
        }
    }
    // Make the new file durable, then replace atomically with rename(2), then persist the rename.
    {
        const int fd = ::open(temp.toLocal8Bit().constData(), O_RDONLY);
        if (fd < 0 || ::fsync(fd) != 0) {
            if (fd >= 0)
                ::close(fd);
            return fail(QStringLiteral("cannot flush the file to disk (%1)").arg(QString::fromLocal8Bit(strerror(errno))));
        }
        ::close(fd);
    }
    if (std::rename(temp.toLocal8Bit().constData(), path.toLocal8Bit().constData()) != 0)
        return fail(QStringLiteral("cannot replace the file (%1)").arg(QString::fromLocal8Bit(strerror(errno))));
    const int dirFd = ::open(QFileInfo(path).absolutePath().toLocal8Bit().constData(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

std::optional<DesignData> ProjectFile::load(const QString &path, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<DesignData> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return std::nullopt;
    };
    const QFileInfo fi(path);
    if (const QString problem = FileCheck::readableProblem(path); !problem.isEmpty())
        return fail(problem);
    if (!looksLikeProject(path))
        return fail(QStringLiteral("not a Scaleplan project (not an SQLite database)"));
    // The 100-byte SQLite header (sqlite.org/fileformat.html, 1.3): page size at offset 16,
    // database size in pages at 28, application id at 68 — read before SQLite touches the file.
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read: %1").arg(f.errorString()));
        const QByteArray header = f.read(100);
        if (header.size() < 100)
            return fail(QStringLiteral("damaged project (truncated SQLite header)"));
        auto be32 = [&](int offset) {
            return (quint32(quint8(header[offset])) << 24) | (quint32(quint8(header[offset + 1])) << 16)
                | (quint32(quint8(header[offset + 2])) << 8) | quint32(quint8(header[offset + 3]));
        };
        quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
        if (pageSize == 1)
            pageSize = 65536;
        if (be32(68) != quint32(kApplicationId))
            return fail(QStringLiteral("an SQLite database of another application, not a Scaleplan project"));
        const qint64 expected = qint64(be32(28)) * pageSize;
        if (expected > 0 && f.size() < expected)
            return fail(QStringLiteral("the file is damaged (truncated: %1 of %2 bytes)").arg(f.size()).arg(expected));
    }
    sqlite3 *raw = nullptr;
    const QByteArray uri = "file:" + QUrl::toPercentEncoding(fi.absoluteFilePath(), "/") + "?mode=ro";
    if (sqlite3_open_v2(uri.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        const QString why = raw ? lastError(raw) : QStringLiteral("out of memory");
        sqlite3_close(raw);
        return fail(QStringLiteral("cannot open: %1").arg(why));
    }
    Db db(raw);
    QString why;
    int applicationId = 0;
    {
        Stmt s = prepare(db.get(), "PRAGMA application_id", &why);
        if (!s)
            return fail(QStringLiteral("damaged or not a database: %1").arg(why));
        if (sqlite3_step(s.get()) == SQLITE_ROW)
            applicationId = sqlite3_column_int(s.get(), 0);
    }
    if (applicationId != kApplicationId)
        return fail(QStringLiteral("an SQLite database of another application, not a Scaleplan project"));
    {
        Stmt s = prepare(db.get(), "PRAGMA quick_check", &why);
        if (!s || sqlite3_step(s.get()) != SQLITE_ROW || columnText(s.get(), 0) != QLatin1String("ok"))
            return fail(QStringLiteral("the file is damaged (SQLite integrity check failed: %1)")
                            .arg(s ? columnText(s.get(), 0) : why));
    }
    DesignData design;
    QHash<QString, QString> meta;
    {
        Stmt s = prepare(db.get(), "SELECT key, value FROM meta", &why);
        if (!s)
            return fail(QStringLiteral("damaged project (%1)").arg(why));
        while (sqlite3_step(s.get()) == SQLITE_ROW)
            meta.insert(columnText(s.get(), 0), columnText(s.get(), 1));
    }
    bool versionOk = false;
    const int version = meta.value(QStringLiteral("schema_version")).toInt(&versionOk);
    if (!versionOk || version < 1)
        return fail(QStringLiteral("damaged project (schema version '%1' is not a version Scaleplan wrote)")
                        .arg(meta.value(QStringLiteral("schema_version"))));
    if (const QString application = meta.value(QStringLiteral("application"));
        meta.contains(QStringLiteral("application")) && application != QLatin1String("Scaleplan"))
        return fail(QStringLiteral("not a Scaleplan project (its meta table names the application '%1')").arg(application));
    if (version > kSchemaVersion)
        return fail(QStringLiteral("written by a newer Scaleplan (file schema version %1, this version reads up to %2); "
                                   "update Scaleplan to open it")
                        .arg(version)
                        .arg(kSchemaVersion));
    design.name = meta.value(QStringLiteral("name"));
    design.reserveIdsBelow(meta.value(QStringLiteral("next_id")).toULongLong());
    design.sourceFile = meta.value(QStringLiteral("source_file"));
    {
        // field_lines exists since schema version 3. Rows are read in storage (rowid) order, which
        // needs no sort of the big field texts; the tree order is rebuilt in memory below.
        Stmt s = prepare(db.get(),
                         version >= 3 ? "SELECT id, parent_id, position, kind, name, fields, source_file, source_line, "
                                        "source_column, field_lines FROM objects"
                                      : "SELECT id, parent_id, position, kind, name, fields, source_file, source_line, "
                                        "source_column, NULL FROM objects",
                         &why);
        if (!s)
            return fail(QStringLiteral("damaged project (%1)").arg(why));
        struct Row {
            DesignObject object;
            int position = 0;
            QByteArray fieldsJson;
            QByteArray linesJson;
            QString error;
        };
        std::vector<Row> rows;
        QString lastFile; // the source file repeats on every row: share one string
        QByteArray lastFileUtf8;
        int rc;
        while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
            Row row;
            DesignObject &o = row.object;
            o.id = ObjectId(sqlite3_column_int64(s.get(), 0));
            o.parentId = ObjectId(sqlite3_column_int64(s.get(), 1));
            row.position = sqlite3_column_int(s.get(), 2);
            const QString kind = columnText(s.get(), 3);
            const auto k = kindFromName(kind);
            if (!k)
                return fail(QStringLiteral("object %1 has unknown kind '%2'").arg(o.id).arg(kind));
            o.kind = *k;
            o.name = columnText(s.get(), 4);
            row.fieldsJson = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 5)),
                                        sqlite3_column_bytes(s.get(), 5));
            const auto *file = reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 6));
            const int fileBytes = sqlite3_column_bytes(s.get(), 6);
            if (!file) {
                lastFile = QString();
                lastFileUtf8 = QByteArray();
            } else if (lastFile.isNull() || QByteArrayView(file, fileBytes) != QByteArrayView(lastFileUtf8)) {
                lastFileUtf8 = QByteArray(file, fileBytes);
                lastFile = QString::fromUtf8(lastFileUtf8);
            }
            o.source = SourceLocation{lastFile, sqlite3_column_int(s.get(), 7), sqlite3_column_int(s.get(), 8)};
            if (sqlite3_column_type(s.get(), 9) == SQLITE_TEXT)
                row.linesJson = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 9)),
                                           sqlite3_column_bytes(s.get(), 9));
            rows.push_back(std::move(row));
        }
        if (rc != SQLITE_DONE)
            return fail(QStringLiteral("damaged project (%1)").arg(lastError(db.get())));
        // Turning the field texts into QVariant trees is most of the work (allocation-bound); the
        // rows are independent, so it runs on all cores.
        QtConcurrent::blockingMap(rows, [](Row &row) {
            const auto fields = VariantJson::read(row.fieldsJson, &row.error);
            if (!fields || fields->typeId() != QMetaType::QVariantMap) {
                if (row.error.isEmpty())
                    row.error = QStringLiteral("not a JSON object");
                return;
            }
            row.object.fields = fields->toMap();
            row.fieldsJson = QByteArray();
            if (!row.linesJson.isNull()) {
                const auto lines = VariantJson::read(row.linesJson);
                const QVariantMap map = lines ? lines->toMap() : QVariantMap();
                for (auto it = map.constBegin(); it != map.constEnd(); ++it)
                    row.object.fieldLines.insert(it.key(), it.value().toInt());
                row.linesJson = QByteArray();
            }
        });
        for (const Row &row : rows) {
            if (!row.error.isEmpty())
                return fail(QStringLiteral("object %1 (%2) has damaged fields: %3")
                                .arg(row.object.id)
                                .arg(row.object.name, row.error));
        }
        // Tree order: top-level objects first, then by parent and sibling position.
        std::vector<int> order(rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const Row &x = rows[size_t(a)];
            const Row &y = rows[size_t(b)];
            const bool xTop = x.object.parentId == 0;
            const bool yTop = y.object.parentId == 0;
            if (xTop != yTop)
                return xTop;
            if (x.object.parentId != y.object.parentId)
                return x.object.parentId < y.object.parentId;
            return x.position < y.position;
        });
        // Insert parents before children whatever the row order (bounded passes).
        while (!order.empty()) {
            std::vector<int> next;
            for (const int index : order) {
                DesignObject &o = rows[size_t(index)].object;
                if (o.parentId == 0 || design.contains(o.parentId)) {
                    const ObjectId id = o.id;
                    if (!design.insert(std::move(o)))
                        return fail(QStringLiteral("damaged project (duplicate object id %1)").arg(id));
                } else {
                    next.push_back(index);
                }
            }
            if (next.size() == order.size()) {
                const DesignObject &o = rows[size_t(next.front())].object;
                return fail(QStringLiteral("damaged project (object %1 has a missing parent %2)").arg(o.id).arg(o.parentId));
            }
            order = std::move(next);
        }
    }
    {
        Stmt s = prepare(db.get(),
                         "SELECT severity, rule, object_id, object_path, field, message, source_file, source_line, "
                         "source_column FROM import_diagnostics ORDER BY position",
                         &why);
        if (!s)
            return fail(QStringLiteral("damaged project (%1)").arg(why));
        while (sqlite3_step(s.get()) == SQLITE_ROW) {
            Diagnostic d;
            d.severity = severityFromName(columnText(s.get(), 0));
            d.rule = columnText(s.get(), 1);
            d.objectId = ObjectId(sqlite3_column_int64(s.get(), 2));
            d.objectPath = columnText(s.get(), 3);
            d.field = columnText(s.get(), 4);
            d.message = columnText(s.get(), 5);
            d.source = SourceLocation{columnText(s.get(), 6), sqlite3_column_int(s.get(), 7), sqlite3_column_int(s.get(), 8)};
            design.importDiagnostics.append(d);
        }
    }
    return design;
}

namespace {
/// Opens an existing project for reading (ro) or read-write, checking that it is ours.
Db openProject(const QString &path, bool writable, QString *error)
{
    if (!ProjectFile::looksLikeProject(path) || ProjectFile::schemaVersion(path) == 0) {
        if (error)
            *error = QStringLiteral("%1: not a Scaleplan project").arg(path);
        return Db{};
    }
    sqlite3 *raw = nullptr;
    const int flags = writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("%1: cannot open: %2").arg(path, raw ? lastError(raw) : QStringLiteral("out of memory"));
        sqlite3_close(raw);
        return Db{};
    }
    sqlite3_busy_timeout(raw, 2000);
    return Db(raw);
}
} // namespace

int ProjectFile::schemaVersion(const QString &path)
{
    if (!looksLikeProject(path))
        return 0;
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        return 0;
    }
    Db db(raw);
    Stmt s = prepare(db.get(), "SELECT value FROM meta WHERE key='schema_version'", nullptr);
    if (!s || sqlite3_step(s.get()) != SQLITE_ROW)
        return 0;
    return columnText(s.get(), 0).toInt();
}

QList<ProjectFile::Revision> ProjectFile::revisions(const QString &path, QString *error)
{
    QList<ProjectFile::Revision> out;
    Db db = openProject(path, false, error);
    if (!db || schemaVersion(path) < 2)
        return out;
    Stmt s = prepare(db.get(), "SELECT id, name, created_utc FROM revisions ORDER BY id", error);
    while (s && sqlite3_step(s.get()) == SQLITE_ROW) {
        out.append(ProjectFile::Revision{sqlite3_column_int(s.get(), 0), columnText(s.get(), 1),
                            QDateTime::fromString(columnText(s.get(), 2), Qt::ISODate)});
    }
    return out;
}

int ProjectFile::addRevision(const QString &path, const QString &name, const DesignData &design, QString *error)
{
    if (schemaVersion(path) < kSchemaVersion) {
        // Bring an older file to the current schema first (keeps a backup).
        const auto current = load(path, error);
        if (!current || !save(*current, path, error))
            return 0;
    }
    Db db = openProject(path, true, error);
    if (!db)
        return 0;
    QString why;
    Stmt s = prepare(db.get(), "INSERT INTO revisions(name, created_utc, design) VALUES(?, ?, ?)", &why);
    if (!s) {
        if (error)
            *error = path + QStringLiteral(": ") + why;
        return 0;
    }
    bindText(s.get(), 1, name);
    bindText(s.get(), 2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray json = designToJson(design);
    sqlite3_bind_text(s.get(), 3, json.constData(), int(json.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(s.get()) != SQLITE_DONE) {
        if (error)
            *error = path + QStringLiteral(": cannot store the revision: ") + lastError(db.get());
        return 0;
    }
    return int(sqlite3_last_insert_rowid(db.get()));
}

std::optional<DesignData> ProjectFile::loadRevision(const QString &path, int id, QString *error)
{
    Db db = openProject(path, false, error);
    if (!db)
        return std::nullopt;
    Stmt s = prepare(db.get(), "SELECT design FROM revisions WHERE id = ?", error);
    if (!s)
        return std::nullopt;
    sqlite3_bind_int(s.get(), 1, id);
    if (sqlite3_step(s.get()) != SQLITE_ROW) {
        if (error)
            *error = QStringLiteral("%1: no revision %2").arg(path).arg(id);
        return std::nullopt;
    }
    QString why;
    auto design = designFromJson(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 0)),
                                            sqlite3_column_bytes(s.get(), 0)),
                                 &why);
    if (!design && error)
        *error = QStringLiteral("%1: revision %2 is damaged: %3").arg(path).arg(id).arg(why);
    return design;
}

} // namespace Scaleplan
