// DiffView: a known change between two hand-built designs shows as exactly that field with its
// old and new value; added and removed objects are rows of their own; the summary counts them;
// the canvas highlight map names the objects of the current design. Expected texts are written
// by hand from DesignDiff's documented format (strings in double quotes, floats with a '.' as
// YAML 1.1's float pattern [-+]?[0-9]*\.[0-9]*... requires, "(none)" for an absent leaf).

#include "model/designdiff.h"
#include "ui/diffview.h"
#include "widgets/canvasscene.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Scaleplan;

class TestDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueText_data();
    void valueText();
    void knownChangeIsExactlyThatField();
    void addedAndRemovedObjects();
    void equalDesignsSayNoDifferences();
    void clickSelectsObject();

private:
    struct Fixture {
        DesignData a;
        DesignData b;
        ObjectId region = 0, vpc = 0, hpa = 0, queue = 0, cache = 0;
    };
    static Fixture fixture();
};

TestDiffView::Fixture TestDiffView::fixture()
{
    Fixture f;
    DesignObject region{0, ObjectKind::Region, 0, QStringLiteral("us-east-1"), {}, {}, {}};
    f.region = f.a.insert(region);
    DesignObject vpc{0, ObjectKind::Vpc, f.region, QStringLiteral("production-vpc"),
                     {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16")}}, {}, {}};
    f.vpc = f.a.insert(vpc);
    const QVariantMap spec{{QStringLiteral("minReplicas"), 3}, {QStringLiteral("maxReplicas"), 50}};
    DesignObject hpa{0, ObjectKind::HorizontalPodAutoscaler, f.region, QStringLiteral("web-app-hpa"),
                     {{QStringLiteral("spec"), spec}}, {}, {}};
    f.hpa = f.a.insert(hpa);
    DesignObject queue{0, ObjectKind::SqsQueue, f.region, QStringLiteral("old-queue"), {}, {}, {}};
    f.queue = f.a.insert(queue);
    f.a.name = QStringLiteral("design");
    f.b = f.a;
    return f;
}

void TestDiffView::valueText_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("expected");
    QTest::newRow("int") << QVariant(50) << true << QStringLiteral("50");
    QTest::newRow("float keeps its point") << QVariant(70.0) << true << QStringLiteral("70.0");
    QTest::newRow("fraction") << QVariant(0.25) << true << QStringLiteral("0.25");
    QTest::newRow("string quoted") << QVariant(QStringLiteral("10.0.0.0/16")) << true << QStringLiteral("\"10.0.0.0/16\"");
    QTest::newRow("string with quote") << QVariant(QStringLiteral("a\"b")) << true << QStringLiteral("\"a\\\"b\"");
    QTest::newRow("bool") << QVariant(false) << true << QStringLiteral("false");
    QTest::newRow("null") << QVariant() << true << QStringLiteral("null");
    QTest::newRow("empty list") << QVariant(QVariantList()) << true << QStringLiteral("[]");
    QTest::newRow("absent") << QVariant(3) << false << QStringLiteral("(none)");
}

void TestDiffView::valueText()
{
    QFETCH(QVariant, value);
    QFETCH(bool, present);
    QFETCH(QString, expected);
    QCOMPARE(DiffView::valueText(value, present), expected);
}

void TestDiffView::knownChangeIsExactlyThatField()
{
    Fixture f = fixture();
    QVERIFY(f.b.setField(f.hpa, QStringLiteral("spec.maxReplicas"), 60));
    DiffView view;
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setDiff(DesignDiff::compare(f.a, f.b), QStringLiteral("as reviewed on 2026-12-01"), QStringLiteral("current design"));

    QTreeWidget *tree = view.tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *object = tree->topLevelItem(0);
    QCOMPARE(object->text(DiffView::FieldColumn), QStringLiteral("us-east-1/web-app-hpa  (HorizontalPodAutoscaler)"));
    QCOMPARE(object->data(DiffView::FieldColumn, DiffView::NewIdRole).value<ObjectId>(), f.hpa);
    QCOMPARE(object->data(DiffView::FieldColumn, DiffView::ChangeRole).toInt(), int(ObjectDifference::Change::Changed));
    QCOMPARE(object->childCount(), 1);
    QTreeWidgetItem *field = object->child(0);
    QCOMPARE(field->text(DiffView::FieldColumn), QStringLiteral("spec.maxReplicas"));
    QCOMPARE(field->text(DiffView::OldColumn), QStringLiteral("50"));
    QCOMPARE(field->text(DiffView::NewColumn), QStringLiteral("60"));
    QVERIFY(object->isExpanded());

    QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("as reviewed on 2026-12-01")));
    QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("0 added")));
    QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("0 removed")));
    QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("1 changed")));

    const QHash<ObjectId, ObjectDifference::Change> changes = view.changesIn(f.b);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.value(f.hpa), ObjectDifference::Change::Changed);
}

