# Starts and stops a throwaway PostgreSQL server on loopback for tests and benchmarks.
# Source this file, call start_postgres, and use $NOK_PG_URL; stop_postgres removes it all.
# PostgreSQL refuses to run as root, so under root the server runs as the `postgres` user.

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_pg_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

source "$(dirname "${BASH_SOURCE[0]}")/ports.sh"

start_postgres() {
  local bin; bin=$(pg_bin)
  [ -n "$bin" ] || { echo "PostgreSQL server binaries not found (install the postgresql package)" >&2; return 1; }
  NOK_PG_DIR=$(mktemp -d /tmp/nok-pg.XXXXXX)
  chmod 755 "$NOK_PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$NOK_PG_DIR"
  NOK_PG_PORT=$(free_port)
  as_pg_user "$bin/initdb" -D "$NOK_PG_DIR/data" -U nok --auth=trust -E UTF8 --locale=C.UTF-8 >"$NOK_PG_DIR/initdb.log" 2>&1 \
    || { cat "$NOK_PG_DIR/initdb.log" >&2; return 1; }
  as_pg_user "$bin/pg_ctl" -D "$NOK_PG_DIR/data" -l "$NOK_PG_DIR/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -c port=$NOK_PG_PORT -c unix_socket_directories=$NOK_PG_DIR -c fsync=on -c max_connections=300" \
    start >/dev/null || { cat "$NOK_PG_DIR/server.log" >&2; return 1; }
  NOK_PG_URL="postgresql://nok@127.0.0.1:$NOK_PG_PORT/postgres"
  export NOK_PG_URL NOK_PG_DIR NOK_PG_PORT
}

stop_postgres() {
  [ -n "${NOK_PG_DIR:-}" ] || return 0
  as_pg_user "$(pg_bin)/pg_ctl" -D "$NOK_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$NOK_PG_DIR"
  unset NOK_PG_DIR
}

# Restarts the server started by start_postgres (fast mode: sessions are cut, as in a failover
# or an operator's restart), for the tests of what nok does while its database is away.
restart_postgres() {
  as_pg_user "$(pg_bin)/pg_ctl" -D "$NOK_PG_DIR/data" -m fast -w -t 60 restart >/dev/null
}
