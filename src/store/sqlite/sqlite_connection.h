#pragma once
#include <memory>
#include <string>

#include "store/sql/connection.h"

namespace nok::sql {

// Opens (creating if needed) the SQLite file at `path` in WAL mode with
// synchronous=FULL, so a committed transaction survives a power cut.
// Throws DatabaseError with a Russian message when the file is not a database.
std::unique_ptr<Connection> open_sqlite(const std::string& path);

// The connection of the group-commit writer: see WalCheckpointer for how it keeps the
// write-ahead log from growing without end.
std::unique_ptr<Connection> open_sqlite_writer(const std::string& path);

}  // namespace nok::sql
