#include "store/sql/sql_store.h"

#include "store/sql/migrator.h"

namespace nok::sql {

std::vector<std::string> SqlStore::migrate() {
  auto c = pool_->acquire();
  return sql::migrate(*c);
}

int SqlStore::schema_version() {
  auto c = pool_->acquire();
  return sql::schema_version(*c);
}

void SqlStore::ping() { schema_version(); }

}  // namespace nok::sql
