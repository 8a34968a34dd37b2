#include "model/edit/propertymodel.h"

#include "model/design.h"
#include "model/edit/designeditor.h"
#include "model/fieldpath.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

namespace Scaleplan {

struct PropertyModel::Node {
    enum class Type { Root, Name, Leaf, Map, List };
    Type type = Type::Leaf;
    Node *parent = nullptr;
    int row = 0;
    QString key;    // map key, "[i]" for a list element, "name" for the name row
    QString path;   // FieldPath from the object's fields; empty for the root and the name row
    QVariant value; // leaves: the value; name row: the name; containers: unused
    NodeList children;
};

namespace {

bool isMap(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantMap;
}

bool isList(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantList;
}

bool sameLeaf(const QVariant &a, const QVariant &b)
{
    return a.typeId() == b.typeId() && a == b;
}
} // namespace

PropertyModel::PropertyModel(DesignEditor *editor, QObject *parent)
    : QAbstractItemModel(parent)
    , m_editor(editor)
    , m_root(std::make_unique<Node>())
{
    m_root->type = Node::Type::Root;
    Design *design = editor->design();
    connect(design, &Design::fieldChanged, this, [this](ObjectId id, const QString &) {
        if (id == m_objectId && m_objectId != 0)
            refresh();
    });
    connect(design, &Design::nameChanged, this, [this](ObjectId id) {
        if (id == m_objectId && m_objectId != 0)
            refresh();
    });
    connect(design, &Design::objectAboutToBeRemoved, this, [this](ObjectId removed) {
        const DesignData &data = m_editor->design()->data();
        for (ObjectId p = m_objectId; p != 0 && data.contains(p); p = data.object(p)->parentId) {
            if (p == removed) {
                setObject(0);
                return;
            }
        }
    });
    connect(design, &Design::aboutToReset, this, [this] { setObject(0); });
}

PropertyModel::~PropertyModel() = default;

void PropertyModel::setObject(ObjectId id)
{
    beginResetModel();
    m_root->children.clear();
    const DesignObject *obj = m_editor->design()->data().object(id);
    m_objectId = obj ? id : 0;
    m_kind = obj ? obj->kind : ObjectKind::Region;
    m_apiVersion = obj ? obj->fields.value(QStringLiteral("apiVersion")).toString() : QString();
    if (obj) {
        auto name = std::make_unique<Node>();
        name->type = Node::Type::Name;
        name->parent = m_root.get();
        name->key = QStringLiteral("name");
        name->value = obj->name;
        m_root->children.push_back(std::move(name));
        int row = 1;
        for (auto it = obj->fields.constBegin(); it != obj->fields.constEnd(); ++it, ++row) {
            m_root->children.push_back(makeNode(m_root.get(), it.key(), FieldPath::child(QString(), it.key()), it.value()));
            m_root->children.back()->row = row;
        }
    }
    endResetModel();
}

std::unique_ptr<PropertyModel::Node> PropertyModel::makeNode(Node *parent, const QString &key, const QString &path,
                                                             const QVariant &value)
{
    auto node = std::make_unique<Node>();
    node->parent = parent;
    node->key = key;
    node->path = path;
    if (isMap(value)) {
        node->type = Node::Type::Map;
        const QVariantMap map = value.toMap();
        int row = 0;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it, ++row) {
            node->children.push_back(makeNode(node.get(), it.key(), FieldPath::child(path, it.key()), it.value()));
            node->children.back()->row = row;
        }
    } else if (isList(value)) {
        node->type = Node::Type::List;
        const QVariantList list = value.toList();
        for (int i = 0; i < list.size(); ++i) {
            node->children.push_back(makeNode(node.get(), QStringLiteral("[%1]").arg(i), FieldPath::element(path, i), list.at(i)));
            node->children.back()->row = i;
        }
    } else {
        node->type = Node::Type::Leaf;
        node->value = value;
    }
    return node;
}

