#!/usr/bin/env bash
# scaleplan-cli cidr info|plan end to end. Expected values come from Python's ipaddress (the
# expressions are written beside each case) and, for the random cases, from ipaddress run live on
# the same blocks: network_address, broadcast_address, num_addresses; AWS usable = num_addresses - 5,
# first usable = network_address + 4, last usable = broadcast_address - 1 (Amazon VPC User Guide,
# "Subnet CIDR blocks": the first four and the last address are reserved).
set -u
CLI="$SCALEPLAN_BINARY_DIR/app/scaleplan-cli"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
expect_rc() { # expected, actual, what
  if [ "$1" != "$2" ]; then echo "FAIL: $3: exit code $2, expected $1"; fail=1; else echo "ok: $3"; fi
}
expect_grep() { # pattern, file, what
  if grep -qE -- "$1" "$2"; then echo "ok: $3"; else echo "FAIL: $3 (no /$1/ in output)"; sed 's/^/    /' "$2" | head -20; fail=1; fi
}

# --- info, fixed cases -------------------------------------------------------------------------
# ipaddress.ip_network('10.0.0.0/16'): network_address 10.0.0.0, broadcast_address 10.0.255.255,
#   num_addresses 65536 -> usable 65531, first usable 10.0.0.4, last usable 10.0.255.254.
# ip_network('192.168.1.0/28'): broadcast 192.168.1.15, num_addresses 16 -> usable 11, 192.168.1.4..192.168.1.14.
# ip_network('2600:1f18:abcd:1201::/64'): broadcast 2600:1f18:abcd:1201:ffff:ffff:ffff:ffff, num_addresses 2**64.
"$CLI" cidr info 10.0.0.0/16 192.168.1.0/28 2600:1f18:abcd:1201::/64 --format json >"$tmp/info.json" 2>"$tmp/info.err"; rc=$?
expect_rc 0 $rc "cidr info of three valid blocks"
/usr/bin/python3 - "$tmp/info.json" <<'PY' || fail=1
import json, sys
d = json.load(open(sys.argv[1]))["blocks"]
want = [
  dict(cidr="10.0.0.0/16", networkAddress="10.0.0.0", prefixLength=16, firstAddress="10.0.0.0", lastAddress="10.0.255.255",
       firstUsableAddress="10.0.0.4", lastUsableAddress="10.0.255.254", totalAddresses=65536, usableAddresses=65531, awsSubnetSize=True),
  dict(cidr="192.168.1.0/28", networkAddress="192.168.1.0", prefixLength=28, lastAddress="192.168.1.15",
       firstUsableAddress="192.168.1.4", lastUsableAddress="192.168.1.14", totalAddresses=16, usableAddresses=11, awsSubnetSize=True),
  dict(cidr="2600:1f18:abcd:1201::/64", family="IPv6", prefixLength=64, lastAddress="2600:1f18:abcd:1201:ffff:ffff:ffff:ffff",
       firstUsableAddress="2600:1f18:abcd:1201::4", lastUsableAddress="2600:1f18:abcd:1201:ffff:ffff:ffff:fffe",
       totalAddresses="2^64", awsSubnetSize=True),
]
ok = len(d) == 3
for got, exp in zip(d, want):
    for k, v in exp.items():
        if got.get(k) != v:
            print("FAIL: info", exp["cidr"], k, "=", got.get(k), "expected", v); ok = False
print("ok: info JSON fixed cases" if ok else "FAIL: info JSON fixed cases")
sys.exit(0 if ok else 1)
PY

"$CLI" cidr info 10.0.0.0/16 >"$tmp/info.txt" 2>&1
expect_grep '^  first usable \(AWS\) +10\.0\.0\.4$' "$tmp/info.txt" "text: first usable 10.0.0.4"
expect_grep '^  usable addresses +65,531' "$tmp/info.txt" "text: 65,531 usable"
# ip_network('10.0.0.0/30').num_addresses == 4 < 5 reserved: no usable address.
"$CLI" cidr info 10.0.0.0/30 >"$tmp/info30.txt" 2>&1
expect_grep '^  usable addresses +0 ' "$tmp/info30.txt" "a /30 has no usable address under AWS rules"
expect_grep 'not a valid AWS subnet size' "$tmp/info30.txt" "a /30 is flagged as no AWS subnet size"

