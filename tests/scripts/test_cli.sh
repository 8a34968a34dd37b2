#!/usr/bin/env bash
# End to end through scaleplan-cli, as a user would: exit codes, the import summary line, the
# validate JSON shape, the seed's known mistakes, and clear errors for unusable input.
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

# import: 21 blocks in the seed (count of ```yaml fences in the document).
"$CLI" import "$SEED" -o "$tmp/seed.scaleplan" >"$tmp/import.txt" 2>&1; rc=$?
expect_rc 1 $rc "import of the seed reports its errors (exit 1)"
expect_grep '^21 blocks, [0-9]+ objects, [0-9]+ diagnostics$' "$tmp/import.txt" "import prints the block/object/diagnostic summary"
[ -s "$tmp/seed.scaleplan" ] && head -c 16 "$tmp/seed.scaleplan" | grep -q "SQLite format 3" && echo "ok: project file is SQLite" || { echo "FAIL: no SQLite project written"; fail=1; }

# validate straight from the document, JSON shape and the seed's mistakes.
"$CLI" validate "$SEED" --format json >"$tmp/v.json" 2>"$tmp/v.err"; rc=$?
expect_rc 1 $rc "validate of the seed exits 1 (design has errors)"
/usr/bin/python3 - "$tmp/v.json" <<'PY' || fail=1
import json, sys
d = json.load(open(sys.argv[1]))
rules = {x["rule"] for x in d["diagnostics"]}
need = {"aws.vpc.cidr-size", "karpenter.consolidation-policy", "istio.outlier-in-connection-pool",
        "aws.lambda.sqs-starting-position"}
missing = need - rules
ok = True
if missing:
    print("FAIL: validate misses", sorted(missing)); ok = False
for x in d["diagnostics"]:
    for k in ("severity", "rule", "object", "message", "source"):
        if k not in x: print("FAIL: diagnostic without", k, x); ok = False; break
    if not {"file", "line"} <= set(x["source"]): print("FAIL: source without file/line", x); ok = False
vpc = [x for x in d["diagnostics"] if x["rule"] == "aws.vpc.cidr-size"]
# The seed's VPCConfiguration block starts on line 494 of the document, its CIDR "10.0.0.0/8" on line 496.
if vpc and (vpc[0]["severity"] != "error" or vpc[0]["source"]["line"] != 496):
    print("FAIL: VPC /8 diagnostic should point at the CIDR line 496", vpc[0]); ok = False
# Findings point at the offending field's line: consolidationPolicy is on line 122 of the seed,
# StartingPosition on line 363.
for rule, line in (("karpenter.consolidation-policy", 122), ("aws.lambda.sqs-starting-position", 363)):
    found = [x for x in d["diagnostics"] if x["rule"] == rule]
    if not found or found[0]["source"]["line"] != line:
        print("FAIL:", rule, "should point at line", line, found[:1]); ok = False
s = d["summary"]
if s["errors"] != sum(1 for x in d["diagnostics"] if x["severity"] == "error"):
    print("FAIL: summary.errors does not count the errors"); ok = False
print("ok: validate JSON" if ok else "FAIL: validate JSON")
sys.exit(0 if ok else 1)
PY

# simulate the seed directly: four scenarios.
"$CLI" simulate "$SEED" --format json --csv "$tmp/sim.csv" >"$tmp/sim.json" 2>"$tmp/sim.err"; rc=$?
# The seed as written has errors (a /8 VPC, an invalid consolidationPolicy, ...): exit 1, as validate.
expect_rc 1 $rc "simulate the seed (it has errors)"
expect_grep "the design has [0-9]* errors" "$tmp/sim.err" "simulate says the design has errors"
/usr/bin/python3 -c "
import json,sys; d=json.load(open('$tmp/sim.json'))
names=[s['scenario'] for s in d['scenarios']]
assert names==['baseline-load','peak-load','stress-test','spike-test'], names
for s in d['scenarios']: assert 3 <= s['peakReplicas'] <= 50, s
print('ok: four scenarios, peaks within the HPA bounds 3..50')" || fail=1
expect_grep '^scenario,time_s,offered_rps' "$tmp/sim.csv" "simulate --csv writes the time series header"
"$CLI" simulate reference --csv - >"$tmp/stdout.csv" 2>/dev/null
head -1 "$tmp/stdout.csv" | grep -q '^scenario,time_s,offered_rps' && [ ! -e ./- ] \
  && echo "ok: --csv - writes the time series to standard output" || { echo "FAIL: --csv -"; fail=1; }

