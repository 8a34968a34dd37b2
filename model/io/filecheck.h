#pragma once

#include <QString>

namespace Scaleplan {

/**
 * Checks before Scaleplan reads or replaces a file, so that a directory, a device, a named pipe
 * (which would block a read forever) or a socket gets a clear message instead of a hang or being
 * overwritten. POSIX stat(2); symbolic links are followed.
 */
namespace FileCheck {
/// Empty when `path` is a readable regular file, else why not ("no such file", "is a directory",
/// "is not a regular file (a device, named pipe or socket)").
QString readableProblem(const QString &path);
/// The path to write for `path`: the target of a symbolic link, or `path` itself. Empty (and
/// *error set) when something other than a regular file is there.
QString writeTarget(const QString &path, QString *error);
} // namespace FileCheck

} // namespace Scaleplan
