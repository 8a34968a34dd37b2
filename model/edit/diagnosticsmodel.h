#pragma once

#include "model/diagnostic.h"

#include <QAbstractTableModel>

namespace Scaleplan {

/**
 * A table of diagnostics (validation findings and import findings) for the problems panel.
 *
 * Columns: 0 Severity ("error"/"warning"/"info"), 1 Rule (stable id), 2 Object (object path),
 * 3 Message, 4 Source ("file:line:column"). ToolTipRole is the full message, the source and the
 * fix description when there is a fix. ObjectIdRole gives Diagnostic::objectId (qulonglong),
 * SeverityRole int(Severity) — views colour rows from it; the model sets no colours or icons.
 *
 * setDiagnostics() replaces the list with the smallest edit it can see (common head and tail kept,
 * the middle removed and inserted), so a re-validation that changes one finding keeps the
 * selection on the others.
 */
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { ObjectIdRole = Qt::UserRole + 1, SeverityRole };
    enum Column { SeverityColumn = 0, RuleColumn, ObjectColumn, MessageColumn, SourceColumn, ColumnCount };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    /// The diagnostic of a row; `row` must be in [0, rowCount()).
    const Diagnostic &diagnosticAt(int row) const { return m_diagnostics.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Diagnostic> m_diagnostics;
};

} // namespace Scaleplan
