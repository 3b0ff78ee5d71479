#!/usr/bin/env bash
# `npm run test:e2e`: the Playwright suite against a fresh, seeded database of its own (never the development
# one): the SQLite file e2e/.output/e2e.db, or on PostgreSQL (KECHAN_TEST_POSTGRES_URL set) the database
# kechan_test_e2e. Builds first unless KECHAN_SKIP_BUILD is set (scripts/test.sh builds once for both runs).
set -euo pipefail
cd "$(dirname "$0")/.."
DATABASE_URL="$(npx tsx scripts/prepare-e2e-db.ts)"
export DATABASE_URL
if [ -z "${KECHAN_SKIP_BUILD:-}" ]; then npm run build; fi
npx playwright test "$@"