void PropertyModel::refresh()
{
    const DesignObject *obj = m_editor->design()->data().object(m_objectId);
    if (!obj) {
        setObject(0);
        return;
    }
    m_apiVersion = obj->fields.value(QStringLiteral("apiVersion")).toString();
    Node *name = m_root->children.front().get();
    if (name->value.toString() != obj->name) {
        name->value = obj->name;
        Q_EMIT dataChanged(indexFor(name, ValueColumn), indexFor(name, ValueColumn));
    }
    syncChildren(m_root.get(), obj->fields, 1);
}

void PropertyModel::syncChildren(Node *node, const QVariant &value, int offset)
{
    if (isMap(value)) {
        const QVariantMap map = value.toMap();
        // Keys are sorted in both the old rows and the new map: drop the vanished ones, then walk
        // both in order, updating equal keys and inserting new ones.
        for (int i = int(node->children.size()) - 1; i >= offset; --i) {
            if (!map.contains(node->children[size_t(i)]->key))
                removeChildren(node, i, i);
        }
        int pos = offset;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it, ++pos) {
            if (pos < int(node->children.size()) && node->children[size_t(pos)]->key == it.key()) {
                updateNode(node->children[size_t(pos)].get(), it.value());
            } else {
                NodeList added;
                added.push_back(makeNode(node, it.key(), FieldPath::child(node->path, it.key()), it.value()));
                insertChildren(node, pos, std::move(added));
            }
        }
        return;
    }
    const QVariantList list = value.toList();
    const int oldCount = int(node->children.size());
    const int newCount = int(list.size());
    if (oldCount > newCount)
        removeChildren(node, newCount, oldCount - 1);
    for (int i = 0; i < std::min(oldCount, newCount); ++i)
        updateNode(node->children[size_t(i)].get(), list.at(i));
    if (newCount > oldCount) {
        NodeList added;
        for (int i = oldCount; i < newCount; ++i)
            added.push_back(makeNode(node, QStringLiteral("[%1]").arg(i), FieldPath::element(node->path, i), list.at(i)));
        insertChildren(node, oldCount, std::move(added));
    }
}

void PropertyModel::updateNode(Node *node, const QVariant &value)
{
    const Node::Type type = isMap(value) ? Node::Type::Map : isList(value) ? Node::Type::List : Node::Type::Leaf;
    if (type == node->type) {
        if (type == Node::Type::Leaf) {
            if (!sameLeaf(node->value, value)) {
                node->value = value;
                Q_EMIT dataChanged(indexFor(node, ValueColumn), indexFor(node, ValueColumn));
            }
            return;
        }
        const size_t before = node->children.size();
        syncChildren(node, value, 0);
        if (node->children.size() != before) // the "n keys" / "n items" summary
            Q_EMIT dataChanged(indexFor(node, ValueColumn), indexFor(node, ValueColumn));
        return;
    }
    // Leaf <-> container or map <-> list: replace the children, keep the row.
    if (!node->children.empty())
        removeChildren(node, 0, int(node->children.size()) - 1);
    std::unique_ptr<Node> fresh = makeNode(node->parent, node->key, node->path, value);
    node->type = fresh->type;
    node->value = fresh->value;
    if (!fresh->children.empty()) {
        for (auto &child : fresh->children)
            child->parent = node;
        insertChildren(node, 0, std::move(fresh->children));
    }
    Q_EMIT dataChanged(indexFor(node, FieldColumn), indexFor(node, ValueColumn));
}

void PropertyModel::removeChildren(Node *node, int first, int last)
{
    beginRemoveRows(indexFor(node), first, last);
    node->children.erase(node->children.begin() + first, node->children.begin() + last + 1);
    for (size_t i = size_t(first); i < node->children.size(); ++i)
        node->children[i]->row = int(i);
    endRemoveRows();
}

void PropertyModel::insertChildren(Node *node, int at, NodeList nodes)
{
    if (nodes.empty())
        return;
    beginInsertRows(indexFor(node), at, at + int(nodes.size()) - 1);
    for (auto &child : nodes)
        child->parent = node;
    node->children.insert(node->children.begin() + at, std::make_move_iterator(nodes.begin()),
                          std::make_move_iterator(nodes.end()));
    for (size_t i = size_t(at); i < node->children.size(); ++i)
        node->children[i]->row = int(i);
    endInsertRows();
}

