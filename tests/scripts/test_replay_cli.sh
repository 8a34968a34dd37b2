#!/usr/bin/env bash
# scaleplan-cli replay end to end with hand-made recordings (tests/scripts/replay/). Every expected
# decision is a hand calculation with replica_calculator.go / horizontal.go arithmetic (kubernetes.io
# "Horizontal Pod Autoscaling" -> "Algorithm details", "Configurable scaling behavior") and KEDA's
# scale executor (keda.sh "Scaling Deployments"); the working is in the comments below.
set -u
CLI="$SCALEPLAN_BINARY_DIR/app/scaleplan-cli"
DATA="$SCALEPLAN_SOURCE_DIR/tests/scripts/replay"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0

# HPA api-hpa: cpu Utilization 50 %, External queue_depth AverageValue 10, min 1 max 10,
# scaleUp Pods 2/15 s (window 0), scaleDown window 30 s, Percent 20/15 s. Request 500m per pod.
# t=0  current 2: cpu (600+600)*100/1000 = 120 % -> ratio 2.4 -> ceil(2.4*2) = 5; queue 10/(10*2) -> ceil(10/10) = 1;
#      desired 5, up limit 2+2 = 4 -> final 4 (policy).
# t=15 current 4: pod-c started 10 s ago, not ready -> unready; ratio 2.4 > 1 so it counts 0:
#      1200*100/1500 = 80 % -> 1.6 -> ceil(1.6*3) = 5; up-limit period start 4 (t=0 event is exactly 15 s old) -> 6; final 5.
# t=30 current 5: pod-c ready at 30 but within the CPU initialisation period and the sample is < 15 s after the
#      transition -> unready; a,b: 200*100/1000 = 20 % -> 0.4 -> ceil(0.8) = 1; the 30 s down window holds t=15's 5 -> 5 (stabilization).
# t=45 current 5: a,b,c ready: 300*100/1500 = 20 % -> ceil(0.4*3) = 2; window (15,45] holds t=30's 1 -> 2;
#      down limit trunc(5*0.8) = 4 -> final 4 (policy).
# t=60 current 4: pod-c has no cpu sample -> missing, scale-down so it counts 100 %: (200+500)*100/1500 = 46 % -> 0.92,
#      within tolerance -> 4; queue 75/(10*4) = 1.875 -> ceil(75/10) = 8; desired 8, up limit 4+2 = 6 -> final 6 (policy).
"$CLI" replay --hpa "$DATA/hpa.yaml" --metrics "$DATA/metrics.csv" --replicas 2 --format json >"$tmp/hpa.json" 2>"$tmp/hpa.err"
rc=$?
[ $rc = 0 ] && echo "ok: replay exits 0" || { echo "FAIL: replay exit $rc"; cat "$tmp/hpa.err"; fail=1; }
/usr/bin/python3 - "$tmp/hpa.json" <<'PY' || fail=1
import json, sys
d = json.load(open(sys.argv[1]))
want = [  # time, current, ready, raw cpu, raw queue, desired, stabilized, policy, final, limitedBy
    (0, 2, 2, 5, 1, 5, 5, 4, 4, "policy"),
    (15, 4, 2, 5, 1, 5, 5, 5, 5, "none"),
    (30, 5, 3, 1, 1, 1, 5, 5, 5, "stabilization"),
    (45, 5, 3, 2, 1, 2, 2, 4, 4, "policy"),
    (60, 4, 3, 4, 8, 8, 8, 6, 6, "policy"),
]
got = [(s["time_s"], s["currentReplicas"], s["readyPods"], s["rawDesired"]["cpu"], s["rawDesired"]["external/queue_depth"],
        s["desiredReplicas"], s["stabilizedReplicas"], s["policyReplicas"], s["finalReplicas"], s["limitedBy"])
       for s in d["decisions"]]
ok = d["kind"] == "HorizontalPodAutoscaler" and d["metrics"] == ["cpu", "external/queue_depth"]
for w, g in zip(want, got):
    if w != g:
        print("FAIL: decision", g, "expected", w); ok = False
if len(got) != len(want):
    print("FAIL:", len(got), "decisions, expected", len(want)); ok = False
print("ok: HPA replay decisions match the hand calculation" if ok else "FAIL: HPA replay")
sys.exit(0 if ok else 1)
PY

# Text form has one row per decision plus the header lines.
"$CLI" replay --hpa "$DATA/hpa.yaml" --metrics "$DATA/metrics.csv" --replicas 2 >"$tmp/hpa.txt" 2>&1
grep -qP '^60\t4\t3\t4\t8\t8\t8\t6\t6\tpolicy$' "$tmp/hpa.txt" && echo "ok: text row at t=60" || { echo "FAIL: text output"; cat "$tmp/hpa.txt"; fail=1; }

