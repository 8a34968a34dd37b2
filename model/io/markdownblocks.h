#pragma once

#include "model/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Scaleplan {

/// A fenced code block of a Markdown document.
struct FencedBlock {
    QString info;       ///< the info string after the fence, lower-cased ("yaml", "yml", "bash", ...)
    int fenceLine = 0;  ///< 1-based line of the opening fence
    int firstLine = 0;  ///< 1-based line of the block's first content line
    QByteArray content; ///< the lines between the fences, '\n'-terminated
    QString heading;    ///< text of the nearest Markdown heading above the block ("Horizontal Pod Autoscaler (HPA)")

    bool isYaml() const { return info == QLatin1String("yaml") || info == QLatin1String("yml"); }
};

/**
 * Splits a Markdown document into its fenced code blocks (CommonMark 0.30, section 4.5 "Fenced
 * code blocks": ``` or ~~~ fences of at least three characters, indented at most three spaces,
 * closed by a fence of the same character at least as long). An unterminated fence is reported
 * as an error diagnostic naming the opening line (rule "import.unterminated-fence") and its
 * content up to the end of the document is not used.
 */
namespace MarkdownBlocks {
QList<FencedBlock> split(const QByteArray &text, const QString &file, QList<Diagnostic> *diagnostics);
}

} // namespace Scaleplan