PropertyModel::Node *PropertyModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex PropertyModel::indexFor(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

QModelIndex PropertyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    Node *node = nodeAt(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex PropertyModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeAt(child)->parent);
}

int PropertyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int PropertyModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString PropertyModel::displayText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QStringLiteral("null");
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        break;
    }
    if (value.canConvert<QString>())
        return value.toString();
    return QStringLiteral("<%1>").arg(QString::fromLatin1(value.typeName()));
}

QString PropertyModel::unitSymbol(const QString &unit)
{
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("seconds"), QStringLiteral("s")},       {QStringLiteral("percent"), QStringLiteral("%")},
        {QStringLiteral("milliseconds"), QStringLiteral("ms")}, {QStringLiteral("bytes"), QStringLiteral("B")},
        {QStringLiteral("MB"), QStringLiteral("MB")},           {QStringLiteral("ACU"), QStringLiteral("ACU")},
        {QStringLiteral("requests/s"), QStringLiteral("requests/s")}, {QStringLiteral("USD/hour"), QStringLiteral("USD/hour")},
        {QStringLiteral("days"), QStringLiteral("d")},          {QStringLiteral("hours"), QStringLiteral("h")},
    };
    return symbols.value(unit);
}

const FieldSpec *PropertyModel::fieldSpec(const QModelIndex &index) const
{
    if (!index.isValid() || m_objectId == 0)
        return nullptr;
    const Node *node = nodeAt(index);
    if (node->type == Node::Type::Name || node->type == Node::Type::Root || node->path.isEmpty())
        return nullptr;
    return FieldSchema::find(m_kind, node->path, m_apiVersion);
}

namespace {

QString toolTipOf(const QString &path, const FieldSpec *spec)
{
    if (!spec)
        return path;
    QStringList lines = {path};
    if (!spec->description.isEmpty())
        lines.append(QCoreApplication::translate("FieldSchema", spec->description.toUtf8().constData()));
    if (!spec->unit.isEmpty())
        lines.append(PropertyModel::tr("Unit: %1").arg(spec->unit));
    if (!spec->enumValues.isEmpty())
        lines.append(PropertyModel::tr("Allowed: %1").arg(spec->enumValues.join(QStringLiteral(", "))));
    if (spec->minimum && spec->maximum)
        lines.append(PropertyModel::tr("Range: %1 to %2").arg(*spec->minimum).arg(*spec->maximum));
    else if (spec->minimum)
        lines.append(PropertyModel::tr("Minimum: %1").arg(*spec->minimum));
    else if (spec->maximum)
        lines.append(PropertyModel::tr("Maximum: %1").arg(*spec->maximum));
    if (spec->required)
        lines.append(PropertyModel::tr("Required"));
    if (!spec->source.isEmpty())
        lines.append(PropertyModel::tr("Source: %1").arg(spec->source));
    return lines.join(QLatin1Char('\n'));
}

bool isNumeric(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

} // namespace

QVariant PropertyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeAt(index);
    switch (role) {
    case UnitRole:
    case DescriptionRole:
    case EnumValuesRole:
    case FieldTypeRole:
    case MinimumRole:
    case MaximumRole:
    case SourceRole: {
        const FieldSpec *spec = fieldSpec(index);
        if (!spec)
            return {};
        switch (role) {
        case UnitRole:
            return spec->unit.isEmpty() ? QVariant() : QVariant(spec->unit);
        case DescriptionRole:
            return QCoreApplication::translate("FieldSchema", spec->description.toUtf8().constData());
        case EnumValuesRole:
            return spec->enumValues.isEmpty() ? QVariant() : QVariant(spec->enumValues);
        case FieldTypeRole:
            return fieldTypeName(spec->type);
        case MinimumRole:
            return spec->minimum ? QVariant(*spec->minimum) : QVariant();
        case MaximumRole:
            return spec->maximum ? QVariant(*spec->maximum) : QVariant();
        default:
            return spec->source;
        }
    }
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == FieldColumn)
            return node->key;
        switch (node->type) {
        case Node::Type::Name:
            return node->value.toString();
        case Node::Type::Leaf:
            if (role == Qt::DisplayRole && isNumeric(node->value)) {
                if (const FieldSpec *spec = fieldSpec(index)) {
                    const QString symbol = unitSymbol(spec->unit);
                    if (!symbol.isEmpty())
                        return QStringLiteral("%1 %2").arg(displayText(node->value), symbol);
                }
            }
            return displayText(node->value);
        case Node::Type::Map:
            return role == Qt::DisplayRole ? tr("%n key(s)", nullptr, int(node->children.size())) : QVariant();
        case Node::Type::List:
            return role == Qt::DisplayRole ? tr("%n item(s)", nullptr, int(node->children.size())) : QVariant();
        case Node::Type::Root:
            return {};
        }
        return {};
    case Qt::ToolTipRole:
        return node->type == Node::Type::Name ? QStringLiteral("name") : toolTipOf(node->path, fieldSpec(index));
    case FieldPathRole:
        return node->type == Node::Type::Name ? QStringLiteral("name") : node->path;
    case ValueRole:
        return node->type == Node::Type::Leaf || node->type == Node::Type::Name ? node->value : QVariant();
    default:
        return {};
    }
}

