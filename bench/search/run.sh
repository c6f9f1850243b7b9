#!/usr/bin/env bash
# Issue 16's search targets (docs/performance.md, "Search"): a Release Marquee with N articles of the benchmark
# corpus (../shared/bench/make_corpus.py) imported, then
#   relevance   the judged query set (bench/search/judge.py: 44 queries from the corpus, 10 from the demo), nDCG@10, MRR;
#   latency     uncached /search of 1-3 random corpus words, and /search/suggest of a word being typed, by wrk
#               (p50, p99, queries/s; the page cache is off, so every query runs);
#   size        the index's bytes against the indexed body text's;
#   reindex     `marquee search reindex` of the whole corpus.
# Writes bench/out/search-nN[-postgres]/results.md.
# Usage: bench/search/run.sh [N=100000]
#   BENCH_STORE=postgres: PostgreSQL 15 (a throwaway cluster, kept stopped for BENCH_REUSE) instead of SQLite.
#   BENCH_REUSE=1: keep the imported corpus of an earlier run at the same N (an import of 100,000 takes minutes).
#   BENCH_DURATION: seconds per wrk run (default 15s). BENCH_PORT_BASE: server on it, demo +1, PostgreSQL +3 (7200).
set -euo pipefail
main() {
cd "$(dirname "$0")/../.."
n=${1:-100000} duration=${BENCH_DURATION:-15s} store=${BENCH_STORE:-sqlite} port=${BENCH_PORT_BASE:-7200}
out=bench/out/search-n$n$([ "$store" = postgres ] && echo -postgres || true)
base="http://127.0.0.1:$port" demo="http://127.0.0.1:$((port + 1))"
pg_folder="$PWD/$out/postgres"
if [ "${BENCH_REUSE:-0}" != 1 ] || [ ! -e "$out/import-ms" ]; then
  [ -d "$pg_folder/data" ] && tests/services/postgres.sh stop "$pg_folder"
  rm -rf "$out"
fi
mkdir -p "$out"
rm -rf "$out/demo" "$out/results.md"

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ "$store" = postgres ] && tests/services/postgres.sh pause "$pg_folder" 2>/dev/null || true
}
trap stop_all EXIT

echo "== Release build"
dotnet publish src/Marquee -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o bench/out/search-marquee --nologo -v quiet
dll=bench/out/search-marquee/marquee.dll

export Marquee__DataPath="$out/data" Marquee__Demo__LoadOnFirstRun=false Marquee__Http__UncachedRequestsPerMinute=0 \
  Marquee__Search__UncachedSearchesPerMinute=0 Logging__LogLevel__Default=Warning
if [ "$store" = postgres ]; then
  if [ -d "$pg_folder/data" ]; then tests/services/postgres.sh resume "$pg_folder"; else tests/services/postgres.sh start $((port + 3)) "$pg_folder" > /dev/null; fi
  export Marquee__Database__Provider=postgres ConnectionStrings__Marquee="Host=127.0.0.1;Port=$((port + 3));Username=postgres;Database=postgres"
fi
ms() { echo $(( $(date +%s%N) / 1000000 )); }
result() { echo "| $1 | $2 | $3 |" | tee -a "$out/results.md"; }

if [ ! -e "$out/import-ms" ]; then
  echo "== Corpus of $n articles, imported"
  python3 ../shared/bench/make_corpus.py "$n" > "$out/corpus.jsonl"
  python3 bench/http/corpus_to_ghost.py < "$out/corpus.jsonl" > "$out/corpus-ghost.json"
  start=$(ms)
  dotnet "$dll" import "$out/corpus-ghost.json" > "$out/import.log"
  echo $(( $(ms) - start )) > "$out/import-ms"
fi
python3 bench/search/judge.py make "$out/corpus.jsonl" > "$out/judged.json"
python3 bench/search/judge.py words "$out/corpus.jsonl" > "$out/words.txt"

printf '| figure | measured (%s, %s articles, load %s) | target |\n| --- | --- | --- |\n' "$store" "$n" "$(cut -d' ' -f1 /proc/loadavg)" > "$out/results.md"
echo "== Reindex"
start=$(ms)
dotnet "$dll" search reindex > "$out/reindex.log" < /dev/null
result "\`search reindex\`" "$(( $(ms) - start )) ms" "≤ 60 s at 100,000"
result "index ÷ body text" "$(index_ratio)" "≤ 1.5×"

echo "== Server (page cache off: every query is searched)"
Marquee__OutputCache__Enabled=false dotnet "$dll" serve --urls "$base" > "$out/serve.log" 2>&1 &
pids+=($!)
until curl -sf -o /dev/null "$base/readyz"; do sleep 0.1; done
echo "== Demo server on an empty data folder"
Marquee__DataPath="$out/demo" Marquee__Demo__LoadOnFirstRun=true Marquee__Database__Provider=sqlite ConnectionStrings__Marquee= \
  dotnet "$dll" serve --urls "$demo" > "$out/serve-demo.log" 2>&1 &
pids+=($!)
until curl -sf -o /dev/null "$demo/readyz"; do sleep 0.1; done

echo "== Relevance"
python3 bench/search/judge.py score "$out/judged.json" "$base" bench/search/demo.json "$demo" | tee "$out/relevance.txt"
result "nDCG@10 ($(awk '/^queries/ {print $2}' "$out/relevance.txt") judged queries)" "$(awk '/^ndcg10/ {print $2}' "$out/relevance.txt")" "reported"
result "MRR" "$(awk '/^mrr/ {print $2}' "$out/relevance.txt")" "reported"

echo "== Latency: wrk -t2 -c4 -d$duration --latency, after a 3 s warm-up"
latency search "1-3 word /search" "p99 ≤ 30 ms, ≥ 500 queries/s"
latency suggest "/search/suggest" "p99 ≤ 10 ms"
cat "$out/results.md"
}

# The index's bytes and the body text's, from the database's own catalogue.
index_ratio() {
  local index body
  if [ "$store" = postgres ]; then
    local sql="psql -h 127.0.0.1 -p $((port + 3)) -U postgres -d postgres -Atc"
    index=$($sql "SELECT pg_total_relation_size('search_documents') + pg_total_relation_size('search_terms')")
    body=$($sql "SELECT sum(octet_length(body)) FROM search_documents")
  else
    index=$(sqlite3 "$out/data/marquee.db" "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_index%' OR name LIKE 'search_terms%' OR name LIKE 'sqlite_autoindex_search_terms%'")
    body=$(sqlite3 "$out/data/marquee.db" "SELECT sum(length(CAST(body AS BLOB))) FROM search_index")
  fi
  python3 -c "print(f'{$index / $body:.2f}× ({$index / 1e6:.0f} MB of index for {$body / 1e6:.0f} MB of body text)')"
}

# latency NAME LABEL TARGET: wrk with bench/search/NAME.lua drawing from the corpus's words.
latency() {
  local file="$out/wrk-$1.txt"
  WORDS="$PWD/$out/words.txt" wrk -t2 -c4 -d3s -s "bench/search/$1.lua" "$base" > /dev/null
  WORDS="$PWD/$out/words.txt" wrk -t2 -c4 -d"$duration" --latency -s "bench/search/$1.lua" "$base" > "$file"
  grep -q "Non-2xx" "$file" && { cat "$file"; echo "wrk saw errors" >&2; exit 1; }
  result "$2 p50 · p99 · queries/s" "$(awk '$1=="50%" {print $2}' "$file") · $(awk '$1=="99%" {print $2}' "$file") · $(awk '/Requests\/sec/ {print $2}' "$file")" "$3"
}

main "$@"
