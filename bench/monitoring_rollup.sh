#!/usr/bin/env bash
# The monitoring roll-up figure: p50/p95 of the national roll-up by region and of one
# region's roll-up by municipality from the maintained aggregates, beside one SQL GROUP BY
# over the raw responses, on SQLite and on PostgreSQL (a throwaway server of its own, or
# the one at NOK_BENCH_POSTGRES_URL). Target: p95 < 100 ms at 150,000 organisations.
# Usage: bench/monitoring_rollup.sh [build] [--orgs 20000] [--responses 5] [--engines "sqlite postgres"]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
shift || true
orgs=20000 responses=5 engines="sqlite postgres"
while [ $# -gt 0 ]; do
  case "$1" in
    --orgs) orgs=$2; shift 2 ;;
    --responses) responses=$2; shift 2 ;;
    --engines) engines=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d /tmp/nok-monitoring.XXXXXX)
source scripts/lib/postgres.sh
cleanup() { stop_postgres; rm -rf "$work"; }
trap cleanup EXIT

for engine in $engines; do
  if [ "$engine" = postgres ]; then
    if [ -n "${NOK_BENCH_POSTGRES_URL:-}" ]; then
      db=$NOK_BENCH_POSTGRES_URL
    else
      start_postgres
      db=$NOK_PG_URL
    fi
  else
    db="sqlite:$work/nok.db"
  fi
  echo "== $engine: $orgs organisations, $responses responses per organisation and year"
  "$build/bench/nok_monitoring_bench" --db "$db" --orgs "$orgs" --responses "$responses"
done
