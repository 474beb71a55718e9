#!/usr/bin/env bash
# Other forms during a flood of staff sign-ins: the latency of a form that runs on the
# server's write threads (POST /staff/reset for an unknown address, 4 connections) while 200
# connections post sign-ins with invented logins from many networks (X-Forwarded-For, trusted
# as behind a proxy, so the per-network limit does not stop them: the worst case), beside the
# same form without the flood, measured in the same run. Password checks run at the default
# cost (argon2id, 256 MiB) on their own threads and queue (--staff-hash-threads/-queue).
# Usage: bench/staff_login_flood.sh [build] [sqlite|postgres]   (needs wrk: scripts/install-deps.sh bench)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
engine=${2:-sqlite}
duration=${NOK_BENCH_SECONDS:-10}
work=$(mktemp -d /tmp/nok-login-flood.XXXXXX)
source scripts/lib/postgres.sh
cleanup() {
  kill "${flood_pid:-}" "${nok_pid:-}" 2>/dev/null || true
  wait 2>/dev/null || true
  stop_postgres
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$engine" = postgres ]; then
  start_postgres
  db=$NOK_PG_URL
else
  db="sqlite:$work/nok.db"
fi
port=$(free_port)
NOK_SECRET_KEY=$("$build/nok" secret-key) "$build/nok" serve --db "$db" --listen "127.0.0.1:$port" \
  --trust-forwarded-for 1 >/dev/null 2>"$work/nok.log" &
nok_pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

# Forms before sign-in carry the double-submit token: the same value in the field and the cookie.
token=benchmarkformtoken2026
cat >"$work/other.lua" <<LUA
wrk.method = "POST"
wrk.path = "/staff/reset"
wrk.body = "csrf=$token&who=nobody%40example.ru"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "nok_form=$token"
function done(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p99 %.2f ms, %.0f /s, non-2xx %d\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6), summary.errors.status))
end
LUA
cat >"$work/flood.lua" <<LUA
local threads, n = {}, 0
function setup(thread) table.insert(threads, thread) end
function init(args) wrong, busy, limited, other = 0, 0, 0, 0 end
request = function()
  n = n + 1
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "nok_form=$token",
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254)),
  }
  return wrk.format("POST", "/staff/login", headers,
    "csrf=$token&next=&login=intruder" .. math.random(1e9) .. "&password=guess" .. n .. "&code=")
end
function response(status)
  if status == 400 then wrong = wrong + 1 elseif status == 503 then busy = busy + 1
  elseif status == 429 then limited = limited + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local w, b, l, o = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    w, b, l, o = w + t:get("wrong"), b + t:get("busy"), l + t:get("limited"), o + t:get("other")
  end
  io.write(string.format("sign-ins answered: %d checked (400), %d busy (503), %d limited (429), %d other\n", w, b, l, o))
end
LUA

url="http://127.0.0.1:$port/"
echo "== baseline: other forms without the flood, 4 connections, ${duration}s"
wrk -t1 -c4 -d"${duration}s" --latency -s "$work/other.lua" "$url" | tail -1 | tee "$work/baseline.out"
echo "== other forms during a flood of sign-ins (200 connections, invented logins)"
wrk -t1 -c200 -d"$((duration + 4))s" --timeout 60s -s "$work/flood.lua" "$url" >"$work/flood.out" 2>&1 &
flood_pid=$!
sleep 2  # the queue fills
wrk -t1 -c4 -d"${duration}s" --latency -s "$work/other.lua" "$url" | tail -1 | tee "$work/during.out"
wait "$flood_pid" || true
flood_pid=
tail -1 "$work/flood.out"
kill -TERM "$nok_pid"; wait "$nok_pid" 2>/dev/null || true; nok_pid=

printf 'other forms during the flood (%s): %s\n' "$engine" "$(cat "$work/during.out")"
printf 'baseline, the same forms without the flood (%s): %s\n' "$engine" "$(cat "$work/baseline.out")"
