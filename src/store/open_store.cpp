#include <stdexcept>

#include "store/postgres/cache_listener.h"
#include "store/postgres/postgres_connection.h"
#include "store/sql/open_stores.h"
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/wal_checkpointer.h"

namespace nok {

namespace sql {

bool is_postgres_url(std::string_view url) { return url.starts_with("postgres://") || url.starts_with("postgresql://"); }

std::unique_ptr<SqlStore> open_sql_store(const std::string& url, std::size_t connections, const std::string& read_url) {
  if (!read_url.empty() && !(is_postgres_url(url) && is_postgres_url(read_url)))
    throw std::invalid_argument("a read replica needs PostgreSQL URLs for both the database and the replica");
  if (is_postgres_url(url)) {
    auto open = [url] { return open_postgres(url); };
    std::unique_ptr<Pool> replica;
    if (!read_url.empty())
      replica = std::make_unique<Pool>([read_url] { return open_postgres(read_url); }, connections, Engine::postgres);
    return std::make_unique<SqlStore>(std::make_unique<Pool>(open, connections), open, std::move(replica));
  }
  std::string path = url.starts_with("sqlite:") ? url.substr(7) : url;
  auto store = std::make_unique<SqlStore>(std::make_unique<Pool>([path] { return open_sqlite(path); }, connections),
                                          [path] { return open_sqlite_writer(path); });
  store->keep_alive(std::make_shared<WalCheckpointer>(path));
  return store;
}

std::unique_ptr<SqlStores> open_stores(const std::string& url, std::size_t connections, const std::string& read_url) {
  auto stores = std::make_unique<SqlStores>(open_sql_store(url, connections, read_url));
  if (stores->main->engine() == Engine::postgres)
    stores->listener = std::make_shared<CacheListener>(url, stores->main->cache_events());
  return stores;
}

}  // namespace sql

}  // namespace nok
