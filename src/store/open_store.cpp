#include "store/postgres/cache_listener.h"
#include "store/postgres/postgres_connection.h"
#include "store/sql/open_stores.h"
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/wal_checkpointer.h"

namespace nok {

namespace sql {

std::unique_ptr<SqlStore> open_sql_store(const std::string& url, std::size_t connections) {
  if (url.starts_with("postgres://") || url.starts_with("postgresql://")) {
    auto open = [url] { return open_postgres(url); };
    return std::make_unique<SqlStore>(std::make_unique<Pool>(open, connections), open);
  }
  std::string path = url.starts_with("sqlite:") ? url.substr(7) : url;
  auto store = std::make_unique<SqlStore>(std::make_unique<Pool>([path] { return open_sqlite(path); }, connections),
                                          [path] { return open_sqlite_writer(path); });
  store->keep_alive(std::make_shared<WalCheckpointer>(path));
  return store;
}

std::unique_ptr<SqlStores> open_stores(const std::string& url, std::size_t connections) {
  auto stores = std::make_unique<SqlStores>(open_sql_store(url, connections));
  if (stores->main->engine() == Engine::postgres)
    stores->listener = std::make_shared<CacheListener>(url, stores->main->cache_events());
  return stores;
}

}  // namespace sql

}  // namespace nok
