#!/usr/bin/env bash
# The submission figure: survey submissions over HTTP, each acknowledged only after a durable
# commit (SQLite synchronous=FULL; PostgreSQL with fsync on), 256 concurrent clients, beside
# raw batched inserts of the same rows in the same engine measured in the same run.
# Clients are signed-in citizens posting to the JSON API with their own idempotency keys
# from many networks (X-Forwarded-For, trusted as behind a proxy), to random organisations.
# Usage: bench/submit.sh [build] [sqlite|postgres]   (needs wrk: scripts/install-deps.sh bench)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
engine=${2:-sqlite}
duration=${NOK_BENCH_SECONDS:-10}
per_thread=$((duration * 15000))  # more than a thread sends: no request repeats
work=$(mktemp -d /tmp/nok-submit.XXXXXX)
source scripts/lib/postgres.sh
cleanup() { kill "${nok_pid:-}" 2>/dev/null || true; wait 2>/dev/null || true; stop_postgres; rm -rf "$work"; }
trap cleanup EXIT
[ -n "${NOK_BENCH_KEEP:-}" ] && trap - EXIT && echo "work dir kept: $work"

if [ "$engine" = postgres ]; then
  start_postgres
  db=$NOK_PG_URL
else
  db="sqlite:$work/nok.db"
fi
echo "== fixture ($engine)"
"$build/bench/nok_submit_fixture" --db "$db" --dir "$work" --orgs 5000 --citizens 50000 --rows 100000 | tee "$work/fixture.out"

port=$(free_port)
NOK_SECRET_KEY=$(cat "$work/key") "$build/nok" serve --db "$db" --listen "127.0.0.1:$port" \
  --trust-forwarded-for 1 --connections 16 >/dev/null 2>"$work/nok.log" &
nok_pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

cat >"$work/submit.lua" <<LUA
-- Requests are made before the run (each thread its own, with unique idempotency keys), so
-- that the client, which shares the machine's two cores with the server, spends its time
-- sending rather than formatting.
local tokens, codes = {}, {}
for line in io.lines("$work/tokens.txt") do tokens[#tokens + 1] = line end
for line in io.lines("$work/codes.txt") do codes[#codes + 1] = line end
local thread_id = 0
local body = '{"idempotency_key":"%s","answers":{"stand_used":1,"stand_ok":1,"site_used":1,"site_ok":0,' ..
  '"comfort_ok":1,"disabled":0,"contact_polite":1,"staff_polite":1,"remote_used":0,"recommend":1,' ..
  '"conditions_ok":1,"overall_ok":1}}'
function setup(thread) thread:set("id", thread_id); thread_id = thread_id + 1 end
local prepared, next_request = {}, 0
function init(args)
  math.randomseed(id * 7919 + os.time())
  for n = 1, $per_thread do
    local headers = {
      ["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
      ["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254)),
    }
    local path = "/api/v1/organisations/" .. codes[math.random(#codes)] .. "/responses"
    prepared[n] = wrk.format("POST", path, headers, string.format(body, id .. "-" .. n .. "-" .. math.random(1e9)))
  end
end
request = function()
  next_request = next_request + 1
  if next_request > #prepared then next_request = 1 end  -- a repeat: answered from its first outcome
  return prepared[next_request]
end
function done(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p99 %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA
echo "== submissions: 256 connections, ${duration}s"
wrk -t2 -c256 -d"${duration}s" --latency -s "$work/submit.lua" "http://127.0.0.1:$port/" >"$work/wrk.out"
kill -TERM "$nok_pid"; wait "$nok_pid" 2>/dev/null || true; nok_pid=

if [ "$engine" = postgres ]; then
  stored=$(psql -qtA "$db" -c "SELECT COUNT(*) FROM responses")
else
  stored=$(sqlite3 "$work/nok.db" "SELECT COUNT(*) FROM responses")
fi
rps=$(awk '/Requests\/sec/{print $2}' "$work/wrk.out")
non2xx=$(awk '/Non-2xx/{print $5}' "$work/wrk.out")
raw=$(awk '/raw batched inserts/{print $(NF-1)}' "$work/fixture.out")
grep -E "p50|Latency" "$work/wrk.out" | head -2
printf 'submissions acknowledged after a durable commit (%s): %s /s (target: SQLite >= 20000, PostgreSQL >= 5000); non-2xx: %s\n' \
  "$engine" "$rps" "${non2xx:-0}"
printf 'responses in the database after the run: %s\n' "$stored"
printf 'baseline raw batched inserts of the same rows (%s): %s rows/s; ratio HTTP/raw: %.0f %%\n' \
  "$engine" "$raw" "$(echo "100 * $rps / $raw" | bc -l)"