# recorded traffic: a malformed TrafficCsv is named with its line and column (line 4 holds "bad").
mkdir -p "$tmp/traffic"
printf '# Recorded\n\n```yaml\nLoadTesting:\n  Scenarios:\n  - Name: recorded\n    TrafficCsv: traffic.csv\n```\n' > "$tmp/traffic/doc.md"
printf 'time_s,rps\n0,10\n60,500\n120,bad\n' > "$tmp/traffic/traffic.csv"
"$CLI" simulate "$tmp/traffic/doc.md" >"$tmp/o" 2>&1; expect_rc 1 $? "malformed recorded traffic is a design error"
expect_grep 'traffic.csv:4:5: error: \[sim.traffic-csv\]' "$tmp/o" "recorded traffic error names file:line:column"
# a relative TrafficCsv is read from the document's folder whatever the working directory, and a
# project imported elsewhere keeps finding it (the path is rebased onto the project's folder).
printf 'time_s,rps\n0,10\n60,50\n' > "$tmp/traffic/good.csv"
{ sed 's/traffic.csv/good.csv/' "$tmp/traffic/doc.md"; printf '\n```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n      - name: api\n        image: api:1\n```\n'; } > "$tmp/traffic/good.md"
(cd / && "$CLI" simulate "$tmp/traffic/good.md" --format json >"$tmp/o" 2>/dev/null)
grep -q '"simulated": true' "$tmp/o" && echo "ok: TrafficCsv relative to the document" || { echo "FAIL: TrafficCsv from /"; fail=1; }
mkdir -p "$tmp/proj"
"$CLI" import "$tmp/traffic/good.md" -o "$tmp/proj/good.scaleplan" >"$tmp/o" 2>&1
expect_grep "import.traffic-csv-rebased" "$tmp/o" "import says the traffic path was rebased"
(cd / && "$CLI" simulate "$tmp/proj/good.scaleplan" --format json >"$tmp/o" 2>/dev/null)
grep -q '"simulated": true' "$tmp/o" && echo "ok: the imported project finds its traffic" || { echo "FAIL: rebased TrafficCsv"; fail=1; }
mkdir -p "$tmp/proj/code"
"$CLI" export "$tmp/proj/good.scaleplan" --target design --out "$tmp/proj/code" >/dev/null 2>&1
(cd / && "$CLI" simulate "$tmp/proj/code/design.yaml" --format json >"$tmp/o" 2>/dev/null)
grep -q '"simulated": true' "$tmp/o" && echo "ok: the design-as-code export finds its traffic" || { echo "FAIL: export --target design TrafficCsv"; fail=1; }

# unusable input: exit 2 with the file named.
printf '' > "$tmp/empty.md"
"$CLI" validate "$tmp/empty.md" >"$tmp/o" 2>&1; expect_rc 2 $? "empty document is unusable"
expect_grep "empty.md" "$tmp/o" "the error names the file"
head -c 2000 /dev/urandom > "$tmp/binary.md"; printf '\0' >> "$tmp/binary.md"
"$CLI" validate "$tmp/binary.md" >"$tmp/o" 2>&1; expect_rc 2 $? "binary data is unusable"
expect_grep "binary" "$tmp/o" "the error says binary"
printf '# Doc\n\n```yaml\nkind: HorizontalPodAutoscaler\n' > "$tmp/unterminated.md"
"$CLI" validate "$tmp/unterminated.md" --format json >"$tmp/o" 2>&1; expect_rc 2 $? "a document whose only block is unterminated is unusable"
expect_grep 'unterminated.md:3:1: .*opened at line 3 is never closed' "$tmp/o" "unterminated fence is reported with its line"
printf '# Doc\n\n```yaml\nLoadTesting:\n  Scenarios: []\n```\n\n```yaml\nkind: Job\n' > "$tmp/unterminated2.md"
"$CLI" validate "$tmp/unterminated2.md" --format json >"$tmp/o" 2>&1
expect_grep '"rule": "import.unterminated-fence"' "$tmp/o" "unterminated fence after a good block is a diagnostic"
printf '# Doc\n\n```yaml\napiVersion: v1\nkind: [unclosed\n```\n' > "$tmp/bad.md"
"$CLI" validate "$tmp/bad.md" >"$tmp/o" 2>&1; rc=$?
# The flow sequence opened on line 5 is never closed; yaml-cpp notices at the end of the block (line 6).
expect_grep 'bad.md:6:1: error: \[import.yaml-syntax\]: invalid YAML: end of sequence flow not found' "$tmp/o" "invalid YAML names file:line:column"
"$CLI" validate "$tmp/does-not-exist.md" >"$tmp/o" 2>&1; expect_rc 2 $? "missing file is unusable"
"$CLI" frobnicate >"$tmp/o" 2>&1; expect_rc 2 $? "unknown command"
printf 'SQLite format 3\0garbage' > "$tmp/broken.scaleplan"
"$CLI" validate "$tmp/broken.scaleplan" >"$tmp/o" 2>&1; expect_rc 2 $? "damaged project file is unusable"

