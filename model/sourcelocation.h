#pragma once

#include <QString>

namespace Scaleplan {

/// Where something came from in an imported file. Lines and columns are 1-based; 0 = unknown.
struct SourceLocation {
    QString file;
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    /// "file:line:column", "file:line" or "file" depending on what is known.
    QString toString() const;
    bool operator==(const SourceLocation &) const = default;
};

} // namespace Scaleplan
