#include "model/edit/designeditor.h"

#include <QSet>

#include "model/design.h"
#include "model/edit/applyfixcommand.h"
#include "model/edit/insertobjectcommand.h"
#include "model/edit/removeobjectscommand.h"
#include "model/edit/replacedesigncommand.h"
#include "model/edit/renamecommand.h"
#include "model/edit/reparentcommand.h"
#include "model/edit/setfieldcommand.h"
#include "model/fieldpath.h"

#include <QUndoStack>

namespace Scaleplan {

DesignEditor::DesignEditor(Design *design, QObject *parent)
    : QObject(parent)
    , m_design(design)
    , m_undoStack(new QUndoStack(this))
{
}

DesignEditor::~DesignEditor()
{
    // Commands point at m_guard: delete them before the guard goes.
    delete m_undoStack;
    m_undoStack = nullptr;
}

bool DesignEditor::canBeParent(ObjectId parent) const
{
    if (parent == 0)
        return true;
    const DesignObject *obj = m_design->data().object(parent);
    return obj && isContainerKind(obj->kind);
}

ObjectId DesignEditor::addObject(const DesignObject &object, int row)
{
    if (!canBeParent(object.parentId))
        return 0;
    DesignObject fresh = object;
    fresh.id = 0;
    auto *command = new InsertObjectCommand(m_design, &m_guard, fresh, row);
    m_undoStack->push(command);
    // The parent was checked above and the id is fresh, so the insert succeeded and push() kept
    // the command (only an obsolete command is deleted by push()).
    return command->objectId();
}

void DesignEditor::removeObjects(const QList<ObjectId> &ids)
{
    QList<ObjectId> present;
    for (ObjectId id : ids) {
        if (m_design->data().contains(id) && !present.contains(id))
            present.append(id);
    }
    if (present.isEmpty())
        return;
    // Connections whose either end goes away are removed in the same undo step, so the design
    // never holds a connection to nothing.
    const DesignData &data = m_design->data();
    QSet<ObjectId> removed;
    for (ObjectId id : present) {
        QList<ObjectId> queue{id};
        for (int i = 0; i < queue.size(); ++i) {
            removed.insert(queue.at(i));
            queue.append(data.children(queue.at(i)));
        }
    }
    for (ObjectId connection : data.objectsOfKind(ObjectKind::Connection)) {
        if (removed.contains(connection))
            continue;
        const DesignObject &c = *data.object(connection);
        const ObjectId from = ObjectId(c.field(QStringLiteral("FromId")).toLongLong());
        const ObjectId to = ObjectId(c.field(QStringLiteral("ToId")).toLongLong());
        if (removed.contains(from) || removed.contains(to))
            present.append(connection);
    }
    m_undoStack->push(new RemoveObjectsCommand(m_design, &m_guard, present));
}

void DesignEditor::setField(ObjectId id, const QString &path, const QVariant &value)
{
    const DesignObject *obj = m_design->data().object(id);
    if (!obj)
        return;
    QVariantMap fields = obj->fields;
    if (!FieldPath::setValue(fields, path, value) || fields == obj->fields)
        return;
    m_undoStack->push(new SetFieldCommand(m_design, &m_guard, id, path, value));
}

void DesignEditor::rename(ObjectId id, const QString &name)
{
    const DesignObject *obj = m_design->data().object(id);
    if (!obj || obj->name == name)
        return;
    m_undoStack->push(new RenameCommand(m_design, &m_guard, id, name));
}

void DesignEditor::reparent(ObjectId id, ObjectId newParent, int row)
{
    const DesignData &data = m_design->data();
    const DesignObject *obj = data.object(id);
    if (!obj || !canBeParent(newParent))
        return;
    for (ObjectId p = newParent; p != 0; p = data.object(p)->parentId) {
        if (p == id)
            return; // into its own subtree
    }
    if (newParent == obj->parentId) {
        const int remaining = int(data.children(newParent).size()) - 1;
        const int at = (row < 0 || row > remaining) ? remaining : row;
        if (at == data.rowOf(id))
            return; // stays where it is
    }
    m_undoStack->push(new ReparentCommand(m_design, &m_guard, id, newParent, row));
}

void DesignEditor::applyFix(const Diagnostic &diagnostic)
{
    // Keep the changes that apply, trying them in order on a copy of the document.
    DesignData trial = m_design->data();
    Diagnostic usable = diagnostic;
    usable.fix.clear();
    for (const FieldChange &change : diagnostic.fix) {
        if (trial.setField(change.objectId, change.path, change.value))
            usable.fix.append(change);
    }
    if (usable.fix.isEmpty() || trial == m_design->data())
        return;
    m_undoStack->push(new ApplyFixCommand(m_design, &m_guard, usable));
}

void DesignEditor::replaceDesign(const DesignData &data)
{
    {
        UndoGuard::Scope scope(&m_guard);
        m_design->reset(data);
    }
    m_undoStack->clear();
}

void DesignEditor::restoreDesign(const DesignData &data, const QString &description)
{
    if (data == m_design->data())
        return;
    m_undoStack->push(new ReplaceDesignCommand(m_design, &m_guard, data, description));
}

} // namespace Scaleplan
