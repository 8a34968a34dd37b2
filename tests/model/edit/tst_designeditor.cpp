// Tests of DesignEditor and its commands: every edit is one undo step whose undo restores the
// document exactly (DesignData equality: objects, ids, fields, child order) and whose redo gives
// the same result as the first do. Expected documents are snapshots taken before the edit or
// built by hand below, never read back from the editor.

#include "editfixtures.h"

#include "model/design.h"
#include "model/edit/commandid.h"
#include "model/edit/designeditor.h"
#include "model/fieldpath.h"

#include <QTest>
#include <QUndoStack>

using namespace Scaleplan;
using namespace Scaleplan::TestFixtures;

class TestDesignEditor : public QObject
{
    Q_OBJECT

private:
    Design m_design;
    DesignEditor *m_editor = nullptr;
    SampleIds m_ids;

    const DesignObject &obj(ObjectId id) const { return *m_design.data().object(id); }

    /// Undo then redo the top command, checking `before` and `after` each time.
    void checkUndoRedo(const DesignData &before, const DesignData &after)
    {
        QVERIFY(m_design.data() == after);
        m_editor->undoStack()->undo();
        QVERIFY(m_design.data() == before);
        m_editor->undoStack()->redo();
        QVERIFY(m_design.data() == after);
        m_editor->undoStack()->undo();
        QVERIFY(m_design.data() == before);
    }

private Q_SLOTS:
    void init()
    {
        DesignData data;
        m_ids = buildSample(data);
        m_editor = new DesignEditor(&m_design, this);
        m_editor->replaceDesign(data);
    }

    void cleanup()
    {
        delete m_editor;
        m_editor = nullptr;
    }

    void removeObjects_takesDanglingConnectionsAlongInOneStep()
    {
        // HPA -> Deployment ("scales") and scenario -> HPA (an unrelated one that must stay).
        const ObjectId scales = m_editor->addObject(makeObject(ObjectKind::Connection, 0, QStringLiteral("scales"),
            {{QStringLiteral("FromId"), qlonglong(m_ids.hpa)}, {QStringLiteral("ToId"), qlonglong(m_ids.deployment)},
             {QStringLiteral("Type"), QStringLiteral("scales")}}));
        const ObjectId other = m_editor->addObject(makeObject(ObjectKind::Connection, 0, QStringLiteral("other"),
            {{QStringLiteral("FromId"), qlonglong(m_ids.publicA)}, {QStringLiteral("ToId"), qlonglong(m_ids.privateA)},
             {QStringLiteral("Type"), QStringLiteral("calls")}}));
        QVERIFY(scales && other);
        const DesignData before = m_design.snapshot();
        const int steps = m_editor->undoStack()->count();
        // Removing the cluster removes the Deployment and the HPA inside it, so "scales" dangles.
        m_editor->removeObjects({m_ids.cluster});
        QCOMPARE(m_editor->undoStack()->count(), steps + 1);
        QVERIFY(!m_design.data().contains(scales));
        QVERIFY(m_design.data().contains(other));
        const DesignData after = m_design.snapshot();
        checkUndoRedo(before, after);
    }

