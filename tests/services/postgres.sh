#!/usr/bin/env bash
# A throwaway PostgreSQL 15 on 127.0.0.1 for the test suite: `postgres.sh start [PORT]` creates a
# fresh cluster in a temporary folder and prints the admin connection string to export as
# MARQUEE_TEST_POSTGRES; `postgres.sh stop` stops it and deletes the folder. Durability is off:
# the data is thrown away anyway, and the tests run faster.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
folder=/tmp/marquee-test-postgres
case "${1:-}" in
  start)
    port=${2:-55432}
    "$0" stop >/dev/null 2>&1 || true
    mkdir -p "$folder"
    # initdb refuses to run as root; CI runs as root, so the cluster belongs to the postgres user there.
    run=()
    if [ "$(id -u)" = 0 ]; then chown postgres "$folder"; run=(runuser -u postgres --); fi
    "${run[@]}" "$bin/initdb" -D "$folder/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log"
    "${run[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w start \
      -o "-h 127.0.0.1 -p $port -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres"
    ;;
  stop)
    run=()
    if [ "$(id -u)" = 0 ]; then run=(runuser -u postgres --); fi
    [ -d "$folder/data" ] && "${run[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null || true
    rm -rf "$folder"
    ;;
  *)
    echo "usage: $0 start [PORT] | stop" >&2
    exit 2
    ;;
esac
