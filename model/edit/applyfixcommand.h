#pragma once

#include "model/diagnostic.h"

#include <QUndoCommand>

namespace Scaleplan {

class Design;
class UndoGuard;

/**
 * Applies the fix of one diagnostic (a list of field changes, possibly on several objects) as ONE
 * undo step: a macro command whose children are SetFieldCommands, redone in order and undone in
 * reverse order by QUndoCommand's default child handling.
 */
class ApplyFixCommand : public QUndoCommand
{
public:
    ApplyFixCommand(Design *design, UndoGuard *guard, const Diagnostic &diagnostic,
                    QUndoCommand *parent = nullptr);

    int id() const override;
    void redo() override;
    void undo() override;

private:
    UndoGuard *m_guard;
};

} // namespace Scaleplan
