#include "model/edit/designtreemodel.h"

#include "model/design.h"

namespace Scaleplan {

DesignTreeModel::DesignTreeModel(Design *design, QObject *parent)
    : QAbstractItemModel(parent)
    , m_design(design)
{
    connect(design, &Design::aboutToReset, this, [this] { beginResetModel(); });
    connect(design, &Design::resetDone, this, [this] { endResetModel(); });
    connect(design, &Design::objectAboutToBeInserted, this, [this](ObjectId parentId, int row) {
        beginInsertRows(indexOf(parentId), row, row);
    });
    connect(design, &Design::objectInserted, this, [this](ObjectId) { endInsertRows(); });
    connect(design, &Design::objectAboutToBeRemoved, this, [this](ObjectId id) {
        const DesignObject *obj = m_design->data().object(id);
        const int row = m_design->data().rowOf(id);
        beginRemoveRows(indexOf(obj->parentId), row, row);
    });
    connect(design, &Design::objectRemoved, this, [this](ObjectId, ObjectId) { endRemoveRows(); });
    connect(design, &Design::objectAboutToBeMoved, this, &DesignTreeModel::onAboutToBeMoved);
    connect(design, &Design::objectMoved, this, [this](ObjectId) {
        if (m_moving == Moving::Rows)
            endMoveRows();
        else if (m_moving == Moving::Reset)
            endResetModel();
        m_moving = Moving::None;
    });
    connect(design, &Design::nameChanged, this, [this](ObjectId id) {
        const QModelIndex first = indexOf(id);
        if (first.isValid())
            Q_EMIT dataChanged(first, first.siblingAtColumn(KindColumn));
    });
}

void DesignTreeModel::onAboutToBeMoved(ObjectId id, ObjectId newParent, int row)
{
    // Mirror DesignData::reparent's checks: a refused move changes nothing, so announce nothing.
    m_moving = Moving::None;
    const DesignData &data = m_design->data();
    const DesignObject *obj = data.object(id);
    if (!obj || (newParent != 0 && !data.contains(newParent)))
        return;
    for (ObjectId p = newParent; p != 0; p = data.object(p)->parentId) {
        if (p == id)
            return;
    }
    // DesignData::reparent counts `row` after the removal; beginMoveRows counts the destination
    // before it (QAbstractItemModel::beginMoveRows documentation, "destinationChild").
    const int sourceRow = data.rowOf(id);
    const bool sameParent = newParent == obj->parentId;
    const int remaining = int(data.children(newParent).size()) - (sameParent ? 1 : 0);
    const int at = (row < 0 || row > remaining) ? remaining : row;
    if (sameParent && at == sourceRow)
        return; // no move at all
    const int destinationChild = (sameParent && at > sourceRow) ? at + 1 : at;
    if (beginMoveRows(indexOf(obj->parentId), sourceRow, sourceRow, indexOf(newParent), destinationChild)) {
        m_moving = Moving::Rows;
    } else {
        // Not expected after the checks above; a reset keeps views consistent all the same.
        beginResetModel();
        m_moving = Moving::Reset;
    }
}

QModelIndex DesignTreeModel::indexOf(ObjectId id) const
{
    if (id == 0)
        return {};
    const int row = m_design->data().rowOf(id);
    if (row < 0)
        return {};
    return createIndex(row, NameColumn, quintptr(id));
}

ObjectId DesignTreeModel::idAt(const QModelIndex &index) const
{
    return index.isValid() ? ObjectId(index.internalId()) : 0;
}

QModelIndex DesignTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<ObjectId> kids = m_design->data().children(idAt(parent));
    if (row >= kids.size())
        return {};
    return createIndex(row, column, quintptr(kids.at(row)));
}

QModelIndex DesignTreeModel::parent(const QModelIndex &child) const
{
    const DesignObject *obj = m_design->data().object(idAt(child));
    if (!obj || obj->parentId == 0)
        return {};
    return indexOf(obj->parentId);
}

int DesignTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_design->data().children(idAt(parent)).size());
}

int DesignTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DesignTreeModel::data(const QModelIndex &index, int role) const
{
    const DesignObject *obj = m_design->data().object(idAt(index));
    if (!obj)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? obj->name : kindName(obj->kind);
    case Qt::ToolTipRole:
        return m_design->data().pathOf(obj->id);
    case ObjectIdRole:
        return QVariant::fromValue<qulonglong>(obj->id);
    case KindRole:
        return int(obj->kind);
    default:
        return {};
    }
}

QVariant DesignTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    default:
        return {};
    }
}

Qt::ItemFlags DesignTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Scaleplan
