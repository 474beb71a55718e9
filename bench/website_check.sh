#!/usr/bin/env bash
# Website-check figure beside its baseline measured in the same run:
#   `nok check-websites` over 10,000 small school sites that nginx serves on loopback, each on
#   an address of its own in 127.0.0.0/8 (one host per site, so the one-request-at-a-time rule
#   per host queues nothing): sites/s, CPU per site and peak RSS (also as it stood a tenth of
#   the way through: it must not grow with the number of sites), vs the very same requests
#   fetched by the checker's fetcher with nothing parsed, decoded or recorded
#   (nok_website_fixture fetch, as many threads as the checker has).
# The run fails unless the checker gives every site the verdict its fixture was made for and
# requests exactly what the baseline fetches (nginx's access log of its pass).
# Usage: bench/website_check.sh [build]   (needs nginx-light: scripts/install-deps.sh bench)
# NOK_BENCH_SITES (10000) and NOK_BENCH_CONCURRENCY (16, hosts at once) change the run. On
# loopback the pass is bound by CPU, not by waiting: 32, 64 or 128 hosts at once gave the same
# rate, more memory and more writers queueing for SQLite's lock (at 64 the pass can stop on
# "database is locked": bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
sites=${NOK_BENCH_SITES:-10000}
concurrency=${NOK_BENCH_CONCURRENCY:-16}
public_url=https://nok.example.ru
work=$(mktemp -d /tmp/nok-bench.XXXXXX)
chmod 755 "$work"  # nginx's workers may run as another user
cleanup() { kill "${nginx_pid:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
source scripts/lib/ports.sh

echo "== data: $sites organisations and their sites"
start=$(date +%s.%N)
port=$(free_port)
"$build/bench/nok_website_fixture" sites "sqlite:$work/nok.db" "$sites" "$port" "$public_url" "$work"
printf 'filled in %.1f s: main page %d bytes, block page %d, QR PNG %d, logo %d\n' \
  "$(echo "$(date +%s.%N) - $start" | bc)" "$(stat -c %s "$work"/sites/127.1.0.1/index.html)" \
  "$(stat -c %s "$work"/sites/127.1.0.1/nok.html)" "$(stat -c %s "$work"/sites/127.1.0.1/qr.png)" \
  "$(stat -c %s "$work"/common/static/logo.png)"

# One server for every address: the Host header picks the site's directory; robots.txt and the
# logo are the same files for all. The access log names each request as the checker wrote it.
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
worker_rlimit_nofile 8192;
pid $work/nginx.pid;
error_log $work/nginx.err;
events { worker_connections 4096; }
http {
  types { text/html html; image/png png; text/plain txt; }
  charset utf-8;
  keepalive_requests 1000000;
  log_format request 'http://\$host:\$server_port\$request_uri';
  access_log $work/access.log request;
  client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
  server {
    listen $port;
    allow 127.0.0.0/8;
    deny all;
    root $work/sites/\$host;
    location = /robots.txt { root $work/common; }
    location ^~ /static/ { root $work/common; }
  }
}
CONF
nginx -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 50); do curl -sf "http://127.1.0.1:$port/robots.txt" >/dev/null && break; sleep 0.1; done
curl -sf -o /dev/null "http://127.1.0.1:$port/qr.png" || { echo "nginx does not serve the fixture" >&2; exit 1; }

echo "== fetch only: the same requests, $concurrency sites at once"
/usr/bin/time -f '%e %U %S %M' -o "$work/fetch.time" \
  "$build/bench/nok_website_fixture" fetch "$work/requests.txt" "$concurrency" >"$work/fetch.out"
read -r _ requests bytes fetch_s <"$work/fetch.out"
read -r _ fetch_user fetch_sys fetch_kb <"$work/fetch.time"

echo "== nok check-websites --concurrency $concurrency"
sleep 0.5  # nginx logs a request after answering it
mark=$(wc -l <"$work/access.log")
export NOK_PUBLIC_URL=$public_url NOK_WEBSITE_CHECK_DELAY_MS=0
/usr/bin/time -f '%e %U %S %M' -o "$work/check.time" \
  "$build/nok" check-websites --db "sqlite:$work/nok.db" --allow-network 127.0.0.0/8 \
  --concurrency "$concurrency" --format csv >"$work/check.csv" &
time_pid=$!
tenth_kb=""
while kill -0 "$time_pid" 2>/dev/null; do
  if [ -z "$tenth_kb" ] && [ "$(wc -l <"$work/check.csv")" -gt $((sites / 10)) ]; then
    tenth_kb=$(awk '/VmHWM/{print $2}' "/proc/$(pgrep -P "$time_pid")/status" 2>/dev/null || true)
  fi
  sleep 0.1
done
wait "$time_pid" || { echo "the checker failed after $(($(wc -l <"$work/check.csv") - 1)) of $sites sites" >&2; exit 1; }
read -r check_s check_user check_sys check_kb <"$work/check.time"
sleep 0.5
tail -n +$((mark + 1)) "$work/access.log" >"$work/check.requests"

echo "== checks"
checked=$(($(wc -l <"$work/check.csv") - 1))
[ "$checked" -eq "$sites" ] || { echo "the checker reported $checked sites of $sites" >&2; exit 1; }
tail -n +2 "$work/check.csv" | cut -d, -f1,2 | sort >"$work/verdicts.csv"
if ! cmp -s "$work/verdicts.csv" "$work/expected.csv"; then
  echo "verdicts other than the fixture's (code,verdict: expected < > got):" >&2
  diff "$work/expected.csv" "$work/verdicts.csv" | head -20 >&2
  exit 1
fi
if ! cmp -s <(sort "$work/check.requests") <(sort "$work/requests.txt"); then
  echo "the checker's requests differ from the baseline's (< baseline, > checker):" >&2
  diff <(sort "$work/requests.txt") <(sort "$work/check.requests") | head -20 >&2
  exit 1
fi
echo "verdicts as made: $(cut -d, -f2 "$work/verdicts.csv" | sort | uniq -c | sort -rn | awk '{printf "%s%s %d", (NR > 1 ? ", " : ""), $2, $1}')"
echo "requests: $requests ($((bytes / 1048576)) MB), the same in both passes"

cpu_ms() { echo "($1 + $2) * 1000 / $sites" | bc -l; }
check_cpu=$(cpu_ms "$check_user" "$check_sys"); fetch_cpu=$(cpu_ms "$fetch_user" "$fetch_sys")
printf 'website check: %d sites in %.1f s = %.0f sites/s (target ≥ 200), %.2f ms of CPU a site; peak RSS %d MB (%d MB a tenth of the way)\n' \
  "$sites" "$check_s" "$(echo "$sites / $check_s" | bc -l)" "$check_cpu" \
  "$((check_kb / 1024))" "$((${tenth_kb:-0} / 1024))"
printf 'fetch only (same requests, no parsing, decoding or recording): %.1f s = %.0f sites/s, %.2f ms of CPU a site; peak RSS %d MB\n' \
  "$fetch_s" "$(echo "$sites / $fetch_s" | bc -l)" "$fetch_cpu" "$((fetch_kb / 1024))"
printf 'our work (reading pages, decoding images, judging, recording) costs %.0f %% of the wall time and %.0f %% of the CPU of the pass (%.2f ms a site beyond fetching)\n' \
  "$(echo "100 * (1 - $fetch_s / $check_s)" | bc -l)" "$(echo "100 * (1 - $fetch_cpu / $check_cpu)" | bc -l)" \
  "$(echo "$check_cpu - $fetch_cpu" | bc -l)"
