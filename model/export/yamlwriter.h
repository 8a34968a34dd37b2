#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace Scaleplan {

/**
 * Writes a QVariant tree (QVariantMap / QVariantHash / QVariantList / QStringList / scalars) as
 * block-style YAML text that YAML 1.1 parsers (PyYAML, yaml-cpp) and YAML 1.2 core-schema parsers
 * (Go yaml.v3, the Kubernetes API machinery) all read back as the same tree.
 *
 * Layout:
 *  - maps as `key: value` lines indented by two spaces per level; keys sorted, except that a
 *    Kubernetes object (a map holding string `apiVersion` and `kind`) starts with `apiVersion`,
 *    `kind`, `metadata`, a CloudFormation template (a map holding `AWSTemplateFormatVersion` or
 *    `Resources`) lists its sections in the order of the CloudFormation User Guide ("Template
 *    anatomy"), and a CloudFormation resource (a map with a string `Type` `AWS::…` and
 *    `Properties`) starts with `Type`; everything else follows in key order;
 *  - lists as `- ` items at the indentation of their key (the kubectl style); a map inside a list
 *    starts on the dash line;
 *  - empty maps and lists as `{}` and `[]`, an invalid/null QVariant as `null`;
 *  - strings holding line breaks as literal block scalars (`|`, `|-` without trailing newline,
 *    `|+` with several, an indentation indicator when the first line starts with a space), or
 *    double-quoted with escapes when a literal block cannot hold them (control characters, CR,
 *    whitespace-only lines);
 *  - every other string plain when a parser reads it back as the same string, else double-quoted:
 *    YAML 1.1 and 1.2 booleans (`y`, `n`, `yes`, `no`, `on`, `off`, `true`, `false`, any case),
 *    nulls (`null`, `~`, empty), anything that looks numeric (`012`, `0o14`, `0x1F`, `1e3`,
 *    `1_000`, `1:30` sexagesimal, `2024-01-31` timestamps, `.inf`, `.nan`), `=` and `<<`, strings
 *    starting with an indicator character (`-?:,[]{}#&*!|>'"%@` and backtick) or a space, ending
 *    with a space or `:`, or holding `: `, ` #`, a tab or any other non-printable character.
 *    Sources: YAML 1.2.2 spec §7.3.3 (plain scalars), §10.3 (core schema); YAML 1.1 type
 *    repository (bool, int, float, null, timestamp, merge, value).
 *  - doubles in the shortest form that reads back as the same double, always with a `.` so they
 *    stay floats (70.0 → `70.0`, 1e20 → `1.0e+20`), and `.inf`, `-.inf`, `.nan`.
 *
 * Output ends with a newline. Stateless; safe to use from any thread.
 */
class YamlWriter
{
public:
    /// One YAML document (no `---` marker) for `value`.
    static QString toYaml(const QVariant &value);

    /// Several documents, each written by toYaml(), separated by `---` lines. An empty list
    /// gives an empty string.
    static QString toYamlDocuments(const QList<QVariantMap> &documents);

    /// `text` as a single-line scalar: plain when safe, else double-quoted with escapes.
    /// Exposed for tests and for callers writing keys by hand.
    static QString scalar(const QString &text);

    /// True when `text` must be quoted to be read back as that string (see the class comment).
    static bool needsQuotes(const QString &text);

    /// `value` in the shortest round-trip form that YAML 1.1 and 1.2 both read as a float.
    static QString formatDouble(double value);
};

} // namespace Scaleplan
