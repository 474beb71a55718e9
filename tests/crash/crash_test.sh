#!/usr/bin/env bash
# Survey submissions survive kill -9: concurrent signed-in clients post surveys to `nok serve`
# while it is killed with SIGKILL at random moments and restarted; unacknowledged keys are
# sent again with the same key. Afterwards every acknowledged idempotency key is stored
# exactly once, as the response it was acknowledged with, no key twice, and each
# organisation's live tallies equal a recount of its counted responses.
# Usage: crash_test.sh sqlite|postgres PATH/TO/nok PATH/TO/nok_submit_fixture
#   PostgreSQL: a schema of its own on the server at NOK_TEST_POSTGRES_URL (skipped, exit 77,
#   without it). NOK_CRASH_KILLS (default 5) sets the number of kills.
set -uo pipefail
engine=$1 nok=$2 fixture=$3
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
schema=""
cleanup() {
  [ -n "$schema" ] && psql -qX "$NOK_TEST_POSTGRES_URL" -c "DROP SCHEMA $schema CASCADE" >/dev/null 2>&1
  rm -rf "$dir"
}
trap cleanup EXIT
source "$here/../cli/check.sh"

if [ "$engine" = postgres ]; then
  [ -n "${NOK_TEST_POSTGRES_URL:-}" ] || { echo "crash.postgres: skipped (no NOK_TEST_POSTGRES_URL)"; exit 77; }
  schema="crash_$(date +%s)_$$"
  psql -qX "$NOK_TEST_POSTGRES_URL" -c "CREATE SCHEMA $schema" >/dev/null || exit 1
  sep='?'; [[ "$NOK_TEST_POSTGRES_URL" == *\?* ]] && sep='&'
  db="$NOK_TEST_POSTGRES_URL${sep}options=-csearch_path%3D$schema"
  sql() { psql -qXtA "$db" -c "$1"; }
else
  db="sqlite:$dir/nok.db"
  sql() { sqlite3 "$dir/nok.db" "$1"; }
fi

# A registry of a dozen organisations in this year's assessment and 200 signed-in citizens:
# few enough that citizens answer the same organisation again (the earlier response is
# replaced, the tallies move by -1 and +1) and some are held for moderation.
"$fixture" --db "$db" --dir "$dir" --orgs 12 --citizens 200 --rows 0 >/dev/null || exit 1
python3 "$here/crash_client.py" --nok "$nok" --db "$db" --dir "$dir" --kills "${NOK_CRASH_KILLS:-5}"
check "every submission acknowledged once the server stayed up" test $? -eq 0

sql "SELECT idempotency_key || ' ' || id FROM responses WHERE idempotency_key LIKE 'crash-%'" | sort >"$dir/stored.txt"
check "some submissions acknowledged" test -s "$dir/acked.txt"
check "no key stored twice" test -z "$(cut -d' ' -f1 "$dir/stored.txt" | uniq -d)"
check "every acknowledged key stored as the response it was acknowledged with" \
  test -z "$(comm -23 "$dir/acked.txt" "$dir/stored.txt")"
check "nothing stored that was not acknowledged" test -z "$(comm -13 "$dir/acked.txt" "$dir/stored.txt")"

# The recount: per organisation and cycle, from the counted responses' channel and answer
# code (one character per item, in the questionnaire's item order: 1 yes, 0 no, - none).
items=(stand_used stand_ok site_used site_ok timely comfort_ok disabled access_ok contact_polite staff_polite
       remote_used remote_polite recommend conditions_ok overall_ok)
tally_columns="respondents, site_or_app" recount="COUNT(*), SUM(CASE WHEN channel IN ('web', 'app') THEN 1 ELSE 0 END)"
all_zero="respondents = 0 AND site_or_app = 0"
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
finish "crash.$engine"
