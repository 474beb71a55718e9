#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test suite: unit, store (on SQLite
# and on a throwaway PostgreSQL started here), HTTP, CLI, and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
source scripts/lib/build.sh
source scripts/lib/postgres.sh
build_nok

start_postgres
trap stop_postgres EXIT
export NOK_TEST_POSTGRES_URL="$NOK_PG_URL"

ctest --test-dir build --output-on-failure -j "$(nproc)"
if [ -x tests/e2e/run.sh ]; then tests/e2e/run.sh build/nok; fi
