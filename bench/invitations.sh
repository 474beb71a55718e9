#!/usr/bin/env bash
# Invitation queue figure beside its baseline measured in the same run:
#   `nok invitations send` over N invitations (half e-mail to a local SMTP sink, half SMS to a
#   local HTTP gateway sink), each claimed — committed as being sent — before it goes, vs the
#   same number of messages sent to the same sinks through the same transports with no
#   database (nok_transport_bench). Then the same again with the sender killed by SIGKILL in
#   the middle and run once more: every invitation reached the sinks at most once (the
#   duplicates printed must be 0), and none is lost without a trace (sent + unconfirmed +
#   still due = all).
# Usage: bench/invitations.sh [build]   NOK_BENCH_INVITATIONS (20000), NOK_BENCH_WORKERS (8).
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
count=${NOK_BENCH_INVITATIONS:-20000}
workers=${NOK_BENCH_WORKERS:-8}
work=$(mktemp -d /tmp/nok-bench.XXXXXX)
cleanup() { kill "${sinks_pid:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
source scripts/lib/ports.sh

smtp_port=$(free_port)
http_port=$(free_port)
bench/invitation_sinks.py "$smtp_port" "$http_port" "$work/tokens" &
sinks_pid=$!
sleep 0.5

db="sqlite:$work/nok.db"
export NOK_SECRET_KEY=$("$build/nok" secret-key)
export NOK_PUBLIC_URL=https://nok.example.ru
export NOK_SMTP_URL="smtp://127.0.0.1:$smtp_port" NOK_SMS_URL="http://127.0.0.1:$http_port/send"
export NOK_INVITATION_RATE=0 NOK_INVITATION_DELAY_HOURS=0 NOK_INVITATION_QUIET_FROM=0 NOK_INVITATION_QUIET_TO=0
"$build/nok" demo --db "$db" --orgs 200 >/dev/null
org=$(sqlite3 "$work/nok.db" "SELECT o.code FROM organisations o JOIN cycle_organisations m ON m.organisation_id = o.id
  JOIN cycles c ON c.id = m.cycle_id WHERE c.year = CAST(strftime('%Y', 'now') AS INTEGER)
  AND c.state IN ('draft', 'collecting') ORDER BY o.code LIMIT 1")

# A list of `count` people from `first` on: even ones by e-mail, odd ones by SMS.
make_list() {
  local first=$1 day
  day=$(date -u -d yesterday +%Y-%m-%d)
  python3 - "$first" "$count" "$day" >"$work/list.csv" <<'PY'
import sys
first, count, day = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
print("contact,service_date,consent_at,consent_place,consent_version")
for i in range(first, first + count):
    contact = f"p{i}@example.ru" if i % 2 == 0 else f"+7900{i:07d}"
    print(f"{contact},{day},{day},регистратура,v1")
PY
  "$build/nok" invitations add --db "$db" --org "$org" "$work/list.csv" >/dev/null
}
received() { wc -l <"$work/tokens"; }
state_count() { sqlite3 "$work/nok.db" "SELECT COUNT(*) FROM invitations WHERE state IN ($1)"; }

echo "== baseline: $count messages through the transports alone, $workers at once"
"$build/bench/nok_transport_bench" "$NOK_SMTP_URL" "$NOK_SMS_URL" "$count" "$workers"
: >"$work/tokens"

echo "== the invitation queue: $count invitations, $workers senders"
make_list 0
start=$(date +%s.%N)
"$build/nok" invitations send --db "$db" --workers "$workers"
seconds=$(echo "$(date +%s.%N) - $start" | bc)
printf 'invitation queue: %d sent in %.2f s = %.0f messages/s; the sinks received %d\n' \
  "$(state_count "'sent'")" "$seconds" "$(echo "$(state_count "'sent'") / $seconds" | bc)" "$(received)"

echo "== kill -9 in the middle: $count more invitations"
make_list "$count"
"$build/nok" invitations send --db "$db" --workers "$workers" >/dev/null &
sender=$!
sleep "$(echo "$seconds / 3" | bc -l)"
kill -9 "$sender" 2>/dev/null || true
wait "$sender" 2>/dev/null || true
echo "killed after $(received) of $((2 * count)) messages"
# The claims of the killed sender lapse after their lease; until then they are neither due nor
# sent. Waiting out a 120 s lease is not the point here: the lapse is forced.
sqlite3 "$work/nok.db" "UPDATE invitations SET lease_until = '2000-01-01T00:00:00Z' WHERE state = 'sending'"
"$build/nok" invitations send --db "$db" --workers "$workers" >/dev/null
sleep 0.5
duplicates=$(sort "$work/tokens" | uniq -d | wc -l)
printf 'after the restart: sent %d, unconfirmed %d, still due %d, of %d; the sinks received %d; duplicates: %d\n' \
  "$(state_count "'sent'")" "$(state_count "'unconfirmed'")" "$(state_count "'queued', 'sending'")" "$((2 * count))" \
  "$(received)" "$duplicates"
[ "$duplicates" -eq 0 ]
