#pragma once
#include <span>
#include <string>
#include <vector>

#include "core/embedded.h"
#include "store/sql/connection.h"

namespace nok::sql {

// Applies every migration of `files` (by default the embedded store/migrations) that this
// database has not recorded, in the order of their names, each in its own transaction with
// its row in schema_migrations: the name, the number, when, and the BLAKE2b-256 of the text
// as applied (`b2sum -l 256 FILE`). A migration missing among applied ones (a database that
// got 007 before 005) is applied like any other. A recorded migration whose shipped text has
// changed since is refused before anything is applied: throws DatabaseError naming it (a
// shipped migration never changes; a change is a new migration). Rows recorded before
// checksums existed get theirs on the next run. Returns the names applied. Safe when several
// `nok` processes start at once: PostgreSQL serialises them with an advisory lock, SQLite
// with its write lock.
std::vector<std::string> migrate(Connection& c);
std::vector<std::string> migrate(Connection& c, std::span<const EmbeddedFile> files);

// The highest migration number applied (0 on an empty database).
int schema_version(Connection& c);

}  // namespace nok::sql
