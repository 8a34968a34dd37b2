// Tests of the .scaleplan project file (SQLite): round trip, atomic save, damaged files.

#include "model/io/projectfile.h"
#include "model/io/referencedesign.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace Scaleplan;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void sql(const QString &path, const char *statement)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, statement, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}
} // namespace

class tst_ProjectFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripReference();
    void typesSurvive();
    void idsAreNotReused();
    void treeOrderSurvivesReparenting();
    void saveReplacesAtomically();
    void damagedFiles_data();
    void damagedFiles();
    void revisionsSurviveSaves();
    void olderVersionIsMigratedWithBackup();
};

void tst_ProjectFile::roundTripReference()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ref.scaleplan"));
    const DesignData design = ReferenceDesign::load();
    QString error;
    QVERIFY2(ProjectFile::save(design, path, &error), qPrintable(error));
    const auto loaded = ProjectFile::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(*loaded == design);
    // Field lines survive (seed: the HPA's spec.maxReplicas stands on line 24 of the document).
    const ObjectId hpa = design.findByName(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"));
    QCOMPARE(design.object(hpa)->lineOf(QStringLiteral("spec.maxReplicas")), 24);
    QCOMPARE(loaded->object(hpa)->lineOf(QStringLiteral("spec.maxReplicas")), 24);
    QCOMPARE(loaded->importDiagnostics.size(), design.importDiagnostics.size());
    QCOMPARE(loaded->importDiagnostics.first().message, design.importDiagnostics.first().message);
    // One self-contained file: no journal or WAL left beside it, no temp file.
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".saving")));
}

void tst_ProjectFile::typesSurvive()
{
    DesignData d;
    DesignObject o;
    o.kind = ObjectKind::ElastiCacheReplicationGroup;
    o.name = QStringLiteral("cache \"quoted\" ünïcode");
    o.fields = QVariantMap{{QStringLiteral("TargetValue"), 70.0},          // a float that looks integral
                           {QStringLiteral("Count"), 3},                   // an int
                           {QStringLiteral("Text"), QStringLiteral("100")}, // a numeric-looking string
                           {QStringLiteral("Flag"), false},
                           {QStringLiteral("Nothing"), QVariant()},
                           {QStringLiteral("Big"), qlonglong(1) << 40},
                           {QStringLiteral("List"), QVariantList{1, QStringLiteral("a\nb\t\"c\""), 0.1}}};
    d.insert(o);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.scaleplan"));
    QString error;
    QVERIFY(ProjectFile::save(d, path, &error));
    const auto loaded = ProjectFile::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    const DesignObject *back = loaded->object(1);
    QCOMPARE(back->name, o.name);
    QCOMPARE(back->fields.value(QStringLiteral("TargetValue")).typeId(), int(QMetaType::Double));
    QCOMPARE(back->fields.value(QStringLiteral("Count")).typeId(), int(QMetaType::Int));
    QCOMPARE(back->fields.value(QStringLiteral("Text")).typeId(), int(QMetaType::QString));
    QCOMPARE(back->fields.value(QStringLiteral("Big")).toLongLong(), qlonglong(1099511627776));
    QVERIFY(!back->fields.value(QStringLiteral("Nothing")).isValid());
    QCOMPARE(back->fields.value(QStringLiteral("List")).toList().at(1).toString(), QStringLiteral("a\nb\t\"c\""));
    QCOMPARE(back->fields.value(QStringLiteral("List")).toList().at(2).toDouble(), 0.1);
    QVERIFY(*loaded == d);
}

void tst_ProjectFile::idsAreNotReused()
{
    DesignData d;
    DesignObject o;
    o.kind = ObjectKind::Region;
    o.name = QStringLiteral("a");
    d.insert(o);
    const ObjectId second = d.insert(o);
    d.removeSubtree(second); // id 2 is retired
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ids.scaleplan"));
    QString error;
    QVERIFY(ProjectFile::save(d, path, &error));
    auto loaded = ProjectFile::load(path, &error);
    QVERIFY(loaded);
    QCOMPARE(loaded->insert(o), ObjectId(3));
}

void tst_ProjectFile::treeOrderSurvivesReparenting()
{
    // Rows are stored by id; the tree must come back by parent and sibling position even when a
    // child's id is lower than its parent's and siblings are not in id order.
    DesignData d;
    auto add = [&](ObjectKind kind, const char *name, ObjectId parent, int row = -1) {
        DesignObject o;
        o.kind = kind;
        o.name = QString::fromLatin1(name);
        o.parentId = parent;
        return d.insert(o, row);
    };
    const ObjectId subnetA = add(ObjectKind::Subnet, "a", 0);                   // id 1, top level for now
    const ObjectId subnetB = add(ObjectKind::Subnet, "b", 0);                   // id 2
    const ObjectId region = add(ObjectKind::Region, "us-east-1", 0);             // id 3
    const ObjectId vpc = add(ObjectKind::Vpc, "main", region);                   // id 4
    const ObjectId az = add(ObjectKind::AvailabilityZone, "us-east-1a", vpc);   // id 5
    const ObjectId subnetC = add(ObjectKind::Subnet, "c", az);                  // id 6
    QVERIFY(d.reparent(subnetB, az, 0)); // b before c
    QVERIFY(d.reparent(subnetA, az, 2)); // a last: order b, c, a (not 1, 2, 6)
    QCOMPARE(d.children(az), (QList<ObjectId>{subnetB, subnetC, subnetA}));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("order.scaleplan"));
    QString error;
    QVERIFY2(ProjectFile::save(d, path, &error), qPrintable(error));
    const auto loaded = ProjectFile::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->children(0), (QList<ObjectId>{region}));
    QCOMPARE(loaded->children(az), (QList<ObjectId>{subnetB, subnetC, subnetA}));
    QVERIFY(*loaded == d);
}

