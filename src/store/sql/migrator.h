#pragma once
#include <string>
#include <vector>

#include "store/sql/connection.h"

namespace nok::sql {

// Applies the embedded migrations (store/migrations) that this database lacks, each in
// its own transaction, recording them in schema_migrations. Safe when several `nok`
// processes start at once: PostgreSQL serialises them with an advisory lock, SQLite
// with its write lock.
std::vector<std::string> migrate(Connection& c);
int schema_version(Connection& c);

}  // namespace nok::sql
