#pragma once

#include <QStyledItemDelegate>

namespace Scaleplan {

/**
 * Editors for the Value column of a PropertyModel chosen from the field schema
 * (PropertyModel::FieldTypeRole, EnumValuesRole, MinimumRole, MaximumRole):
 *  - an enum field (or an int field with allowed values, e.g. Route 53 RequestInterval 10 / 30):
 *    a QComboBox of the allowed values (a current value outside them is listed first, so the
 *    editor never changes a value on its own); choosing an entry commits at once;
 *  - an int (or number) field holding an integer: a QSpinBox bounded by the schema's minimum /
 *    maximum, with the unit symbol as suffix ("60 s");
 *  - a number field holding a fractional number: a QDoubleSpinBox bounded likewise;
 *  - a bool field holding a bool: a QCheckBox that commits when toggled;
 *  - anything else (strings, quantities, durations, values of the wrong type, rows without a
 *    spec): the default QLineEdit.
 * Every commit goes through QAbstractItemModel::setData, which PropertyModel turns into one
 * DesignEditor::setField (one undo step). The delegate owns no state besides its editors.
 */
class PropertyDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Which editor createEditor() makes for an index (for tests and callers).
    enum class EditorKind { LineEdit, ComboBox, SpinBox, DoubleSpinBox, CheckBox };

    explicit PropertyDelegate(QObject *parent = nullptr);

    static EditorKind editorKindFor(const QModelIndex &index);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Scaleplan
