#pragma once

#include "model/designdata.h"

#include <QObject>

namespace Scaleplan {

/**
 * The open design document: owns a DesignData and tells views about every change.
 *
 * Only the edit layer's undo commands (and loaders, before views attach) call the `apply…`
 * functions; everything else reads `data()` or takes a `snapshot()`. Signals map one-to-one onto
 * item-model notifications: objectAboutToBeInserted/objectInserted around an insert,
 * objectAboutToBeRemoved/objectRemoved around a removal, fieldChanged after a field edit.
 */
class Design : public QObject
{
    Q_OBJECT
public:
    explicit Design(QObject *parent = nullptr);

    const DesignData &data() const { return m_data; }
    DesignData snapshot() const { return m_data; }

    /// Replaces the whole content (open, import, revert); emits aboutToReset/reset.
    void reset(DesignData data);

    /// See DesignData::insert. Emits objectAboutToBeInserted(parent,row) then objectInserted(id).
    ObjectId applyInsert(const DesignObject &object, int row = -1);
    /// Removes the subtree rooted at `id`; returns it (parents first) for undo.
    QList<DesignObject> applyRemove(ObjectId id);
    bool applySetField(ObjectId id, const QString &path, const QVariant &value);
    bool applySetName(ObjectId id, const QString &name);
    bool applyReparent(ObjectId id, ObjectId newParent, int row);

Q_SIGNALS:
    void aboutToReset();
    void resetDone();
    void objectAboutToBeInserted(Scaleplan::ObjectId parent, int row);
    void objectInserted(Scaleplan::ObjectId id);
    void objectAboutToBeRemoved(Scaleplan::ObjectId id);
    void objectRemoved(Scaleplan::ObjectId id, Scaleplan::ObjectId parent);
    void objectAboutToBeMoved(Scaleplan::ObjectId id, Scaleplan::ObjectId newParent, int row);
    void objectMoved(Scaleplan::ObjectId id);
    void fieldChanged(Scaleplan::ObjectId id, const QString &path);
    void nameChanged(Scaleplan::ObjectId id);
    /// Any change at all (for debounced re-validation / re-simulation).
    void changed();

private:
    DesignData m_data;
};

} // namespace Scaleplan
