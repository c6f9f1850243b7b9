#!/usr/bin/env bash
# The benchmark suite (issues 5 and 15, docs/performance.md): a Release Marquee with N articles imported
# from a Ghost export, warm (output cache on) and cold (cache off, a second server) next to a tuned nginx
# serving the same bytes per encoding as static files, measured with wrk without and with
# `Accept-Encoding: br` in the same run; plus startup time, peak RSS and publish-to-visible latency.
# Writes bench/out/nN/results.md (each figure beside issue 15's target) and exits 1 when a figure is more
# than 20% worse than the baseline committed in docs/performance.md (bench/http/baseline.py).
# Usage: bench/http/run.sh [--quick] [N=2000] [ROUNDS=3]
#   --quick (or BENCH_QUICK=1): 3 s per wrk run, 1 round, N=200 unless given — a smoke run.
#   BENCH_DURATION / BENCH_WARMUP: seconds per wrk run and per warm-up (default 15s / 5s, quick 3s / 1s).
#   BENCH_PORT_BASE: warm server on it, nginx +1, cold server +2, PostgreSQL +3, Redis +4 (default 5100).
#   BENCH_REUSE=1: keep the out folder's corpus, imported database (SQLite file, or the PostgreSQL cluster,
#   which a run leaves stopped in its folder for this) and import time from an earlier run at the same N
#   (importing 100,000 articles takes minutes); everything else is measured again.
#   BENCH_STORE=postgres: the production shape instead — PostgreSQL 15 for the database and a throwaway
#   Redis for the warm server's page cache (tests/services/*.sh); results in bench/out/nN-postgres.
set -euo pipefail
main() { # the whole script is read before it runs, so editing it mid-run cannot derail a run
cd "$(dirname "$0")/../.."
quick=${BENCH_QUICK:-0}
[ "${1:-}" = --quick ] && { quick=1; shift; }
if [ "$quick" = 1 ]; then n=${1:-200} rounds=${2:-1} duration=3s warmup=1s; else n=${1:-2000} rounds=${2:-3} duration=15s warmup=5s; fi
duration=${BENCH_DURATION:-$duration} warmup=${BENCH_WARMUP:-$warmup}
store=${BENCH_STORE:-sqlite}
case "$store" in sqlite) out=bench/out/n$n ;; postgres) out=bench/out/n$n-postgres ;; *) echo "BENCH_STORE is sqlite or postgres" >&2; exit 2 ;; esac
port_base=${BENCH_PORT_BASE:-5100}
warm_port=$port_base nginx_port=$((port_base + 1)) cold_port=$((port_base + 2))
postgres_port=$((port_base + 3)) redis_port=$((port_base + 4))
warm="http://127.0.0.1:$warm_port" cold="http://127.0.0.1:$cold_port" static="http://127.0.0.1:$nginx_port"
imported=$out/data/marquee.db
[ "$store" = postgres ] && imported=$out/postgres/data
reuse=0
if [ "${BENCH_REUSE:-0}" = 1 ] && [ -e "$imported" ] && grep -q '^import-ms ' "$out/metrics.txt" 2>/dev/null; then
  reuse=1
  grep '^import-ms ' "$out/metrics.txt" > "$out/import-ms.txt"
  find "$out" -mindepth 1 -maxdepth 1 ! -name data ! -name postgres ! -name 'corpus*' ! -name import-ms.txt -exec rm -rf {} +
  mv "$out/import-ms.txt" "$out/metrics.txt"
else
  [ -d "$out/postgres/data" ] && tests/services/postgres.sh stop "$PWD/$out/postgres"
  rm -rf "$out"
fi
mkdir -p "$out/static" "$out/nginx"

command -v wrk >/dev/null && command -v nginx >/dev/null || { apt-get update -q && apt-get install -y -q wrk nginx-light; }

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$out/nginx/nginx.pid" ] && kill "$(cat "$out/nginx/nginx.pid")" 2>/dev/null || true
  # The cluster stays on disk, stopped, for BENCH_REUSE=1; the next run without it deletes it.
  if [ "$store" = postgres ]; then tests/services/postgres.sh pause "$PWD/$out/postgres" || true; tests/services/redis.sh stop "$PWD/$out/redis" || true; fi
}
trap stop_all EXIT

