#pragma once

#include "model/designobject.h"
#include "model/fieldschema.h"

#include <QAbstractItemModel>
#include <memory>
#include <optional>

namespace Scaleplan {

class DesignEditor;

/**
 * The fields of one object as an editable tree, for a property panel.
 *
 * Row 0 is the object's "name"; then one row per key of DesignObject::fields in key order. Maps
 * and lists are expandable rows (children labelled by key, or "[i]" for list elements); leaves show
 * their value. Columns: 0 Field (key), 1 Value. The Value cell of a leaf (and of "name") is
 * editable: setData() parses the text back to the leaf's type (parseValue) and calls
 * DesignEditor::setField (or rename), so every edit is one undo step.
 *
 * The model follows Design::fieldChanged/nameChanged for its object by diffing the field tree
 * (rows are inserted/removed/changed, never reset, so expansion and selection survive an edit or an
 * undo); it clears itself when its object (or an ancestor) is removed or the design is reset.
 * Roles: DisplayRole/EditRole (text; in the Value column DisplayRole appends the field's unit
 * symbol to numbers, "60 s", "70 %", while EditRole stays the raw value), FieldPathRole (the
 * leaf's FieldPath, e.g. `spec.metrics[0].resource.target.averageUtilization`; "name" for the
 * name row), ToolTipRole (the path, then the schema's description, unit, allowed values, bounds
 * and source), ValueRole (the stored QVariant) and the schema roles below. Does not own the
 * editor.
 */
class PropertyModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    /**
     * Roles beyond Qt's. The schema roles come from FieldSchema (model/fieldschema.h) for the
     * row's field and are invalid when the schema has no spec for it (and for the name row):
     * UnitRole ("seconds", "percent", ...), DescriptionRole (one sentence), EnumValuesRole
     * (QStringList of allowed values), FieldTypeRole (fieldTypeName(): "int", "enum", ...),
     * MinimumRole / MaximumRole (double bounds), SourceRole (documentation page + section).
     */
    enum Roles {
        FieldPathRole = Qt::UserRole + 1,
        ValueRole,
        UnitRole,
        DescriptionRole,
        EnumValuesRole,
        FieldTypeRole,
        MinimumRole,
        MaximumRole,
        SourceRole,
    };
    enum Column { FieldColumn = 0, ValueColumn, ColumnCount };

    explicit PropertyModel(DesignEditor *editor, QObject *parent = nullptr);
    ~PropertyModel() override;

    /// Shows the fields of `id` (0 or an unknown id: an empty model). Resets the model.
    void setObject(ObjectId id);
    ObjectId objectId() const { return m_objectId; }

    /**
     * Converts an edited value to the type of `original` (YAML 1.2 core schema scalars):
     * an input of the same type is kept; otherwise its text is parsed: int/uint/long long stay
     * that type (decimal text), bool accepts "true"/"false" (any case), double accepts finite
     * decimal or exponent text, string takes the text as typed. A null original (YAML `null`) stays
     * null for "", "null" or "~", else becomes bool, int, long long, double or string, the first
     * that parses. std::nullopt when the text does not parse as the original type.
     */
    static std::optional<QVariant> parseValue(const QVariant &input, const QVariant &original);

    /// Display text of a scalar: "true"/"false", "null" for a null, shortest round-trip number.
    static QString displayText(const QVariant &value);

    /// The short symbol shown after a number of `unit` ("seconds" -> "s", "percent" -> "%",
    /// "milliseconds" -> "ms", "bytes" -> "B", "MB", "ACU", "requests/s", "USD/hour", "days" -> "d",
    /// "hours" -> "h"); "" for counting units (replicas, pods, connections...) and no unit.
    static QString unitSymbol(const QString &unit);

    /// The schema spec of a row (nullptr for the name row, or when the schema has none).
    const FieldSpec *fieldSpec(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;
    using NodeList = std::vector<std::unique_ptr<Node>>;

    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node, int column = FieldColumn) const;
    static std::unique_ptr<Node> makeNode(Node *parent, const QString &key, const QString &path, const QVariant &value);
    void refresh();
    void syncChildren(Node *node, const QVariant &value, int offset);
    void updateNode(Node *node, const QVariant &value);
    void removeChildren(Node *node, int first, int last);
    void insertChildren(Node *node, int at, NodeList nodes);

    DesignEditor *m_editor;
    ObjectId m_objectId = 0;
    ObjectKind m_kind = ObjectKind::Region; // of m_objectId, for the schema roles
    QString m_apiVersion;                   // of m_objectId (Kubernetes kinds)
    std::unique_ptr<Node> m_root;
};

} // namespace Scaleplan
