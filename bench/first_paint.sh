#!/usr/bin/env bash
# First paint of the organisation page and of the survey on an emulated cheap phone: Chromium
# (Debian's, through playwright-core from tests/e2e) with DevTools' "Slow 3G" network and a 4×
# CPU slowdown, over a 300-organisation demo database. Baseline in the same run: /healthz, three
# bytes of text under the same throttling — the floor no page can beat.
# Usage: bench/first_paint.sh [build/nok] [RUNS]   (needs chromium and node: scripts/install-deps.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
nok=$(realpath "${1:-build/nok}")
runs=${2:-5}
work=$(mktemp -d /tmp/nok-paint.XXXXXX)
cleanup() { kill "${nok_pid:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
source scripts/lib/ports.sh  # free_port
if [ ! -d tests/e2e/node_modules/playwright-core ]; then
  (cd tests/e2e && npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null)
fi

"$nok" demo --db "sqlite:$work/demo.db" --orgs 300 --seed 1 >/dev/null
mkdir -p "$work/outbox"
port=$(free_port)
NOK_MAIL_OUTBOX="$work/outbox" NOK_PUBLIC_URL="http://127.0.0.1:$port" \
  "$nok" serve --db "sqlite:$work/demo.db" --listen "127.0.0.1:$port" >"$work/nok.out" 2>"$work/nok.log" &
nok_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
# An organisation of this year's assessment: its page shows the survey button and its survey opens.
code=$(sqlite3 "$work/demo.db" "SELECT o.code FROM organisations o JOIN cycle_organisations co ON co.organisation_id = o.id
  JOIN cycles c ON c.id = co.cycle_id AND c.year = CAST(strftime('%Y', 'now') AS INTEGER) AND c.state = 'collecting'
  ORDER BY o.code LIMIT 1")
node bench/first_paint.mjs "http://127.0.0.1:$port" "$code" "$work/outbox" "$runs"