    void addObject_isOneStepAndRedoKeepsTheId()
    {
        const DesignData before = m_design.snapshot();
        DesignObject subnet = makeObject(ObjectKind::Subnet, m_ids.azA, QStringLiteral("database-a"),
                                         {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.20.0/24")}});
        subnet.id = 999; // ignored: the editor assigns a fresh id
        const ObjectId id = m_editor->addObject(subnet, 1);
        QVERIFY(id != 0);
        QVERIFY(id != 999);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        // Inserted at row 1 between public-a and private-a.
        QCOMPARE(m_design.data().children(m_ids.azA), (QList<ObjectId>{m_ids.publicA, id, m_ids.privateA}));
        const DesignData after = m_design.snapshot();
        checkUndoRedo(before, after);
        QVERIFY(!m_design.data().contains(id));
        m_editor->undoStack()->redo();
        QCOMPARE(m_design.data().rowOf(id), 1);
        QCOMPARE(obj(id).name, QStringLiteral("database-a"));
    }

    void addObject_refusesNonContainerParent()
    {
        // A Deployment is not a container (OBJECTS.md): nothing may be nested in it.
        const ObjectId id = m_editor->addObject(makeObject(ObjectKind::ConfigMap, m_ids.deployment, QStringLiteral("cm")));
        QCOMPARE(id, ObjectId(0));
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(m_editor->addObject(makeObject(ObjectKind::ConfigMap, 12345, QStringLiteral("cm"))), ObjectId(0));
    }

    void removeObjects_restoresSubtreeIdsAndOrder()
    {
        const DesignData before = m_design.snapshot();
        // Remove an AZ (subtree of two subnets) and a middle sibling elsewhere, plus a descendant of
        // the AZ (must be ignored) and an unknown id.
        m_editor->removeObjects({m_ids.azA, m_ids.publicA, m_ids.deployment, 424242});
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QVERIFY(!m_design.data().contains(m_ids.azA));
        QVERIFY(!m_design.data().contains(m_ids.publicA));
        QVERIFY(!m_design.data().contains(m_ids.privateA));
        QCOMPARE(m_design.data().children(m_ids.cluster), QList<ObjectId>{m_ids.hpa});
        const DesignData after = m_design.snapshot();
        checkUndoRedo(before, after);
        // Hand-written expectation of the restored order (see buildSample).
        QCOMPARE(m_design.data().children(m_ids.vpc), (QList<ObjectId>{m_ids.azA, m_ids.azB, m_ids.cluster}));
        QCOMPARE(m_design.data().children(m_ids.azA), (QList<ObjectId>{m_ids.publicA, m_ids.privateA}));
        QCOMPARE(m_design.data().children(m_ids.cluster), (QList<ObjectId>{m_ids.deployment, m_ids.hpa}));
        QCOMPARE(obj(m_ids.privateA).fields.value(QStringLiteral("CidrBlock")).toString(), QStringLiteral("10.0.10.0/24"));
    }

    void removeObjects_wholeRegion()
    {
        const DesignData before = m_design.snapshot();
        m_editor->removeObjects({m_ids.region});
        // Only the LoadScenario is left at the top level.
        QCOMPARE(m_design.data().size(), 1);
        checkUndoRedo(before, m_design.snapshot());
        QCOMPARE(m_design.data().children(0), (QList<ObjectId>{m_ids.region, m_ids.scenario}));
    }

    void setField_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QVariant>("expected"); // FieldPath::value after the edit

        QTest::newRow("change leaf") << "deployment" << "spec.replicas" << QVariant(5) << QVariant(5);
        QTest::newRow("nested in list") << "hpa" << "spec.metrics[0].resource.target.averageUtilization"
                                        << QVariant(60) << QVariant(60);
        QTest::newRow("new nested path creates maps") << "vpc" << "AutoScaling.MinCapacity" << QVariant(2) << QVariant(2);
        QTest::newRow("quoted key") << "deployment" << "metadata.labels[\"app.kubernetes.io/name\"]"
                                    << QVariant(QStringLiteral("web")) << QVariant(QStringLiteral("web"));
        QTest::newRow("remove key") << "vpc" << "EnableDnsHostnames" << QVariant() << QVariant();
        QTest::newRow("append list element") << "vpc" << "SecondaryCidrBlocks[1]"
                                             << QVariant(QStringLiteral("100.65.0.0/16"))
                                             << QVariant(QStringLiteral("100.65.0.0/16"));
        QTest::newRow("remove list element") << "vpc" << "SecondaryCidrBlocks[0]" << QVariant()
                                             << QVariant(); // the list becomes empty
        QTest::newRow("leaf becomes map") << "scenario" << "Duration.minutes" << QVariant(30) << QVariant();
    }

    void setField()
    {
        QFETCH(QString, object);
        QFETCH(QString, path);
        QFETCH(QVariant, value);
        QFETCH(QVariant, expected);
        const QHash<QString, ObjectId> ids{{QStringLiteral("deployment"), m_ids.deployment},
                                           {QStringLiteral("hpa"), m_ids.hpa},
                                           {QStringLiteral("vpc"), m_ids.vpc},
                                           {QStringLiteral("scenario"), m_ids.scenario}};
        const ObjectId id = ids.value(object);
        const DesignData before = m_design.snapshot();
        m_editor->setField(id, path, value);
        if (object == QLatin1String("scenario")) {
            // "Duration" is the scalar "30m": a path through it is refused, nothing is pushed.
            QCOMPARE(m_editor->undoStack()->count(), 0);
            QVERIFY(m_design.data() == before);
            return;
        }
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(FieldPath::value(obj(id).fields, path), expected);
        checkUndoRedo(before, m_design.snapshot());
    }

    void setField_undoDropsCreatedMaps()
    {
        m_editor->setField(m_ids.vpc, QStringLiteral("AutoScaling.MinCapacity"), 2);
        m_editor->undoStack()->undo();
        QVERIFY(!obj(m_ids.vpc).fields.contains(QStringLiteral("AutoScaling")));
    }

    void setField_undoReinsertsRemovedListElement()
    {
        // Two elements; removing [0] shifts [1] down, undo must put both back in order.
        m_editor->setField(m_ids.vpc, QStringLiteral("SecondaryCidrBlocks[1]"), QStringLiteral("100.65.0.0/16"));
        m_editor->undoStack()->setClean(); // stops merging with the next edit
        m_editor->setField(m_ids.vpc, QStringLiteral("SecondaryCidrBlocks[0]"), QVariant());
        QCOMPARE(obj(m_ids.vpc).fields.value(QStringLiteral("SecondaryCidrBlocks")).toList(),
                 QVariantList{QStringLiteral("100.65.0.0/16")});
        m_editor->undoStack()->undo();
        QCOMPARE(obj(m_ids.vpc).fields.value(QStringLiteral("SecondaryCidrBlocks")).toList(),
                 (QVariantList{QStringLiteral("100.64.0.0/16"), QStringLiteral("100.65.0.0/16")}));
    }

    void setField_noOpPushesNothing()
    {
        m_editor->setField(m_ids.deployment, QStringLiteral("spec.replicas"), 3); // already 3
        m_editor->setField(424242, QStringLiteral("spec.replicas"), 4);           // no such object
        m_editor->setField(m_ids.deployment, QStringLiteral("spec..replicas"), 4); // malformed path
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }

    void setField_mergesSameObjectAndPath()
    {
        const DesignData before = m_design.snapshot();
        m_editor->setField(m_ids.deployment, QStringLiteral("spec.replicas"), 4);
        m_editor->setField(m_ids.deployment, QStringLiteral("spec.replicas"), 5);
        m_editor->setField(m_ids.deployment, QStringLiteral("spec.replicas"), 6);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(obj(m_ids.deployment).field(QStringLiteral("spec.replicas")), QVariant(6));
        const DesignData after = m_design.snapshot();
        checkUndoRedo(before, after);
        QCOMPARE(obj(m_ids.deployment).field(QStringLiteral("spec.replicas")), QVariant(3));
    }

    void setField_differentPathOrObjectDoesNotMerge()
    {
        m_editor->setField(m_ids.deployment, QStringLiteral("spec.replicas"), 4);
        m_editor->setField(m_ids.deployment, QStringLiteral("spec.paused"), true);
        QCOMPARE(m_editor->undoStack()->count(), 2);
        m_editor->setField(m_ids.hpa, QStringLiteral("spec.paused"), true);
        QCOMPARE(m_editor->undoStack()->count(), 3);
        m_editor->undoStack()->undo();
        m_editor->undoStack()->undo();
        QCOMPARE(obj(m_ids.deployment).field(QStringLiteral("spec.replicas")), QVariant(4));
        QCOMPARE(obj(m_ids.deployment).field(QStringLiteral("spec.paused")), QVariant(false));
    }

    void rename()
    {
        const DesignData before = m_design.snapshot();
        m_editor->rename(m_ids.publicA, QStringLiteral("public-1a"));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(m_design.data().pathOf(m_ids.publicA), QStringLiteral("us-east-1/production-vpc/us-east-1a/public-1a"));
        checkUndoRedo(before, m_design.snapshot());
        QCOMPARE(obj(m_ids.publicA).name, QStringLiteral("public-a"));
        m_editor->rename(m_ids.publicA, QStringLiteral("public-a")); // unchanged
        QCOMPARE(m_editor->undoStack()->index(), 0);
    }

    void reparent_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QList<int>>("expectedOrder"); // indices into {publicB, moved} of azB's children
        QTest::newRow("append") << -1 << QList<int>{0, 1};
        QTest::newRow("front") << 0 << QList<int>{1, 0};
        QTest::newRow("past the end appends") << 7 << QList<int>{0, 1};
    }

