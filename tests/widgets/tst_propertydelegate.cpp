// Tests of PropertyDelegate through a real QTreeView on a PropertyModel (offscreen): the editor
// each field type gets, its bounds (from model/fieldschema.h: Kubernetes autoscaling/v2
// HPAScalingRules stabilizationWindowSeconds 0..3600; Route 53 HealthCheckConfig RequestInterval
// 10 or 30; VPA updateMode values), and that committing an editor sets the field through
// DesignEditor as exactly one undo step.

#include "widgets/propertydelegate.h"

#include "model/design.h"
#include "model/edit/designeditor.h"
#include "model/edit/propertymodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Scaleplan;

namespace {

QVariantMap json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).toVariant().toMap();
}

DesignObject object(ObjectKind kind, const QString &name, const QVariantMap &fields)
{
    DesignObject o;
    o.kind = kind;
    o.name = name;
    o.fields = fields;
    return o;
}

} // namespace

class TestPropertyDelegate : public QObject
{
    Q_OBJECT

private:
    Design *m_design = nullptr;
    DesignEditor *m_editor = nullptr;
    PropertyModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    ObjectId m_hpa = 0, m_vpa = 0, m_check = 0, m_cache = 0;

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

    /// Opens the editor of `path` in the view and returns it (nullptr when none opened).
    template <typename W>
    W *openEditor(const QString &path)
    {
        const QModelIndex index = find(path);
        if (!index.isValid())
            return nullptr;
        m_view->scrollTo(index);
        m_view->setCurrentIndex(index);
        m_view->edit(index);
        QApplication::processEvents();
        const QList<W *> editors = m_view->viewport()->findChildren<W *>(Qt::FindDirectChildrenOnly);
        return editors.size() == 1 ? editors.first() : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_design = new Design(this);
        DesignData data;
        m_hpa = data.insert(object(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"), json(R"J({
            "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "web-app-hpa"},
            "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web-app"},
                     "minReplicas": 3, "maxReplicas": 50,
                     "behavior": {"scaleDown": {"stabilizationWindowSeconds": 300, "selectPolicy": "Max"}}}})J")));
        m_vpa = data.insert(object(ObjectKind::VerticalPodAutoscaler, QStringLiteral("web-app-vpa"), json(R"J({
            "apiVersion": "autoscaling.k8s.io/v1", "kind": "VerticalPodAutoscaler", "metadata": {"name": "web-app-vpa"},
            "spec": {"targetRef": {"kind": "Deployment", "name": "web-app"}, "updatePolicy": {"updateMode": "Auto"}}})J")));
        m_check = data.insert(object(ObjectKind::Route53HealthCheck, QStringLiteral("us-east-1-health"),
                                     json(R"J({"Type": "HTTPS", "RequestInterval": 30, "FailureThreshold": 3, "MeasureLatency": false})J")));
        m_cache = data.insert(object(ObjectKind::ElastiCacheReplicationGroup, QStringLiteral("redis"),
                                     json(R"J({"AutoScaling": {"TargetValue": 70.5}})J")));
        m_design->reset(data);
        m_editor = new DesignEditor(m_design, this);
        m_model = new PropertyModel(m_editor, this);
        m_view = new QTreeView;
        m_view->setModel(m_model);
        m_view->setItemDelegateForColumn(PropertyModel::ValueColumn, new PropertyDelegate(m_view));
        m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
        m_view->resize(700, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }

    void cleanup()
    {
        delete m_view;
        delete m_model;
        delete m_editor;
        delete m_design;
    }

    void editorKinds_data()
    {
        QTest::addColumn<int>("which"); // 0 hpa, 1 vpa, 2 health check, 3 cache
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        using K = PropertyDelegate::EditorKind;
        QTest::newRow("enum") << 1 << "spec.updatePolicy.updateMode" << int(K::ComboBox);
        QTest::newRow("int with allowed values") << 2 << "RequestInterval" << int(K::ComboBox);
        QTest::newRow("int") << 0 << "spec.maxReplicas" << int(K::SpinBox);
        QTest::newRow("fractional number") << 3 << "AutoScaling.TargetValue" << int(K::DoubleSpinBox);
        QTest::newRow("bool") << 2 << "MeasureLatency" << int(K::CheckBox);
        QTest::newRow("string") << 0 << "spec.scaleTargetRef.name" << int(K::LineEdit);
        QTest::newRow("free-form label-less string") << 0 << "metadata.name" << int(K::LineEdit);
    }
    void editorKinds()
    {
        QFETCH(int, which);
        QFETCH(QString, path);
        QFETCH(int, kind);
        m_model->setObject(QList<ObjectId>{m_hpa, m_vpa, m_check, m_cache}.at(which));
        m_view->expandAll();
        const QModelIndex index = find(path);
        QVERIFY(index.isValid());
        QCOMPARE(int(PropertyDelegate::editorKindFor(index)), kind);
        // The view opens an editor of that class.
        QWidget *editor = nullptr;
        switch (PropertyDelegate::EditorKind(kind)) {
        case PropertyDelegate::EditorKind::ComboBox:
            editor = openEditor<QComboBox>(path);
            break;
        case PropertyDelegate::EditorKind::SpinBox:
            editor = openEditor<QSpinBox>(path);
            break;
        case PropertyDelegate::EditorKind::DoubleSpinBox:
            editor = openEditor<QDoubleSpinBox>(path);
            break;
        case PropertyDelegate::EditorKind::CheckBox:
            editor = openEditor<QCheckBox>(path);
            break;
        case PropertyDelegate::EditorKind::LineEdit:
            editor = openEditor<QLineEdit>(path);
            break;
        }
        QVERIFY(editor);
    }

    void spinBoxBoundsAndSuffix()
    {
        m_model->setObject(m_hpa);
        m_view->expandAll();
        QSpinBox *spin = openEditor<QSpinBox>(QStringLiteral("spec.behavior.scaleDown.stabilizationWindowSeconds"));
        QVERIFY(spin);
        QCOMPARE(spin->minimum(), 0);
        QCOMPARE(spin->maximum(), 3600);
        QCOMPARE(spin->value(), 300);
        QCOMPARE(spin->suffix(), QStringLiteral(" s"));
        // Typing above the maximum is clamped by the box: the stored value can only become 3600.
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("9999"));
        QTest::keyClick(spin, Qt::Key_Return);
        QApplication::processEvents();
        QVERIFY(m_design->data().object(m_hpa)->field(QStringLiteral("spec.behavior.scaleDown.stabilizationWindowSeconds")).toInt() <= 3600);
    }

    void comboCommitIsOneUndoStep()
    {
        m_model->setObject(m_vpa);
        m_view->expandAll();
        QComboBox *combo = openEditor<QComboBox>(QStringLiteral("spec.updatePolicy.updateMode"));
        QVERIFY(combo);
        // The VPA CRD's order: Off, Initial, Recreate, InPlaceOrRecreate... as the schema lists them.
        QCOMPARE(combo->count(), 5);
        QCOMPARE(combo->currentText(), QStringLiteral("Auto"));
        const int before = m_editor->undoStack()->count();
        // Choose "Off" (index 0) with the keyboard: Home selects the first entry and activates it.
        QTest::keyClick(combo, Qt::Key_Home);
        QApplication::processEvents();
        const QString path = QStringLiteral("spec.updatePolicy.updateMode");
        QCOMPARE(m_design->data().object(m_vpa)->field(path), QVariant(QStringLiteral("Off")));
        QCOMPARE(m_editor->undoStack()->count(), before + 1);
        m_editor->undoStack()->undo();
        QCOMPARE(m_design->data().object(m_vpa)->field(path), QVariant(QStringLiteral("Auto")));
    }

    void intComboKeepsType()
    {
        // RequestInterval is an int with allowed values 10 and 30: the combo commits an int.
        m_model->setObject(m_check);
        QComboBox *combo = openEditor<QComboBox>(QStringLiteral("RequestInterval"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 2);
        QTest::keyClick(combo, Qt::Key_Home);
        QApplication::processEvents();
        const QVariant stored = m_design->data().object(m_check)->field(QStringLiteral("RequestInterval"));
        QCOMPARE(stored, QVariant(10));
        QVERIFY(stored.typeId() != QMetaType::QString);
    }

    void checkBoxCommitsOnToggle()
    {
        m_model->setObject(m_check);
        QCheckBox *check = openEditor<QCheckBox>(QStringLiteral("MeasureLatency"));
        QVERIFY(check);
        QVERIFY(!check->isChecked());
        const int before = m_editor->undoStack()->count();
        // Click the indicator (the left end of the box; a click right of the label misses it).
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        QApplication::processEvents();
        QCOMPARE(m_design->data().object(m_check)->field(QStringLiteral("MeasureLatency")), QVariant(true));
        QCOMPARE(m_editor->undoStack()->count(), before + 1);
    }

    void unchangedValueIsNoEdit()
    {
        m_model->setObject(m_hpa);
        QSpinBox *spin = openEditor<QSpinBox>(QStringLiteral("spec.maxReplicas"));
        QVERIFY(spin);
        const int before = m_editor->undoStack()->count();
        QTest::keyClick(spin, Qt::Key_Return);
        QApplication::processEvents();
        QCOMPARE(m_editor->undoStack()->count(), before);
    }
};

QTEST_MAIN(TestPropertyDelegate)
#include "tst_propertydelegate.moc"
