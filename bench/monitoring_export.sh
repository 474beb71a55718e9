#!/usr/bin/env bash
# The monitoring export of N organisations (default 20,000; --orgs 150000 for a country):
# the federal monitor's XLSX of every region, authority, municipality and organisation, as
# /monitoring.xlsx writes it, beside the same rows as CSV (/monitoring.csv) and the same XLSX
# written through libxlsxwriter (constant-memory mode; the writer xlsx::Writer replaced) in the
# same run: seconds and peak resident memory, each in a process of its own, over a demo SQLite
# database (`nok demo`, two responses per organisation).
# Usage: bench/monitoring_export.sh [build] [--orgs N]
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
orgs=20000
while [ $# -gt 0 ]; do
  case $1 in
    --orgs) orgs=$2; shift 2 ;;
    *) build=$1; shift ;;
  esac
done
build=$(realpath "$build")
work=$(mktemp -d /tmp/nok-monitoring.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "== demo database: $orgs organisations"
start=$(date +%s)
"$build/nok" demo --db "sqlite:$work/bench.db" --orgs "$orgs" --responses 2 >/dev/null
echo "   filled in $(( $(date +%s) - start )) s"

echo "== baseline: CSV (/monitoring.csv)"
csv=$("$build/bench/nok_monitoring_export_bench" csv "sqlite:$work/bench.db" "$work/out.csv")
echo "$csv"
echo "== baseline: XLSX through libxlsxwriter"
libxlsxwriter=$("$build/bench/nok_monitoring_export_bench_libxlsxwriter" xlsx "sqlite:$work/bench.db" "$work/lxw.xlsx")
echo "$libxlsxwriter"
echo "== XLSX (/monitoring.xlsx, xlsx::Writer)"
xlsx=$("$build/bench/nok_monitoring_export_bench" xlsx "sqlite:$work/bench.db" "$work/out.xlsx")
echo "$xlsx"

seconds() { grep -oE '[0-9.]+ s wall' <<<"$1" | grep -oE '^[0-9.]+'; }
peak() { grep -oE 'peak RSS [0-9.]+' <<<"$1" | grep -oE '[0-9.]+$'; }
printf 'XLSX %s s vs libxlsxwriter %s s vs CSV %s s; peak RSS XLSX %s MB vs libxlsxwriter %s MB vs CSV %s MB (%s organisations; target: 150,000 in < 15 s)\n' \
  "$(seconds "$xlsx")" "$(seconds "$libxlsxwriter")" "$(seconds "$csv")" \
  "$(peak "$xlsx")" "$(peak "$libxlsxwriter")" "$(peak "$csv")" "$orgs"
