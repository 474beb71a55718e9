#!/usr/bin/env bash
# Builds the unit, store, app and HTTP suites with AddressSanitizer and UndefinedBehaviorSanitizer
# into build-asan/ (g++, -O1, only the test binaries) and runs them: the store and app suites
# on SQLite and, when NOK_TEST_POSTGRES_URL names a server, on PostgreSQL. Any memory error,
# leak or undefined behaviour fails the run with its stack.
# Usage: scripts/sanitize.sh [GTEST_FILTER]
set -euo pipefail
cd "$(dirname "$0")/.."
out=build-asan
filter=${1:-*}
[ -f "$out/build.ninja" ] || cmake -S . -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
  -DNOK_SANITIZE=ON -DNOK_BUILD_BENCH=OFF >/dev/null
cmake --build "$out" -j "$(nproc)" --target nok_unit_tests nok_store_tests nok_app_tests nok_http_tests >"$out/build.log" 2>&1 ||
  { tail -n 40 "$out/build.log"; exit 1; }

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_init_order=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitize/lsan.supp:print_suppressions=0}
suite() {  # suite NAME ENGINE BINARY: runs one suite, its exit status in $out/NAME.rc
  local name=$1 engine=$2 binary=$3 rc=0
  NOK_TEST_ENGINE=$engine "$binary" --gtest_brief=1 --gtest_filter="$filter" >"$out/$name.log" 2>&1 || rc=$?
  echo "$rc" >"$out/$name.rc"
}
# Two lanes, one a core: the HTTP suite takes as long as the others together.
names=(http unit store.sqlite app.sqlite)
rm -f "$out"/*.rc
suite http "" "$out/tests/nok_http_tests" &
{
  suite unit "" "$out/tests/nok_unit_tests"
  suite store.sqlite sqlite "$out/tests/nok_store_tests"
  if [ -n "${NOK_TEST_POSTGRES_URL:-}" ]; then suite store.postgres postgres "$out/tests/nok_store_tests"; fi
  suite app.sqlite sqlite "$out/tests/nok_app_tests"
} &
wait
if [ -n "${NOK_TEST_POSTGRES_URL:-}" ]; then names+=(store.postgres); fi
passed=0 failed=0
for name in "${names[@]}"; do
  log="$out/$name.log"
  if [ "$(cat "$out/$name.rc" 2>/dev/null)" = 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name under the sanitizers (log: $log)"
    grep -E -A30 'ERROR: (Address|Leak)Sanitizer|runtime error|\[  FAILED  \]' "$log" | head -n 60 || true
  fi
  grep -E '^\[  PASSED  \]|tests? ran' "$log" | tail -n 1 | sed "s/^/$name: /" || true
done
echo "sanitize: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