    void reparent()
    {
        QFETCH(int, row);
        QFETCH(QList<int>, expectedOrder);
        const DesignData before = m_design.snapshot();
        m_editor->reparent(m_ids.privateA, m_ids.azB, row);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        const QList<ObjectId> pair{m_ids.publicB, m_ids.privateA};
        QCOMPARE(m_design.data().children(m_ids.azB), (QList<ObjectId>{pair.at(expectedOrder.at(0)), pair.at(expectedOrder.at(1))}));
        QCOMPARE(obj(m_ids.privateA).parentId, m_ids.azB);
        checkUndoRedo(before, m_design.snapshot());
        QCOMPARE(m_design.data().rowOf(m_ids.privateA), 1);
    }

    void reparent_withinParent()
    {
        const DesignData before = m_design.snapshot();
        // vpc children: azA, azB, cluster. Move azA to row 2 (counted after it left): azB, cluster, azA.
        m_editor->reparent(m_ids.azA, m_ids.vpc, 2);
        QCOMPARE(m_design.data().children(m_ids.vpc), (QList<ObjectId>{m_ids.azB, m_ids.cluster, m_ids.azA}));
        checkUndoRedo(before, m_design.snapshot());
    }

    void reparent_refused()
    {
        m_editor->reparent(m_ids.vpc, m_ids.publicA);           // into its own subtree
        m_editor->reparent(m_ids.vpc, m_ids.vpc);               // onto itself
        m_editor->reparent(m_ids.privateA, m_ids.deployment);   // under a non-container
        m_editor->reparent(m_ids.privateA, m_ids.azA, 1);       // where it already is
        m_editor->reparent(m_ids.privateA, m_ids.azA, -1);      // append = where it already is
        m_editor->reparent(m_ids.privateA, 424242);             // unknown parent
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }

