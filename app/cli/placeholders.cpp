// Subcommands whose implementation has not landed yet say so plainly (exit 2) instead of
// pretending. Each moves to its own file in app/cli/ when implemented; delete its stub here then.
#include "app/cli/clicommands.h"

#include <cstdio>

namespace Scaleplan::Cli {

namespace {
// Kept for the next subcommand that lands as a stub; unused while every subcommand is implemented.
[[maybe_unused]] int notYet(const char *name)
{
    std::fprintf(stderr, "scaleplan-cli: '%s' is not available in this build yet\n", name);
    return 2;
}
} // namespace

} // namespace Scaleplan::Cli
