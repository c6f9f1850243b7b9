#!/usr/bin/env bash
# Issue 17's live targets on one node: the update resource's rate against the warm article's in the same run while a
# reporter posts an entry every 5 s (target >= 0.8x), then a simulated audience polling at the server's cadence and
# when each entry reaches its p99 reader (target <= cadence + 1 s). A Release build on the demo content; medians.
# Usage: bench/live/run.sh [ROUNDS=3] [READERS=2000] [ENTRIES=6]   (port 7150; everything it starts stops on exit)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3} readers=${2:-2000} entries=${3:-6} port=7150 out=bench/out/live
rm -rf "$out/data"; mkdir -p "$out"
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT
dotnet publish src/Marquee -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/marquee" --nologo -v quiet
export Marquee__DataPath="$PWD/$out/data" Marquee__Http__UncachedRequestsPerMinute=0 Logging__LogLevel__Default=Warning
email=bench-live@example.com password="bench live reporter password"
dotnet "$out/marquee/marquee.dll" migrate > /dev/null
dotnet "$out/marquee/marquee.dll" demo > /dev/null
echo "$password" | dotnet "$out/marquee/marquee.dll" user add --email "$email" --name "Bench Reporter" --role editor > /dev/null
ulimit -n "$(ulimit -Hn)"
dotnet "$out/marquee/marquee.dll" serve --urls "http://127.0.0.1:$port" > "$out/serve.log" 2>&1 & pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/readyz"; do sleep 0.3; done
python3 bench/live/audience.py "http://127.0.0.1:$port" "$email" "$password" rate "$rounds" 10 | tee "$out/rate.txt"
python3 bench/live/audience.py "http://127.0.0.1:$port" "$email" "$password" audience "$readers" "$entries" | tee "$out/audience.txt"
