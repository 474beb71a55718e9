#!/usr/bin/env bash
# Organisation page and import figures, each beside its baseline measured in the same run:
#   1. the organisation page over HTTP as a phone asks for it (gzip admitted; wrk, keep-alive,
#      64 connections, random organisations of a 100,000-organisation SQLite database) vs nginx
#      serving the very same pages precompressed (gzip_static), fetched from nok beforehand;
#   2. `nok import-orgs` of 100,000 rows vs a raw SQLite import of the same CSV (sqlite3 .import);
#   3. resident memory of `nok serve` with 100,000 organisations after the load;
#   4. the CPU time each server spends per request under that load (nok's process; nginx's
#      master and workers), from /proc/PID/stat around each wrk run.
# Usage: bench/org_page.sh [build/nok]   (needs wrk and nginx-light: scripts/install-deps.sh bench)
set -euo pipefail
cd "$(dirname "$0")/.."
nok=$(realpath "${1:-build/nok}")
orgs=${NOK_BENCH_ORGS:-100000}
duration=${NOK_BENCH_SECONDS:-10}
work=$(mktemp -d /tmp/nok-bench.XXXXXX)
cleanup() { kill "${nok_pid:-}" "${nginx_pid:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
source scripts/lib/postgres.sh  # for free_port

echo "== data: $orgs organisations"
"$nok" demo --db "sqlite:$work/demo.db" --orgs "$orgs" --seed 1 >/dev/null
sqlite3 -header -csv "$work/demo.db" \
  "SELECT o.code, o.inn, o.full_name, o.short_name, o.region_code AS region, o.sphere, o.level,
          COALESCE(a.name,'') AS authority, o.municipality, o.address, o.website, o.recipients_per_year AS recipients
   FROM organisations o LEFT JOIN authorities a ON a.id = o.authority_id" >"$work/orgs.csv"

echo "== import-orgs ($(($(wc -l <"$work/orgs.csv") - 1)) rows)"
start=$(date +%s.%N)
"$nok" import-orgs --db "sqlite:$work/nok.db" "$work/orgs.csv"
nok_import=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
sqlite3 "$work/raw.db" "PRAGMA journal_mode=WAL;" ".mode csv" ".import $work/orgs.csv raw" >/dev/null
raw_import=$(echo "$(date +%s.%N) - $start" | bc)
printf 'import-orgs: %.2f s (target < 5 s); baseline sqlite3 .import of the same CSV (no validation, no index): %.2f s\n' \
  "$nok_import" "$raw_import"

echo "== organisation page"
port=$(free_port)
"$nok" serve --db "sqlite:$work/nok.db" --listen "127.0.0.1:$port" >"$work/nok.out" 2>"$work/nok.log" &
nok_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
sqlite3 "$work/nok.db" "SELECT code FROM organisations ORDER BY random() LIMIT 2000" >"$work/codes.txt"
sample=$(head -n 1 "$work/codes.txt")
size=$(curl -s "http://127.0.0.1:$port/o/$sample" | wc -c)
# Every sampled page as nok sends it to a phone (gzip) and plain, for nginx to serve the same
# bytes; fetching them also fills nok's cache of compressed pages, as a first visit would.
mkdir -p "$work/www/o"
while read -r code; do
  printf 'url = "http://127.0.0.1:%s/o/%s"\noutput = "%s/www/o/%s"\n' "$port" "$code" "$work" "$code"
done <"$work/codes.txt" >"$work/plain.curl"
sed 's|^output = "\(.*\)"$|output = "\1.gz"|' "$work/plain.curl" >"$work/gzip.curl"
curl -s -K "$work/plain.curl"
curl -s -H 'Accept-Encoding: gzip' -K "$work/gzip.curl"
gzip_size=$(wc -c <"$work/www/o/$sample.gz")
# User and system CPU ticks of a process (all its threads) and of its child processes (nginx's workers).
cpu_ticks() { awk '{t += $14 + $15} END {print t}' "/proc/$1/stat" $(pgrep -P "$1" | sed 's|.*|/proc/&/stat|'); }
cat >"$work/random.lua" <<LUA
local codes = {}
for line in io.lines("$work/codes.txt") do codes[#codes + 1] = line end
local i = 0
request = function()
  i = i % #codes + 1
  return wrk.format("GET", "/o/" .. codes[i], { ["Accept-Encoding"] = "gzip" })
end
LUA
nok_ticks=$(cpu_ticks "$nok_pid")
wrk -t2 -c64 -d"${duration}s" --latency -s "$work/random.lua" "http://127.0.0.1:$port/" >"$work/nok.wrk"
nok_ticks=$(($(cpu_ticks "$nok_pid") - nok_ticks))
rss_kb=$(awk '/VmRSS/{print $2}' "/proc/$nok_pid/status")

# nginx serves the same files (one per sampled code, gzip_static picks the .gz), so both
# servers get the same wrk script (the Lua that rotates paths costs wrk time too) and the
# same path distribution.
nport=$(free_port)
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx.err;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
  server { listen 127.0.0.1:$nport; root $work/www; default_type text/html; gzip_static on; gzip_vary on; }
}
CONF
nginx -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$nport/o/$sample" >/dev/null && break; sleep 0.1; done
[ "$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$nport/o/$sample")" = "$gzip_size" ] ||
  { echo "nginx does not serve the precompressed page (gzip_static)" >&2; exit 1; }
nginx_ticks=$(cpu_ticks "$nginx_pid")
wrk -t2 -c64 -d"${duration}s" --latency -s "$work/random.lua" "http://127.0.0.1:$nport/" >"$work/nginx.wrk"
nginx_ticks=$(($(cpu_ticks "$nginx_pid") - nginx_ticks))

rps() { awk '/Requests\/sec/{print $2}' "$1"; }
p99() { awk '$1=="99%"{print $2}' "$1"; }
requests() { awk '/requests in/{print $1}' "$1"; }
# Microseconds of CPU per request from a tick count (1/getconf CLK_TCK s) and a wrk report.
cpu_us() { echo "$1 * 1000000 / $(getconf CLK_TCK) / $(requests "$2")" | bc -l; }
nok_rps=$(rps "$work/nok.wrk"); nginx_rps=$(rps "$work/nginx.wrk")
printf 'organisation page (%d bytes, %d gzipped): %s req/s, p99 %s (target ≥ 80%% of nginx, p99 < 10ms)\n' \
  "$size" "$gzip_size" "$nok_rps" "$(p99 "$work/nok.wrk")"
printf 'baseline nginx gzip_static, the same pages precompressed: %s req/s, p99 %s\n' "$nginx_rps" "$(p99 "$work/nginx.wrk")"
printf 'ratio nok/nginx: %.0f %%\n' "$(echo "100 * $nok_rps / $nginx_rps" | bc -l)"
printf 'server CPU per request: nok %.1f µs, baseline nginx %.1f µs\n' \
  "$(cpu_us "$nok_ticks" "$work/nok.wrk")" "$(cpu_us "$nginx_ticks" "$work/nginx.wrk")"
printf 'nok serve resident memory with %d organisations: %d MB (target < 150 MB)\n' "$orgs" "$((rss_kb / 1024))"
