#!/usr/bin/env bash
# The HTML import bench: the importer's reading step on every page of both extraction benchmarks in
# ../shared/corpus/extraction, scored with each benchmark's own method beside the published figures.
# `bench/extraction/html.sh [OUT_DIR]`. Needs python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-${TMPDIR:-/tmp}/marquee-html-bench}
corpus=../shared/corpus/extraction
mkdir -p "$out"
dotnet run -c Release bench/extraction/extract-html.cs -- "$corpus" "$out" > "$out/extractions.jsonl"
python3 bench/extraction/score_html.py "$corpus" "$out/extractions.jsonl" --json "$out/scores.json"
