#!/usr/bin/env python3
"""Scores the HTML importer's extractions with each benchmark's own method, beside the published figures.

usage: score_html.py CORPUS_DIR EXTRACTIONS.jsonl [--worst N] [--json OUT]

scrapinghub: precision/recall/F1 over 4-token shingles (\\w+ tokens), each page's counts normalised so long pages do
not weigh more, precision and recall averaged over pages, F1 from the two means (the benchmark's evaluate.py).
trafilatura: each `with` snippet found in the whitespace-normalised text is a true positive, each `without` snippet
found a false positive (at most 6 a side, as its eval_common.py counts), summed over pages.
"""
import argparse
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

PUBLISHED = {"scrapinghub": {"readability.js": 0.947, "trafilatura": 0.960}}
TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_counts(want, got):
    want, got = shingles(want), shingles(got)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp, fp, fn):
    return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp, fp, fn):
    return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)


def scrapinghub(corpus, got):
    truth = json.loads((corpus / "scrapinghub-article-extraction-benchmark" / "ground-truth.json").read_text())
    counts = {key: page_counts(entry.get("articleBody", ""), got.get(f"scrapinghub/{key}", "")) for key, entry in truth.items()}
    p = statistics.mean(precision(*c) for c in counts.values() if c[0] + c[1] > 0)
    r = statistics.mean(recall(*c) for c in counts.values() if c[0] + c[2] > 0)
    per_page = {key: (2 * precision(*c) * recall(*c) / (precision(*c) + recall(*c)) if precision(*c) + recall(*c) else 0.0) for key, c in counts.items()}
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r)}, per_page


def normalise(text):
    return " ".join((text or "").split())


def trafilatura(corpus, got):
    truth = json.loads((corpus / "trafilatura-eval-sample" / "evaldata-sample.json").read_text())
    tp = fp = fn = tn = 0
    per_page = {}
    for entry in truth.values():
        text = normalise(got.get(f"trafilatura/{entry['file']}", ""))
        found = [normalise(s) in text for s in entry.get("with", [])[:6]]
        leaked = [normalise(s) in text for s in entry.get("without", [])[:6]]
        tp += sum(found); fn += len(found) - sum(found); fp += sum(leaked); tn += len(leaked) - sum(leaked)
        per_page[entry["file"]] = (sum(found) / len(found) if found else 1.0) - (sum(leaked) / len(leaked) if leaked else 0.0)
    p, r = tp / (tp + fp), tp / (tp + fn)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r)}, per_page


def same_title(got, want):
    got, want = normalise(got).lower(), normalise(want).lower()
    return got == want or want.startswith(got + " ") or got.startswith(want + " ")


def same_time(got, want):
    from datetime import datetime, timezone
    parse = lambda text: datetime.fromisoformat(text.replace("Z", "+00:00"))
    try:
        want_time = parse(want)
        want_time = want_time if want_time.tzinfo else want_time.replace(tzinfo=timezone.utc)
        return got is not None and parse(got).replace(tzinfo=timezone.utc) == want_time.astimezone(timezone.utc)
    except ValueError:
        return False


def readability(corpus, rows):
    """Mozilla Readability's expected metadata: title, byline and published time, on the pages that give each."""
    checks = {"title": [0, 0], "byline": [0, 0], "publishedTime": [0, 0]}
    misses = []
    for folder in sorted((corpus.parent / "readability").iterdir()):
        expected_file = folder / "expected-metadata.json"
        row = rows.get(f"readability/{folder.name}")
        if not expected_file.exists() or row is None:
            continue
        expected = json.loads(expected_file.read_text())
        if expected.get("readerable") is False:
            continue
        for field, right in (("title", lambda w: same_title(row["headline"], w)),
                             ("byline", lambda w: all(a.lower() in normalise(w).lower() for a in row["authors"]) and row["authors"]),
                             ("publishedTime", lambda w: same_time(row["published"], w))):
            want = expected.get(field)
            if not want:
                continue
            checks[field][1] += 1
            if right(want):
                checks[field][0] += 1
            else:
                misses.append(f"{folder.name} {field}: want {want!r}, got {row['headline'] if field == 'title' else row['authors'] if field == 'byline' else row['published']!r}")
    return checks, misses


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("extractions", type=Path)
    parser.add_argument("--worst", type=int, default=8)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    got, rows = {}, {}
    for line in args.extractions.read_text().splitlines():
        row = json.loads(line)
        got[row["page"]] = row["body"]
        rows[row["page"]] = row
    results = {}
    for name, score in (("scrapinghub", scrapinghub), ("trafilatura", trafilatura)):
        figures, per_page = score(args.corpus, got)
        results[name] = figures
        published = ", ".join(f"{tool} {f1:.3f}" for tool, f1 in PUBLISHED.get(name, {}).items()) or "none on this sample"
        print(f"{name:<12} F1 {figures['f1']:.3f}  precision {figures['precision']:.3f}  recall {figures['recall']:.3f}   (published: {published})")
        for key, value in sorted(per_page.items(), key=lambda kv: kv[1])[:args.worst]:
            print(f"    worst {value:.3f} {key}")
    checks, misses = readability(args.corpus, rows)
    results["readability-metadata"] = {field: {"right": right, "of": total} for field, (right, total) in checks.items()}
    print("readability metadata  " + "  ".join(f"{field} {right}/{total}" for field, (right, total) in checks.items()))
    for miss in misses[:args.worst]:
        print(f"    miss {miss}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    sys.exit(main())