scenarios=(one rotation home tag rss)
encodings=(identity br)
runs=$(( rounds * ${#scenarios[@]} * ${#encodings[@]} * 3 ))
echo "== Time budget: $runs wrk runs of $duration ($rounds round(s) × ${#scenarios[@]} scenarios × ${#encodings[@]} encodings ×" \
  "warm, cold and nginx) = $(( runs * ${duration%s} )) s, warm-up $(( ${#scenarios[@]} * ${#encodings[@]} * 2 * ${warmup%s} )) s," \
  "$(if [ "$reuse" = 1 ]; then echo "import reused"; elif [ "$store" = sqlite ]; then echo "import of $n articles about $(( n * 4 / 1000 )) s (316 s per 100,000, quiet box)"; else echo "import of $n articles up to $(( n * 50 / 1000 )) s (50 ms an article at load 40: PostgreSQL JIT-compiles each lookup, docs/performance.md)"; fi)," \
  "plus about 2 min for the build, startups and publish-to-visible"
started=$(date +%s)

echo "== Release build (ReadyToRun, as the README's production build)"
dotnet publish src/Marquee -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o bench/out/marquee --nologo -v quiet
dll=bench/out/marquee/marquee.dll

if [ "$reuse" = 0 ]; then
  echo "== Corpus of $n articles (../shared/bench/make_corpus.py), converted to a Ghost export"
  python3 ../shared/bench/make_corpus.py "$n" > "$out/corpus.jsonl"
  python3 bench/http/corpus_to_ghost.py < "$out/corpus.jsonl" > "$out/corpus-ghost.json"
fi

# The cold server renders every request and wrk hammers from one address: no per-client budget here (docs/security.md).
export Marquee__DataPath="$out/data" Marquee__Demo__LoadOnFirstRun=false Marquee__Http__UncachedRequestsPerMinute=0 Logging__LogLevel__Default=Warning
if [ "$store" = postgres ]; then
  echo "== PostgreSQL 15 (its cluster kept, stopped, for BENCH_REUSE) and a throwaway Redis, on 127.0.0.1"
  if [ "$reuse" = 1 ]; then # the cluster an earlier run imported into, on this run's port
    tests/services/postgres.sh pause "$PWD/$out/postgres" 2>/dev/null || true # left running by a killed run
    sed -i "s/ -p [0-9]* / -p $postgres_port /" "$out/postgres/options"
    tests/services/postgres.sh resume "$PWD/$out/postgres"
  else
    tests/services/postgres.sh start "$postgres_port" "$PWD/$out/postgres" > /dev/null
  fi
  export Marquee__Database__Provider=postgres ConnectionStrings__Marquee="Host=127.0.0.1;Port=$postgres_port;Username=postgres;Database=postgres"
  Marquee__Redis=$(tests/services/redis.sh start "$redis_port" "$PWD/$out/redis")
fi
metric() { echo "$1 $2" | tee -a "$out/metrics.txt"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

if [ "$reuse" = 0 ]; then
  echo "== Import"
  start=$(now_ms)
  dotnet "$dll" import "$out/corpus-ghost.json" > "$out/import.log"
  metric import-ms $(( $(now_ms) - start ))
else
  echo "== Import: reusing $imported ($(cat "$out/metrics.txt"))"
fi

# start_server NAME PORT CACHE: starts `marquee serve`, records startup (process start to the first
# 200 on /readyz) and the first home page (its first render, JIT included); sets server_pid.
start_server() {
  local t0 t1
  t0=$(now_ms)
  # Redis holds the warm server's page cache; the cold server has none to share.
  Marquee__Redis=$([ "$3" = true ] && echo "${Marquee__Redis:-}") Marquee__OutputCache__Enabled=$3 dotnet "$dll" serve --urls "http://127.0.0.1:$2" > "$out/serve-$1.log" 2>&1 &
  server_pid=$!
  pids+=("$server_pid")
  until curl -sf -o /dev/null "http://127.0.0.1:$2/readyz"; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$out/serve-$1.log"; exit 1; }
    sleep 0.01
  done
  t1=$(now_ms)
  curl -sf -o /dev/null "http://127.0.0.1:$2/"
  metric "startup-readyz-ms-$1" $(( t1 - t0 ))
  metric "startup-home-ms-$1" $(( $(now_ms) - t0 ))
}

echo "== Startup (three starts and stops, then the two servers measured)"
for i in 1 2 3; do
  start_server "probe$i" "$warm_port" true
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
done
start_server warm "$warm_port" true; warm_pid=$server_pid
start_server cold "$cold_port" false; cold_pid=$server_pid

echo "== Pages measured, and the same bytes for nginx"
python3 - "$out" <<'PY'
import collections, json, sys
out = sys.argv[1]
articles = [json.loads(line) for line in open(f"{out}/corpus.jsonl")]
slugs = [a["slug"] for a in articles]
step = max(1, len(slugs) // 200)
open(f"{out}/one.txt", "w").write(slugs[len(slugs) // 2] + "\n")
open(f"{out}/rotation.txt", "w").write("\n".join(slugs[::step][:200]) + "\n")
# The tag page: the most used tag (a busy tag front, the heaviest listing); the newest article is
# the one publish-to-visible changes (it is on the home page, its first tag's page and the feed).
count = collections.Counter(t["slug"] for a in articles for t in a["tags"])
open(f"{out}/tag.txt", "w").write(count.most_common(1)[0][0] + "\n")
newest = max(articles, key=lambda a: a["published_at"])
open(f"{out}/newest.txt", "w").write(f"{newest['slug']} {newest['tags'][0]['slug']}\n")
PY
one=$(cat "$out/one.txt")
tag_path() { # the tag's page: /tag/SLUG, or /section/SLUG when the tag is a section
  if curl -sf -o /dev/null "$warm/tag/$1"; then echo "/tag/$1"; else echo "/section/$1"; fi
}
tag=$(tag_path "$(cat "$out/tag.txt")")
read -r newest newest_tag < "$out/newest.txt"
newest_tag=$(tag_path "$newest_tag")
echo "article /news/$one; tag page $tag; $(wc -l < "$out/rotation.txt") articles in rotation"

# Every page fetched once from Marquee without and with br: its bytes become static files, and an exact
# nginx location answers with the same body, Content-Type and Content-Encoding (checked below).
python3 bench/http/pages.py save "$out" "$warm" one="/news/$one" home=/ tag="$tag" rss=/rss --more "$out/rotation.txt" \
  | tee -a "$out/metrics.txt"
# nginx tuned as a production static server would be: one worker per core, connections kept for 100,000
# requests (the default 1,000 makes wrk reconnect, which flatters Marquee), sendfile, descriptors cached.
cat > "$out/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $PWD/$out/nginx/nginx.pid;
error_log $PWD/$out/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_requests 100000;
  keepalive_timeout 65s;
  open_file_cache max=1000 inactive=60s;
  open_file_cache_valid 60s;
  etag on;
  # br is served from its own folder, as brotli_static would (the module is not in Debian's nginx).
  map \$http_accept_encoding \$br_variant { default identity; "~*(^|[\\s,])br(\$|[\\s,;])" br; }
  map \$br_variant \$br_encoding { default ""; br br; }
  server {
    listen 127.0.0.1:$nginx_port reuseport;
    root $PWD/$out/static;
    include $PWD/$out/nginx/locations.conf;
  }
}
NGINX
nginx -c "$PWD/$out/nginx/nginx.conf"
sleep 0.5
python3 bench/http/pages.py verify "$out" "$static"

cat > "$out/rotation.lua" <<LUA
-- wrk.format sends wrk.headers, so -H 'Accept-Encoding: br' reaches every path.
local paths = {}
for line in io.lines("$PWD/$out/rotation.txt") do paths[#paths + 1] = "/news/" .. line end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA

target() { # BASE_URL SCENARIO: sets args to wrk's script and URL for the scenario
  case $2 in
    one) args=("$1/news/$one") ;;
    rotation) args=(-s "$out/rotation.lua" "$1/") ;;
    home) args=("$1/") ;;
    tag) args=("$1$tag") ;;
    rss) args=("$1/rss") ;;
  esac
}

encoding_header() { # ENCODING: sets header to wrk's arguments for it, and suffix to the measurement's name
  case $1 in
    identity) header=() suffix="" ;;
    br) header=(-H "Accept-Encoding: br") suffix=-br ;;
  esac
}

