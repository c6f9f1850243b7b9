#!/usr/bin/env python3
"""Turns a run's raw.txt and metrics.txt into results.md (on stdout).

Usage: summarise.py OUT_DIR N DURATION TAG_PATH STORE
raw.txt has `SERVER-SCENARIO[-br] rps p50 p99 timeouts` per wrk run, in round order; metrics.txt `KEY VALUE...` lines.
results.md: medians, each Marquee figure beside nginx's in the same round. STORE is sqlite or postgres.
"""
import statistics
import sys
from collections import defaultdict

SCENARIOS = {"one": "article, one", "rotation": "article, rotation of 200", "home": "home", "tag": "tag page",
             "rss": "RSS (/rss)"}
ENCODINGS = {"": "identity", "-br": "br"}  # the suffix of a measurement's name: wrk ran without or with Accept-Encoding: br
SERVERS = ("warm", "cold", "nginx")
STORES = {"sqlite": "SQLite", "postgres": "PostgreSQL 15, the warm server's page cache in Redis"}


def ms(latency):
    """wrk's latency (412.00us, 2.55ms, 1.02s) in milliseconds."""
    for unit, scale in (("us", 0.001), ("ms", 1), ("s", 1000)):
        if latency.endswith(unit):
            return float(latency[: -len(unit)]) * scale
    raise ValueError(latency)


class Run:
    """One run's measurements: wrk's per round, and the metrics lines."""

    def __init__(self, raw_lines, metric_lines):
        self.wrk = defaultdict(list)  # SERVER-KEY -> [(rps, p50 ms, p99 ms, timeouts)], one per round
        for line in raw_lines:
            name, rps, p50, p99, *timeouts = line.split()
            self.wrk[name].append((float(rps), ms(p50), ms(p99), int(timeouts[0]) if timeouts else 0))
        self.metrics, self.visible, self.page_bytes = defaultdict(list), defaultdict(list), {}
        for line in metric_lines:
            key, *values = line.split()
            if key == "publish-visible":  # PATH ms-from-import-exit ms-from-import-start
                self.visible[values[0]].append((float(values[1]), float(values[2])))
            elif key == "page-bytes":  # SCENARIO ASKED BYTES CONTENT-ENCODING-SENT
                self.page_bytes[(values[0], values[1])] = (int(values[2]), values[3])
            else:
                self.metrics[key].append(float(values[0]))

    def rps(self, server, key):
        return statistics.median(r[0] for r in self.wrk[f"{server}-{key}"])

    def vs_nginx(self, server, key):
        """The median of each round's SERVER ÷ nginx: the two ran back to back, so a swing of the box's load cancels."""
        pairs = zip(self.wrk[f"{server}-{key}"], self.wrk[f"nginx-{key}"])
        return statistics.median(s[0] / x[0] for s, x in pairs)

    def latency(self, server, key):
        """p50 / p99; wrk leaves requests slower than its 2 s timeout out of the latencies, so say so."""
        runs = self.wrk[f"{server}-{key}"]
        timeouts = sum(r[3] for r in runs)
        text = f"{statistics.median(r[1] for r in runs):.2f} / {statistics.median(r[2] for r in runs):.2f}"
        return text + (f" ({timeouts:,} timeouts > 2 s)" if timeouts else "")

    def startups(self):
        return [v for k, vs in self.metrics.items() if k.startswith("startup-readyz-ms-") for v in vs]


def report(run, n, duration, tag, store):
    """results.md, as lines."""
    rounds = len(run.wrk["warm-one"])
    lines = [f"Corpus: {n:,} articles on {STORES[store]}; wrk -t1 -c32 -d{duration} --latency, without and with "
             f"`Accept-Encoding: br`; median of {rounds} round(s). warm = output cache on, cold = "
             "Marquee:OutputCache:Enabled=false (a second server on the same database), nginx = tuned "
             "(keep-alive 100,000 requests, sendfile, tcp_nopush, open_file_cache, a worker per core) serving the bytes "
             "Marquee sent for each encoding. ÷ nginx is the median of each round's ratio.\n",
             "| scenario | encoding | warm req/s | cold req/s | nginx req/s | warm ÷ nginx | cold ÷ nginx "
             "| warm p50 / p99 ms | cold p50 / p99 ms | nginx p50 / p99 ms |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |"]
    for scenario, label in SCENARIOS.items():
        label = f"tag page ({tag})" if scenario == "tag" else label
        for suffix, encoding in ENCODINGS.items():
            k = scenario + suffix
            w, c, x = (run.rps(s, k) for s in SERVERS)
            lines.append(f"| {label} | {encoding} | {w:,.0f} | {c:,.0f} | {x:,.0f} | {run.vs_nginx('warm', k):.2f}× | "
                         f"{run.vs_nginx('cold', k):.3f}× | " + " | ".join(run.latency(s, k) for s in SERVERS) + " |")

    lines += ["\nBytes per page (what Marquee sent; nginx sends the same):\n",
              "| page | identity | asked for br | Content-Encoding sent |", "| --- | ---: | ---: | --- |"]
    for scenario in (s for s in SCENARIOS if (s, "br") in run.page_bytes):
        size, sent = run.page_bytes[(scenario, "br")]
        lines.append(f"| {scenario} | {run.page_bytes[(scenario, 'identity')][0]:,} | {size:,} | {sent} |")

    startups = run.startups()
    homes = [v for k, vs in run.metrics.items() if k.startswith("startup-home-ms-") for v in vs]
    lines += [f"\nImport of {n:,} articles (`marquee import`, Ghost export): {run.metrics['import-ms'][0] / 1000:.1f} s",
              f"Startup, process start to first 200 on /readyz: median {statistics.median(startups):.0f} ms "
              f"(of {len(startups)} starts: {', '.join(f'{v:.0f}' for v in startups)}); "
              f"to the first home page (its first render): median {statistics.median(homes):.0f} ms",
              f"Peak RSS (VmHWM at the end): warm server {run.metrics['peak-rss-kb-warm'][0] / 1024:.0f} MB, "
              f"cold server {run.metrics['peak-rss-kb-cold'][0] / 1024:.0f} MB",
              "\nPublish to visible (`marquee import` of a one-article export retitling the newest article, pages "
              "polled on the warm server; import command median "
              f"{statistics.median(run.metrics['publish-import-ms']):.0f} ms):\n",
              "| page | after the import exits, median (max) ms | after it starts, median (max) ms |",
              "| --- | ---: | ---: |"]
    for path, times in run.visible.items():
        exits, starts = [t[0] for t in times], [t[1] for t in times]
        lines.append(f"| {path} | {statistics.median(exits):.0f} ({max(exits):.0f}) | "
                     f"{statistics.median(starts):.0f} ({max(starts):.0f}) |")

    lines.append("\nEvery round (req/s): " + "; ".join(
        f"{name} " + ", ".join(f"{r[0]:,.0f}" for r in rs) for name, rs in sorted(run.wrk.items())))
    return lines


def main(args):
    if len(args) != 5:
        sys.exit(__doc__)
    out, n, duration, tag, store = args
    with open(f"{out}/raw.txt") as raw, open(f"{out}/metrics.txt") as metrics:
        run = Run(raw, metrics)
    print("\n".join(report(run, int(n), duration, tag, store)))


if __name__ == "__main__":
    main(sys.argv[1:])
