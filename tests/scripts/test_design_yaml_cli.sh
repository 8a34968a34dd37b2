#!/usr/bin/env bash
# Design as code through scaleplan-cli: export the reference design as design YAML, import it into
# a .scaleplan project, export again -> identical bytes; `diff` exit codes and the seed's VPC CIDR
# change (seed "10.0.0.0/8", line 496 of the document -> the reference design's corrected /16).
set -u
CLI="$SCALEPLAN_BINARY_DIR/app/scaleplan-cli"
SEED="$SCALEPLAN_SOURCE_DIR/resources/reference/scalability-design.md"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
expect_rc() { # expected, actual, what
  if [ "$1" != "$2" ]; then echo "FAIL: $3: exit code $2, expected $1"; fail=1; else echo "ok: $3"; fi
}
expect_grep() { # pattern, file, what
  if grep -qE -- "$1" "$2"; then echo "ok: $3"; else echo "FAIL: $3 (no /$1/ in output)"; sed 's/^/    /' "$2" | head -20; fail=1; fi
}

# export -> import -> export: identical bytes.
"$CLI" export reference --target design --out "$tmp/ref.yaml" >"$tmp/o" 2>&1; expect_rc 0 $? "export --target design --out FILE.yaml"
head -n 1 "$tmp/ref.yaml" | grep -qx 'scaleplan: design/v1' && echo "ok: header line" || { echo "FAIL: no header line"; fail=1; }
"$CLI" import "$tmp/ref.yaml" -o "$tmp/ref.scaleplan" >"$tmp/o" 2>&1; expect_rc 0 $? "import of a design YAML file"
"$CLI" export "$tmp/ref.scaleplan" --target design --out "$tmp/again" >"$tmp/o" 2>&1; expect_rc 0 $? "export --target design --out DIR"
if cmp "$tmp/ref.yaml" "$tmp/again/design.yaml"; then echo "ok: design YAML -> .scaleplan -> design YAML is byte-identical"; else fail=1; fi
# The design YAML file is an input like any other: validate reads it and finds what it finds in
# the reference design itself (same exit code, same report).
"$CLI" validate reference >"$tmp/v1" 2>&1; rc1=$?
"$CLI" validate "$tmp/ref.yaml" >"$tmp/v2" 2>&1; rc2=$?
expect_rc $rc1 $rc2 "validate of the design YAML exits as validate of the reference"
if cmp -s "$tmp/v1" "$tmp/v2"; then echo "ok: same validation report"; else echo "FAIL: validation reports differ"; diff "$tmp/v1" "$tmp/v2" | head; fail=1; fi

# diff: equal designs exit 0, whatever their form.
"$CLI" diff "$tmp/ref.yaml" "$tmp/ref.scaleplan" >"$tmp/o" 2>&1; expect_rc 0 $? "diff of equal designs exits 0"
expect_grep '^no differences$' "$tmp/o" "diff says no differences"

# diff of the seed as written vs the reference design: the VPC CIDR correction is listed.
"$CLI" diff "$SEED" "$tmp/ref.yaml" >"$tmp/d.txt" 2>&1; expect_rc 1 $? "diff of different designs exits 1"
expect_grep '^~ us-east-1/production-vpc  CidrBlock: "10.0.0.0/8" -> "10.0.0.0/16"$' "$tmp/d.txt" "diff lists the VPC CIDR change"
expect_grep '^\+ us-west-2/production-vpc  \(Vpc\)$' "$tmp/d.txt" "diff lists the completed us-west-2 VPC as added"
expect_grep '^[0-9]+ added, [0-9]+ removed, [0-9]+ changed$' "$tmp/d.txt" "diff ends with a summary line"
"$CLI" diff "$SEED" "$tmp/ref.yaml" --format json >"$tmp/d.json" 2>&1; expect_rc 1 $? "diff --format json exits 1"
/usr/bin/python3 - "$tmp/d.json" <<'PY' || fail=1
import json, sys
d = json.load(open(sys.argv[1]))
vpc = [c for c in d["changed"] if c["path"] == "us-east-1/production-vpc"]
ok = (d["equal"] is False and len(vpc) == 1
      and {"path": "CidrBlock", "old": "10.0.0.0/8", "new": "10.0.0.0/16"} in vpc[0]["fields"]
      and d["summary"]["added"] == len(d["added"]))
print("ok: diff JSON" if ok else "FAIL: diff JSON %s" % vpc)
sys.exit(0 if ok else 1)
PY

# unusable input: exit 2 and a message naming file:line:column.
printf 'scaleplan: design/v1\nobjects:\n- id: 1\n  kind: Frobnicator\n' > "$tmp/bad.yaml"
"$CLI" diff "$tmp/bad.yaml" "$tmp/ref.yaml" >"$tmp/o" 2>&1; expect_rc 2 $? "diff of a broken design YAML exits 2"
expect_grep 'bad.yaml:4:9: unknown kind .Frobnicator.' "$tmp/o" "the error names file:line:column"
"$CLI" import "$tmp/bad.yaml" -o "$tmp/bad.scaleplan" >"$tmp/o" 2>&1; expect_rc 2 $? "import of a broken design YAML exits 2"
[ ! -e "$tmp/bad.scaleplan" ] && echo "ok: nothing written for a broken design YAML" || { echo "FAIL: project written"; fail=1; }
"$CLI" diff "$tmp/ref.yaml" >"$tmp/o" 2>&1; expect_rc 2 $? "diff with one argument exits 2"
"$CLI" diff "$tmp/ref.yaml" "$tmp/missing.yaml" >"$tmp/o" 2>&1; expect_rc 2 $? "diff with a missing file exits 2"
"$CLI" export reference --target bogus --out "$tmp/x" >"$tmp/o" 2>&1; expect_rc 2 $? "unknown export target exits 2"
exit $fail