# --- info, random blocks against ipaddress live ---------------------------------------------------
/usr/bin/python3 - >"$tmp/random.txt" <<'PY'
import ipaddress, random
r = random.Random(4632)
for _ in range(300):
    if r.random() < 0.8:
        p = r.randint(0, 32); n = ipaddress.ip_network((r.getrandbits(32), p), strict=False)
    else:
        p = r.randint(0, 128); n = ipaddress.ip_network((r.getrandbits(128), p), strict=False)
    print(n)
PY
"$CLI" cidr info $(cat "$tmp/random.txt") --format json >"$tmp/random.json" 2>"$tmp/random.err"; rc=$?
expect_rc 0 $rc "cidr info of 300 random blocks"
/usr/bin/python3 - "$tmp/random.txt" "$tmp/random.json" <<'PY' || fail=1
import ipaddress, json, sys
blocks = [ipaddress.ip_network(l.strip()) for l in open(sys.argv[1]) if l.strip()]
got = json.load(open(sys.argv[2]))["blocks"]
bad = 0
for n, g in zip(blocks, got):
    hb = n.max_prefixlen - n.prefixlen
    exp = {"cidr": str(n), "networkAddress": str(n.network_address), "lastAddress": str(n.broadcast_address),
           "prefixLength": n.prefixlen,
           "totalAddresses": n.num_addresses if hb <= 53 else "2^%d" % hb,
           "usableAddresses": max(0, n.num_addresses - 5) if hb <= 53 else "2^%d - 5" % hb,
           "firstUsableAddress": str(n.network_address + 4) if n.num_addresses > 5 else None,
           "lastUsableAddress": str(n.broadcast_address - 1) if n.num_addresses > 5 else None}
    for k, v in exp.items():
        if g.get(k) != v:
            bad += 1
            if bad < 10: print("FAIL: random", n, k, g.get(k), "!=", v)
ok = bad == 0 and len(got) == len(blocks)
print("ok: 300 random blocks agree with ipaddress" if ok else "FAIL: random blocks (%d mismatches, %d/%d blocks)" % (bad, len(got), len(blocks)))
sys.exit(0 if ok else 1)
PY

# --- info, bad input -> exit 2 with a clear message ---------------------------------------------------
# ip_network('10.0.0.1/16') raises "has host bits set"; ip_network('10.0.0.1/16', strict=False) = 10.0.0.0/16.
"$CLI" cidr info 10.0.0.1/16 >"$tmp/bad1.out" 2>"$tmp/bad1.err"; rc=$?
expect_rc 2 $rc "host bits set -> exit 2"
expect_grep 'host bits set.*did you mean 10\.0\.0\.0/16' "$tmp/bad1.err" "host bits: says so and suggests 10.0.0.0/16"
"$CLI" cidr info 10.0.0.0/33 >"$tmp/bad2.out" 2>"$tmp/bad2.err"; rc=$?
expect_rc 2 $rc "prefix 33 -> exit 2"
expect_grep "'10\.0\.0\.0/33' is not a CIDR block" "$tmp/bad2.err" "prefix 33 is named"
"$CLI" cidr info 10.0.0.0/16 banana >"$tmp/bad3.out" 2>"$tmp/bad3.err"; rc=$?
expect_rc 2 $rc "one bad block among good ones -> exit 2"
expect_grep '^10\.0\.0\.0/16$' "$tmp/bad3.out" "the good block is still described"
"$CLI" cidr info >/dev/null 2>"$tmp/bad4.err"; rc=$?
expect_rc 2 $rc "no block -> exit 2"
"$CLI" cidr frobnicate >/dev/null 2>&1; rc=$?
expect_rc 2 $rc "unknown cidr subcommand -> exit 2"

# --- plan ----------------------------------------------------------------------------------------------
# Hand-checked plan (tests/model/cidr/tst_subnetplanner.cpp): private /19 at 10.0.0/32/64.0, growth 10.0.96.0/19;
# public /24 at 10.0.128-130.0, growth .131; database hosts:200 -> /24 (ip_network('10.0.0.0/24').num_addresses - 5
# = 251 >= 200, a /25 gives 123) at .132-.134, growth .135.
"$CLI" cidr plan --vpc 10.0.0.0/16 --azs a,b,c --tier private=/19 --tier public=/24 --tier database=hosts:200 --format json \
  >"$tmp/plan.json" 2>"$tmp/plan.err"; rc=$?
