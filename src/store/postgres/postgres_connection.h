#pragma once
#include <memory>
#include <string>

#include "store/sql/connection.h"

struct pg_conn;  // libpq's PGconn

namespace nok::sql {

// Connects to PostgreSQL with a libpq URL (postgresql://user@host:port/db). A server
// that does not answer fails within `connect_timeout` (default 5 s) with a
// DatabaseError whose message says so in Russian — never a hang.
std::unique_ptr<Connection> open_postgres(const std::string& url);

// A bare libpq connection, opened as open_postgres opens one, for what Connection does not
// cover (LISTEN); the caller PQfinish()es it.
pg_conn* connect_postgres(const std::string& url);

}  // namespace nok::sql
