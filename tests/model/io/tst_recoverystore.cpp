// RecoveryStore: incremental autosave that ProjectFile::load reads back exactly.

#include "model/io/recoverystore.h"
#include "model/io/referencedesign.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Scaleplan;

class tst_RecoveryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void incrementalChangesRecoverExactly();
    void discardRemovesTheFile();
};

void tst_RecoveryStore::incrementalChangesRecoverExactly()
{
    QTemporaryDir dir;
    RecoveryStore store(dir.filePath(QStringLiteral("x.recovery")));
    DesignData d = ReferenceDesign::load();
    QString error;
    QVERIFY2(store.writeAll(d, &error), qPrintable(error));
    // 1. a field edit
    const ObjectId hpa = d.findByName(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"));
    d.setField(hpa, QStringLiteral("spec.maxReplicas"), 80);
    QVERIFY2(store.writeChanges(d, {hpa}, &error), qPrintable(error));
    // 2. an insert at the front of a child list: the new object and its shifted siblings change
    const ObjectId cluster = d.object(hpa)->parentId;
    DesignObject extra;
    extra.kind = ObjectKind::Deployment;
    extra.name = QStringLiteral("extra");
    extra.parentId = cluster;
    const ObjectId added = d.insert(extra, 0);
    QSet<ObjectId> touched;
    for (ObjectId sibling : d.children(cluster))
        touched.insert(sibling);
    QVERIFY(store.writeChanges(d, touched, &error));
    // 3. a subtree removal: every removed id is deleted
    const ObjectId region = d.findByName(ObjectKind::Region, QStringLiteral("eu-west-1"));
    QSet<ObjectId> removedIds;
    for (const DesignObject &o : d.removeSubtree(region))
        removedIds.insert(o.id);
    for (ObjectId sibling : d.children(0))
        removedIds.insert(sibling);
    QVERIFY(store.writeChanges(d, removedIds, &error));

    const auto recovered = RecoveryStore::recover(store.path(), &error);
    QVERIFY2(recovered, qPrintable(error));
    QVERIFY(*recovered == d);
    QCOMPARE(recovered->object(hpa)->field(QStringLiteral("spec.maxReplicas")).toInt(), 80);
    QCOMPARE(recovered->rowOf(added), 0);
    QVERIFY(!recovered->findByName(ObjectKind::Region, QStringLiteral("eu-west-1")));
}

void tst_RecoveryStore::discardRemovesTheFile()
{
    QTemporaryDir dir;
    RecoveryStore store(dir.filePath(QStringLiteral("y.recovery")));
    QString error;
    QVERIFY(store.writeAll(ReferenceDesign::load(), &error));
    QVERIFY(QFile::exists(store.path()));
    store.discard();
    QVERIFY(!QFile::exists(store.path()));
}

QTEST_GUILESS_MAIN(tst_RecoveryStore)
#include "tst_recoverystore.moc"
