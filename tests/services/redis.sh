#!/usr/bin/env bash
# A throwaway Redis on 127.0.0.1 for the test suite: `redis.sh start [PORT] [FOLDER]` starts one with
# no persistence and prints the connection string to export as MARQUEE_TEST_REDIS; `redis.sh stop
# [FOLDER]` stops it. A FOLDER of its own keeps one Redis from stopping another (the benchmark's).
set -euo pipefail
case "${1:-}" in
  start)
    port=${2:-56379}
    folder=${3:-/tmp/marquee-test-redis}
    "$0" stop "$folder" >/dev/null 2>&1 || true
    mkdir -p "$folder"
    redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --daemonize yes \
      --dir "$folder" --pidfile "$folder/redis.pid" --logfile "$folder/redis.log"
    for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
    echo "$port" >"$folder/port"
    echo "127.0.0.1:$port"
    ;;
  stop)
    folder=${2:-/tmp/marquee-test-redis}
    [ -f "$folder/port" ] && redis-cli -p "$(cat "$folder/port")" shutdown nosave >/dev/null 2>&1 || true
    rm -rf "$folder"
    ;;
  *)
    echo "usage: $0 start [PORT] [FOLDER] | stop [FOLDER]" >&2
    exit 2
    ;;
esac