    void applyFix_isOneStep()
    {
        const DesignData before = m_design.snapshot();
        Diagnostic diagnostic;
        diagnostic.rule = QStringLiteral("aws.vpc.cidr-size");
        diagnostic.fixDescription = QStringLiteral("re-plan the VPC as 10.1.0.0/16 and its subnets inside it");
        diagnostic.fix = {
            {m_ids.vpc, QStringLiteral("CidrBlock"), QStringLiteral("10.1.0.0/16")},
            {m_ids.publicA, QStringLiteral("CidrBlock"), QStringLiteral("10.1.0.0/24")},
            {m_ids.privateA, QStringLiteral("CidrBlock"), QStringLiteral("10.1.10.0/24")},
            {m_ids.vpc, QStringLiteral("Tags.Owner"), QStringLiteral("platform")},
            {m_ids.vpc, QStringLiteral("Tags.Team"), QStringLiteral("sre")}, // same top key twice
            {424242, QStringLiteral("CidrBlock"), QStringLiteral("x")},       // missing object: left out
        };
        m_editor->applyFix(diagnostic);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(obj(m_ids.privateA).fields.value(QStringLiteral("CidrBlock")).toString(), QStringLiteral("10.1.10.0/24"));
        QCOMPARE(obj(m_ids.vpc).field(QStringLiteral("Tags")).toMap(),
                 (QVariantMap{{QStringLiteral("Owner"), QStringLiteral("platform")}, {QStringLiteral("Team"), QStringLiteral("sre")}}));
        checkUndoRedo(before, m_design.snapshot());
    }

    void applyFix_withoutEffectPushesNothing()
    {
        Diagnostic diagnostic;
        diagnostic.fix = {{m_ids.vpc, QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16")}}; // already so
        m_editor->applyFix(diagnostic);
        diagnostic.fix.clear();
        m_editor->applyFix(diagnostic);
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }

    void replaceDesign_clearsUndoStack()
    {
        m_editor->rename(m_ids.vpc, QStringLiteral("other"));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        DesignData empty;
        m_editor->replaceDesign(empty);
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QVERIFY(m_design.data().isEmpty());
    }

    void isUndoing_trueOnlyWhileCommandsRun()
    {
        QList<bool> seen;
        QObject context; // ends the connection with this test
        connect(&m_design, &Design::changed, &context, [&] { seen.append(m_editor->isUndoing()); });
        m_editor->rename(m_ids.vpc, QStringLiteral("other"));
        m_editor->undoStack()->undo();
        m_editor->undoStack()->redo();
        QCOMPARE(seen, (QList<bool>{true, true, true}));
        QVERIFY(!m_editor->isUndoing());
    }

    /// Property test: 2000 random edits (seeded), undo all = the start, redo all = the end.
    void randomEdits_undoAllRedoAll()
    {
        std::mt19937 rng(20240611u);
        const DesignData start = m_design.snapshot();
        for (int i = 0; i < 2000; ++i)
            randomEdit(*m_editor, rng);
        const DesignData end = m_design.snapshot();
        QUndoStack *stack = m_editor->undoStack();
        QVERIFY2(stack->count() > 500, qPrintable(QString::number(stack->count()))); // most edits were pushed
        QVERIFY(!(start == end));
        // Every kind of command took part.
        QSet<int> kinds;
        for (int i = 0; i < stack->count(); ++i)
            kinds.insert(stack->command(i)->id());
        for (CommandId kind : {CommandId::InsertObject, CommandId::RemoveObjects, CommandId::SetField,
                               CommandId::Rename, CommandId::Reparent, CommandId::ApplyFix})
            QVERIFY2(kinds.contains(int(kind)), qPrintable(QString::number(int(kind))));
        while (stack->canUndo())
            stack->undo();
        QVERIFY(m_design.data() == start);
        while (stack->canRedo())
            stack->redo();
        QVERIFY(m_design.data() == end);
    }
};

QTEST_GUILESS_MAIN(TestDesignEditor)
#include "tst_designeditor.moc"
