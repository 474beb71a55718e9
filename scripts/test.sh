#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test suite: unit, store (on SQLite
# and on a throwaway PostgreSQL started here), HTTP, CLI, the kill -9 crash test, the same
# suites under the sanitizers (NOK_SANITIZE=0 skips them), the fuzz targets for a short while, and the browser tests
# (docs/testing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
source scripts/lib/build.sh
source scripts/lib/postgres.sh
build_nok

start_postgres
trap stop_postgres EXIT
export NOK_TEST_POSTGRES_URL="$NOK_PG_URL"

timed() {  # timed COMMAND…: runs it and says how long it took
  local start=$SECONDS
  "$@"
  echo "$1: $((SECONDS - start)) s"
}
timed ctest --test-dir build --output-on-failure -j "$(nproc)"
# NOK_SANITIZE=0 skips the sanitizer stage for a quick local run; CI runs it (docs/testing.md).
if [ "${NOK_SANITIZE:-1}" = 1 ]; then timed scripts/sanitize.sh; fi
timed scripts/fuzz.sh "${NOK_FUZZ_SECONDS:-20}"
if [ -x tests/e2e/run.sh ]; then tests/e2e/run.sh build/nok; fi