void tst_ProjectFile::saveReplacesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.scaleplan"));
    DesignData d;
    DesignObject o;
    o.kind = ObjectKind::Region;
    o.name = QStringLiteral("first");
    d.insert(o);
    QString error;
    QVERIFY(ProjectFile::save(d, path, &error));
    // A failing save (target directory not writable) leaves the old file intact.
    const QByteArray before = fileHash(path);
    QVERIFY(!ProjectFile::save(d, dir.filePath(QStringLiteral("missing-dir/x.scaleplan")), &error));
    QVERIFY(error.contains(QStringLiteral("missing-dir")));
    QCOMPARE(fileHash(path), before);
    // A leftover temp file from a crashed save does not disturb the next save.
    QFile stale(path + QStringLiteral(".saving"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("half a database");
    stale.close();
    d.setName(1, QStringLiteral("second"));
    QVERIFY2(ProjectFile::save(d, path, &error), qPrintable(error));
    QCOMPARE(ProjectFile::load(path, &error)->object(1)->name, QStringLiteral("second"));
}

void tst_ProjectFile::damagedFiles_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not SQLite") << "text" << "not a Scaleplan project";
    QTest::newRow("truncated") << "truncate" << "damaged";
    QTest::newRow("another application's SQLite file") << "foreign" << "another application";
    QTest::newRow("newer schema version") << "newer" << "newer Scaleplan";
    QTest::newRow("empty file") << "empty" << "not a Scaleplan project";
    QTest::newRow("bad fields JSON") << "badjson" << "damaged fields";
    QTest::newRow("negative schema version") << "negative" << "schema version '-1'";
    QTest::newRow("meta names another application") << "renamed" << "names the application 'Foo'";
}

void tst_ProjectFile::damagedFiles()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.scaleplan"));
    QString error;
    QVERIFY(ProjectFile::save(ReferenceDesign::load(), path, &error));
    if (damage == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("# just a markdown file\n");
    } else if (damage == QLatin1String("truncate")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
    } else if (damage == QLatin1String("foreign")) {
        QFile::remove(path);
        sql(path, "CREATE TABLE t(x); INSERT INTO t VALUES(1);");
    } else if (damage == QLatin1String("newer")) {
        sql(path, "UPDATE meta SET value='99' WHERE key='schema_version'");
    } else if (damage == QLatin1String("empty")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    } else if (damage == QLatin1String("badjson")) {
        sql(path, "UPDATE objects SET fields='{not json' WHERE id=1");
    } else if (damage == QLatin1String("negative")) {
        sql(path, "UPDATE meta SET value='-1' WHERE key='schema_version'");
    } else if (damage == QLatin1String("renamed")) {
        sql(path, "UPDATE meta SET value='Foo' WHERE key='application'");
    }
    const QByteArray before = fileHash(path);
    const auto loaded = ProjectFile::load(path, &error);
    QVERIFY(!loaded);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(error.startsWith(path));
    // Opening never writes to the file.
    QCOMPARE(fileHash(path), before);
}

void tst_ProjectFile::revisionsSurviveSaves()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.scaleplan"));
    DesignData d = ReferenceDesign::load();
    QString error;
    QVERIFY(ProjectFile::save(d, path, &error));
    const int first = ProjectFile::addRevision(path, QStringLiteral("as reviewed on 2026-12-01"), d, &error);
    QVERIFY2(first > 0, qPrintable(error));
    const ObjectId vpc = d.findByName(ObjectKind::Vpc, QStringLiteral("production-vpc"));
    d.setField(vpc, QStringLiteral("CidrBlock"), QStringLiteral("10.8.0.0/16"));
    // A later save of the changed design keeps the stored revision.
    QVERIFY(ProjectFile::save(d, path, &error));
    const QList<ProjectFile::Revision> revisions = ProjectFile::revisions(path, &error);
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(revisions.first().name, QStringLiteral("as reviewed on 2026-12-01"));
    QVERIFY(revisions.first().createdUtc.isValid());
    const auto old = ProjectFile::loadRevision(path, first, &error);
    QVERIFY2(old, qPrintable(error));
    QCOMPARE(old->object(vpc)->field(QStringLiteral("CidrBlock")).toString(), QStringLiteral("10.0.0.0/16"));
    QCOMPARE(ProjectFile::load(path, &error)->object(vpc)->field(QStringLiteral("CidrBlock")).toString(),
             QStringLiteral("10.8.0.0/16"));
    QVERIFY(!ProjectFile::loadRevision(path, first + 100, &error));
    QVERIFY(error.contains(QStringLiteral("no revision")));
}

void tst_ProjectFile::olderVersionIsMigratedWithBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.scaleplan"));
    const DesignData d = ReferenceDesign::load();
    QString error;
    QVERIFY(ProjectFile::save(d, path, &error));
    // Turn it into a version 1 file: no revisions table (version 1's schema).
    sql(path, "DROP TABLE revisions; UPDATE meta SET value='1' WHERE key='schema_version'");
    QCOMPARE(ProjectFile::schemaVersion(path), 1);
    const QByteArray v1 = fileHash(path);
    const auto loaded = ProjectFile::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(*loaded == d);
    QVERIFY(ProjectFile::revisions(path, &error).isEmpty());
    QVERIFY2(ProjectFile::save(*loaded, path, &error), qPrintable(error));
    QCOMPARE(ProjectFile::schemaVersion(path), ProjectFile::kSchemaVersion);
    QCOMPARE(fileHash(path + QStringLiteral(".v1.bak")), v1);
}

QTEST_GUILESS_MAIN(tst_ProjectFile)
#include "tst_projectfile.moc"
