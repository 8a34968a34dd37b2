#pragma once

// Subcommands of scaleplan-cli that live in their own files (app/cli/*.cpp). Each takes the
// arguments after the subcommand name (args[0] = "scaleplan-cli <command>") and returns the exit
// code: 0 fine, 1 the design has errors, 2 unusable input or arguments.

#include <QStringList>

namespace Scaleplan::Cli {

/// One line of the usage text per subcommand is in main_cli.cpp's kUsage.
int cidrCommand(const QStringList &args);   // scaleplan-cli cidr info|plan ...
int diffCommand(const QStringList &args);   // scaleplan-cli diff A B [--format text|json]
int replayCommand(const QStringList &args); // scaleplan-cli replay --hpa HPA.yaml --metrics FILE.csv

} // namespace Scaleplan::Cli
