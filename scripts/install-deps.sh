#!/usr/bin/env bash
# Installs every Debian package nok needs to build, run and test.
# Idempotent: packages already present are skipped, so a second run costs ~1 s.
# Usage: scripts/install-deps.sh [run|test|bench]   (test and bench add their tools)
set -euo pipefail

run_pkgs=(
  g++ cmake ninja-build ccache pkg-config
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev libboost-program-options1.81-dev
  libsqlite3-dev sqlite3 libpq-dev libkainjow-mustache-dev
  libsodium-dev libcurl4-openssl-dev
  libqrencode-dev libcairo2-dev libpango1.0-dev fonts-paratype
  librsvg2-dev zlib1g-dev  # print: SVG logos (sandboxed: no base file, no external loads); ZIP CRC32 and PNG
  libzbar-dev  # QR codes: tests read printed ones, the website checker reads organisations' sites
  webp-pixbuf-loader  # the website checker: WebP images through gdk-pixbuf (PNG, JPEG, GIF are built in)
  libzip-dev libxml2-dev  # .xlsx workbooks (src/xlsx): reading uploads, packing exports
  libjemalloc-dev  # the server's allocator (src/CMakeLists.txt says why)
)
test_pkgs=(
  libgtest-dev libgmock-dev libbenchmark-dev
  libxlsxwriter-dev  # the benchmarks' baseline for the XLSX writer (bench/libxlsxwriter_writer.cpp), built with them
  postgresql postgresql-client
  zbar-tools qrencode poppler-utils unzip
  python3-aiosmtpd
  haproxy pgbouncer  # the cluster tests: processes behind the balancer, through the pooler
  dpkg-dev  # the package test: cpack computes the package's Depends with dpkg-shlibdeps
  nodejs chromium
  clang-14 libclang-rt-14-dev llvm-14  # fuzzing: clang's libFuzzer and sanitizers, llvm-symbolizer for stacks
)
bench_pkgs=(wrk nginx-light)

wanted=("${run_pkgs[@]}")
case "${1:-run}" in
  test) wanted+=("${test_pkgs[@]}") ;;
  bench) wanted+=("${test_pkgs[@]}" "${bench_pkgs[@]}") ;;
esac
# Debian's npm conflicts with a nodejs that already bundles npm (NodeSource builds).
if [ "${1:-run}" != run ] && ! command -v npm >/dev/null 2>&1; then wanted+=(npm); fi

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
