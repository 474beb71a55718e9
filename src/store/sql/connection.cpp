#include "store/sql/connection.h"

namespace nok::sql {

Transaction::Transaction(Connection& c) : connection_(c) {
  connection_.script(c.engine() == Engine::sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
  if (!open_ || !connection_.healthy()) return;
  try {
    connection_.script("ROLLBACK");
  } catch (const DatabaseError&) {
    // The connection is already broken; the server rolls back on disconnect.
  }
}

void Transaction::commit() {
  connection_.script("COMMIT");
  open_ = false;
}

}  // namespace nok::sql
