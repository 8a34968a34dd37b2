#pragma once

#include <QSortFilterProxyModel>

namespace Scaleplan {

/**
 * Presents a DiagnosticsModel errors first, then warnings, then infos (each group in the source
 * order, which is the validator's deterministic order), and colours the Severity column: red
 * bold for errors, amber for warnings, blue for infos (CanvasStyle::severityColor, the same
 * colours as the canvas markers).
 */
class DiagnosticsProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DiagnosticsProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace Scaleplan
