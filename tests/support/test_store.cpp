#include "support/test_store.h"

#include <cstdlib>
#include <random>

#include "app/registry/reference_data.h"
#include "store/postgres/postgres_connection.h"
#include "store/sqlite/sqlite_connection.h"

namespace nok::test {

std::string TestStore::engine_name() {
  const char* engine = std::getenv("NOK_TEST_ENGINE");
  return engine && *engine ? engine : "sqlite";
}

TestStore::TestStore() {
  if (engine_name() == "postgres") {
    const char* server = std::getenv("NOK_TEST_POSTGRES_URL");
    if (!server || !*server) return;
    std::random_device rd;
    schema_ = "test_" + std::to_string(rd()) + std::to_string(rd());
    sql::open_postgres(server)->script("CREATE SCHEMA " + schema_);
    const std::string base(server);
    url_ = base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
  } else {
    url_ = "sqlite:" + dir_.file("test.db");
  }
  store_ = sql::open_sql_store(url_, 4);
  store_->migrate();
  add_reference_data(*store_);
}

std::unique_ptr<sql::Connection> TestStore::connect() const {
  return url_.starts_with("sqlite:") ? sql::open_sqlite(url_.substr(7)) : sql::open_postgres(url_);
}

TestStore::~TestStore() {
  store_.reset();
  if (!schema_.empty()) sql::open_postgres(std::getenv("NOK_TEST_POSTGRES_URL"))->script("DROP SCHEMA " + schema_ + " CASCADE");
}

}  // namespace nok::test
