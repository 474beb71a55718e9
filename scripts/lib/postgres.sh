# Starts and stops a throwaway PostgreSQL server on loopback for tests and benchmarks.
# Source this file, call start_postgres, and use $NOK_PG_URL; stop_postgres removes it all.
# NOK_PG_OPTIONS adds server settings ("-c shared_buffers=2GB …") for a benchmark's scale.
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
    -o "-c listen_addresses=127.0.0.1 -c port=$NOK_PG_PORT -c unix_socket_directories=$NOK_PG_DIR -c fsync=on -c max_connections=300 ${NOK_PG_OPTIONS:-}" \
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

# Starts a hot standby streaming from the server at $1 (a URL of start_postgres's server, whose
# defaults allow replication: wal_level=replica, max_wal_senders=10, and initdb --auth=trust's
# `replication` lines in pg_hba.conf) on a port of its own, and waits until it streams. Sets
# NOK_REPLICA_DIR, NOK_REPLICA_PORT and NOK_REPLICA_URL; stop_replica removes it all. The
# read-replica tests start one (docs/operations.md, "Read replicas", sets one up for real).
start_replica() {
  local bin; bin=$(pg_bin)
  NOK_REPLICA_DIR=$(mktemp -d /tmp/nok-replica.XXXXXX)
  chmod 755 "$NOK_REPLICA_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$NOK_REPLICA_DIR"
  NOK_REPLICA_PORT=$(free_port)
  as_pg_user "$bin/pg_basebackup" -R -X stream -c fast -D "$NOK_REPLICA_DIR/data" -d "$1" >"$NOK_REPLICA_DIR/basebackup.log" 2>&1 \
    || { cat "$NOK_REPLICA_DIR/basebackup.log" >&2; return 1; }
  NOK_REPLICA_URL="postgresql://nok@127.0.0.1:$NOK_REPLICA_PORT/postgres"
  export NOK_REPLICA_DIR NOK_REPLICA_PORT NOK_REPLICA_URL
  resume_replica
}

# Starts the standby that start_replica made again (after stop_replica_server) and waits until
# it streams.
resume_replica() {
  local bin; bin=$(pg_bin)
  as_pg_user "$bin/pg_ctl" -D "$NOK_REPLICA_DIR/data" -l "$NOK_REPLICA_DIR/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -c port=$NOK_REPLICA_PORT -c unix_socket_directories=$NOK_REPLICA_DIR -c max_connections=300" \
    start >/dev/null || { cat "$NOK_REPLICA_DIR/server.log" >&2; return 1; }
  local i
  for i in $(seq 300); do
    [ "$("$bin/psql" -Atc 'SELECT status FROM pg_stat_wal_receiver' "$NOK_REPLICA_URL" 2>/dev/null)" = streaming ] && return 0
    sleep 0.1
  done
  echo "the standby on port $NOK_REPLICA_PORT does not stream" >&2
  return 1
}

# Stops the standby and keeps its files, for resume_replica.
stop_replica_server() {
  as_pg_user "$(pg_bin)/pg_ctl" -D "$NOK_REPLICA_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
}

stop_replica() {
  [ -n "${NOK_REPLICA_DIR:-}" ] || return 0
  stop_replica_server
  rm -rf "$NOK_REPLICA_DIR"
  unset NOK_REPLICA_DIR
}
