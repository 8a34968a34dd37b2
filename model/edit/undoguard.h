#pragma once

namespace Scaleplan {

/**
 * Tells whether an undo command is changing the design right now (its redo() or undo() is on the
 * stack), so views that react to Design signals do not push new commands from inside an undo.
 *
 * Owned by DesignEditor; every command holds a pointer to it (may be null in tests) and opens a
 * Scope around its apply… calls. Scopes nest (a macro's children open their own).
 * Pattern: the "guard" of Qt Creator's ScxmlEditor (src/plugins/scxmleditor, ScxmlDocument).
 */
class UndoGuard
{
public:
    bool isActive() const { return m_depth > 0; }

    /// RAII: the guard is active while at least one Scope lives.
    class Scope
    {
    public:
        explicit Scope(UndoGuard *guard)
            : m_guard(guard)
        {
            if (m_guard)
                ++m_guard->m_depth;
        }
        ~Scope()
        {
            if (m_guard)
                --m_guard->m_depth;
        }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        UndoGuard *m_guard;
    };

private:
    int m_depth = 0;
};

} // namespace Scaleplan
