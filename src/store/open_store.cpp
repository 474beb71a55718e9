#include "store/postgres/postgres_connection.h"
#include "store/sql/sql_store.h"
#include "store/sqlite/sqlite_connection.h"

namespace nok {

std::unique_ptr<Store> open_store(const std::string& url, std::size_t connections) {
  sql::Pool::Factory factory;
  if (url.starts_with("postgres://") || url.starts_with("postgresql://")) {
    factory = [url] { return sql::open_postgres(url); };
  } else {
    std::string path = url.starts_with("sqlite:") ? url.substr(7) : url;
    factory = [path] { return sql::open_sqlite(path); };
  }
  return std::make_unique<sql::SqlStore>(std::make_unique<sql::Pool>(std::move(factory), connections));
}

}  // namespace nok
