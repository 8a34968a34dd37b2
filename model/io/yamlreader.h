#pragma once

#include "model/diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QVariant>

#include <optional>

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
 * Refused before yaml-cpp sees the text (errors naming line and column, each found in one pass):
 * characters YAML 1.2 does not allow (checkCharacters(), rule "import.yaml-encoding"), and nesting
 * deeper than kMaxDepth (flow brackets outside quoted scalars plus block indentation levels, rule
 * "import.yaml-depth") — yaml-cpp recurses once per level and would fail with "bad file".
 * UTF-16/UTF-32 text with a byte order mark is converted to UTF-8 first.
 *
 * Bounds after parsing (errors, never crashes): more than kMaxNodes converted nodes or
 * kMaxExpandedBytes of scalar text with aliases expanded (an alias expansion bomb of many nodes or
 * of one long string, rule "import.yaml-size": the expanded size is computed with
 * one count per distinct node before anything is expanded), duplicate keys in one mapping (an
 * error naming both lines — yaml-cpp itself accepts them silently).
 *
 * Syntax errors are "import.yaml-syntax"; when the failing line or a line next to it has a tab
 * in its indentation, the error says so (YAML 1.2 section 6.1 forbids tabs there) at the tab.
 *
 * Warnings (the value is still read): "import.yaml-octal-like" for a plain `0644` (decimal 644
 * here, octal 420 for YAML 1.1 parsers such as kubectl and PyYAML; not for 00..07, which agree);
 * "import.yaml-unknown-tag" for a tag that is neither a YAML core tag nor a CloudFormation short
 * form (the tag is dropped, the value kept as a plain value).
 *
 * `file` names the file in diagnostics; `firstLine` is the 1-based line of the text's first line
 * in that file (a fenced block's content starts below its fence).
 */
namespace YamlReader {
constexpr int kMaxDepth = 100;
constexpr qsizetype kMaxNodes = 2'000'000;
/// Scalar text (keys and values, bytes) a document may hold once its aliases are expanded: 128 MiB.
constexpr qsizetype kMaxExpandedBytes = qsizetype(128) * 1024 * 1024;

YamlReadResult read(const QByteArray &text, const QString &file, int firstLine = 1);

/**
 * The first character of UTF-8 `text` that YAML 1.2 does not allow, as an Error (rule
 * "import.yaml-encoding") naming 1-based line and column (in characters); nothing when all is
 * well. Refused: invalid UTF-8 (RFC 3629 section 4: stray continuation bytes such as a Latin-1
 * 0xE9, overlong forms, surrogates, truncated sequences; YAML 1.2 section 5.2) and characters
 * outside the printable set of YAML 1.2 section 5.1 (C0 controls other than tab, LF and CR, DEL,
 * C1 controls other than NEL, U+FFFE, U+FFFF). One pass over the bytes.
 */
std::optional<Diagnostic> checkCharacters(const QByteArray &text, const QString &file, int firstLine = 1);
} // namespace YamlReader

} // namespace Scaleplan