busy_ticks() { # the CPU time both Marquee servers have used, in clock ticks (1/100 s)
  awk '{ticks += $14 + $15} END {print ticks}' "/proc/$warm_pid/stat" "/proc/$cold_pid/stat"
}

box_ticks() { # the CPU time every process on the box has used, in clock ticks
  awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat
}

settle() { # NAME: waits, up to 5 s, until both Marquee servers are idle: a server still tiering up or collecting
  # garbage (3–5 s after the warm-up on this box) takes CPU from the next run, whichever server it measures.
  # What the box did in the last, idle 100 ms is other people's load: settle.txt has it beside each wait.
  local before box since others waited=0
  while before=$(busy_ticks) box=$(box_ticks) since=$(now_ms); sleep 0.1; waited=$((waited + 1))
    [ $(( $(busy_ticks) - before )) -gt 1 ] && [ "$waited" -lt 50 ]; do :; done
  others=$(( ($(box_ticks) - box) * 1000 / (($(now_ms) - since) * $(nproc)) ))
  echo "$1 $((waited * 100)) $(( others > 100 ? 100 : others ))" >> "$out/settle.txt" # ticks are coarse: 100 ms can read 110%
}

measure() { # NAME BASE_URL SCENARIO ENCODING
  target "$2" "$3"
  encoding_header "$4"
  settle "$1-$3$suffix"
  local file="$out/wrk-$1-$3$suffix-r$round.txt"
  wrk -t1 -c32 -d"$duration" --latency "${header[@]}" "${args[@]}" > "$file"
  local rps p50 p99 errors timeouts
  rps=$(awk '/Requests\/sec/ {print $2}' "$file")
  p50=$(awk '$1=="50%" {print $2}' "$file")
  p99=$(awk '$1=="99%" {print $2}' "$file")
  errors=$(awk '/Non-2xx/ {print $NF}' "$file")
  timeouts=$(awk '/Socket errors/ {print $NF}' "$file")
  [ -z "$errors" ] || echo "!! $1 $3$suffix: $errors non-2xx responses" >&2
  echo "$1-$3$suffix $rps $p50 $p99 ${timeouts:-0}" | tee -a "$out/raw.txt"
}

