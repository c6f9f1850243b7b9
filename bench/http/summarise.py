#!/usr/bin/env python3
"""Turns a run's raw.txt (name rps p50 p99 [timeouts] per round) and metrics.txt into results.md: medians and
ratios to nginx measured in the same run.

Usage: summarise.py OUT_DIR N DURATION TAG_PATH
"""
import os
import statistics
import sys
from collections import defaultdict

out, n, duration, tag = sys.argv[1:5]
SCENARIOS = {"one": "article, one", "rotation": "article, rotation of 200", "home": "home",
             "tag": f"tag page ({tag})", "rss": "RSS (/rss)"}
SERVERS = ("warm", "cold", "nginx")


def ms(latency):
    """wrk's latency (412.00us, 2.55ms, 1.02s) in milliseconds."""
    for unit, scale in (("us", 0.001), ("ms", 1), ("s", 1000)):
        if latency.endswith(unit):
            return float(latency[: -len(unit)]) * scale
    raise ValueError(latency)


runs = defaultdict(list)
for line in open(f"{out}/raw.txt"):
    name, rps, p50, p99, *timeouts = line.split()
    runs[name].append((float(rps), ms(p50), ms(p99), int(timeouts[0]) if timeouts else 0))
metrics, visible = defaultdict(list), defaultdict(list)
for line in open(f"{out}/metrics.txt"):
    key, *values = line.split()
    if key == "publish-visible":  # PATH ms-from-import-exit ms-from-import-start
        visible[values[0]].append((float(values[1]), float(values[2])))
    else:
        metrics[key].append(float(values[0]))


def median(name, i):
    return statistics.median(r[i] for r in runs[name])


def latency(name):
    """p50 / p99; wrk leaves requests slower than its 2 s timeout out of the latencies, so say so."""
    timeouts = sum(r[3] for r in runs[name])
    return f"{median(name, 1):.2f} / {median(name, 2):.2f}" + (f" ({timeouts:,} timeouts > 2 s)" if timeouts else "")


rounds = len(runs["warm-one"])
STORE = {"sqlite": "SQLite", "postgres": "PostgreSQL 15, the warm server's page cache in Redis"}[os.environ.get("BENCH_STORE_LABEL", "sqlite")]
print(f"Corpus: {int(n):,} articles on {STORE}; wrk -t1 -c32 -d{duration} --latency; median of {rounds} round(s). "
      "warm = output cache on, cold = Marquee:OutputCache:Enabled=false (a second server on the same database).\n")
print("| scenario | warm req/s | cold req/s | nginx req/s | warm ÷ nginx | cold ÷ nginx "
      "| warm p50 / p99 ms | cold p50 / p99 ms | nginx p50 / p99 ms |")
print("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |")
for key, label in SCENARIOS.items():
    w, c, x = (median(f"{s}-{key}", 0) for s in SERVERS)
    print(f"| {label} | {w:,.0f} | {c:,.0f} | {x:,.0f} | {w / x:.2f}× | {c / x:.2f}× | "
          + " | ".join(latency(f"{s}-{key}") for s in SERVERS) + " |")

startups = [v for k, v in metrics.items() if k.startswith("startup-readyz-ms-") for v in v]
homes = [v for k, v in metrics.items() if k.startswith("startup-home-ms-") for v in v]
print(f"\nImport of {int(n):,} articles (`marquee import`, Ghost export): {metrics['import-ms'][0] / 1000:.1f} s")
print(f"Startup, process start to first 200 on /readyz: median {statistics.median(startups):.0f} ms "
      f"(of {len(startups)} starts: {', '.join(f'{v:.0f}' for v in startups)}); "
      f"to the first home page (its first render): median {statistics.median(homes):.0f} ms")
print(f"Peak RSS (VmHWM at the end): warm server {metrics['peak-rss-kb-warm'][0] / 1024:.0f} MB, "
      f"cold server {metrics['peak-rss-kb-cold'][0] / 1024:.0f} MB")
print(f"\nPublish to visible (`marquee import` of a one-article export retitling the newest article, "
      f"pages polled on the warm server; import command median {statistics.median(metrics['publish-import-ms']):.0f} ms):\n")
print("| page | after the import exits, median (max) ms | after it starts, median (max) ms |")
print("| --- | ---: | ---: |")
for path, times in visible.items():
    exits, starts = [t[0] for t in times], [t[1] for t in times]
    print(f"| {path} | {statistics.median(exits):.0f} ({max(exits):.0f}) | {statistics.median(starts):.0f} ({max(starts):.0f}) |")

print(f"\nEvery round (req/s): " + "; ".join(
    f"{name} " + ", ".join(f"{r[0]:,.0f}" for r in rs) for name, rs in sorted(runs.items())))
