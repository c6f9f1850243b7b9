#!/usr/bin/env bash
# A throwaway PostgreSQL 15 on 127.0.0.1 for the test suite: `postgres.sh start [PORT] [FOLDER]`
# creates a fresh cluster in FOLDER and prints the admin connection string to export as
# MARQUEE_TEST_POSTGRES; `postgres.sh stop [FOLDER]` stops it and deletes the folder;
# `postgres.sh pause|resume FOLDER` stops and restarts it keeping its data (an outage).
# Durability is off: the data is thrown away anyway, and the tests run faster.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
run=()
# initdb and postgres refuse to run as root; CI runs as root, so the cluster belongs to the postgres user there.
if [ "$(id -u)" = 0 ]; then run=(runuser -u postgres --); fi
case "${1:-}" in
  start)
    port=${2:-55432}
    folder=${3:-/tmp/marquee-test-postgres}
    "$0" stop "$folder" >/dev/null 2>&1 || true
    mkdir -p "$folder"
    if [ "$(id -u)" = 0 ]; then chown postgres "$folder"; fi
    "${run[@]}" "$bin/initdb" -D "$folder/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log"
    echo "-h 127.0.0.1 -p $port -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >"$folder/options"
    "$0" resume "$folder"
    echo "Host=127.0.0.1;Port=$port;Username=postgres"
    ;;
  pause)
    "${run[@]}" "$bin/pg_ctl" -D "${2:?folder}/data" -m fast -w stop >/dev/null
    ;;
  resume)
    folder=${2:?folder}
    "${run[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w start -o "$(cat "$folder/options")" >/dev/null
    ;;
  stop)
    folder=${2:-/tmp/marquee-test-postgres}
    [ -d "$folder/data" ] && "${run[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null || true
    rm -rf "$folder"
    ;;
  *)
    echo "usage: $0 start [PORT] [FOLDER] | stop [FOLDER] | pause FOLDER | resume FOLDER" >&2
    exit 2
    ;;
esac
