#pragma once

#include "model/designdata.h"
#include "model/sim/simulator.h"

namespace Scaleplan {

/**
 * Reads what a simulation needs from outside the design: the recorded traffic of every
 * LoadScenario with a `TrafficCsv` path (relative paths resolve against the directory of the
 * design's source document, else the current directory). Unreadable or malformed files become
 * Error diagnostics naming file, line and column (rule "sim.traffic-csv"); the scenario then runs
 * with no traffic and says so in its notes.
 */
namespace SimulationInputs {
SimulationOptions options(const DesignData &design, QList<Diagnostic> *diagnostics = nullptr,
                          SimulationOptions base = {});
}

} // namespace Scaleplan
