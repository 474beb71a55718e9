#!/usr/bin/env bash
# The cluster figure: a mixed load on PostgreSQL — 95 % reads (organisation pages, search, API
# scores), 5 % durable survey submissions, and officials' monitoring through the API — measured
#   1. against one `nok serve` process directly (the baseline: no balancer),
#   2. through HAProxy (deploy/haproxy.cfg) in front of that one process (the balancer's cost),
#   3. through HAProxy in front of two processes.
# Each prints requests/s and p99. On a 2-core machine that also runs wrk and PostgreSQL the
# point is that neither the balancer nor the second process loses throughput, not a doubling.
# Usage: bench/cluster_mixed.sh [build]   (needs wrk and haproxy: scripts/install-deps.sh bench)
#   NOK_BENCH_ORGS (default 150000), NOK_BENCH_RESPONSES counted responses of this year stored
#   in bulk beforehand, with their tallies (default 20000000), NOK_BENCH_SECONDS per
#   configuration (default 10). PostgreSQL runs with NOK_PG_OPTIONS (default: 2 GB of shared
#   buffers, as a deployment of this size would have).
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
orgs=${NOK_BENCH_ORGS:-150000}
responses=${NOK_BENCH_RESPONSES:-20000000}
duration=${NOK_BENCH_SECONDS:-10}
per_thread=$((duration * 20000))  # more than a thread sends: no submission repeats
work=$(mktemp -d /tmp/nok-cluster.XXXXXX)
chmod 755 "$work"
source scripts/lib/postgres.sh
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; stop_postgres; rm -rf "$work"; }
trap cleanup EXIT
[ -n "${NOK_BENCH_KEEP:-}" ] && trap - EXIT && echo "work dir kept: $work"

NOK_PG_OPTIONS=${NOK_PG_OPTIONS:--c shared_buffers=2GB -c max_wal_size=8GB} start_postgres
db=$NOK_PG_URL
echo "== fixture: $orgs organisations, $responses responses"
fixture_start=$SECONDS
"$build/bench/nok_submit_fixture" --db "$db" --dir "$work" --orgs "$orgs" --citizens 20000 --rows 0 \
  --responses "$responses" 2>"$work/fixture.log"
# A deployment's database is settled: its rows vacuumed (hint bits set, the visibility map
# made) and its dirty pages written. Without this the first run measures the bulk load's
# aftermath — autovacuum and a checkpoint of gigabytes — not the service.
psql -qX "$db" -c "VACUUM (ANALYZE) responses" -c "CHECKPOINT" >/dev/null
echo "fixture ready in $((SECONDS - fixture_start)) s ($(tail -n 1 "$work/fixture.log"));" \
  "database $(psql -qtAX "$db" -c "SELECT pg_size_pretty(pg_database_size(current_database()))")"
export NOK_SECRET_KEY NOK_DB=$db NOK_TRUST_FORWARDED_FOR=2
NOK_SECRET_KEY=$(cat "$work/key")
monitoring_token=$("$build/nok" api-token add --name "Министерство (нагрузка)" | grep -oE '[A-Za-z0-9_-]{32,}' | head -n 1)

serve() {  # serve PORT: a process on PORT, started in the background
  "$build/nok" serve --listen "127.0.0.1:$1" --connections 16 >/dev/null 2>>"$work/nok.log" &
  pids+=($!)
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$1/healthz" >/dev/null && return; sleep 0.1; done
  echo "nok serve did not start" >&2; exit 1
}
balance() {  # balance PORT SERVER1 [SERVER2]: HAProxy on PORT in front of the servers
  NOK_HAPROXY_BIND="127.0.0.1:$1" NOK_SERVER_1="127.0.0.1:$2" NOK_SERVER_2="127.0.0.1:${3:-$2}" \
    haproxy -db -f deploy/haproxy.cfg >>"$work/haproxy.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$1/healthz" >/dev/null && break; sleep 0.1; done
  sleep 2.5  # every server passes two health checks
}

cat >"$work/mixed.lua" <<LUA
-- Requests are made before the run (each thread its own, submissions with unique keys), so
-- that the client, which shares the machine's cores with the servers, spends its time sending.
local tokens, codes = {}, {}
for line in io.lines("$work/tokens.txt") do tokens[#tokens + 1] = line end
for line in io.lines("$work/codes.txt") do codes[#codes + 1] = line end
local queries = {"школа", "детский сад", "больница", "библиотека", "музей", "центр", "Казань", "поликлиника"}
local body = '{"idempotency_key":"%s","answers":{"stand_used":1,"stand_ok":1,"site_used":1,"site_ok":0,' ..
  '"comfort_ok":1,"disabled":0,"contact_polite":1,"staff_polite":1,"remote_used":0,"recommend":1,' ..
  '"conditions_ok":1,"overall_ok":1}}'
local thread_id = 0
function setup(thread) thread:set("id", thread_id); thread_id = thread_id + 1 end
local prepared, next_request = {}, 0
local function network() return string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254)) end
function init(args)
  math.randomseed(id * 7919 + os.time())
  for n = 1, $per_thread do
    local r, code = math.random(), codes[math.random(#codes)]
    if r < 0.05 then
      prepared[n] = wrk.format("POST", "/api/v1/organisations/" .. code .. "/responses", {
        ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
        ["X-Forwarded-For"] = network()}, string.format(body, id .. "-" .. n .. "-" .. math.random(1e9)))
    elseif r < 0.06 then
      prepared[n] = wrk.format("GET", "/api/v1/monitoring", {["Authorization"] = "Bearer $monitoring_token"})
    elseif r < 0.66 then
      prepared[n] = wrk.format("GET", "/o/" .. code, {["X-Forwarded-For"] = network()})
    elseif r < 0.86 then
      prepared[n] = wrk.format("GET", "/search?q=" .. queries[math.random(#queries)]:gsub("[^%w]", function(c)
        return string.format("%%%02X", string.byte(c)) end), {["X-Forwarded-For"] = network()})
    else
      prepared[n] = wrk.format("GET", "/api/v1/organisations/" .. code .. "/scores", {["X-Forwarded-For"] = network()})
    end
  end
end
request = function()
  next_request = next_request % #prepared + 1
  return prepared[next_request]
end
function done(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("%.0f requests/s, p50 %.2f ms, p99 %.2f ms, failed %d of %d (status %d, timeout %d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    failed, summary.requests, summary.errors.status, summary.errors.timeout))
end
LUA
load() {  # load NAME PORT
  printf '%-44s ' "$1:"
  wrk -t2 -c64 -d"${duration}s" -s "$work/mixed.lua" "http://127.0.0.1:$2/" | tail -n 1
}

port1=$(free_port) port2=$(free_port) front1=$(free_port) front2=$(free_port)
serve "$port1"
balance "$front1" "$port1"
# Each process first serves the load unmeasured, so that every configuration is measured warm
# (its caches and the database's buffers filled), not the first one cold.
load "warm-up of the first process (not counted)" "$port1"
load "one process, no balancer (baseline)" "$port1"
load "one process behind HAProxy" "$front1"
serve "$port2"
load "warm-up of the second process (not counted)" "$port2"
balance "$front2" "$port1" "$port2"
load "two processes behind HAProxy" "$front2"
echo "responses in the database after the runs: $(psql -qtAX "$db" -c "SELECT COUNT(*) FROM responses")"
