// Tests of DesignTreeModel: the model mirrors Design::data() through every edit, undo and redo,
// with QAbstractItemModelTester checking the notifications and QSignalSpy the exact rows.
// Expected rows and paths are written by hand from the sample design (editfixtures.h).

#include "editfixtures.h"

#include "model/design.h"
#include "model/edit/designeditor.h"
#include "model/edit/designtreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Scaleplan;
using namespace Scaleplan::TestFixtures;

class TestDesignTreeModel : public QObject
{
    Q_OBJECT

private:
    Design *m_design = nullptr;
    DesignEditor *m_editor = nullptr;
    DesignTreeModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    SampleIds m_ids;

    QString nameAt(const QModelIndex &index) const { return index.data().toString(); }

    QStringList childNames(ObjectId parent) const
    {
        const QModelIndex p = m_model->indexOf(parent);
        QStringList names;
        for (int row = 0; row < m_model->rowCount(p); ++row)
            names.append(nameAt(m_model->index(row, 0, p)));
        return names;
    }

    /// Walks the whole model and checks it against the document (same ids, same order).
    void compareWithDesign(const QModelIndex &parent = {})
    {
        const QList<ObjectId> kids = m_design->data().children(m_model->idAt(parent));
        QCOMPARE(m_model->rowCount(parent), int(kids.size()));
        for (int row = 0; row < kids.size(); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            QCOMPARE(m_model->idAt(index), kids.at(row));
            QCOMPARE(index.parent(), parent);
            QCOMPARE(nameAt(index), m_design->data().object(kids.at(row))->name);
            compareWithDesign(index);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_design = new Design(this);
        DesignData data;
        m_ids = buildSample(data);
        m_design->reset(data);
        m_editor = new DesignEditor(m_design, this);
        m_model = new DesignTreeModel(m_design, this);
        m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void cleanup()
    {
        delete m_tester;
        delete m_model;
        delete m_editor;
        delete m_design;
    }

    void structureAndRoles()
    {
        QCOMPARE(m_model->columnCount(), 2);
        QCOMPARE(m_model->rowCount(), 2); // us-east-1, baseline-load
        QCOMPARE(childNames(m_ids.vpc), (QStringList{"us-east-1a", "us-east-1b", "production-eks-us-east-1"}));
        const QModelIndex subnet = m_model->indexOf(m_ids.privateA);
        QCOMPARE(subnet.row(), 1);
        QCOMPARE(subnet.data(Qt::DisplayRole).toString(), QStringLiteral("private-a"));
        QCOMPARE(subnet.siblingAtColumn(1).data(Qt::DisplayRole).toString(), QStringLiteral("Subnet"));
        QCOMPARE(subnet.data(Qt::ToolTipRole).toString(), QStringLiteral("us-east-1/production-vpc/us-east-1a/private-a"));
        QCOMPARE(subnet.data(DesignTreeModel::ObjectIdRole).toULongLong(), m_ids.privateA);
        QCOMPARE(subnet.data(DesignTreeModel::KindRole).toInt(), int(ObjectKind::Subnet));
        QCOMPARE(m_model->idAt(subnet.siblingAtColumn(1)), m_ids.privateA);
        QCOMPARE(m_model->parent(subnet), m_model->indexOf(m_ids.azA));
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Kind"));
        QVERIFY(!m_model->indexOf(424242).isValid());
        compareWithDesign();
    }

    void insertAndUndo()
    {
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        const ObjectId id = m_editor->addObject(makeObject(ObjectKind::Subnet, m_ids.azA, QStringLiteral("database-a")), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), m_model->indexOf(m_ids.azA));
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(childNames(m_ids.azA), (QStringList{"public-a", "database-a", "private-a"}));
        QCOMPARE(m_model->indexOf(id).row(), 1);

        m_editor->undoStack()->undo();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(childNames(m_ids.azA), (QStringList{"public-a", "private-a"}));
        m_editor->undoStack()->redo();
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(childNames(m_ids.azA), (QStringList{"public-a", "database-a", "private-a"}));
    }

    void removeSubtreeAndUndo()
    {
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex cluster = m_model->indexOf(m_ids.cluster);
        m_editor->removeObjects({m_ids.azA});
        // One row leaves the tree: the AZ (its subnets go with it).
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), m_model->indexOf(m_ids.vpc));
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(cluster.row(), 1); // persistent index followed the removal
        m_editor->undoStack()->undo();
        // The AZ, then its two subnets, come back one insert each.
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(childNames(m_ids.vpc), (QStringList{"us-east-1a", "us-east-1b", "production-eks-us-east-1"}));
        QCOMPARE(childNames(m_ids.azA), (QStringList{"public-a", "private-a"}));
        QCOMPARE(cluster.row(), 2);
        compareWithDesign();
    }

    void move_data()
    {
        QTest::addColumn<QString>("target"); // "azB" or "azA"
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("azA");
        QTest::addColumn<QStringList>("azB");
        QTest::newRow("to other AZ, appended") << "azB" << -1 << QStringList{"private-a"} << QStringList{"public-b", "public-a"};
        QTest::newRow("to other AZ, front") << "azB" << 0 << QStringList{"private-a"} << QStringList{"public-a", "public-b"};
        QTest::newRow("within AZ, to the end") << "azA" << 1 << QStringList{"private-a", "public-a"} << QStringList{"public-b"};
    }

    void move()
    {
        QFETCH(QString, target);
        QFETCH(int, row);
        QFETCH(QStringList, azA);
        QFETCH(QStringList, azB);
        QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex persistent = m_model->indexOf(m_ids.publicA);
        m_editor->reparent(m_ids.publicA, target == QLatin1String("azB") ? m_ids.azB : m_ids.azA, row);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(childNames(m_ids.azA), azA);
        QCOMPARE(childNames(m_ids.azB), azB);
        QCOMPARE(m_model->idAt(persistent), m_ids.publicA);
        QCOMPARE(QModelIndex(persistent), m_model->indexOf(m_ids.publicA));
        m_editor->undoStack()->undo();
        QCOMPARE(moved.count(), 2);
        QCOMPARE(childNames(m_ids.azA), (QStringList{"public-a", "private-a"}));
        QCOMPARE(childNames(m_ids.azB), QStringList{"public-b"});
        QCOMPARE(QModelIndex(persistent), m_model->indexOf(m_ids.publicA));
    }

    void renameEmitsDataChanged()
    {
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_editor->rename(m_ids.publicB, QStringLiteral("public-1b"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->indexOf(m_ids.publicB));
        QCOMPARE(m_model->indexOf(m_ids.publicB).data().toString(), QStringLiteral("public-1b"));
        m_editor->undoStack()->undo();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(m_model->indexOf(m_ids.publicB).data().toString(), QStringLiteral("public-b"));
    }

    void replaceDesignResets()
    {
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        DesignData other;
        other.insert(makeObject(ObjectKind::Region, 0, QStringLiteral("eu-west-1")));
        m_editor->replaceDesign(other);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("eu-west-1"));
    }

    /// Random edits (seeded) with the tester attached, then undo all and redo all.
    void randomEditsKeepModelConsistent()
    {
        std::mt19937 rng(7u);
        for (int i = 0; i < 600; ++i)
            randomEdit(*m_editor, rng);
        compareWithDesign();
        while (m_editor->undoStack()->canUndo())
            m_editor->undoStack()->undo();
        compareWithDesign();
        QCOMPARE(childNames(m_ids.vpc), (QStringList{"us-east-1a", "us-east-1b", "production-eks-us-east-1"}));
        while (m_editor->undoStack()->canRedo())
            m_editor->undoStack()->redo();
        compareWithDesign();
    }
};

QTEST_GUILESS_MAIN(TestDesignTreeModel)
#include "tst_designtreemodel.moc"
