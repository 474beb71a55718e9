#include "store/sql/connection.h"

#include "core/shorten.h"

namespace nok::sql {

Columns::Columns(std::string_view statement, const std::vector<std::string>& names)
    : statement_(text::shorten(statement, 80)) {
  for (int i = 0; i < static_cast<int>(names.size()); ++i) {
    auto [it, added] = index_.emplace(names[i], i);
    if (!added) it->second = -1;
  }
}

int Columns::at(std::string_view name) const {
  auto it = index_.find(name);
  if (it == index_.end())
    throw DatabaseError("запрос не возвращает столбец «" + std::string(name) + "»: " + statement_);
  if (it->second < 0)
    throw DatabaseError("запрос возвращает столбец «" + std::string(name) + "» дважды: " + statement_);
  return it->second;
}

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
