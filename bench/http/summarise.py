#!/usr/bin/env python3
"""Turns a run's raw.txt and metrics.txt into results.md (on stdout) and figures.txt.

Usage: summarise.py OUT_DIR N DURATION TAG_PATH STORE [SQLITE_OUT_DIR]
raw.txt has `SERVER-SCENARIO[-br] rps p50 p99 timeouts` per wrk run, in round order; metrics.txt `KEY VALUE...` lines;
settle.txt, if there, `NAME WAITED_MS OTHERS_PERCENT` per wrk run (the wait for idle servers, the box's load then).
results.md: medians, each Marquee figure beside nginx's in the same round, and issue 15's targets, each met or missed.
figures.txt: what the regression gate (baseline.py) compares, `RUN FIGURE VALUE` a line.
STORE is sqlite or postgres; SQLITE_OUT_DIR, a SQLite run at the same N and duration, gives "PostgreSQL within 0.7×".
"""
import os
import statistics
import sys
from collections import defaultdict

from baseline import read_run

SCENARIOS = {"one": "article, one", "rotation": "article, rotation of 200", "home": "home", "tag": "tag page",
             "rss": "RSS (/rss)"}
ENCODINGS = {"": "identity", "-br": "br"}  # the suffix of a measurement's name: wrk ran without or with Accept-Encoding: br
SERVERS = ("warm", "cold", "nginx")
STORES = {"sqlite": "SQLite", "postgres": "PostgreSQL 15, the warm server's page cache in Redis"}
TARGET_N = 100_000
ARTICLES = [s + e for s in ("one", "rotation") for e in ENCODINGS]
HOME_AND_TAG = [s + e for s in ("home", "tag") for e in ENCODINGS]


def ms(latency):
    """wrk's latency (412.00us, 2.55ms, 1.02s) in milliseconds."""
    for unit, scale in (("us", 0.001), ("ms", 1), ("s", 1000)):
        if latency.endswith(unit):
            return float(latency[: -len(unit)]) * scale
    raise ValueError(latency)


def run_key(store, n, duration):
    """What a run is compared with: the same store, corpus size and wrk duration (a 3 s run is not a 15 s run)."""
    return f"{store}-n{n}-{duration}"


class Run:
    """One run's measurements: wrk's per round, and the metrics lines."""

    def __init__(self, raw_lines, metric_lines, settle_lines=()):
        self.wrk = defaultdict(list)  # SERVER-KEY -> [(rps, p50 ms, p99 ms, timeouts)], one per round
        for line in raw_lines:
            name, rps, p50, p99, *timeouts = line.split()
            self.wrk[name].append((float(rps), ms(p50), ms(p99), int(timeouts[0]) if timeouts else 0))
        self.metrics, self.visible, self.page_bytes = defaultdict(list), defaultdict(list), {}
        self.others = [int(line.split()[2]) for line in settle_lines]  # % of the box's CPU others took before each run
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

    def p99(self, server, key):
        return statistics.median(r[2] for r in self.wrk[f"{server}-{key}"])

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

    def load(self):
        """A sentence on what other processes took of the box during the runs, or nothing when it was not measured."""
        if not self.others:
            return ""
        busy = statistics.median(self.others)
        return (f"Other processes took a median {busy:.0f}% of the box's CPU (max {max(self.others)}%) in the idle "
                "100 ms before each wrk run" + (": a busy box, so read the ratios to nginx, not the absolute figures, "
                                                "and run again before believing a failed gate." if busy > 10 else "."))

    def startups(self):
        return [v for k, vs in self.metrics.items() if k.startswith("startup-readyz-ms-") for v in vs]

    def figures(self):
        """The gate's figures: Marquee ÷ nginx per server, scenario and encoding; the warm server's peak RSS; br bytes."""
        figures = {f"{server}-{s}{e}-vs-nginx": round(self.vs_nginx(server, s + e), 4)
                   for server in ("warm", "cold") for s in SCENARIOS for e in ENCODINGS}
        figures["peak-rss-mb-warm"] = round(self.metrics["peak-rss-kb-warm"][0] / 1024)
        for (scenario, asked), (size, _) in sorted(self.page_bytes.items()):
            if asked == "br":
                figures[f"bytes-{scenario}-br"] = size
        return figures


def set_for(n, store, only_sqlite=False):
    """The run a 100,000-article target is set for, when this run (N on STORE) is not that run; else None."""
    if n == TARGET_N and (store == "sqlite" or not only_sqlite):
        return None
    return f"N={TARGET_N:,}" + (" on SQLite" if only_sqlite else "")


def verdict(met, target_run=None):
    """met or missed; TARGET_RUN names the run the target is set for, when this run is not that one."""
    word = "met" if met else "**missed**"
    return f"{word} (the target is set for {target_run}; this run is not that)" if target_run else word


def listing(figures, fmt):
    return " · ".join(f"{k.replace('-br', ' br')} {fmt(v)}" for k, v in figures.items())


