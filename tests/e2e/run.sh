#!/usr/bin/env bash
# Browser tests: usage tests/e2e/run.sh PATH/TO/nok [SPEC_FILE...]
# Installs the npm packages if needed, fills a temporary SQLite database with demo data,
# serves it on an ephemeral port of 127.0.0.1 and runs the specs against it. With
# NOK_TEST_POSTGRES_URL set (scripts/test.sh starts a throwaway server), the specs that
# must hold on both engines (the whole assessment cycle) run again on a fresh PostgreSQL
# database.
set -euo pipefail
nok=$(realpath "${1:?usage: tests/e2e/run.sh PATH/TO/nok [SPEC_FILE...]}")
shift
specs=()
for spec in "$@"; do specs+=("$(realpath "$spec")"); done
cd "$(dirname "$0")"
[ ${#specs[@]} -gt 0 ] || specs=(specs/*.test.js)

# npm ci writes node_modules/.package-lock.json; a lock file newer than it means stale.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null
fi

work=$(mktemp -d)
source lib/server.sh
trap 'nok_stop; oidc_stop; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

"$nok" demo --db "sqlite:$work/e2e.db" --orgs 300 >/dev/null
export NOK_MAIL_OUTBOX="$work/outbox"  # sign-in codes land here as .eml files
export NOK_SMS_OUTBOX="$work/sms"      # and here as .txt files
mkdir -p "$NOK_MAIL_OUTBOX" "$NOK_SMS_OUTBOX"
oidc_start  # the «Войти через Госуслуги» button leads to it
# «Проверить сейчас» visits a page of this server on loopback; no scheduled checks meanwhile.
export NOK_WEBSITE_CHECK_ALLOW=127.0.0.1/32 NOK_WEBSITE_CHECK_DELAY_MS=0 NOK_WEBSITE_CHECK_DAYS=0
nok_start "$nok" "sqlite:$work/e2e.db" "$work"
# Staff specs make accounts with the binary and set a cycle's state in the database.
export NOK_E2E_BINARY=$nok NOK_E2E_DB=$work/e2e.db NOK_E2E_DB_URL=sqlite:$work/e2e.db
# Downloads are read back with the test tool built beside the binary (tests/tools).
export NOK_E2E_DOCUMENT_TEXT=$(dirname "$nok")/tests/nok_document_text
run_specs() {
  if ! NOK_E2E_URL=$NOK_URL NOK_E2E_OUTBOX=$NOK_MAIL_OUTBOX NOK_E2E_SMS_OUTBOX=$NOK_SMS_OUTBOX node --test --test-concurrency=1 "$@"; then
    echo "--- last lines of the server log:" >&2
    tail -n 20 "$work/serve.err" >&2
    exit 1
  fi
}
run_specs "${specs[@]}"
nok_stop

both_engines=()
for spec in "${specs[@]}"; do [[ $spec == */cycle.test.js ]] && both_engines+=("$spec"); done
if [ -n "${NOK_TEST_POSTGRES_URL:-}" ] && [ ${#both_engines[@]} -gt 0 ]; then
  database=nok_e2e_$$
  psql -qX "$NOK_TEST_POSTGRES_URL" -c "CREATE DATABASE $database" >/dev/null
  export NOK_E2E_DB_URL=${NOK_TEST_POSTGRES_URL%/*}/$database
  NOK_SECRET_KEY=$("$nok" secret-key)  # every process on PostgreSQL shares one key
  export NOK_SECRET_KEY
  "$nok" demo --db "$NOK_E2E_DB_URL" --orgs 300 >/dev/null
  nok_start "$nok" "$NOK_E2E_DB_URL" "$work"
  echo "# the same on PostgreSQL"
  run_specs "${both_engines[@]}"
fi
