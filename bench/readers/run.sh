#!/usr/bin/env bash
# Reader traffic against the warm path (issue 21, decision 0070): the demo's seed article served warm by a Release
# build, anonymous (A) and with every other request carrying a signed-in reader's cookie (B), then GET /me signed out
# and signed in, in ROUNDS alternated rounds of wrk in one run. Prints each run's req/s, the medians, B/A (the target
# is >= 0.95) and each /me's ratio to the anonymous article (the target is /me >= 5,000 req/s).
# Usage: bench/readers/run.sh [ROUNDS=3] [SECONDS=10]   (port READERS_BENCH_PORT, 7610; the server stops on exit)
#   READERS_BENCH_DLL=path/marquee.dll uses a build already made instead of publishing one.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3} seconds=${2:-10}
out=bench/out/readers
dll=${READERS_BENCH_DLL:-$out/marquee/marquee.dll}
[ -n "${READERS_BENCH_DLL:-}" ] || dotnet publish src/Marquee -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/marquee" --nologo -v quiet
rm -rf "$out/data"; mkdir -p "$out/data"
site=http://127.0.0.1:${READERS_BENCH_PORT:-7610}
export Marquee__DataPath="$PWD/$out/data" Marquee__Http__UncachedRequestsPerMinute=0 Logging__LogLevel__Default=Warning
dotnet "$dll" serve --urls "$site" > "$out/serve.log" 2>&1 & pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$site/readyz" && curl -sf -o /dev/null "$site/"; do sleep 0.5; done
article=/news/$(curl -sf "$site/" | grep -o 'href="/news/[^"]*"' | head -1 | sed 's|href="/news/||; s|"||')

# A reader signs up as a browser without JavaScript would: the (first) form token, a code mailed (an .eml file: no SMTP
# host), the code typed. The request carries no proof of work and takes one permit of the site-wide budget (decision 0096).
jar=$out/cookies.txt; rm -f "$jar"
token() { curl -sf -b "$jar" -c "$jar" "$site/account" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
email=bench-reader@example.com
curl -sf -o /dev/null -b "$jar" -c "$jar" --data-urlencode "Email=$email" --data-urlencode "__RequestVerificationToken=$(token)" "$site/account?handler=Start"
until code=$(grep -rhoE 'Your sign-in code: [0-9]{6}' "$out/data/mail" 2>/dev/null | grep -oE '[0-9]{6}' | head -1) && [ -n "$code" ]; do sleep 0.2; done
curl -sf -o /dev/null -b "$jar" -c "$jar" --data-urlencode "Email=$email" --data-urlencode "Code=$code" --data-urlencode "__RequestVerificationToken=$(token)" "$site/account?handler=Code"
cookie="marquee-reader=$(awk '$6 == "marquee-reader" { print $7 }' "$jar")"
curl -sf -H "Cookie: $cookie" "$site/me" | grep -q '"signedIn":true' || { echo "the reader did not sign in" >&2; exit 1; }

cat > "$out/half.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  if n % 2 == 0 then return wrk.format("GET", os.getenv("BENCH_PATH"), { ["Cookie"] = os.getenv("BENCH_COOKIE") }) end
  return wrk.format("GET", os.getenv("BENCH_PATH"))
end
LUA
rate() { awk '/Requests\/sec/ { print $2 }'; }
for i in 1 2; do curl -sf -o /dev/null "$site$article"; done
a=() b=() out_me=() in_me=()
for round in $(seq "$rounds"); do
  a+=("$(wrk -t2 -c32 -d"${seconds}s" "$site$article" | rate)")
  b+=("$(BENCH_PATH=$article BENCH_COOKIE=$cookie wrk -t2 -c32 -d"${seconds}s" -s "$out/half.lua" "$site" | rate)")
  out_me+=("$(wrk -t2 -c32 -d"${seconds}s" "$site/me" | rate)")
  in_me+=("$(wrk -t2 -c32 -d"${seconds}s" -H "Cookie: $cookie" "$site/me" | rate)")
  echo "round $round: anonymous ${a[-1]} req/s, half with a reader cookie ${b[-1]} req/s, /me signed out ${out_me[-1]}, signed in ${in_me[-1]}"
done
python3 - "${a[*]}" "${b[*]}" "${out_me[*]}" "${in_me[*]}" <<'PY'
import statistics, sys
a, b, signed_out, signed_in = (statistics.median(float(x) for x in arg.split()) for arg in sys.argv[1:5])
print(f"median anonymous {a:.0f} req/s, half with a reader cookie {b:.0f} req/s, B/A {b / a:.3f}")
print(f"median /me signed out {signed_out:.0f} req/s ({signed_out / a:.2f}x the article), signed in {signed_in:.0f} req/s ({signed_in / a:.2f}x)")
PY
