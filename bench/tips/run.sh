#!/usr/bin/env bash
# The tip line's targets (issue 22): RSS growth while a 20 MB attachment is sent (≤ 50 MB), both as the plain form the
# server seals on arrival and as a tip sealed in the browser (decision 0077), and /tips against the warm article rate
# (≥ 0.8×). A Release build on the demo content with one tip editor; ROUNDS alternated wrk runs of each page, medians.
# Usage: bench/tips/run.sh [ROUNDS=3]   (port 7310; everything it starts stops on exit)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3} port=7310 out=bench/out/tips
rm -rf "$out"; mkdir -p "$out"
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT
dotnet publish src/Marquee -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/marquee" --nologo -v quiet
export Marquee__DataPath="$PWD/$out/data" Marquee__Http__UncachedRequestsPerMinute=0 Logging__LogLevel__Default=Warning \
  Marquee__Tips__SubmissionsPerHour=1000 Marquee__Tips__UnprovenSubmissionsPerMinute=1000
email=bench-tips@example.com password="bench tip editor password"
dotnet "$out/marquee/marquee.dll" migrate > /dev/null
echo "$password" | dotnet "$out/marquee/marquee.dll" user add --email "$email" --name "Bench Tips" --role editor > /dev/null
dotnet "$out/marquee/marquee.dll" user tips --email "$email" > /dev/null
dotnet "$out/marquee/marquee.dll" serve --urls "http://127.0.0.1:$port" > "$out/serve.log" 2>&1 & pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/readyz"; do sleep 0.3; done
python3 bench/tips/memory.py "http://127.0.0.1:$port" "$pid" "$email" "$password" | tee "$out/memory.txt"
slug=$(curl -sf "http://127.0.0.1:$port/" | grep -o 'href="/news/[^"]*"' | head -1 | sed 's#href="/news/##; s#"##')
for url in "/news/$slug" /tips; do wrk -t1 -c32 -d3s "http://127.0.0.1:$port$url" > /dev/null; done
for round in $(seq "$rounds"); do
  for url in "/news/$slug" /tips; do
    echo "$url $(wrk -t1 -c32 -d10s "http://127.0.0.1:$port$url" | awk '/Requests\/sec/ {print $2}')"
  done
done | tee "$out/rates.txt"
python3 - "$out/rates.txt" <<'PY'
import statistics, sys
rates = {}
for line in open(sys.argv[1]):
    url, rate = line.split()
    rates.setdefault("tips" if url == "/tips" else "article", []).append(float(rate))
article, tips = statistics.median(rates["article"]), statistics.median(rates["tips"])
print(f"median req/s: warm article {article:.0f}, /tips {tips:.0f}, ratio {tips / article:.2f} (target >= 0.8)")
PY
