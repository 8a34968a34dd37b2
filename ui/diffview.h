#pragma once

#include "model/designdiff.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Scaleplan {

/**
 * Shows a DesignDiff as a tree: one top-level row per added, removed or changed object (its path
 * and kind, marked + / − / ~ in the canvas highlight colours), and under a changed object one row
 * per difference: `name` (renamed), `parent` (moved) and each changed field leaf with its old and
 * new value. Values are written as in DesignDiff::toText: strings in double quotes, floats with a
 * '.', `null`, `{}`, `[]`; "(none)" for a leaf absent on that side.
 *
 * Columns: 0 object / field, 1 old value, 2 new value. Top-level rows carry the object ids in
 * NewIdRole / OldIdRole and the change (int(ObjectDifference::Change)) in ChangeRole.
 */
class DiffView : public QWidget
{
    Q_OBJECT
public:
    enum Column { FieldColumn = 0, OldColumn, NewColumn };
    enum Role { NewIdRole = Qt::UserRole + 1, OldIdRole, ChangeRole };

    explicit DiffView(QWidget *parent = nullptr);

    /// Shows `diff`, whose old side is called `oldLabel` and new side `newLabel` in the summary
    /// (e.g. "as reviewed on 2026-12-01" and "current design").
    void setDiff(const DesignDiff &diff, const QString &oldLabel, const QString &newLabel);
    void clear();
    const DesignDiff &diff() const { return m_diff; }

    /// The objects of `current` to highlight on the canvas: added and changed objects by their
    /// new id, removed ones by their old id — each only when `current` holds that id with the
    /// same kind (comparing two older revisions, the ids of the current design usually agree).
    QHash<ObjectId, ObjectDifference::Change> changesIn(const DesignData &current) const;

    QTreeWidget *tree() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }

    /// Text of a field value as the view shows it (see the class comment).
    static QString valueText(const QVariant &value, bool present);

Q_SIGNALS:
    /// A row of an object was clicked or activated; ids as in ObjectDifference (0 = absent).
    void objectActivated(Scaleplan::ObjectId newId, Scaleplan::ObjectId oldId);

private:
    void onItemActivated(QTreeWidgetItem *item);

    QLabel *m_summary;
    QTreeWidget *m_tree;
    DesignDiff m_diff;
};

} // namespace Scaleplan
