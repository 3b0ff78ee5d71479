#!/usr/bin/env bash
# `npm test`: everything CI checks, on both databases. Typecheck and lint once, one build, then the unit and
# end-to-end suites on SQLite and again on PostgreSQL (a throwaway server: scripts/postgres.sh, which installs
# Debian's postgresql when missing). KECHAN_TEST_PROVIDERS="sqlite" (or "postgresql") runs one of them.
set -euo pipefail
cd "$(dirname "$0")/.."
providers="${KECHAN_TEST_PROVIDERS:-sqlite postgresql}"
pg_port="${KECHAN_PG_PORT:-55432}"

bash scripts/ensure-browser.sh
npm run typecheck
npm run lint
npm run build

started_postgres=""
stop_postgres() { if [ -n "$started_postgres" ]; then KECHAN_PG_PORT="$pg_port" bash scripts/postgres.sh stop; fi; }
trap stop_postgres EXIT

for provider in $providers; do
  case "$provider" in
    sqlite)
      unset KECHAN_TEST_POSTGRES_URL
      ;;
    postgresql)
      # A server already answering on the port (a developer's) is used and left running.
      if ! KECHAN_PG_PORT="$pg_port" bash scripts/postgres.sh status; then
        KECHAN_PG_PORT="$pg_port" bash scripts/postgres.sh start
        started_postgres=1
      fi
      export KECHAN_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$pg_port/postgres"
      ;;
    *)
      echo "test.sh: unknown provider '$provider' in KECHAN_TEST_PROVIDERS (sqlite, postgresql)" >&2
      exit 2
      ;;
  esac
  echo "== kechan: unit tests on $provider"
  npx vitest run
  echo "== kechan: end-to-end tests on $provider"
  KECHAN_SKIP_BUILD=1 bash scripts/e2e.sh
done
