#include "model/io/markdownblocks.h"

namespace Scaleplan {

QList<FencedBlock> MarkdownBlocks::split(const QByteArray &text, const QString &file, QList<Diagnostic> *diagnostics)
{
    QList<FencedBlock> blocks;
    const QList<QByteArray> lines = text.split('\n');
    QString heading;
    bool inFence = false;
    char fenceChar = 0;
    int fenceLength = 0;
    FencedBlock current;
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        int indent = 0;
        while (indent < line.size() && indent < 4 && line.at(indent) == ' ')
            ++indent;
        const QByteArray rest = line.mid(indent);
        if (!inFence) {
            if (indent < 4 && (rest.startsWith("```") || rest.startsWith("~~~"))) {
                fenceChar = rest.at(0);
                fenceLength = 0;
                while (fenceLength < rest.size() && rest.at(fenceLength) == fenceChar)
                    ++fenceLength;
                const QByteArray info = rest.mid(fenceLength).trimmed();
                if (fenceChar == '`' && info.contains('`'))
                    continue; // not a fence (CommonMark: backtick info strings hold no backticks)
                inFence = true;
                current = FencedBlock{};
                current.info = QString::fromUtf8(info.split(' ').value(0)).toLower();
                current.fenceLine = i + 1;
                current.firstLine = i + 2;
                current.heading = heading;
            } else if (rest.startsWith('#')) {
                heading = QString::fromUtf8(rest).remove(QLatin1Char('#')).trimmed();
            }
        } else {
            int n = 0;
            while (n < rest.size() && rest.at(n) == fenceChar)
                ++n;
            if (indent < 4 && n >= fenceLength && rest.mid(n).trimmed().isEmpty()) {
                inFence = false;
                blocks.append(current);
            } else {
                current.content += lines.at(i);
                if (!current.content.endsWith('\r'))
                    current.content += '\n';
                else
                    current.content.append('\n');
            }
        }
    }
    if (inFence && diagnostics) {
        diagnostics->append(Diagnostic{Severity::Error, QStringLiteral("import.unterminated-fence"), 0, QString(),
                                       QString(),
                                       QStringLiteral("code fence opened at line %1 is never closed; its content is ignored")
                                           .arg(current.fenceLine),
                                       SourceLocation{file, current.fenceLine, 1}, {}, {}});
    }
    return blocks;
}

} // namespace Scaleplan
