#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests (stack.md pitfall 2).
#   scripts/dev/pg-test.sh start   -> prints TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5433/postgres
#   scripts/dev/pg-test.sh stop    -> stops the cluster by its data dir and removes it
#   scripts/dev/pg-test.sh status
# Env: PG_TEST_DIR (default /tmp/rcep-pg-test), PG_TEST_PORT (default 5433).
# Stops by data dir (pg_ctl -D), never by process name.
set -euo pipefail
DIR="${PG_TEST_DIR:-/tmp/rcep-pg-test}"
PORT="${PG_TEST_PORT:-5433}"
URL="postgres://postgres@127.0.0.1:${PORT}/postgres"

find_bin() {
  local name="$1"
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  local b
  b=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -n "$b" ] && [ -x "$b/$name" ]; then echo "$b/$name"; return; fi
  echo "pg-test: $name not found; install PostgreSQL (apt-get install -y postgresql)" >&2
  exit 1
}

as_pg() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi
}

case "${1:-}" in
  start)
    INITDB=$(find_bin initdb)
    PGCTL=$(find_bin pg_ctl)
    if [ -f "$DIR/postmaster.pid" ] && as_pg "'$PGCTL' -D '$DIR' status" >/dev/null 2>&1; then
      echo "TEST_DATABASE_URL=$URL"
      exit 0
    fi
    rm -rf "$DIR"
    mkdir -p "$DIR"
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$DIR"
    as_pg "'$INITDB' -D '$DIR' --auth=trust -U postgres -E UTF8 >'$DIR.initdb.log' 2>&1" ||
      { cat "$DIR.initdb.log" >&2; exit 1; }
    as_pg "'$PGCTL' -D '$DIR' -l '$DIR/server.log' -o \"-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=on\" -w start >/dev/null" ||
      { cat "$DIR/server.log" >&2; exit 1; }
    echo "TEST_DATABASE_URL=$URL"
    ;;
  stop)
    PGCTL=$(find_bin pg_ctl)
    if [ -d "$DIR" ]; then
      as_pg "'$PGCTL' -D '$DIR' -m fast -w stop >/dev/null 2>&1" || true
      rm -rf "$DIR" "$DIR.initdb.log"
    fi
    echo "pg-test: stopped"
    ;;
  status)
    PGCTL=$(find_bin pg_ctl)
    as_pg "'$PGCTL' -D '$DIR' status"
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
