# Starts and stops a `nok serve` and the fake OpenID Connect provider for browser tests. Source it, then:
#   nok_start NOK_BINARY DB_URL LOG_DIR   sets NOK_PID and NOK_URL (http://127.0.0.1:PORT), which
#                                         is also NOK_PUBLIC_URL (the OIDC redirect URI's base)
#   nok_stop                              stops it with SIGTERM and waits (safe to call twice)
#   oidc_start                            starts tests/support/fake_oidc_provider.py on a free
#                                         port and exports NOK_OIDC_* for the next nok_start
#   oidc_stop                             stops it (safe to call twice)
source "$(dirname "${BASH_SOURCE[0]}")/../../../scripts/lib/ports.sh"

nok_start() {
  local nok=$1 db=$2 logs=$3
  # A port chosen before the start, so that the redirect URI is known to the server.
  export NOK_PUBLIC_URL=http://127.0.0.1:$(free_port)
  "$nok" serve --db "$db" --listen "${NOK_PUBLIC_URL#http://}" >"$logs/serve.out" 2>"$logs/serve.err" </dev/null &
  NOK_PID=$!
  local line
  for _ in $(seq 100); do
    line=$(grep -m1 -o 'http://[^ ]*' "$logs/serve.out" 2>/dev/null) && break
    kill -0 "$NOK_PID" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "${line:-}" ]; then
    echo "nok serve did not start:" >&2
    cat "$logs/serve.err" >&2
    return 1
  fi
  NOK_URL=${line%/}
}

nok_stop() {
  [ -n "${NOK_PID:-}" ] || return 0
  kill -TERM "$NOK_PID" 2>/dev/null && wait "$NOK_PID" 2>/dev/null
  NOK_PID=
}

oidc_start() {
  local port; port=$(free_port)
  python3 "$(dirname "${BASH_SOURCE[0]}")/../../support/fake_oidc_provider.py" "$port" &
  OIDC_PID=$!
  export NOK_OIDC_ISSUER=http://127.0.0.1:$port NOK_OIDC_CLIENT_ID=nok-e2e NOK_OIDC_NAME=Госуслуги
  export NOK_OIDC_AUTHORIZE_URL=$NOK_OIDC_ISSUER/authorize NOK_OIDC_TOKEN_URL=$NOK_OIDC_ISSUER/token
  for _ in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "the fake OpenID Connect provider did not start" >&2
  return 1
}

oidc_stop() {
  [ -n "${OIDC_PID:-}" ] || return 0
  kill -TERM "$OIDC_PID" 2>/dev/null && wait "$OIDC_PID" 2>/dev/null || true  # python3 ends with 143
  OIDC_PID=
}
