#!/usr/bin/env python3
"""The regression gate: a run's figures against the baseline committed in docs/performance.md (decision 0044).

Usage: baseline.py check OUT_DIR [DOC]   compares OUT_DIR/figures.txt with DOC's baseline lines for the same run
                                         (store, N, wrk duration); exits 1 when a figure is more than 20% worse
       baseline.py update OUT_DIR [DOC]  replaces that run's lines in DOC's baseline with OUT_DIR's figures
The baseline is DOC's fenced `bench-baseline` block: `RUN FIGURE VALUE` lines; `#` starts a comment.
"""
import os
import sys

DOC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "performance.md"))
FENCE = "```bench-baseline"
TOLERANCE = 0.20
LOWER_IS_BETTER = ("peak-rss-", "bytes-")  # the other figures are ratios to nginx: higher is better


def parse(lines):
    """{run: {figure: value}} from `RUN FIGURE VALUE` lines."""
    runs = {}
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            run, figure, value = line.split()
            runs.setdefault(run, {})[figure] = float(value)
    return runs


def block(text):
    """The baseline block's content lines and their span (first, end) in TEXT's lines."""
    lines = text.split("\n")
    if FENCE not in lines:
        raise ValueError(f"no {FENCE} block")
    first = lines.index(FENCE) + 1
    end = lines.index("```", first)
    return lines[first:end], (first, end)


def worse_by(figure, baseline, now):
    """How much worse NOW is than BASELINE, as a fraction (negative: better)."""
    if figure.startswith(LOWER_IS_BETTER):
        return now / baseline - 1
    return 1 - now / baseline


def compare(baseline, now):
    """(rows, regressed): a row per baseline figure and per new one, (figure, baseline, now, verdict)."""
    rows, regressed = [], False
    for figure, was in sorted(baseline.items()):
        if figure not in now:
            rows.append((figure, was, None, "REGRESSED: not measured by this run"))
            regressed = True
            continue
        worse = worse_by(figure, was, now[figure]) if was else 0.0
        if worse > TOLERANCE:
            regressed = True
            rows.append((figure, was, now[figure], f"REGRESSED: {worse:.0%} worse"))
        else:
            rows.append((figure, was, now[figure], "better" if worse < -TOLERANCE else "ok"))
    rows += [(figure, None, value, "new: not in the baseline") for figure, value in sorted(now.items())
             if figure not in baseline]
    return rows, regressed


def read_run(out):
    with open(os.path.join(out, "figures.txt")) as f:
        runs = parse(f)
    if len(runs) != 1:
        raise ValueError(f"{out}/figures.txt holds {len(runs)} runs, not one")
    return next(iter(runs.items()))


def check(out, doc):
    run, now = read_run(out)
    with open(doc) as f:
        baseline = parse(block(f.read())[0]).get(run)
    if not baseline:
        print(f"No baseline for {run} in {os.path.relpath(doc)}: nothing compared. To make this run the baseline: "
              f"python3 bench/http/baseline.py update {out}")
        return 0
    rows, regressed = compare(baseline, now)
    print(f"Regression gate: {run} against {os.path.relpath(doc)} (fails when a figure is more than "
          f"{TOLERANCE:.0%} worse)\n")
    print("| figure | baseline | now | verdict |\n| --- | ---: | ---: | --- |")
    for figure, was, value, word in rows:
        print(f"| {figure} | {'' if was is None else f'{was:g}'} | {'' if value is None else f'{value:g}'} | {word} |")
    print("\nThe gate: " + ("**failed**, a figure regressed by more than 20%" if regressed else "passed"))
    return 1 if regressed else 0


def updated(text, run, figures):
    """TEXT with RUN's baseline lines replaced by FIGURES (other runs' lines and comments kept)."""
    content, (first, end) = block(text)
    kept = [line for line in content if line.split("#", 1)[0].split()[:1] != [run]]
    lines = text.split("\n")
    lines[first:end] = kept + [f"{run} {figure} {value:g}" for figure, value in figures.items()]
    return "\n".join(lines)


def update(out, doc):
    run, figures = read_run(out)
    with open(doc) as f:
        text = f.read()
    with open(doc, "w") as f:
        f.write(updated(text, run, figures))
    print(f"{os.path.relpath(doc)}: the baseline of {run} is now {out}'s {len(figures)} figures")
    return 0


def main(args):
    commands = {"check": check, "update": update}
    if len(args) not in (2, 3) or args[0] not in commands:
        sys.exit(__doc__)
    doc = args[2] if len(args) == 3 else DOC
    try:
        return commands[args[0]](args[1], doc)
    except ValueError as error:
        sys.exit(f"{os.path.relpath(doc)}: {error}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
