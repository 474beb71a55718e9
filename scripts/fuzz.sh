#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang into build-fuzz/ and runs each for
# SECONDS (default 600), NOK_FUZZ_JOBS targets at a time (default 2), starting from its seeds
# (tests/fuzz/corpus/NAME) and what earlier runs kept (build-fuzz/corpus/NAME). Prints, per
# target, the inputs executed and the coverage reached (libFuzzer's cov: edges and ft:
# features). Fails when a target crashes, leaks, breaks a property or exceeds its time or
# memory; the input is kept in build-fuzz/artifacts/NAME/ and replays with
# `build-fuzz/tests/fuzz/nok_fuzz_NAME FILE`.
# Usage: scripts/fuzz.sh [SECONDS] [NAME...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift $(($# > 0 ? 1 : 0))
out=build-fuzz
if [ $# -gt 0 ]; then targets=("$@"); else
  targets=()
  for f in tests/fuzz/*.cpp; do targets+=("$(basename "$f" .cpp)"); done
fi

# -O1 and line tables: fast enough to fuzz, quick to build, readable stacks. Assertions on.
[ -f "$out/build.ninja" ] || CXX=clang++-14 cmake -S . -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" -DNOK_FUZZ=ON -DNOK_BUILD_TESTS=OFF -DNOK_BUILD_BENCH=OFF >/dev/null
cmake --build "$out" -j "$(nproc)" --target nok_fuzz >"$out/build.log" 2>&1 ||
  { tail -n 40 "$out/build.log"; exit 1; }

export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(ls /usr/lib/llvm-*/bin/llvm-symbolizer 2>/dev/null | tail -n 1)}
export UBSAN_OPTIONS=print_stacktrace=1
mkdir -p "$out/logs"
# Memory: an uploaded workbook may inflate to the reader's limits (48 MB of XML), so no single
# allocation above 512 MB and at most 2 GB resident per target; two targets run at once.
fuzz_one() {
  local name=$1 rc=0
  mkdir -p "$out/corpus/$name" "$out/artifacts/$name"
  "$out/tests/fuzz/nok_fuzz_$name" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
    -malloc_limit_mb=512 -print_final_stats=1 -artifact_prefix="$out/artifacts/$name/" \
    "$out/corpus/$name" "tests/fuzz/corpus/$name" >"$out/logs/$name.log" 2>&1 || rc=$?
  echo "$rc" >"$out/logs/$name.rc"
}

jobs=${NOK_FUZZ_JOBS:-2}
for name in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  rm -f "$out/logs/$name.rc"
  fuzz_one "$name" &
done
wait

passed=0 failed=0
for name in "${targets[@]}"; do
  log="$out/logs/$name.log"
  if [ "$(cat "$out/logs/$name.rc" 2>/dev/null)" = 0 ]; then status=ok passed=$((passed + 1))
  else status=FAILED failed=$((failed + 1)); fi
  runs=$(awk '/stat::number_of_executed_units/{print $2}' "$log")
  coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1 || true)
  printf '%-13s %-6s %10s inputs in %ss, %s, corpus %s\n' "$name" "$status" "${runs:-?}" "$seconds" \
    "${coverage:-cov: ?}" "$(find "$out/corpus/$name" -type f | wc -l)"
  if [ "$status" = FAILED ]; then
    grep -E 'ERROR|property broken|runtime error|SUMMARY|#[0-9]+ 0x' "$log" |
      grep -vE 'fuzzer::|libc|__sanitizer_print_stack_trace|_start' | head -n 30 || true
    echo "  log: $log; input: $(ls "$out/artifacts/$name"/* 2>/dev/null | head -n 1)"
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
