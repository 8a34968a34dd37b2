#include "ui/diagnosticsproxymodel.h"

#include "model/edit/diagnosticsmodel.h"
#include "widgets/canvasstyle.h"


namespace Scaleplan {

DiagnosticsProxyModel::DiagnosticsProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

QVariant DiagnosticsProxyModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == DiagnosticsModel::SeverityColumn
        && role == Qt::ForegroundRole) {
        const auto severity = Severity(index.data(DiagnosticsModel::SeverityRole).toInt());
        return CanvasStyle::severityColor(severity);
    }
    return QSortFilterProxyModel::data(index, role);
}

bool DiagnosticsProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = sourceModel()->index(left.row(), 0).data(DiagnosticsModel::SeverityRole).toInt();
    const int r = sourceModel()->index(right.row(), 0).data(DiagnosticsModel::SeverityRole).toInt();
    if (l != r)
        return l > r;   // more severe first
    return left.row() < right.row();
}

} // namespace Scaleplan
