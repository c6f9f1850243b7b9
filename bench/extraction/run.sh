#!/usr/bin/env bash
# The crawl extraction bench: crawl records from the extraction corpus (lynx dumps), the importer's reading step on
# each, scored against the references beside a keep-everything baseline. `bench/extraction/run.sh [OUT_DIR]`.
# Needs lynx (apt-get install -y lynx) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-${TMPDIR:-/tmp}/marquee-crawl-bench}
python3 bench/extraction/make_records.py "$out" 2>/dev/null
dotnet run -c Release bench/extraction/extract.cs -- "$out" > "$out/extractions.jsonl"
python3 bench/extraction/score.py "$out" "$out/extractions.jsonl" --json "$out/scores.json"
