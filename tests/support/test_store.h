#pragma once
#include <memory>
#include <string>

#include "store/sql/sql_store.h"
#include "support/temp_dir.h"

namespace nok::test {

// A migrated, empty store on the engine named by NOK_TEST_ENGINE (sqlite by default).
// On PostgreSQL each instance gets its own schema on the server at
// NOK_TEST_POSTGRES_URL, dropped afterwards, so tests never see each other's rows.
// `available()` is false (and the test should skip) when PostgreSQL was asked for
// but no server was given.
class TestStore {
 public:
  TestStore();
  ~TestStore();
  bool available() const { return store_ != nullptr; }
  sql::SqlStore& operator*() { return *store_; }
  sql::SqlStore* operator->() { return store_.get(); }
  const std::string& url() const { return url_; }
  // A new connection of its own to the store's database, for tests of the SQL layer.
  std::unique_ptr<sql::Connection> connect() const;
  static std::string engine_name();

 private:
  TempDir dir_;
  std::string url_;
  std::string schema_;
  std::unique_ptr<sql::SqlStore> store_;
};

}  // namespace nok::test
