#include "model/edit/applyfixcommand.h"

#include "model/edit/commandid.h"
#include "model/edit/setfieldcommand.h"
#include "model/edit/undoguard.h"

#include <QCoreApplication>

namespace Scaleplan {

ApplyFixCommand::ApplyFixCommand(Design *design, UndoGuard *guard, const Diagnostic &diagnostic,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_guard(guard)
{
    for (const FieldChange &change : diagnostic.fix)
        new SetFieldCommand(design, guard, change.objectId, change.path, change.value, this);
    const QString what = diagnostic.fixDescription.isEmpty() ? diagnostic.rule : diagnostic.fixDescription;
    setText(QCoreApplication::translate("Scaleplan::ApplyFixCommand", "Fix: %1").arg(what));
}

int ApplyFixCommand::id() const
{
    return int(CommandId::ApplyFix);
}

void ApplyFixCommand::redo()
{
    UndoGuard::Scope scope(m_guard);
    QUndoCommand::redo();
}

void ApplyFixCommand::undo()
{
    UndoGuard::Scope scope(m_guard);
    QUndoCommand::undo();
}

} // namespace Scaleplan
