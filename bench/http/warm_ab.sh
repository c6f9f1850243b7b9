#!/usr/bin/env bash
# The warm path A/B (docs/performance.md "Warm path (P3.3)"): one article from the N-article corpus, served warm by
# BASE's Release build, by this tree's with the warm path off (Marquee:OutputCache:NodeMemoryMegabytes=0) and on, and by
# a tuned nginx serving the same bytes; ROUNDS rounds of wrk per Accept-Encoding, every server in turn, printing req/s
# and the CPU each request cost the server (utime + stime from /proc, over the requests wrk counted).
# Usage: bench/http/warm_ab.sh [BASE=main] [N=2000] [ROUNDS=3]   (ports 6101-6104; everything stops on exit)
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:-main} n=${2:-2000} rounds=${3:-3}
out=bench/out/warm-ab
rm -rf "$out"; mkdir -p "$out/static" "$out/nginx"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; [ -f "$out/nginx/nginx.pid" ] && kill "$(cat "$out/nginx/nginx.pid")" 2>/dev/null || true' EXIT
publish() { dotnet publish "$1/src/Marquee" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$2" --nologo -v quiet; }
# BASE's files, without a worktree (the repository's worktree list is shared).
mkdir -p "$out/base-tree"; git archive "$base" | tar -x -C "$out/base-tree"
publish "$out/base-tree" "$out/base"; publish . "$out/tree"
python3 ../shared/bench/make_corpus.py "$n" > "$out/corpus.jsonl"
python3 bench/http/corpus_to_ghost.py < "$out/corpus.jsonl" > "$out/corpus-ghost.json"
export Marquee__DataPath="$PWD/$out/data" Marquee__Demo__LoadOnFirstRun=false Marquee__Http__UncachedRequestsPerMinute=0 Logging__LogLevel__Default=Warning
dotnet "$out/tree/marquee.dll" import "$out/corpus-ghost.json" > /dev/null
slug=$(python3 -c "import json,sys; a=[json.loads(l) for l in open(sys.argv[1])]; print(a[len(a)//2]['slug'])" "$out/corpus.jsonl")
serve() { # NAME PORT DLL [SETTING...]
  env "${@:4}" dotnet "$3" serve --urls "http://127.0.0.1:$2" > "$out/serve-$1.log" 2>&1 & pids+=($!); echo $! > "$out/$1.pid"
  until curl -sf -o /dev/null "http://127.0.0.1:$2/readyz"; do sleep 0.2; done
}
serve main 6101 "$out/base/marquee.dll"; serve off 6102 "$out/tree/marquee.dll" Marquee__OutputCache__NodeMemoryMegabytes=0; serve warm 6103 "$out/tree/marquee.dll"
# The bytes a warm hit sends (the first answer is the render, compressed at response compression's level).
for i in 1 2; do curl -sf -o "$out/static/article" "http://127.0.0.1:6103/news/$slug"; curl -sf -H 'Accept-Encoding: br' -o "$out/static/article.br" "http://127.0.0.1:6103/news/$slug"; done
# Tuned as issue 15 asks: keep-alive connections kept for the whole run, sendfile with full packets.
conf="$PWD/$out/nginx"
cat > "$conf/nginx.conf" <<NGINX
worker_processes auto; pid $conf/nginx.pid; error_log $conf/error.log; events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
  server { listen 127.0.0.1:6104; root $PWD/$out/static;
    location = /article { default_type "text/html; charset=utf-8"; }
    location = /article.br { default_type "text/html; charset=utf-8"; add_header Content-Encoding br; add_header Vary Accept-Encoding; } } }
NGINX
nginx -c "$PWD/$out/nginx/nginx.conf"; sleep 0.5
cpu() { local total=0; for p in "$@"; do total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$total"; }
hz=$(getconf CLK_TCK)
for encoding in identity br; do
  for port in 6101 6102 6103; do wrk -t1 -c32 -d5s -H "Accept-Encoding: $encoding" "http://127.0.0.1:$port/news/$slug" > /dev/null; done
  for round in $(seq "$rounds"); do
    for server in nginx main off warm; do
      if [ "$server" = nginx ]; then url=http://127.0.0.1:6104/article; [ "$encoding" = br ] && url+=.br; procs=$(pgrep -P "$(cat "$out/nginx/nginx.pid")")
      else url=http://127.0.0.1:$(case $server in main) echo 6101;; off) echo 6102;; warm) echo 6103;; esac)/news/$slug; procs=$(cat "$out/$server.pid"); fi
      before=$(cpu $procs)
      result=$(wrk -t1 -c32 -d5s -H "Accept-Encoding: $encoding" "$url")
      after=$(cpu $procs)
      requests=$(awk '/requests in/ {print $1}' <<< "$result")
      echo "round $round $encoding $server: $(awk '/Requests\/sec/ {print $2}' <<< "$result") req/s, $(( (after - before) * 1000000 / hz / requests )) µs CPU per request"
    done
  done
done
