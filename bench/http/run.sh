#!/usr/bin/env bash
# HTTP benchmark: a Release Marquee on SQLite with N imported articles, next to nginx serving the
# same bytes as static files, measured with wrk in the same run. Writes bench/out/results.md.
# Usage: bench/http/run.sh [N=2000] [repeats=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-2000}
repeats=${2:-3}
out=bench/out
marquee_port=5100
nginx_port=5101
duration=15s
mkdir -p "$out"
rm -rf "$out/data" "$out/static" "$out/nginx"

command -v wrk >/dev/null && command -v nginx >/dev/null || { apt-get update -q && apt-get install -y -q wrk nginx-light; }

echo "== Release build"
dotnet publish src/Marquee -c Release -o "$out/marquee" --nologo -v quiet

echo "== Corpus of $n articles (../shared/bench/make_corpus.py), converted to a Ghost export"
python3 ../shared/bench/make_corpus.py "$n" > "$out/corpus.jsonl"
python3 bench/http/corpus_to_ghost.py < "$out/corpus.jsonl" > "$out/corpus-ghost.json"

export Marquee__DataPath="$out/data" Marquee__Demo__LoadOnFirstRun=false Logging__LogLevel__Default=Warning
echo "== Import"
start=$(date +%s.%N)
dotnet "$out/marquee/marquee.dll" import "$out/corpus-ghost.json"
import_seconds=$(echo "$(date +%s.%N) - $start" | bc)

cache=${MARQUEE_OUTPUT_CACHE:-true}
Marquee__OutputCache__Enabled=$cache dotnet "$out/marquee/marquee.dll" serve --urls "http://127.0.0.1:$marquee_port" > "$out/serve.log" 2>&1 &
marquee_pid=$!
trap 'kill $marquee_pid 2>/dev/null || true; [ -f "$out/nginx/nginx.pid" ] && kill "$(cat "$out/nginx/nginx.pid")" 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$marquee_port/healthz" >/dev/null; do sleep 0.2; done

echo "== Same bytes for nginx"
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
slugs = [json.loads(line)["slug"] for line in open(f"{out}/corpus.jsonl")]
step = max(1, len(slugs) // 200)
rotation = slugs[::step][:200]
open(f"{out}/one.txt", "w").write(slugs[len(slugs) // 2] + "\n")
open(f"{out}/rotation.txt", "w").write("\n".join(rotation) + "\n")
PY
mkdir -p "$out/static/news" "$out/nginx"
for slug in $(cat "$out/one.txt" "$out/rotation.txt"); do
  curl -sf "http://127.0.0.1:$marquee_port/news/$slug" -o "$out/static/news/$slug"
done
cat > "$out/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $PWD/$out/nginx/nginx.pid;
error_log $PWD/$out/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  etag on;
  server { listen 127.0.0.1:$nginx_port; root $PWD/$out/static; }
}
NGINX
nginx -c "$PWD/$out/nginx/nginx.conf"
sleep 0.5

one=$(cat "$out/one.txt")
cat > "$out/rotation.lua" <<LUA
local paths = {}
for line in io.lines("$PWD/$out/rotation.txt") do paths[#paths + 1] = "/news/" .. line end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA

measure() { # name url [script]
  local script=()
  [ -n "${3:-}" ] && script=(-s "$3")
  wrk -t1 -c32 -d"$duration" --latency "${script[@]}" "$2" > "$out/wrk-$1.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk-$1.txt")
  p50=$(awk '$1=="50%" {print $2}' "$out/wrk-$1.txt")
  p99=$(awk '$1=="99%" {print $2}' "$out/wrk-$1.txt")
  echo "$1 $rps $p50 $p99" | tee -a "$out/raw.txt"
}

rm -f "$out/raw.txt"
echo "== Warm-up (JIT tiers up before anything is measured)"
wrk -t1 -c32 -d5s "http://127.0.0.1:$marquee_port/news/$one" >/dev/null
wrk -t1 -c32 -d5s -s "$out/rotation.lua" "http://127.0.0.1:$marquee_port/" >/dev/null
echo "== wrk -t1 -c32 -d$duration --latency, $repeats rounds (marquee output cache: $cache)"
for round in $(seq "$repeats"); do
  curl -sf "http://127.0.0.1:$marquee_port/news/$one" >/dev/null
  measure "marquee-one" "http://127.0.0.1:$marquee_port/news/$one"
  measure "nginx-one" "http://127.0.0.1:$nginx_port/news/$one"
  measure "marquee-rotation" "http://127.0.0.1:$marquee_port/" "$out/rotation.lua"
  measure "nginx-rotation" "http://127.0.0.1:$nginx_port/" "$out/rotation.lua"
  measure "marquee-home" "http://127.0.0.1:$marquee_port/"
done

rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$marquee_pid/status")
python3 bench/http/summarise.py "$out/raw.txt" "$n" "$import_seconds" "$rss_kb" "$cache" | tee "$out/results.md"
