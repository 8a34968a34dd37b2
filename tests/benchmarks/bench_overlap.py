#!/usr/bin/env python3
"""Python ipaddress baseline for the overlap benchmark (tests/benchmarks/bench_cidr.cpp).

Reads the blocks bench_cidr writes (one CIDR per line, the same 100,000 random IPv4 blocks its
R-tree checks), parses them with ipaddress.ip_network, then finds every overlapping pair the
pairwise-with-sort way: sort by (network address, prefix length), and compare each block with the
following ones while they start inside it (CIDR blocks nest or are disjoint, RFC 4632 section
3.1, so every pair that overlaps is found and each once), confirming with
ipaddress.IPv4Network.overlaps(). Prints one machine-readable line:

    python_parse_ms=<float> python_check_ms=<float> pairs=<int> blocks=<int>

usage: bench_overlap.py BLOCKS_FILE
"""
import ipaddress
import sys
import time


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1]) as f:
        lines = [line.strip() for line in f if line.strip()]
    t0 = time.perf_counter()
    nets = [ipaddress.ip_network(line) for line in lines]
    t1 = time.perf_counter()
    order = sorted(range(len(nets)), key=lambda i: (nets[i].network_address, nets[i].prefixlen))
    pairs = 0
    count = len(order)
    for position, i in enumerate(order):
        a = nets[i]
        last = a.broadcast_address
        for k in range(position + 1, count):
            b = nets[order[k]]
            if b.network_address > last:
                break
            if a.overlaps(b):
                pairs += 1
    t2 = time.perf_counter()
    print("python_parse_ms=%.3f python_check_ms=%.3f pairs=%d blocks=%d"
          % ((t1 - t0) * 1000, (t2 - t1) * 1000, pairs, len(nets)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
