#pragma once

// Standard output and error streams shared by scaleplan-cli's subcommands (one QTextStream each,
// so output of different commands never interleaves out of order).

#include <QTextStream>

namespace Scaleplan::Cli {

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

inline QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace Scaleplan::Cli
