#include "model/edit/insertobjectcommand.h"

#include "model/design.h"
#include "model/edit/commandid.h"
#include "model/edit/undoguard.h"

#include <QCoreApplication>

namespace Scaleplan {

InsertObjectCommand::InsertObjectCommand(Design *design, UndoGuard *guard, const DesignObject &object,
                                         int row, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_design(design)
    , m_guard(guard)
    , m_object(object)
    , m_row(row)
{
    setText(QCoreApplication::translate("Scaleplan::InsertObjectCommand", "Add %1 \"%2\"")
                .arg(kindName(object.kind), object.name));
}

int InsertObjectCommand::id() const
{
    return int(CommandId::InsertObject);
}

void InsertObjectCommand::redo()
{
    UndoGuard::Scope scope(m_guard);
    const ObjectId id = m_design->applyInsert(m_object, m_row);
    if (m_object.id == 0)
        m_object.id = id;
    if (id == 0)
        setObsolete(true);
}

void InsertObjectCommand::undo()
{
    UndoGuard::Scope scope(m_guard);
    if (m_object.id != 0)
        m_design->applyRemove(m_object.id);
}

} // namespace Scaleplan