std::optional<QVariant> PropertyModel::parseValue(const QVariant &input, const QVariant &original)
{
    const int type = original.typeId();
    if (type != QMetaType::UnknownType && input.typeId() == type)
        return input;
    const QString raw = input.typeId() == QMetaType::Bool ? displayText(input) : input.toString();
    const QString text = raw.trimmed();
    bool ok = false;
    switch (type) {
    case QMetaType::Bool:
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return QVariant(true);
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return QVariant(false);
        return std::nullopt;
    case QMetaType::Int: {
        const int v = text.toInt(&ok);
        return ok ? std::optional<QVariant>(QVariant(v)) : std::nullopt;
    }
    case QMetaType::UInt: {
        const uint v = text.toUInt(&ok);
        return ok ? std::optional<QVariant>(QVariant(v)) : std::nullopt;
    }
    case QMetaType::LongLong: {
        const qlonglong v = text.toLongLong(&ok);
        return ok ? std::optional<QVariant>(QVariant(v)) : std::nullopt;
    }
    case QMetaType::ULongLong: {
        const qulonglong v = text.toULongLong(&ok);
        return ok ? std::optional<QVariant>(QVariant(v)) : std::nullopt;
    }
    case QMetaType::Double: {
        const double v = text.toDouble(&ok);
        return ok && std::isfinite(v) ? std::optional<QVariant>(QVariant(v)) : std::nullopt;
    }
    case QMetaType::Float: {
        const float v = text.toFloat(&ok);
        return ok && std::isfinite(v) ? std::optional<QVariant>(QVariant(v)) : std::nullopt;
    }
    case QMetaType::QString:
        return QVariant(raw);
    case QMetaType::UnknownType:
    case QMetaType::Nullptr: {
        if (text.isEmpty() || text == QLatin1String("null") || text == QLatin1String("~"))
            return original;
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return QVariant(true);
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return QVariant(false);
        if (const int v = text.toInt(&ok); ok)
            return QVariant(v);
        if (const qlonglong v = text.toLongLong(&ok); ok)
            return QVariant(v);
        if (const double v = text.toDouble(&ok); ok && std::isfinite(v))
            return QVariant(v);
        return QVariant(raw);
    }
    default:
        return std::nullopt;
    }
}

bool PropertyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != ValueColumn || role != Qt::EditRole || m_editor->isUndoing()
        || m_objectId == 0)
        return false;
    const Node *node = nodeAt(index);
    if (node->type == Node::Type::Name) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        m_editor->rename(m_objectId, name);
        return true;
    }
    if (node->type != Node::Type::Leaf)
        return false;
    const std::optional<QVariant> parsed = parseValue(value, node->value);
    if (!parsed)
        return false;
    m_editor->setField(m_objectId, node->path, *parsed);
    return true;
}

QVariant PropertyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

Qt::ItemFlags PropertyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Node *node = nodeAt(index);
    if (index.column() == ValueColumn && (node->type == Node::Type::Leaf || node->type == Node::Type::Name))
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace Scaleplan
