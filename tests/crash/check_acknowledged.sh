#!/usr/bin/env bash
# What a database must hold after submissions were acknowledged through crashes: every
# acknowledged idempotency key stored exactly once, as the response it was acknowledged with,
# nothing stored that was not acknowledged, and each organisation's live tallies equal to a
# recount of its counted responses.
# Usage: check_acknowledged.sh NAME DB DIR — DB is sqlite:PATH or a PostgreSQL URL; DIR/acked.txt
# holds one "key response-id" a line, sorted (crash_client.py writes it). Prints one line per
# failed check and a closing line named NAME; exits 1 when a check failed.
set -uo pipefail
name=$1 db=$2 dir=$3
source "$(cd "$(dirname "$0")" && pwd)/../cli/check.sh"
if [[ "$db" == sqlite:* ]]; then
  sql() { sqlite3 "${db#sqlite:}" "$1"; }
else
  sql() { psql -qXtA "$db" -c "$1"; }
fi

sql "SELECT idempotency_key || ' ' || id FROM responses WHERE idempotency_key LIKE 'crash-%'" | sort >"$dir/stored.txt"
check "some submissions acknowledged" test -s "$dir/acked.txt"
check "no key stored twice" test -z "$(cut -d' ' -f1 "$dir/stored.txt" | uniq -d)"
check "every acknowledged key stored as the response it was acknowledged with" \
  test -z "$(comm -23 "$dir/acked.txt" "$dir/stored.txt")"
check "nothing stored that was not acknowledged" test -z "$(comm -13 "$dir/acked.txt" "$dir/stored.txt")"

# The recount: per organisation and cycle, from the counted responses' channel (the site or
# the app, and each channel) and answer code (one character per item, in the questionnaire's item order: 1 yes, 0 no, - none).
items=(stand_used stand_ok site_used site_ok timely comfort_ok disabled access_ok contact_polite staff_polite
       remote_used remote_polite recommend conditions_ok overall_ok)
tally_columns="respondents, site_or_app" recount="COUNT(*), SUM(CASE WHEN channel IN ('web', 'app') THEN 1 ELSE 0 END)"
all_zero="respondents = 0 AND site_or_app = 0"
for channel in web app kiosk operator_paper operator_interview operator_phone; do
  tally_columns+=", respondents_$channel"
  recount+=", SUM(CASE WHEN channel = '$channel' THEN 1 ELSE 0 END)"
done
for i in "${!items[@]}"; do
  tally_columns+=", ${items[$i]}_yes, ${items[$i]}_answered"
  recount+=", SUM(CASE WHEN substr(answers, $((i + 1)), 1) = '1' THEN 1 ELSE 0 END)"
  recount+=", SUM(CASE WHEN substr(answers, $((i + 1)), 1) IN ('0', '1') THEN 1 ELSE 0 END)"
  all_zero+=" AND ${items[$i]}_yes = 0 AND ${items[$i]}_answered = 0"
done
tallies="SELECT organisation_id, cycle_id, $tally_columns FROM survey_tallies WHERE NOT ($all_zero)"
recounted="SELECT organisation_id, cycle_id, $recount FROM responses WHERE status = 'counted' GROUP BY organisation_id, cycle_id"
check "some organisations have tallies" test "$(sql "SELECT COUNT(*) FROM ($tallies) AS t")" -gt 0
check "every tally equals a recount of the counted responses" \
  test "$(sql "SELECT COUNT(*) FROM ($tallies EXCEPT $recounted) AS t")" = 0
check "every recount has its tally" test "$(sql "SELECT COUNT(*) FROM ($recounted EXCEPT $tallies) AS t")" = 0
echo "responses: $(sql "SELECT status || ' ' || COUNT(*) FROM responses GROUP BY status ORDER BY status" | tr '\n' ' ')"
finish "$name"
