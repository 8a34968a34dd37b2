#pragma once

#include "model/designdata.h"
#include "model/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Scaleplan {

/// What DesignYaml::read() gives: the design, or the errors that stopped it.
struct DesignYamlReadResult {
    /// The rebuilt design (ids, order, nextId, import diagnostics as written); empty when !ok.
    DesignData design;
    /// Every problem found, each an Error diagnostic with rule "design-yaml.*" (YAML-level
    /// problems keep the reader's "import.yaml-*" rules) and source file:line:column.
    QList<Diagnostic> errors;
    bool ok = false;
    /// The errors as "file:line:column: message" lines, for the CLI and message boxes.
    QString errorText() const;
};

/**
 * The design as code: a documented, stable YAML form of a whole DesignData (format description:
 * model/io/DESIGN-YAML.md, header `scaleplan: design/v1`).
 *
 * Guarantees (checked by tests/model/io/tst_designyaml.cpp):
 *  - write() is deterministic: envelope keys in a fixed documented order, object children in
 *    their design order, field keys as YamlWriter orders them (sorted; Kubernetes manifests start
 *    with apiVersion/kind/metadata), so an unchanged design gives identical bytes;
 *  - read(write(d)) == d (DesignData::operator==, plus nextId and importDiagnostics), and
 *    write(read(write(d))) == write(d) byte for byte;
 *  - scalars keep their YAML 1.2 core-schema types: 70.0 stays a double, "1.0"/"yes"/"~" stay
 *    strings (YamlWriter quotes them), multi-line strings become literal blocks, CloudFormation
 *    intrinsic maps ({"Ref": X}, {"Fn::GetAtt": [A, B]}) are plain maps and survive as such.
 * Limits: unsigned integers above 2^63-1 and lone UTF-16 surrogates do not round-trip (YAML has
 * no type for the first, UTF-8 cannot hold the second).
 */
namespace DesignYaml {

/// The format tag written as the first line (`scaleplan: design/v1`).
inline constexpr const char *kFormat = "design/v1";

/// The YAML text of `design` (UTF-8, ends with a newline).
QByteArray write(const DesignData &design);

/// Parses text written by write() (or by hand in the same format). `fileName` names the file in
/// errors. Uses YamlReader (YAML 1.2 core schema, duplicate-key, depth and alias-bomb limits).
/// Errors: wrong or missing header, unknown keys, wrong value types, unknown kind, missing or
/// duplicate id, children under a non-container kind — each naming line and column. The YAML
/// reader's warnings (YamlReader: "import.yaml-octal-like", "import.yaml-unknown-tag") are appended
/// to the design's importDiagnostics (unless the file already records the same one), so validate
/// and the Diagnostics dock show them as they do for an imported document.
DesignYamlReadResult read(const QByteArray &text, const QString &fileName);

/// True when `head` (the first bytes of a file) starts, after an optional BOM, blank lines,
/// comments, `%` directives and `---`, with the key `scaleplan:` — i.e. is meant as a design YAML
/// file (whatever the version; read() reports a version it cannot read).
bool looksLikeDesignYaml(const QByteArray &head);

} // namespace DesignYaml

} // namespace Scaleplan
