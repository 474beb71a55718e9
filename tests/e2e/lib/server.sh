# Starts and stops a `nok serve` for browser tests. Source it, then:
#   nok_start NOK_BINARY DB_URL LOG_DIR   sets NOK_PID and NOK_URL (http://127.0.0.1:PORT)
#   nok_stop                              stops it with SIGTERM and waits (safe to call twice)

nok_start() {
  local nok=$1 db=$2 logs=$3
  "$nok" serve --db "$db" --listen 127.0.0.1:0 >"$logs/serve.out" 2>"$logs/serve.err" </dev/null &
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
