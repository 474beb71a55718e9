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

void SqlStore::on_public_change(std::function<void()> changed) {
  // Every kind of Stale is something an organisation's page shows.
  cache_events_.subscribe([changed = std::move(changed)](Stale) { changed(); });
}

}  // namespace nok::sql
