#include "model/designdata.h"

#include "model/fieldpath.h"

namespace Scaleplan {

const DesignObject *DesignData::object(ObjectId id) const
{
    const auto it = m_objects.constFind(id);
    return it == m_objects.constEnd() ? nullptr : &*it;
}

int DesignData::rowOf(ObjectId id) const
{
    const DesignObject *obj = object(id);
    if (!obj)
        return -1;
    return int(m_children.value(obj->parentId).indexOf(id));
}

QList<ObjectId> DesignData::preorder() const
{
    QList<ObjectId> out;
    out.reserve(m_objects.size());
    QList<ObjectId> stack;
    const QList<ObjectId> roots = m_children.value(0);
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.append(*it);
    while (!stack.isEmpty()) {
        const ObjectId id = stack.takeLast();
        out.append(id);
        const QList<ObjectId> kids = m_children.value(id);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append(*it);
    }
    return out;
}

QList<ObjectId> DesignData::objectsOfKind(ObjectKind kind) const
{
    QList<ObjectId> out;
    for (ObjectId id : preorder()) {
        if (m_objects.value(id).kind == kind)
            out.append(id);
    }
    return out;
}

ObjectId DesignData::findByName(ObjectKind kind, const QString &name) const
{
    for (ObjectId id : preorder()) {
        const DesignObject &obj = *object(id);
        if (obj.kind == kind && obj.name == name)
            return id;
    }
    return 0;
}

ObjectId DesignData::enclosing(ObjectId id, ObjectKind kind) const
{
    int guard = 0;
    while (id != 0 && guard++ < 1000) {
        const DesignObject *obj = object(id);
        if (!obj)
            return 0;
        if (obj->kind == kind)
            return id;
        id = obj->parentId;
    }
    return 0;
}

QString DesignData::pathOf(ObjectId id) const
{
    QStringList parts;
    int guard = 0;
    while (id != 0 && guard++ < 1000) {
        const DesignObject *obj = object(id);
        if (!obj)
            break;
        parts.prepend(obj->name.isEmpty() ? kindName(obj->kind) : obj->name);
        id = obj->parentId;
    }
    return parts.join(QLatin1Char('/'));
}

ObjectId DesignData::insert(DesignObject obj, int row)
{
    if (obj.parentId != 0 && !m_objects.contains(obj.parentId))
        return 0;
    if (obj.id == 0)
        obj.id = m_nextId;
    if (m_objects.contains(obj.id))
        return 0;
    m_nextId = std::max(m_nextId, obj.id + 1);
    QList<ObjectId> &siblings = m_children[obj.parentId];
    if (row < 0 || row > siblings.size())
        row = int(siblings.size());
    siblings.insert(row, obj.id);
    const ObjectId id = obj.id;
    m_objects.insert(id, std::move(obj));
    return id;
}

QList<DesignObject> DesignData::removeSubtree(ObjectId id)
{
    QList<DesignObject> removed;
    const DesignObject *obj = object(id);
    if (!obj)
        return removed;
    m_children[obj->parentId].removeOne(id);
    QList<ObjectId> queue{id};
    for (int i = 0; i < queue.size(); ++i) {
        const ObjectId current = queue.at(i);
        queue.append(m_children.value(current));
        m_children.remove(current);
        removed.append(m_objects.take(current));
    }
    return removed;
}

bool DesignData::setField(ObjectId id, const QString &path, const QVariant &value)
{
    auto it = m_objects.find(id);
    if (it == m_objects.end())
        return false;
    return FieldPath::setValue(it->fields, path, value);
}

bool DesignData::setName(ObjectId id, const QString &name)
{
    auto it = m_objects.find(id);
    if (it == m_objects.end())
        return false;
    it->name = name;
    return true;
}

bool DesignData::reparent(ObjectId id, ObjectId newParent, int row)
{
    auto it = m_objects.find(id);
    if (it == m_objects.end() || (newParent != 0 && !m_objects.contains(newParent)))
        return false;
    for (ObjectId p = newParent; p != 0; p = m_objects.value(p).parentId) {
        if (p == id)
            return false;
    }
    m_children[it->parentId].removeOne(id);
    it->parentId = newParent;
    QList<ObjectId> &siblings = m_children[newParent];
    if (row < 0 || row > siblings.size())
        row = int(siblings.size());
    siblings.insert(row, id);
    return true;
}

bool DesignData::replace(const DesignObject &obj)
{
    auto it = m_objects.find(obj.id);
    if (it == m_objects.end() || it->parentId != obj.parentId)
        return false;
    *it = obj;
    return true;
}

bool DesignData::operator==(const DesignData &other) const
{
    if (name != other.name || m_objects != other.m_objects)
        return false;
    // Compare child lists ignoring empty entries (an emptied list equals an absent one).
    auto normalised = [](const QHash<ObjectId, QList<ObjectId>> &h) {
        QHash<ObjectId, QList<ObjectId>> out;
        for (auto it = h.constBegin(); it != h.constEnd(); ++it) {
            if (!it->isEmpty())
                out.insert(it.key(), *it);
        }
        return out;
    };
    return normalised(m_children) == normalised(other.m_children);
}

Diagnostic objectDiagnostic(const DesignData &design, const DesignObject &object, Severity severity, const QString &rule,
                            const QString &field, const QString &message)
{
    Diagnostic d;
    d.severity = severity;
    d.rule = rule;
    d.objectId = object.id;
    d.objectPath = design.pathOf(object.id);
    d.field = field;
    d.message = message;
    d.source = object.source;
    if (!field.isEmpty() && object.source.isValid())
        d.source.line = object.lineOf(field);
    return d;
}

} // namespace Scaleplan