void TestDiffView::addedAndRemovedObjects()
{
    Fixture f = fixture();
    f.b.removeSubtree(f.queue);
    DesignObject cache{0, ObjectKind::ElastiCacheReplicationGroup, f.vpc, QStringLiteral("redis"), {}, {}, {}};
    const ObjectId cacheId = f.b.insert(cache);
    QVERIFY(f.b.setField(f.vpc, QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/8")));
    QVERIFY(f.b.setName(f.hpa, QStringLiteral("api-hpa")));

    DiffView view;
    view.setDiff(DesignDiff::compare(f.a, f.b), QStringLiteral("A"), QStringLiteral("B"));
    QTreeWidget *tree = view.tree();
    // Removed (A's preorder) first, then added and changed in B's preorder:
    // us-east-1 > production-vpc (changed) > redis (added), then api-hpa (renamed).
    QCOMPARE(tree->topLevelItemCount(), 4);
    QTreeWidgetItem *removed = tree->topLevelItem(0);
    QCOMPARE(removed->text(DiffView::FieldColumn), QStringLiteral("us-east-1/old-queue  (SqsQueue)"));
    QCOMPARE(removed->text(DiffView::OldColumn), QStringLiteral("removed"));
    QCOMPARE(removed->childCount(), 0);

    QTreeWidgetItem *vpc = tree->topLevelItem(1);
    QCOMPARE(vpc->text(DiffView::FieldColumn), QStringLiteral("us-east-1/production-vpc  (Vpc)"));
    QCOMPARE(vpc->childCount(), 1);
    QCOMPARE(vpc->child(0)->text(DiffView::FieldColumn), QStringLiteral("CidrBlock"));
    QCOMPARE(vpc->child(0)->text(DiffView::OldColumn), QStringLiteral("\"10.0.0.0/16\""));
    QCOMPARE(vpc->child(0)->text(DiffView::NewColumn), QStringLiteral("\"10.0.0.0/8\""));

    QTreeWidgetItem *added = tree->topLevelItem(2);
    QCOMPARE(added->text(DiffView::FieldColumn), QStringLiteral("us-east-1/production-vpc/redis  (ElastiCacheReplicationGroup)"));
    QCOMPARE(added->text(DiffView::NewColumn), QStringLiteral("added"));

    QTreeWidgetItem *renamed = tree->topLevelItem(3);
    QCOMPARE(renamed->childCount(), 1);
    QCOMPARE(renamed->child(0)->text(DiffView::FieldColumn), QStringLiteral("name"));
    QCOMPARE(renamed->child(0)->text(DiffView::OldColumn), QStringLiteral("\"web-app-hpa\""));
    QCOMPARE(renamed->child(0)->text(DiffView::NewColumn), QStringLiteral("\"api-hpa\""));

    QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("1 added")));
    QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("1 removed")));
    QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("2 changed")));

    // On the canvas of B: the removed queue is not there; the others are, by their ids.
    const QHash<ObjectId, ObjectDifference::Change> changes = view.changesIn(f.b);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.value(cacheId), ObjectDifference::Change::Added);
    QCOMPARE(changes.value(f.vpc), ObjectDifference::Change::Changed);
    QCOMPARE(changes.value(f.hpa), ObjectDifference::Change::Changed);
    QVERIFY(!changes.contains(f.queue));
    // On A's canvas the queue is there and is outlined as removed; the cache (not in A) is not.
    const QHash<ObjectId, ObjectDifference::Change> inA = view.changesIn(f.a);
    QCOMPARE(inA.value(f.queue), ObjectDifference::Change::Removed);
    QVERIFY(!inA.contains(cacheId));
}

void TestDiffView::equalDesignsSayNoDifferences()
{
    const Fixture f = fixture();
    DiffView view;
    view.setDiff(DesignDiff::compare(f.a, f.b), QStringLiteral("A"), QStringLiteral("B"));
    QCOMPARE(view.tree()->topLevelItemCount(), 0);
    QVERIFY(view.summaryLabel()->text().endsWith(QStringLiteral("no differences")));
}

void TestDiffView::clickSelectsObject()
{
    Fixture f = fixture();
    QVERIFY(f.b.setField(f.hpa, QStringLiteral("spec.minReplicas"), 2));
    DiffView view;
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setDiff(DesignDiff::compare(f.a, f.b), QStringLiteral("A"), QStringLiteral("B"));
    QSignalSpy activated(&view, &DiffView::objectActivated);
    // Click the field row: the object it belongs to is reported.
    QTreeWidgetItem *field = view.tree()->topLevelItem(0)->child(0);
    const QRect rect = view.tree()->visualItemRect(field);
    QTest::mouseClick(view.tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).value<ObjectId>(), f.hpa);
    QCOMPARE(activated.first().at(1).value<ObjectId>(), f.hpa);
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