# diff refuses a document it could not read (line 4 indents with a tab) instead of comparing it as empty.
printf '```yaml\nLoadTesting:\n  Scenarios:\n\t- Name: x\n```\n' > "$tmp/tabs.md"
"$CLI" diff "$tmp/tabs.md" reference >"$tmp/o" 2>&1; expect_rc 2 $? "diff of an unreadable document is unusable input"
expect_grep 'tabs.md:4:' "$tmp/o" "the diff error names the line"

# special files: a named pipe or a directory as input is refused at once (never read, never a
# hang); a device or directory as output is never replaced; a symbolic link is written through.
mkfifo "$tmp/pipe.yaml"
timeout 20 "$CLI" validate "$tmp/pipe.yaml" >"$tmp/o" 2>&1; expect_rc 2 $? "a named pipe is refused (no hang)"
expect_grep 'pipe.yaml: is not a regular file' "$tmp/o" "the pipe error says why"
mkdir "$tmp/adir"
"$CLI" validate "$tmp/adir" >"$tmp/o" 2>&1; expect_rc 2 $? "a directory is refused"
expect_grep 'is a directory' "$tmp/o" "the directory error says why"
"$CLI" import "$SEED" -o "$tmp/adir" >"$tmp/o" 2>&1; expect_rc 2 $? "a directory is never replaced by a project"
[ -d "$tmp/adir" ] && echo "ok: the directory is still there" || { echo "FAIL: directory replaced"; fail=1; }
touch "$tmp/real.scaleplan"; ln -s "$tmp/real.scaleplan" "$tmp/link.scaleplan"
"$CLI" import "$SEED" -o "$tmp/link.scaleplan" >"$tmp/o" 2>&1
[ -L "$tmp/link.scaleplan" ] && head -c 16 "$tmp/real.scaleplan" | grep -q "SQLite format 3" \
  && echo "ok: import writes through a symbolic link" || { echo "FAIL: symbolic link replaced"; fail=1; }
"$CLI" validate reference --format xml >"$tmp/o" 2>&1; expect_rc 2 $? "--format xml is refused"
expect_grep "format must be text or json" "$tmp/o" "the --format error says why"

# a scenario longer than the simulator's bound (7 days at 1 s) is refused with a note, in bounded time.
printf '```yaml\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: h\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: w}\n  minReplicas: 1\n  maxReplicas: 5\n```\n\n```yaml\nLoadTesting:\n  Scenarios:\n  - Name: forever\n    VirtualUsers: 10\n    Duration: "100000h"\n    RampUp: "1m"\n```\n' > "$tmp/long.md"
timeout 60 "$CLI" simulate "$tmp/long.md" >"$tmp/o" 2>&1; rc=$?
[ $rc -ne 124 ] && echo "ok: a 100000 h scenario finishes quickly" || { echo "FAIL: simulate hung"; fail=1; }
expect_grep "not simulated: the scenario lasts" "$tmp/o" "the bound is explained"
expect_rc 1 $rc "a scenario that cannot be simulated is a design error (exit 1)"
expect_grep "forever *NOT SIMULATED" "$tmp/o" "the table says the scenario was not run, not a row of zeros"
timeout 60 "$CLI" simulate "$tmp/long.md" --format json >"$tmp/o.json" 2>/dev/null
python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["scenarios"][0]; sys.exit(0 if s["simulated"] is False else 1)' "$tmp/o.json" \
  && echo "ok: JSON marks the scenario simulated: false" || { echo "FAIL: JSON simulated flag"; fail=1; }

