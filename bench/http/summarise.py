#!/usr/bin/env python3
"""Turns bench/out/raw.txt (name rps p50 p99 per round) into a Markdown table of medians and ratios."""
import statistics, sys
from collections import defaultdict

raw, n, import_seconds, rss_kb, cache = sys.argv[1:6]
rounds = defaultdict(list)
for line in open(raw):
    name, rps, p50, p99 = line.split()
    rounds[name].append((float(rps), p50, p99))

def median(name):
    runs = sorted(rounds[name])
    return runs[len(runs) // 2]

print(f"Corpus: {n} articles; import {float(import_seconds):.1f} s; output cache {cache}; peak RSS {int(rss_kb) // 1024} MB\n")
print("| scenario | Marquee req/s | nginx req/s | ratio | Marquee p50 / p99 | nginx p50 / p99 |")
print("| --- | ---: | ---: | ---: | --- | --- |")
for scenario in ("one", "rotation"):
    m, x = median(f"marquee-{scenario}"), median(f"nginx-{scenario}")
    print(f"| article, {scenario} | {m[0]:,.0f} | {x[0]:,.0f} | {m[0] / x[0]:.2f}× | {m[1]} / {m[2]} | {x[1]} / {x[2]} |")
h = median("marquee-home")
print(f"| home | {h[0]:,.0f} | – | – | {h[1]} / {h[2]} | – |")
print(f"\nMedians of {len(rounds['marquee-one'])} rounds; every round: " +
      "; ".join(f"{k} " + ", ".join(f"{r[0]:,.0f}" for r in v) for k, v in sorted(rounds.items())))