echo "== Warm-up ($warmup per scenario, encoding and server: the JIT tiers up, the database's pages are read in)"
for scenario in "${scenarios[@]}"; do
  for encoding in "${encodings[@]}"; do
    encoding_header "$encoding"
    for base in "$warm" "$cold"; do
      target "$base" "$scenario"
      wrk -t1 -c32 -d"$warmup" "${header[@]}" "${args[@]}" > /dev/null
    done
  done
done

echo "== wrk -t1 -c32 -d$duration --latency, $rounds rounds: warm, cold and nginx in turn, without and with br"
for round in $(seq "$rounds"); do
  echo "-- round $round"
  for scenario in "${scenarios[@]}"; do
    for encoding in "${encodings[@]}"; do
      measure warm "$warm" "$scenario" "$encoding"
      measure cold "$cold" "$scenario" "$encoding"
      measure nginx "$static" "$scenario" "$encoding"
    done
  done
done

echo "== Publish to visible (marquee import of a one-article export; pages on the warm server)"
# The writer shares the page cache too, as a newsroom node would: its commit evicts in Redis at once.
Marquee__Redis=${Marquee__Redis:-} python3 bench/http/publish_visible.py "$out/corpus.jsonl" "$newest" "$dll" "$out" "$warm" \
  "/news/$newest" / "$newest_tag" /rss --repeats "$rounds" | tee -a "$out/metrics.txt"

metric peak-rss-kb-warm "$(awk '/VmHWM/ {print $2}' "/proc/$warm_pid/status")"
metric peak-rss-kb-cold "$(awk '/VmHWM/ {print $2}' "/proc/$cold_pid/status")"
python3 bench/http/summarise.py "$out" "$n" "$duration" "$tag" "$store" "bench/out/n$n" | tee "$out/results.md"
echo "== Took $(( ($(date +%s) - started) / 60 )) min $(( ($(date +%s) - started) % 60 )) s"
python3 bench/http/baseline.py check "$out" | tee "$out/gate.md" # a failed gate fails the script (set -e, pipefail)
}
main "$@"
