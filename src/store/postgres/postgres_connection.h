#pragma once
#include <memory>
#include <string>

#include "store/sql/connection.h"

namespace nok::sql {

// Connects to PostgreSQL with a libpq URL (postgresql://user@host:port/db). A server
// that does not answer fails within `connect_timeout` (default 5 s) with a
// DatabaseError whose message says so in Russian — never a hang.
std::unique_ptr<Connection> open_postgres(const std::string& url);

}  // namespace nok::sql
