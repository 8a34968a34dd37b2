#pragma once

#include "model/diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QVariant>

namespace Scaleplan {

/// One YAML document converted to a QVariant tree, with the line of every node.
struct YamlDocument {
    QVariant root;
    /// 1-based line and column of the document's first node in the whole file.
    int line = 0;
    int column = 0;
    /// FieldPath (model/fieldpath.h syntax) of every map entry and list item -> 1-based line.
    QHash<QString, int> lines;

    int lineOf(const QString &path) const { return lines.value(path, line); }
};

struct YamlReadResult {
    QList<YamlDocument> documents;
    QList<Diagnostic> diagnostics; // rule "import.yaml-syntax", "import.yaml-duplicate-key", ...
    bool ok = false;               // false when the text could not be parsed at all
};

/**
 * Reads YAML text (possibly several `---` documents) with yaml-cpp and converts it to QVariant
 * trees the way the YAML 1.2 core schema resolves plain scalars (yaml.org/spec/1.2.2, 10.3.2
 * "Tag Resolution"): null (`~`, `null`, empty), bool (`true`/`false` in three casings only —
 * `yes`, `no`, `on`, `off` stay strings), int (decimal, `0o` octal, `0x` hex), float (incl.
 * `.inf`, `.nan`); quoted scalars are always strings. CloudFormation short tags (`!Ref X`,
 * `!GetAtt A.B`, `!Sub s`, `!Join [..]`, ...) become their long form (`{Ref: X}`,
 * `{"Fn::GetAtt": [A, B]}`, ...).
 *
 * Bounds (errors, never crashes): nesting deeper than kMaxDepth, more than kMaxNodes converted
 * nodes (an alias expansion bomb), duplicate keys in one mapping (an error naming both lines —
 * yaml-cpp itself accepts them silently).
 *
 * `file` names the file in diagnostics; `firstLine` is the 1-based line of the text's first line
 * in that file (a fenced block's content starts below its fence).
 */
namespace YamlReader {
constexpr int kMaxDepth = 100;
constexpr qsizetype kMaxNodes = 2'000'000;

YamlReadResult read(const QByteArray &text, const QString &file, int firstLine = 1);
} // namespace YamlReader

} // namespace Scaleplan