expect_rc 0 $rc "cidr plan of the example"
/usr/bin/python3 - "$tmp/plan.json" <<'PY' || fail=1
import ipaddress, json, sys
d = json.load(open(sys.argv[1]))
got = [(s["tier"], s["availabilityZone"], s["cidr"]) for s in d["subnets"]]
want = [("private","a","10.0.0.0/19"),("private","b","10.0.32.0/19"),("private","c","10.0.64.0/19"),
        ("public","a","10.0.128.0/24"),("public","b","10.0.129.0/24"),("public","c","10.0.130.0/24"),
        ("database","a","10.0.132.0/24"),("database","b","10.0.133.0/24"),("database","c","10.0.134.0/24")]
ok = got == want and d["growthBlocks"] == ["10.0.96.0/19","10.0.131.0/24","10.0.135.0/24"]
vpc = ipaddress.ip_network(d["vpc"])
nets = [ipaddress.ip_network(c) for _,_,c in got]  # strict parse: aligned blocks
for i, a in enumerate(nets):
    ok = ok and a.subnet_of(vpc)
    for b in nets[i+1:]:
        ok = ok and not a.overlaps(b)
# free space = VPC minus allocations (ipaddress.collapse_addresses of the exclusion)
free = [vpc]
for a in nets:
    free = [x for f in free for x in (f.address_exclude(a) if a.subnet_of(f) else [f])]
ok = ok and sorted(free) == [ipaddress.ip_network(c) for c in d["freeBlocks"]]
ok = ok and all(s["usableAddresses"] == ipaddress.ip_network(s["cidr"]).num_addresses - 5 for s in d["subnets"])
print("ok: plan JSON matches the hand-checked plan, aligned, inside, disjoint" if ok else "FAIL: plan JSON " + json.dumps(d))
sys.exit(0 if ok else 1)
PY
"$CLI" cidr plan --vpc 10.0.0.0/16 --azs 3 --tier private=/19 >"$tmp/plan.txt" 2>&1; rc=$?
expect_rc 0 $rc "cidr plan with --azs N"
expect_grep '^  private +c +10\.0\.64\.0/19 +8,187$' "$tmp/plan.txt" "text plan row (8192 - 5 = 8,187 usable)"
# 3 x /20 = 3 * ip_network('10.0.0.0/20').num_addresses = 12288 > 4096
"$CLI" cidr plan --vpc 10.0.0.0/20 --azs a,b,c --tier private=/20 >"$tmp/nofit.out" 2>"$tmp/nofit.err"; rc=$?
expect_rc 1 $rc "plan that does not fit -> exit 1"
expect_grep 'needs 12,288 addresses .* has 4,096' "$tmp/nofit.err" "says how much it needs and has"
"$CLI" cidr plan --vpc 10.0.0.0/16 --azs a,b --tier private >/dev/null 2>"$tmp/badtier.err"; rc=$?
expect_rc 2 $rc "malformed tier -> exit 2"
"$CLI" cidr plan --vpc 10.0.0.1/16 --azs a --tier x=/24 >/dev/null 2>"$tmp/badvpc.err"; rc=$?
expect_rc 2 $rc "VPC with host bits -> exit 2"
expect_grep 'did you mean 10\.0\.0\.0/16' "$tmp/badvpc.err" "VPC host bits suggestion"
"$CLI" cidr plan --azs a --tier x=/24 >/dev/null 2>&1; rc=$?
expect_rc 2 $rc "missing --vpc -> exit 2"

# Argument mistakes exit 2 (not 1, "does not fit"): a tier named twice, a subnet larger than the VPC.
"$CLI" cidr plan --vpc 10.0.0.0/16 --azs a,b --tier x=/20 --tier x=/24 >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] && echo "ok: duplicate tier exits 2" || { echo "FAIL: duplicate tier exit $rc"; fail=1; }
"$CLI" cidr plan --vpc 10.0.0.0/16 --azs a,b --tier x=/12 >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] && echo "ok: a /12 tier in a /16 exits 2" || { echo "FAIL: oversized tier exit $rc"; fail=1; }
exit $fail
