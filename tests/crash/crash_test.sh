#!/usr/bin/env bash
# Survey submissions survive kill -9: concurrent signed-in clients post surveys to `nok serve`
# while it is killed with SIGKILL at random moments and restarted; unacknowledged keys are
# sent again with the same key. Afterwards the database holds exactly what was acknowledged
# and the live tallies equal a recount (check_acknowledged.sh).
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
else
  db="sqlite:$dir/nok.db"
fi

# A registry of a dozen organisations in this year's assessment and 200 signed-in citizens:
# few enough that citizens answer the same organisation again (the earlier response is
# replaced, the tallies move by -1 and +1) and some are held for moderation.
"$fixture" --db "$db" --dir "$dir" --orgs 12 --citizens 200 --rows 0 >/dev/null || exit 1
python3 "$here/crash_client.py" --nok "$nok" --db "$db" --dir "$dir" --kills "${NOK_CRASH_KILLS:-5}"
check "every submission acknowledged once the server stayed up" test $? -eq 0

"$here/check_acknowledged.sh" "crash.$engine (the stored responses)" "$db" "$dir"
check "the stored responses agree with the acknowledgements" test $? -eq 0
finish "crash.$engine"
