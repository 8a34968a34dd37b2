#include "widgets/propertydelegate.h"

#include "model/edit/propertymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

#include <cmath>
#include <limits>

namespace Scaleplan {

namespace {

bool isIntegerValue(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

bool isNumberValue(const QVariant &v)
{
    return isIntegerValue(v) || v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float;
}

/// Bounds of a spin box: the schema's, clamped to what the box can hold.
std::pair<double, double> bounds(const QModelIndex &index, double lowest, double highest)
{
    const QVariant min = index.data(PropertyModel::MinimumRole);
    const QVariant max = index.data(PropertyModel::MaximumRole);
    return {min.isValid() ? std::max(lowest, min.toDouble()) : lowest, max.isValid() ? std::min(highest, max.toDouble()) : highest};
}

} // namespace

PropertyDelegate::PropertyDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

PropertyDelegate::EditorKind PropertyDelegate::editorKindFor(const QModelIndex &index)
{
    if (index.column() != PropertyModel::ValueColumn)
        return EditorKind::LineEdit;
    const QString type = index.data(PropertyModel::FieldTypeRole).toString();
    const QVariant value = index.data(PropertyModel::ValueRole);
    const bool hasValues = !index.data(PropertyModel::EnumValuesRole).toStringList().isEmpty();
    if (type == QLatin1String("enum") && hasValues)
        return EditorKind::ComboBox;
    if (type == QLatin1String("int") && hasValues && isIntegerValue(value))
        return EditorKind::ComboBox;
    // A number field holding an integer keeps its type (PropertyModel::parseValue): integer steps.
    if ((type == QLatin1String("int") || type == QLatin1String("number")) && isIntegerValue(value))
        return EditorKind::SpinBox;
    if (type == QLatin1String("number") && isNumberValue(value))
        return EditorKind::DoubleSpinBox;
    if (type == QLatin1String("bool") && value.typeId() == QMetaType::Bool)
        return EditorKind::CheckBox;
    return EditorKind::LineEdit;
}

QWidget *PropertyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (editorKindFor(index)) {
    case EditorKind::ComboBox: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("propertyEnumEditor"));
        const QStringList values = index.data(PropertyModel::EnumValuesRole).toStringList();
        const QString current = index.data(Qt::EditRole).toString();
        if (!values.contains(current)) {
            combo->addItem(current);
            combo->setItemData(0, tr("Current value, not one of the allowed values"), Qt::ToolTipRole);
            combo->insertSeparator(1);
        }
        combo->addItems(values);
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<PropertyDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::NoHint);
        });
        return combo;
    }
    case EditorKind::SpinBox: {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("propertyIntEditor"));
        const auto [low, high] = bounds(index, double(std::numeric_limits<int>::min()), double(std::numeric_limits<int>::max()));
        spin->setRange(int(std::ceil(low)), int(std::floor(high)));
        const QString symbol = PropertyModel::unitSymbol(index.data(PropertyModel::UnitRole).toString());
        if (!symbol.isEmpty())
            spin->setSuffix(QString(QLatin1Char(' ') + symbol));
        spin->setFrame(false);
        return spin;
    }
    case EditorKind::DoubleSpinBox: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setObjectName(QStringLiteral("propertyNumberEditor"));
        spin->setDecimals(3);
        const auto [low, high] = bounds(index, -1e12, 1e12);
        spin->setRange(low, high);
        const QString symbol = PropertyModel::unitSymbol(index.data(PropertyModel::UnitRole).toString());
        if (!symbol.isEmpty())
            spin->setSuffix(QString(QLatin1Char(' ') + symbol));
        spin->setFrame(false);
        return spin;
    }
    case EditorKind::CheckBox: {
        auto *check = new QCheckBox(parent);
        check->setObjectName(QStringLiteral("propertyBoolEditor"));
        check->setAutoFillBackground(true);
        connect(check, &QCheckBox::toggled, this, [this, check](bool on) {
            check->setText(on ? QStringLiteral("true") : QStringLiteral("false"));
            Q_EMIT const_cast<PropertyDelegate *>(this)->commitData(check);
        });
        return check;
    }
    case EditorKind::LineEdit:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PropertyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findText(index.data(Qt::EditRole).toString())));
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(int(index.data(PropertyModel::ValueRole).toLongLong()));
    } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor)) {
        dspin->setValue(index.data(PropertyModel::ValueRole).toDouble());
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        const bool on = index.data(PropertyModel::ValueRole).toBool();
        const QSignalBlocker blocker(check);
        check->setChecked(on);
        check->setText(on ? QStringLiteral("true") : QStringLiteral("false"));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void PropertyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QVariant value;
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        value = combo->currentText();
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        value = spin->value();
    } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor)) {
        dspin->interpretText();
        value = dspin->value();
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        value = check->isChecked();
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // An unchanged value is no edit (no empty undo step).
    const QVariant stored = index.data(PropertyModel::ValueRole);
    if (stored.isValid() && PropertyModel::displayText(stored) == PropertyModel::displayText(value))
        return;
    model->setData(index, value, Qt::EditRole);
}

} // namespace Scaleplan
