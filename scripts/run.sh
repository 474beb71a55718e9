#!/usr/bin/env bash
# Installs what is missing, builds, creates a SQLite database with demo data (once),
# and serves http://127.0.0.1:8080. Override with NOK_DB, NOK_LISTEN (see docs/configuration.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh run
source scripts/lib/build.sh
build_nok

export NOK_DB=${NOK_DB:-sqlite:nok.db}
export NOK_LISTEN=${NOK_LISTEN:-127.0.0.1:8080}
# Without a mail server, sign-in codes are written to ./outbox as .eml files.
if [ -z "${NOK_SMTP_URL:-}" ]; then
  export NOK_MAIL_OUTBOX=${NOK_MAIL_OUTBOX:-$PWD/outbox}
  mkdir -p "$NOK_MAIL_OUTBOX"
  echo "Sign-in codes go to $NOK_MAIL_OUTBOX (no NOK_SMTP_URL set)"
fi
# Without an SMS gateway, codes for phone numbers go to the same folder as .txt files.
if [ -z "${NOK_SMS_URL:-}" ]; then
  export NOK_SMS_OUTBOX=${NOK_SMS_OUTBOX:-$PWD/outbox}
  mkdir -p "$NOK_SMS_OUTBOX"
fi
if [[ $NOK_DB == sqlite:* ]] && [ ! -e "${NOK_DB#sqlite:}" ]; then
  build/nok demo
fi
exec build/nok serve
