#pragma once

#include "model/designdata.h"
#include "model/sim/simulator.h"

namespace Scaleplan {

/**
 * Reads what a simulation needs from outside the design: the recorded traffic of every
 * LoadScenario with a `TrafficCsv` path. A relative path resolves against `designDirectory` (the
 * folder of the file the design was opened from: project, design YAML or document), else against
 * the folder of the design's source document when that is an absolute path, else the current
 * directory — the first place where the file exists; when it exists nowhere the first of these is
 * named. Unreadable or malformed files become Error diagnostics naming file, line and column (rule
 * "sim.traffic-csv"); the scenario then is not simulated and says so in its notes.
 */
namespace SimulationInputs {
SimulationOptions options(const DesignData &design, QList<Diagnostic> *diagnostics = nullptr,
                          SimulationOptions base = {}, const QString &designDirectory = {});

/**
 * Before a design read from a file in `fromDirectory` is saved in `toDirectory` (import -o, run):
 * every relative `TrafficCsv` that names an existing file from `fromDirectory` is rewritten
 * relative to `toDirectory`, so the saved project still finds it whatever the working directory.
 * Each rewrite adds an Info import diagnostic (rule "import.traffic-csv-rebased"). Returns the
 * number of paths rewritten.
 */
int rebaseTrafficPaths(DesignData &design, const QString &fromDirectory, const QString &toDirectory);
}

} // namespace Scaleplan
