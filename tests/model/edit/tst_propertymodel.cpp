// Tests of PropertyModel: the field tree of one object, edited through DesignEditor::setField.
// QAbstractItemModelTester is attached during every edit and undo; QSignalSpy checks that an
// edit changes only the rows it must (no reset). Expected rows come from the hand-written
// manifests in editfixtures.h (keys in QVariantMap order = sorted), types from the YAML 1.2 core
// schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution).

#include "editfixtures.h"

#include "model/design.h"
#include "model/edit/designeditor.h"
#include "model/edit/propertymodel.h"
#include "model/fieldpath.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Scaleplan;
using namespace Scaleplan::TestFixtures;

class TestPropertyModel : public QObject
{
    Q_OBJECT

private:
    Design *m_design = nullptr;
    DesignEditor *m_editor = nullptr;
    PropertyModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    SampleIds m_ids;

    /// The Value-column index of the row whose FieldPathRole is `path` (depth-first search).
    QModelIndex find(const QString &path, const QModelIndex &parent = {}) const
    {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, PropertyModel::ValueColumn, parent);
            if (index.data(PropertyModel::FieldPathRole).toString() == path)
                return index;
            const QModelIndex found = find(path, index.siblingAtColumn(0));
            if (found.isValid())
                return found;
        }
        return {};
    }

    QStringList keys(const QModelIndex &parent = {}) const
    {
        QStringList out;
        for (int row = 0; row < m_model->rowCount(parent); ++row)
            out.append(m_model->index(row, 0, parent).data().toString());
        return out;
    }

    /// Every leaf row shows exactly the value stored in the document at its path, and every
    /// document leaf has a row.
    void compareWithFields()
    {
        const DesignObject *obj = m_design->data().object(m_model->objectId());
        QVERIFY(obj);
        const auto leaves = FieldPath::leaves(obj->fields);
        for (const auto &[path, value] : leaves) {
            const QModelIndex index = find(path);
            QVERIFY2(index.isValid(), qPrintable(path));
            if (value.typeId() != QMetaType::QVariantMap && value.typeId() != QMetaType::QVariantList) {
                QCOMPARE(index.data(PropertyModel::ValueRole), value);
                QCOMPARE(index.data(PropertyModel::ValueRole).typeId(), value.typeId());
            } else {
                QCOMPARE(m_model->rowCount(index.siblingAtColumn(0)), 0); // empty container
            }
        }
        QCOMPARE(keys().mid(1), obj->fields.keys());
    }

