#pragma once

namespace Scaleplan {

/**
 * QUndoCommand::id() of each edit command class. QUndoStack only tries mergeWith() between two
 * commands with the same id; only SetFieldCommand merges (same object and same field path).
 */
enum class CommandId : int {
    InsertObject = 1000,
    RemoveObjects,
    SetField,
    Rename,
    Reparent,
    ApplyFix,
};

} // namespace Scaleplan
