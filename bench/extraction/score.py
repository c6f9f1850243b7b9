#!/usr/bin/env python3
"""Scores the crawl importer's extractions against the reference bodies and bylines, beside a keep-everything baseline.

usage: score.py RECORDS_DIR EXTRACTIONS.jsonl [--worst N] [--json OUT]

Body: word-F1 (bag of words, lower case; a CJK character counts as a word) of the extracted body against the
reference; a refused record scores 0. Baseline: the whole dump after the first line, kept as the body. Byline: right
when every name of the reference is among the importer's authors (case and spacing aside), on pages whose byline is
visible.
"""
import argparse
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff"
TOKEN = re.compile(rf"[{CJK}]|[^\W{CJK}]+")


def words(text):
    return TOKEN.findall(text.lower())


def f1(got, want):
    got, want = Counter(words(got)), Counter(words(want))
    common = sum((got & want).values())
    if common == 0:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def has_names(got, want):
    """Every name the page's metadata gives is among the importer's (metadata often lists only the first author)."""
    norm = lambda names: {re.sub(r"\s+", " ", n).strip().lower() for n in names}
    return norm(want) <= norm(got)


def summary(label, values):
    return f"{label:<22} mean {statistics.mean(values):.3f}  median {statistics.median(values):.3f}  n={len(values)}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path)
    parser.add_argument("extractions", type=Path)
    parser.add_argument("--worst", type=int, default=10)
    parser.add_argument("--json", type=Path, help="write per-page scores here")
    args = parser.parse_args()
    references = json.loads((args.records / "references.json").read_text(encoding="utf-8"))
    extracted = {json.loads(l)["file"][:-4]: json.loads(l) for l in args.extractions.read_text(encoding="utf-8").splitlines() if l.strip()}
    rows = []
    for key, ref in references.items():
        got = extracted[key]
        dump = (args.records / f"{key}.txt").read_text(encoding="utf-8").split("\n", 1)[1]
        rows.append({
            "key": key, "language": ref["language"], "refused": got["refused"],
            "f1": 0.0 if got["refused"] else f1(got["body"], ref["body"]),
            "baseline": f1(dump, ref["body"]),
            "byline": None if not ref["byline"] else has_names(got["authors"], ref["byline"]),
            "authors": got["authors"], "want": ref["byline"],
        })

    print(summary("body F1 (importer)", [r["f1"] for r in rows]))
    print(summary("body F1 (keep all)", [r["baseline"] for r in rows]))
    print(f"pages F1 >= 0.85: {sum(r['f1'] >= 0.85 for r in rows)}/{len(rows)};  below 0.3: {sum(r['f1'] < 0.3 for r in rows)}")
    worse = [r for r in rows if r["f1"] < r["baseline"]]
    print(f"worse than keep-all: {len(worse)}/{len(rows)}")
    refused = [r for r in rows if r["refused"]]
    print(f"refused: {len(refused)}/{len(rows)}")
    with_byline = [r for r in rows if r["byline"] is not None]
    print(f"bylines right: {sum(r['byline'] for r in with_byline)}/{len(with_byline)} pages that show one"
          f" ({100 * sum(r['byline'] for r in with_byline) / max(1, len(with_byline)):.0f}%);"
          f" names given on pages without one: {sum(bool(r['authors']) for r in rows if r['byline'] is None)}")
    print("per language:")
    for language in sorted({r["language"] for r in rows}, key=lambda l: -sum(r["language"] == l for r in rows)):
        group = [r for r in rows if r["language"] == language]
        print(f"  {language:<8} n={len(group):<4} F1 mean {statistics.mean(r['f1'] for r in group):.3f}"
              f"  keep-all {statistics.mean(r['baseline'] for r in group):.3f}  refused {sum(bool(r['refused']) for r in group)}")
    print(f"worst {args.worst}:")
    for r in sorted(rows, key=lambda r: r["f1"] - r["baseline"] / 1000)[:args.worst]:
        print(f"  {r['f1']:.3f} (keep-all {r['baseline']:.3f}) {r['language']:<5} {r['key'][:16]} {r['refused'] or ''}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