# KEDA worker-scaler: sqs queueLength 5, activation 2, polling 30 s, cooldown 60 s, min 0, max 10, default HPA behavior.
# poll 0: backlog 0 <= 2 inactive, at 0 -> stays 0. poll 30: 12 > 2 -> activation 0 -> 1.
# hpa 30: ceil(12/5) = 3 (limit max(1*2, 1+4) = 5). hpa 45: 12/(5*3) = 0.8 -> ceil(2.4) = 3.
# poll 60, 90: inactive, last active 30 + 60 = 90 is not before 90 -> cooldown-wait; hpa 60..105: raw 0, the
# 300 s down window keeps 3 (stabilization). poll 120: 90 < 120 -> cooldown to 0; hpa 120, 135 skip (0 replicas); poll 150: stays 0.
"$CLI" replay --hpa "$DATA/scaledobject.yaml" --metrics "$DATA/backlog.csv" --replicas 0 --format json >"$tmp/keda.json" 2>&1
/usr/bin/python3 - "$tmp/keda.json" <<'PY' || fail=1
import json, sys
d = json.load(open(sys.argv[1]))
want = [(0, "keda", 0, 0, "none"), (30, "keda", 0, 1, "activation"), (30, "hpa", 1, 3, "none"), (45, "hpa", 3, 3, "none"),
        (60, "keda", 3, 3, "cooldown-wait"), (60, "hpa", 3, 3, "stabilization"), (75, "hpa", 3, 3, "stabilization"),
        (90, "keda", 3, 3, "cooldown-wait"), (90, "hpa", 3, 3, "stabilization"), (105, "hpa", 3, 3, "stabilization"),
        (120, "keda", 3, 0, "cooldown"), (150, "keda", 0, 0, "none")]
got = [(s["time_s"], s["source"], s["currentReplicas"], s["finalReplicas"], s["limitedBy"]) for s in d["decisions"]]
ok = got == want and d["decisions"][2]["rawDesired"]["aws-sqs-queue/backlog"] == 3
if not ok:
    print("FAIL: KEDA replay", got)
print("ok: KEDA replay decisions match the hand calculation" if ok else "FAIL: KEDA replay")
sys.exit(0 if ok else 1)
PY

# Malformed CSV: the bad value is on line 3.
printf 'time_s,pod,metric,value\n0,pod-a,cpu,100m\n15,pod-a,cpu,abc\n' >"$tmp/bad.csv"
"$CLI" replay --hpa "$DATA/hpa.yaml" --metrics "$tmp/bad.csv" >"$tmp/bad.out" 2>&1; rc=$?
# "15,pod-a,cpu," is 13 characters, so the value starts at column 14.
[ $rc = 2 ] && grep -q "bad.csv:3:14: value 'abc'" "$tmp/bad.out" && echo "ok: malformed CSV names file:line:column, exit 2" \
  || { echo "FAIL: malformed CSV (exit $rc)"; cat "$tmp/bad.out"; fail=1; }
printf 'time_s,pod,metric,value\n0,pod-a,cpu\n' >"$tmp/short.csv"
"$CLI" replay --hpa "$DATA/hpa.yaml" --metrics "$tmp/short.csv" >"$tmp/short.out" 2>&1; rc=$?
[ $rc = 2 ] && grep -q "short.csv:2:" "$tmp/short.out" && echo "ok: short row rejected" || { echo "FAIL: short row (exit $rc)"; cat "$tmp/short.out"; fail=1; }
"$CLI" replay --metrics "$DATA/metrics.csv" >/dev/null 2>&1; rc=$?
[ $rc = 2 ] && echo "ok: missing --hpa exits 2" || { echo "FAIL: missing --hpa exit $rc"; fail=1; }

# cpu and memory Utilization targets need one request each: a bare --request (500m, read as bytes of
# memory too) is refused; per resource it works. 2 pods at 400m of 500m = 80 % cpu (target 50:
# ratio 1.6 -> ceil(3.2) = 4) and 256Mi of 512Mi = 50 % memory (target 80: 0.625 -> ceil(1.25) = 2):
# the max, 4 (default scale-up allows max(+4, x2) = 4).
printf 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\nspec:\n  scaleTargetRef: {kind: Deployment, name: api}\n  minReplicas: 1\n  maxReplicas: 10\n  metrics:\n  - type: Resource\n    resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}\n  - type: Resource\n    resource: {name: memory, target: {type: Utilization, averageUtilization: 80}}\n' >"$tmp/two.yaml"
printf 'time_s,pod,metric,value,ready,started_s\n0,a,cpu,400m,true,-1000\n0,b,cpu,400m,true,-1000\n0,a,memory,256Mi,true,-1000\n0,b,memory,256Mi,true,-1000\n' >"$tmp/two.csv"
"$CLI" replay --hpa "$tmp/two.yaml" --metrics "$tmp/two.csv" --replicas 2 --request 500m >"$tmp/two.out" 2>&1; rc=$?
[ $rc = 2 ] && grep -q "give each its request" "$tmp/two.out" && echo "ok: one --request for cpu and memory is refused" \
  || { echo "FAIL: bare --request with two resources (exit $rc)"; cat "$tmp/two.out"; fail=1; }
"$CLI" replay --hpa "$tmp/two.yaml" --metrics "$tmp/two.csv" --replicas 2 --request cpu=500m --request memory=512Mi --format json >"$tmp/two.json" 2>&1
python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["decisions"][0]; sys.exit(0 if d["finalReplicas"] == 4 else 1)' "$tmp/two.json" \
  && echo "ok: per-resource requests give the hand-calculated 4" || { echo "FAIL: per-resource --request"; cat "$tmp/two.json"; fail=1; }
exit $fail
