#include "model/design.h"

namespace Scaleplan {

Design::Design(QObject *parent)
    : QObject(parent)
{
}

void Design::reset(DesignData data)
{
    Q_EMIT aboutToReset();
    m_data = std::move(data);
    Q_EMIT resetDone();
    Q_EMIT changed();
}

ObjectId Design::applyInsert(const DesignObject &object, int row)
{
    if (object.parentId != 0 && !m_data.contains(object.parentId))
        return 0;
    if (object.id != 0 && m_data.contains(object.id))
        return 0;
    const int siblings = int(m_data.children(object.parentId).size());
    const int at = (row < 0 || row > siblings) ? siblings : row;
    Q_EMIT objectAboutToBeInserted(object.parentId, at);
    const ObjectId id = m_data.insert(object, at);
    Q_EMIT objectInserted(id);
    Q_EMIT changed();
    return id;
}

QList<DesignObject> Design::applyRemove(ObjectId id)
{
    const DesignObject *obj = m_data.object(id);
    if (!obj)
        return {};
    const ObjectId parent = obj->parentId;
    Q_EMIT objectAboutToBeRemoved(id);
    QList<DesignObject> removed = m_data.removeSubtree(id);
    Q_EMIT objectRemoved(id, parent);
    Q_EMIT changed();
    return removed;
}

bool Design::applySetField(ObjectId id, const QString &path, const QVariant &value)
{
    if (!m_data.setField(id, path, value))
        return false;
    Q_EMIT fieldChanged(id, path);
    Q_EMIT changed();
    return true;
}

bool Design::applySetName(ObjectId id, const QString &name)
{
    if (!m_data.setName(id, name))
        return false;
    Q_EMIT nameChanged(id);
    Q_EMIT changed();
    return true;
}

bool Design::applyReparent(ObjectId id, ObjectId newParent, int row)
{
    if (!m_data.contains(id) || (newParent != 0 && !m_data.contains(newParent)))
        return false;
    for (ObjectId p = newParent; p != 0; p = m_data.object(p)->parentId) {
        if (p == id)
            return false; // would make a cycle: refuse before telling anyone
    }
    Q_EMIT objectAboutToBeMoved(id, newParent, row);
    const bool ok = m_data.reparent(id, newParent, row);
    Q_EMIT objectMoved(id);
    if (ok)
        Q_EMIT changed();
    return ok;
}

} // namespace Scaleplan
