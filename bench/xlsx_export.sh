#!/usr/bin/env bash
# The export figure: 150,000 rows × 20 columns written as XLSX (xlsx::Writer: a row at a time to
# a temporary file, packed by libzip) beside the same rows written as CSV by csv::Writer and as XLSX
# through libxlsxwriter (constant-memory mode) in the same run: seconds and peak resident memory,
# each in a process of its own.
# Usage: bench/xlsx_export.sh [build] [ROWS=150000]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
rows=${2:-150000}
work=$(mktemp -d /tmp/nok-xlsx.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "== baseline: CSV (csv::Writer)"
csv=$("$build/bench/nok_xlsx_bench" csv "$rows" "$work/out.csv")
echo "$csv"
echo "== baseline: XLSX through libxlsxwriter"
libxlsxwriter=$("$build/bench/nok_xlsx_bench_libxlsxwriter" xlsx "$rows" "$work/lxw.xlsx")
echo "$libxlsxwriter"
echo "== XLSX (xlsx::Writer)"
xlsx=$("$build/bench/nok_xlsx_bench" xlsx "$rows" "$work/out.xlsx")
echo "$xlsx"
# A tenth of the rows: the peak must not grow with the rows.
small=$("$build/bench/nok_xlsx_bench" xlsx "$((rows / 10))" "$work/small.xlsx")
echo "$small"

# The number after `label` in a result line ("peak RSS 5.8 MB" → 5.8).
field() { grep -oE "$1 [0-9.]+" <<<"$2" | grep -oE '[0-9.]+$'; }
seconds() { grep -oE '[0-9.]+ s wall' <<<"$1" | grep -oE '^[0-9.]+'; }
printf 'XLSX %s s vs libxlsxwriter %s s vs CSV %s s (x%.1f); peak RSS XLSX %s MB vs libxlsxwriter %s MB vs CSV %s MB; XLSX with a tenth of the rows %s MB\n' \
  "$(seconds "$xlsx")" "$(seconds "$libxlsxwriter")" "$(seconds "$csv")" \
  "$(echo "$(seconds "$xlsx") / $(seconds "$csv")" | bc -l)" \
  "$(field 'peak RSS' "$xlsx")" "$(field 'peak RSS' "$libxlsxwriter")" "$(field 'peak RSS' "$csv")" \
  "$(field 'peak RSS' "$small")"
