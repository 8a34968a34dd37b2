#pragma once

#include "model/designobject.h"

#include <QAbstractItemModel>

namespace Scaleplan {

class Design;

/**
 * The design's object tree (Region > Vpc > AvailabilityZone > Subnet, EksCluster > ...) as an item
 * model. It keeps no state of its own: every answer is read from Design::data(), and Design's
 * signals map one-to-one onto model notifications (objectAboutToBeInserted -> beginInsertRows,
 * objectAboutToBeRemoved -> beginRemoveRows, objectAboutToBeMoved -> beginMoveRows,
 * aboutToReset/resetDone -> begin/endResetModel, nameChanged -> dataChanged).
 *
 * Index internalId() is the ObjectId, so indexes stay meaningful across edits. Columns: 0 Name,
 * 1 Kind. Roles: DisplayRole (name, kind name), ToolTipRole (DesignData::pathOf), ObjectIdRole
 * (ObjectId as qulonglong), KindRole (int(ObjectKind)). Does not own the Design.
 */
class DesignTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles { ObjectIdRole = Qt::UserRole + 1, KindRole };
    enum Column { NameColumn = 0, KindColumn, ColumnCount };

    explicit DesignTreeModel(Design *design, QObject *parent = nullptr);

    /// Column-0 index of the object, invalid when it is not in the design.
    QModelIndex indexOf(ObjectId id) const;
    /// The object at an index (any column), 0 for the invalid (root) index.
    ObjectId idAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void onAboutToBeMoved(ObjectId id, ObjectId newParent, int row);

    Design *m_design;
    enum class Moving { None, Rows, Reset };
    Moving m_moving = Moving::None; // what objectMoved must close
};

} // namespace Scaleplan
