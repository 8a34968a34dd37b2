#include "model/edit/diagnosticsmodel.h"

namespace Scaleplan {

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiagnosticsModel::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    const int oldCount = int(m_diagnostics.size());
    const int newCount = int(diagnostics.size());
    int head = 0;
    while (head < oldCount && head < newCount && m_diagnostics.at(head) == diagnostics.at(head))
        ++head;
    int tail = 0;
    while (tail < oldCount - head && tail < newCount - head
           && m_diagnostics.at(oldCount - 1 - tail) == diagnostics.at(newCount - 1 - tail))
        ++tail;
    if (head + tail < oldCount) {
        beginRemoveRows({}, head, oldCount - tail - 1);
        m_diagnostics.remove(head, oldCount - tail - head);
        endRemoveRows();
    }
    if (head + tail < newCount) {
        beginInsertRows({}, head, newCount - tail - 1);
        for (int i = head; i < newCount - tail; ++i)
            m_diagnostics.insert(i, diagnostics.at(i));
        endInsertRows();
    }
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(d.severity);
        case RuleColumn:
            return d.rule;
        case ObjectColumn:
            return d.objectPath;
        case MessageColumn:
            return d.message;
        case SourceColumn:
            return d.source.toString();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = d.message;
        const QString source = d.source.toString();
        if (!source.isEmpty())
            tip += QLatin1Char('\n') + source;
        if (!d.fix.isEmpty() && !d.fixDescription.isEmpty())
            tip += QLatin1Char('\n') + tr("Fix: %1").arg(d.fixDescription);
        return tip;
    }
    case ObjectIdRole:
        return QVariant::fromValue<qulonglong>(d.objectId);
    case SeverityRole:
        return int(d.severity);
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case ObjectColumn:
        return tr("Object");
    case MessageColumn:
        return tr("Message");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace Scaleplan