def postgres_row(run, store, n, duration, sqlite_out):
    """PostgreSQL's cold renders ÷ SQLite's, each as a ratio to nginx in its own run (the box's load differs between runs)."""
    target = "PostgreSQL cold renders within 0.7× of SQLite's"
    if store != "postgres":
        return target, "measured by the PostgreSQL run (`BENCH_STORE=postgres`) at the same N", "—"
    path = os.path.join(sqlite_out or "", "figures.txt")
    if not sqlite_out or not os.path.exists(path):
        return target, f"no SQLite run at N={n:,} to compare with ({path})", "not measured"
    key, sqlite = read_run(sqlite_out)
    if key != run_key("sqlite", n, duration):
        return target, f"the SQLite run in {sqlite_out} is {key}, not N={n:,} at {duration}", "not measured"
    ratios = {k: run.vs_nginx("cold", k) / sqlite[f"cold-{k}-vs-nginx"] for s in SCENARIOS for k in (s, s + "-br")}
    return target, listing(ratios, lambda v: f"{v:.2f}×"), verdict(min(ratios.values()) >= 0.7, set_for(n, store))


def targets(run, store, n, duration, sqlite_out):
    """Issue 15's targets: (target, what this run measured, verdict) rows."""
    sqlite_100k = set_for(n, store, only_sqlite=True)
    cold_rps = {k: run.rps("cold", k) for k in ARTICLES}
    cold_ratio = {k: run.vs_nginx("cold", k) for k in ARTICLES}
    cold_p99 = {k: run.p99("cold", k) for k in ARTICLES}
    home_tag = {k: run.rps("cold", k) for k in HOME_AND_TAG}
    warm_ratio = {k: run.vs_nginx("warm", k) for k in ARTICLES}
    rss = run.metrics["peak-rss-kb-warm"][0] / 1024
    startup = statistics.median(run.startups())
    return [
        ("cold article ≥ 5,000 req/s (100,000 articles, SQLite)", listing(cold_rps, lambda v: f"{v:,.0f}"),
         verdict(min(cold_rps.values()) >= 5000, sqlite_100k)),
        ("cold article ≥ 0.15× tuned nginx", listing(cold_ratio, lambda v: f"{v:.3f}×"),
         verdict(min(cold_ratio.values()) >= 0.15, sqlite_100k)),
        ("cold article p99 ≤ 20 ms", listing(cold_p99, lambda v: f"{v:.1f} ms"),
         verdict(max(cold_p99.values()) <= 20, sqlite_100k)),
        ("cold home and tag ≥ 2,000 req/s", listing(home_tag, lambda v: f"{v:,.0f}"),
         verdict(min(home_tag.values()) >= 2000, sqlite_100k)),
        postgres_row(run, store, n, duration, sqlite_out),
        ("warm article ≥ 0.8× tuned nginx, with and without br", listing(warm_ratio, lambda v: f"{v:.2f}×"),
         verdict(min(warm_ratio.values()) >= 0.8)),
        ("peak RSS ≤ 250 MB at 100,000 articles (warm server)", f"{rss:.0f} MB",
         verdict(rss <= 250, set_for(n, store))),
        ("startup ≤ 1 s (process start to the first 200 on /readyz)", f"median {startup / 1000:.2f} s",
         verdict(startup <= 1000)),
    ]


def report(run, n, duration, tag, store, sqlite_out):
    """results.md, as lines."""
    rounds = len(run.wrk["warm-one"])
    lines = [f"Corpus: {n:,} articles on {STORES[store]}; wrk -t1 -c32 -d{duration} --latency, without and with "
             f"`Accept-Encoding: br`; median of {rounds} round(s). warm = output cache on, cold = "
             "Marquee:OutputCache:Enabled=false (a second server on the same database), nginx = tuned "
             "(keep-alive 100,000 requests, sendfile, tcp_nopush, open_file_cache, a worker per core) serving the bytes "
             f"Marquee sent for each encoding. ÷ nginx is the median of each round's ratio. {run.load()}\n",
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

    lines += [f"\nAgainst issue 15's targets (N={n:,}, {STORES[store]}):\n",
              "| target | measured | verdict |", "| --- | --- | --- |"]
    lines += [f"| {t} | {m} | {v} |" for t, m, v in targets(run, store, n, duration, sqlite_out)]
    lines.append("\nEvery round (req/s): " + "; ".join(
        f"{name} " + ", ".join(f"{r[0]:,.0f}" for r in rs) for name, rs in sorted(run.wrk.items())))
    return lines


def lines_of(path):
    """PATH's lines, or none when the run did not write it (a run from before settle.txt)."""
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return f.readlines()


def main(args):
    if len(args) not in (5, 6):
        sys.exit(__doc__)
    out, n, duration, tag, store = args[:5]
    with open(f"{out}/raw.txt") as raw, open(f"{out}/metrics.txt") as metrics:
        run = Run(raw, metrics, lines_of(f"{out}/settle.txt"))
    print("\n".join(report(run, int(n), duration, tag, store, args[5] if len(args) == 6 else None)))
    key = run_key(store, int(n), duration)
    with open(f"{out}/figures.txt", "w") as f:
        f.write("".join(f"{key} {figure} {value}\n" for figure, value in run.figures().items()))


if __name__ == "__main__":
    main(sys.argv[1:])