private Q_SLOTS:
    void init()
    {
        m_design = new Design(this);
        DesignData data;
        m_ids = buildSample(data);
        m_design->reset(data);
        m_editor = new DesignEditor(m_design, this);
        m_model = new PropertyModel(m_editor, this);
        m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_model->setObject(m_ids.deployment);
    }

    void cleanup()
    {
        delete m_tester;
        delete m_model;
        delete m_editor;
        delete m_design;
    }

    void rowsAndRoles()
    {
        QCOMPARE(m_model->objectId(), m_ids.deployment);
        QCOMPARE(keys(), (QStringList{"name", "apiVersion", "kind", "metadata", "spec"}));
        QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("api"));
        const QModelIndex spec = m_model->index(4, 0);
        QCOMPARE(keys(spec), (QStringList{"paused", "replicas", "template"}));
        const QModelIndex image = find(QStringLiteral("spec.template.spec.containers[0].image"));
        QVERIFY(image.isValid());
        QCOMPARE(image.data().toString(), QStringLiteral("company/api:1.4.2"));
        // The tooltip starts with the path; the schema's description follows on the next line.
        QCOMPARE(image.data(Qt::ToolTipRole).toString().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("spec.template.spec.containers[0].image"));
        QCOMPARE(image.parent().data().toString(), QStringLiteral("[0]"));
        QCOMPARE(image.parent().parent().data().toString(), QStringLiteral("containers"));
        QCOMPARE(find(QStringLiteral("spec.paused")).data().toString(), QStringLiteral("false"));
        QCOMPARE(find(QStringLiteral("spec.replicas")).data().toString(), QStringLiteral("3"));
        // A key holding dots is quoted in its path (FieldPath grammar).
        QVERIFY(find(QStringLiteral("metadata.labels[\"app.kubernetes.io/name\"]")).isValid());
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Field"));
        QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value"));
        compareWithFields();
    }

    void schemaRoles()
    {
        // Roles from model/fieldschema.h (Kubernetes API reference, autoscaling/v2 and apps/v1).
        m_model->setObject(m_ids.hpa);
        const QModelIndex utilization = find(QStringLiteral("spec.metrics[0].resource.target.averageUtilization"));
        QVERIFY(utilization.isValid());
        QCOMPARE(utilization.data(PropertyModel::UnitRole).toString(), QStringLiteral("percent"));
        QCOMPARE(utilization.data(PropertyModel::FieldTypeRole).toString(), QStringLiteral("int"));
        QCOMPARE(utilization.data(PropertyModel::MinimumRole), QVariant(1.0));
        QVERIFY(!utilization.data(PropertyModel::MaximumRole).isValid());
        QVERIFY(!utilization.data(PropertyModel::DescriptionRole).toString().isEmpty());
        // DisplayRole shows the unit symbol; EditRole and ValueRole stay raw.
        QCOMPARE(utilization.data(Qt::DisplayRole).toString(), QStringLiteral("70 %"));
        QCOMPARE(utilization.data(Qt::EditRole).toString(), QStringLiteral("70"));
        QCOMPARE(utilization.data(PropertyModel::ValueRole), QVariant(70));
        // Counting units (replicas) show no symbol.
        QCOMPARE(find(QStringLiteral("spec.maxReplicas")).data().toString(), QStringLiteral("30"));
        QCOMPARE(find(QStringLiteral("spec.maxReplicas")).data(PropertyModel::UnitRole).toString(), QStringLiteral("replicas"));
        // The target type is an enum with its three values.
        const QModelIndex targetType = find(QStringLiteral("spec.metrics[0].resource.target.type"));
        QCOMPARE(targetType.data(PropertyModel::FieldTypeRole).toString(), QStringLiteral("enum"));
        QCOMPARE(targetType.data(PropertyModel::EnumValuesRole).toStringList(),
                 (QStringList{QStringLiteral("Utilization"), QStringLiteral("AverageValue"), QStringLiteral("Value")}));
        // Tooltip: path, description, unit, bounds, source.
        const QStringList tip = utilization.data(Qt::ToolTipRole).toString().split(QLatin1Char('\n'));
        QCOMPARE(tip.first(), QStringLiteral("spec.metrics[0].resource.target.averageUtilization"));
        QVERIFY(tip.contains(QStringLiteral("Unit: percent")));
        QVERIFY(tip.contains(QStringLiteral("Minimum: 1")));
        QVERIFY(tip.last().startsWith(QLatin1String("Source: Kubernetes API reference")));
        // Map rows carry their spec too; the name row and fields without a spec carry none.
        QCOMPARE(find(QStringLiteral("spec.metrics")).data(PropertyModel::FieldTypeRole).toString(), QStringLiteral("list"));
        QVERIFY(!m_model->index(0, PropertyModel::ValueColumn).data(PropertyModel::FieldTypeRole).isValid());

        m_model->setObject(m_ids.deployment);
        QCOMPARE(find(QStringLiteral("spec.paused")).data(PropertyModel::FieldTypeRole).toString(), QStringLiteral("bool"));
        QCOMPARE(find(QStringLiteral("spec.template.spec.containers[0].resources.requests.cpu")).data(PropertyModel::FieldTypeRole).toString(),
                 QStringLiteral("quantity"));
        // A free-form label has the label-value spec.
        QCOMPARE(find(QStringLiteral("metadata.labels[\"app.kubernetes.io/name\"]")).data(PropertyModel::FieldTypeRole).toString(),
                 QStringLiteral("string"));

        // A LoadScenario duration keeps its text; VirtualUsers is a quantity with no symbol.
        m_model->setObject(m_ids.scenario);
        QCOMPARE(find(QStringLiteral("Duration")).data().toString(), QStringLiteral("30m"));
        QCOMPARE(find(QStringLiteral("Duration")).data(PropertyModel::FieldTypeRole).toString(), QStringLiteral("duration"));
        QCOMPARE(find(QStringLiteral("VirtualUsers")).data().toString(), QStringLiteral("1000"));
    }

    void unitSymbol_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("symbol");
        QTest::newRow("seconds") << "seconds" << "s";
        QTest::newRow("percent") << "percent" << "%";
        QTest::newRow("ACU") << "ACU" << "ACU";
        QTest::newRow("replicas") << "replicas" << "";
        QTest::newRow("none") << "" << "";
    }
    void unitSymbol()
    {
        QFETCH(QString, unit);
        QFETCH(QString, symbol);
        QCOMPARE(PropertyModel::unitSymbol(unit), symbol);
    }

    void flags()
    {
        const QModelIndex replicas = find(QStringLiteral("spec.replicas"));
        QVERIFY(m_model->flags(replicas) & Qt::ItemIsEditable);
        QVERIFY(!(m_model->flags(replicas.siblingAtColumn(0)) & Qt::ItemIsEditable));
        QVERIFY(!(m_model->flags(find(QStringLiteral("spec.template"))) & Qt::ItemIsEditable));
        QVERIFY(m_model->flags(m_model->index(0, 1)) & Qt::ItemIsEditable); // name
    }

    void editLeafKeepsType_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QVariant>("input");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("int from text") << "spec.replicas" << QVariant(QStringLiteral(" 5 ")) << true << QVariant(int(5));
        QTest::newRow("int from int") << "spec.replicas" << QVariant(6) << true << QVariant(int(6));
        QTest::newRow("int rejects word") << "spec.replicas" << QVariant(QStringLiteral("five")) << false << QVariant(int(3));
        QTest::newRow("int rejects fraction") << "spec.replicas" << QVariant(QStringLiteral("2.5")) << false << QVariant(int(3));
        QTest::newRow("bool true") << "spec.paused" << QVariant(QStringLiteral("true")) << true << QVariant(true);
        QTest::newRow("bool True") << "spec.paused" << QVariant(QStringLiteral("True")) << true << QVariant(true);
        QTest::newRow("bool rejects yes") << "spec.paused" << QVariant(QStringLiteral("yes")) << false << QVariant(false);
        QTest::newRow("string stays string") << "spec.template.spec.containers[0].image"
                                             << QVariant(QStringLiteral("42")) << true << QVariant(QStringLiteral("42"));
    }

    void editLeafKeepsType()
    {
        QFETCH(QString, path);
        QFETCH(QVariant, input);
        QFETCH(bool, accepted);
        QFETCH(QVariant, expected);
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        const QModelIndex index = find(path);
        QCOMPARE(m_model->setData(index, input), accepted);
        const QVariant stored = m_design->data().object(m_ids.deployment)->field(path);
        QCOMPARE(stored, expected);
        QCOMPARE(stored.typeId(), expected.typeId());
        QCOMPARE(m_editor->undoStack()->count(), accepted ? 1 : 0);
        QCOMPARE(changed.count(), accepted ? 1 : 0);
        QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
        if (accepted) {
            QCOMPARE(index.data(PropertyModel::ValueRole), expected);
            m_editor->undoStack()->undo();
            QCOMPARE(changed.count(), 2);
            QVERIFY(index.data(PropertyModel::ValueRole) != expected);
        }
        compareWithFields();
    }

    void parseValue_data()
    {
        QTest::addColumn<QVariant>("original");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("double") << QVariant(70.0) << "72.5" << true << QVariant(72.5);
        QTest::newRow("double exponent") << QVariant(1.0) << "1e3" << true << QVariant(1000.0);
        QTest::newRow("double rejects inf") << QVariant(1.0) << "inf" << false << QVariant();
        QTest::newRow("long long") << QVariant(qlonglong(1)) << "8589934592" << true << QVariant(qlonglong(8589934592LL));
        QTest::newRow("int overflow rejected") << QVariant(int(1)) << "8589934592" << false << QVariant();
        QTest::newRow("null stays null") << QVariant::fromValue(nullptr) << "null" << true << QVariant::fromValue(nullptr);
        QTest::newRow("null to int") << QVariant() << "12" << true << QVariant(int(12));
        QTest::newRow("null to bool") << QVariant() << "false" << true << QVariant(false);
        QTest::newRow("null to string") << QVariant() << "abc" << true << QVariant(QStringLiteral("abc"));
        QTest::newRow("string keeps spaces") << QVariant(QStringLiteral("x")) << " a b " << true << QVariant(QStringLiteral(" a b "));
    }

    void parseValue()
    {
        QFETCH(QVariant, original);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QVariant, expected);
        const std::optional<QVariant> parsed = PropertyModel::parseValue(text, original);
        QCOMPARE(parsed.has_value(), ok);
        if (ok) {
            QCOMPARE(parsed->typeId(), expected.typeId());
            if (expected.typeId() != QMetaType::Nullptr)
                QCOMPARE(*parsed, expected);
        }
    }

    void renameThroughNameRow()
    {
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(m_model->index(0, 1), QStringLiteral("api-v2")));
        QCOMPARE(m_design->data().object(m_ids.deployment)->name, QStringLiteral("api-v2"));
        QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("api-v2"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!m_model->setData(m_model->index(0, 1), QStringLiteral("  ")));
        m_editor->undoStack()->undo();
        QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("api"));
    }

    void structuralEditsInsertAndRemoveRows()
    {
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        const QPersistentModelIndex replicas = find(QStringLiteral("spec.replicas"));

        // New key "spec.minReadySeconds" sorts before "paused" ('m' < 'p'): row 0 under spec.
        m_editor->setField(m_ids.deployment, QStringLiteral("spec.minReadySeconds"), 10);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), m_model->index(4, 0));
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(keys(m_model->index(4, 0)), (QStringList{"minReadySeconds", "paused", "replicas", "template"}));
        QCOMPARE(replicas.row(), 2);
        QCOMPARE(replicas.data().toString(), QStringLiteral("3"));

        // Second container appended to the list: row 1 under "containers".
        m_editor->setField(m_ids.deployment, QStringLiteral("spec.template.spec.containers[1]"),
                           QVariantMap{{QStringLiteral("name"), QStringLiteral("sidecar")}});
        QCOMPARE(inserted.count(), 2);
        const QModelIndex containers = find(QStringLiteral("spec.template.spec.containers")).siblingAtColumn(0);
        QCOMPARE(inserted.at(1).at(0).value<QModelIndex>(), containers);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);
        QCOMPARE(keys(containers), (QStringList{"[0]", "[1]"}));
        QCOMPARE(containers.siblingAtColumn(1).data().toString(), QStringLiteral("2 item(s)"));

        // Removing container [0] shifts [1] down: [0] is updated in place (its keys "image" and
        // "resources" go, "name" changes) and the tail row [1] goes: three removals.
        m_editor->setField(m_ids.deployment, QStringLiteral("spec.template.spec.containers[0]"), QVariant());
        QCOMPARE(removed.count(), 3);
        QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), containers); // the tail goes first
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(keys(containers), QStringList{"[0]"});
        QCOMPARE(find(QStringLiteral("spec.template.spec.containers[0].name")).data().toString(), QStringLiteral("sidecar"));
        compareWithFields();

        // A leaf becoming a map gains children under the same row.
        m_editor->setField(m_ids.deployment, QStringLiteral("kind"), QVariantMap{{QStringLiteral("a"), 1}});
        QCOMPARE(keys(m_model->index(2, 0)), QStringList{"a"});
        QVERIFY(!(m_model->flags(m_model->index(2, 1)) & Qt::ItemIsEditable));
        compareWithFields();

        while (m_editor->undoStack()->canUndo())
            m_editor->undoStack()->undo();
        QCOMPARE(reset.count(), 0); // never a reset: views keep expansion and selection
        QCOMPARE(keys(m_model->index(4, 0)), (QStringList{"paused", "replicas", "template"}));
        QCOMPARE(replicas.row(), 1);
        compareWithFields();
    }

    void otherObjectsEditsAreIgnored()
    {
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_editor->setField(m_ids.hpa, QStringLiteral("spec.maxReplicas"), 40);
        QCOMPARE(changed.count(), 0);
    }

    void clearsWhenObjectOrAncestorRemoved()
    {
        m_editor->removeObjects({m_ids.deployment});
        QCOMPARE(m_model->objectId(), ObjectId(0));
        QCOMPARE(m_model->rowCount(), 0);
        m_editor->undoStack()->undo(); // the object returns, the panel stays empty
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setObject(m_ids.hpa);
        QCOMPARE(m_model->rowCount(), 5);
        m_editor->removeObjects({m_ids.region}); // an ancestor
        QCOMPARE(m_model->objectId(), ObjectId(0));
        m_model->setObject(m_ids.hpa);
        QCOMPARE(m_model->objectId(), ObjectId(0)); // no longer in the design
        m_editor->undoStack()->undo();
        m_model->setObject(m_ids.vpc);
        m_editor->replaceDesign(DesignData());
        QCOMPARE(m_model->rowCount(), 0);
    }

    void noEditWhileUndoing()
    {
        // A view reacting to a Design signal during undo must not push: setData refuses.
        bool refused = false;
        QObject context;
        connect(m_design, &Design::fieldChanged, &context, [&] {
            if (m_editor->isUndoing())
                refused = !m_model->setData(find(QStringLiteral("spec.replicas")), QStringLiteral("9"));
        });
        m_editor->setField(m_ids.deployment, QStringLiteral("spec.paused"), true);
        QVERIFY(refused);
        QCOMPARE(m_editor->undoStack()->count(), 1);
    }

    /// Random field edits on the shown object (seeded), undone and redone with the tester on.
    void randomFieldEdits()
    {
        std::mt19937 rng(99u);
        const QStringList paths{"spec.replicas", "spec.template.spec.containers[0].image", "spec.template.spec.containers[1]",
                                "spec.template.spec.containers[0]", "metadata.labels[\"team\"]", "metadata", "spec.paused",
                                "spec.strategy.rollingUpdate.maxSurge", "zeta[0]", "zeta[1]"};
        auto pick = [&rng](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
        for (int i = 0; i < 400; ++i) {
            QVariant value;
            switch (pick(5)) {
            case 0: break;
            case 1: value = pick(50); break;
            case 2: value = QStringLiteral("s%1").arg(pick(9)); break;
            case 3: value = QVariantMap{{QStringLiteral("k%1").arg(pick(3)), pick(3)}}; break;
            default: value = QVariantList{pick(3), QVariantMap{{QStringLiteral("x"), 1}}}; break;
            }
            m_editor->setField(m_ids.deployment, paths.at(pick(int(paths.size()))), value);
            if (pick(10) == 0)
                m_editor->undoStack()->undo();
        }
        compareWithFields();
        while (m_editor->undoStack()->canUndo())
            m_editor->undoStack()->undo();
        compareWithFields();
        QCOMPARE(m_design->data().object(m_ids.deployment)->fields, deploymentManifest());
        while (m_editor->undoStack()->canRedo())
            m_editor->undoStack()->redo();
        compareWithFields();
    }
};

QTEST_GUILESS_MAIN(TestPropertyModel)
#include "tst_propertymodel.moc"
