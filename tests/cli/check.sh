# Shared by the CLI shell tests: `check NAME COMMAND…` passes when the command succeeds;
# `finish` prints the closing line that test runners read and sets the exit status.
passed=0 failed=0
check() {
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}
finish() {
  echo "$1: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
