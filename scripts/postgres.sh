#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and the bench: Debian's postgresql (installed when missing),
# a data directory of its own under .postgres/ on a loopback port, trust authentication.
#   bash scripts/postgres.sh start   # a new, empty server; a server answering on the port already is left as it is
#   bash scripts/postgres.sh resume  # as start, but a data directory left by an earlier run is started again, not
#                                    # wiped (the bench keeps its synthetic stores there: port 55433)
#   bash scripts/postgres.sh stop
#   bash scripts/postgres.sh status  # exit 0 when a server answers on the port
# Port: KECHAN_PG_PORT (55432). The server runs as the `postgres` user when started by root.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${KECHAN_PG_PORT:-55432}"
dir="$PWD/.postgres/$port"

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

command="${1:-start}"
case "$command" in
  start|resume)
    if [ -z "$(bin_dir)" ]; then
      echo "postgres.sh: installing Debian's postgresql" >&2
      export DEBIAN_FRONTEND=noninteractive
      (apt-get update -qq && apt-get install -y -qq postgresql >/dev/null) >&2
    fi
    bin="$(bin_dir)"
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then exit 0; fi
    if [ "$command" = start ] || [ ! -f "$dir/data/PG_VERSION" ]; then
      rm -rf "$dir"
      mkdir -p "$dir"
      if [ "$(id -u)" = 0 ]; then chown -R postgres: "$PWD/.postgres"; fi
      as_owner "'$bin/initdb' -D '$dir/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log'"
    fi
    # fsync off: a throwaway server for tests, nothing to keep across a crash.
    as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start >/dev/null"
    ;;
  status)
    bin="$(bin_dir)"
    [ -n "$bin" ] && "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"
    ;;
  stop)
    bin="$(bin_dir)"
    if [ -d "$dir/data" ]; then as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast stop >/dev/null" || true; fi
    ;;
  *)
    echo "usage: scripts/postgres.sh start|resume|stop|status" >&2
    exit 2
    ;;
esac
