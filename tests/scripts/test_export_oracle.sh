#!/usr/bin/env bash
# The schema oracle (../shared/tools/validate_manifests.py --strict-unknown) judges the export
# of the reference design: every Kubernetes document and CloudFormation template must pass.
set -u
ORACLE="$SCALEPLAN_SHARED_DIR/tools/validate_manifests.py"
if [ ! -f "$ORACLE" ]; then echo "skipped: no ../shared"; exit 0; fi
CLI="$SCALEPLAN_BINARY_DIR/app/scaleplan-cli"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$CLI" export reference --out "$tmp" > "$tmp/export.txt" 2>&1 || { echo "export failed"; cat "$tmp/export.txt"; exit 1; }
ls "$tmp"/k8s/*.yaml "$tmp"/cfn/*.yaml >/dev/null 2>&1 || { echo "export wrote no k8s or cfn files"; ls -R "$tmp"; exit 1; }
/usr/bin/python3 "$ORACLE" --strict-unknown "$tmp/k8s" "$tmp/cfn" | tee "$tmp/oracle.txt"
rc=${PIPESTATUS[0]}
[ $rc -eq 0 ] || { echo "oracle rejected the export (exit $rc)"; exit 1; }
# It must have judged a real number of documents (the seed alone has 12 Kubernetes objects).
docs=$(tail -1 "$tmp/oracle.txt" | awk '{print $1}')
[ "$docs" -ge 14 ] || { echo "oracle saw only $docs documents"; exit 1; }
# And the raw seed: what it gets wrong is left out, everything exported still passes.
"$CLI" export "$SCALEPLAN_SOURCE_DIR/resources/reference/scalability-design.md" --out "$tmp/raw" > "$tmp/raw.txt" 2>&1
grep -q "export.left-out" "$tmp/raw.txt" || { echo "raw seed export did not report what it left out"; cat "$tmp/raw.txt"; exit 1; }
/usr/bin/python3 "$ORACLE" --strict-unknown "$tmp/raw" || { echo "oracle rejected the raw seed's export"; exit 1; }
echo "export oracle: ok"