# no output replaces an input: not the document itself, not through a symbolic link, not the
# design YAML being exported.
cp "$SEED" "$tmp/doc.md"; before=$(sha256sum < "$tmp/doc.md")
"$CLI" import "$tmp/doc.md" -o "$tmp/doc.md" >"$tmp/o" 2>&1; expect_rc 2 $? "import -o the input itself is refused"
expect_grep "refusing to write the output over an input file" "$tmp/o" "the refusal says why"
ln -s "$tmp/doc.md" "$tmp/doclink.scaleplan"
"$CLI" import "$tmp/doc.md" -o "$tmp/doclink.scaleplan" >"$tmp/o" 2>&1; expect_rc 2 $? "import -o a link to the input is refused"
[ "$(sha256sum < "$tmp/doc.md")" = "$before" ] && echo "ok: the document is untouched" || { echo "FAIL: the input document changed"; fail=1; }
"$CLI" export reference --out "$tmp/d.yaml" --target design >/dev/null 2>&1
before=$(sha256sum < "$tmp/d.yaml")
"$CLI" export "$tmp/d.yaml" --out "$tmp/d.yaml" --target design >"$tmp/o" 2>&1; expect_rc 2 $? "export over its own input is refused"
"$CLI" simulate "$tmp/d.yaml" --csv "$tmp/d.yaml" >"$tmp/o" 2>&1; expect_rc 2 $? "simulate --csv over its input is refused"
[ "$(sha256sum < "$tmp/d.yaml")" = "$before" ] && echo "ok: the design YAML is untouched" || { echo "FAIL: the design YAML changed"; fail=1; }
# the folder writers (run, export) refuse a folder holding the input or a link to it.
mkdir -p "$tmp/o1/k8s" "$tmp/in1"; cp "$tmp/d.yaml" "$tmp/in1/mine.yaml"; before=$(sha256sum < "$tmp/in1/mine.yaml")
ln -s "$tmp/in1/mine.yaml" "$tmp/o1/k8s/production-eks-us-east-1.yaml"
"$CLI" run "$tmp/in1/mine.yaml" --out "$tmp/o1" >"$tmp/o" 2>&1; expect_rc 2 $? "run into a folder linking to the input is refused"
"$CLI" export "$tmp/in1/mine.yaml" --out "$tmp/o1" >"$tmp/o" 2>&1; expect_rc 2 $? "export into a folder linking to the input is refused"
cp "$tmp/d.yaml" "$tmp/o1/simulation.csv"
"$CLI" run "$tmp/o1/simulation.csv" --out "$tmp/o1" >"$tmp/o" 2>&1; expect_rc 2 $? "run into the input's own folder slot is refused"
[ "$(sha256sum < "$tmp/in1/mine.yaml")" = "$before" ] && echo "ok: the linked input is untouched" || { echo "FAIL: the linked input changed"; fail=1; }
# importing design YAML reports validation like a document does.
"$CLI" import "$tmp/d.yaml" -o "$tmp/d.scaleplan" >"$tmp/o" 2>&1; expect_rc 0 $? "import of the reference design YAML"
expect_grep '^validation: 0 errors' "$tmp/o" "design YAML import prints the validation line"

# the reference design validates without errors and the pipeline runs.
"$CLI" run --out "$tmp/out" >"$tmp/run.txt" 2>&1; rc=$?
expect_rc 0 $rc "run on the reference design"
expect_grep '^Validate: 0 errors' "$tmp/run.txt" "reference design has no errors"
[ -f "$tmp/out/design.scaleplan" ] && [ -f "$tmp/out/simulation.csv" ] && [ -d "$tmp/out/k8s" ] && [ -d "$tmp/out/cfn" ] \
  && echo "ok: run writes project, simulation, k8s and cfn" || { echo "FAIL: run output incomplete"; ls -R "$tmp/out"; fail=1; }
exit $fail
