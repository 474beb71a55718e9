#pragma once
#include <gtest/gtest.h>

#include "core/time.h"
#include "store/sql/connection.h"
#include "store/sql/open_stores.h"
#include "support/assessed_organisations.h"
#include "support/test_store.h"

namespace nok::test {

// A store with two organisations of two authorities assessed this year, and the staff
// ports beside it.
class StaffFixture : public testing::Test {
 protected:
  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
    stores = sql::open_stores(store.url(), 2);
    add_two_assessed_organisations(*store);
  }

  std::int64_t organisation_id(const std::string& code) { return stores->staff.organisation_scope(code)->organisation_id; }

  // Runs SQL on the test database directly (fixtures the ports do not write, tamper tests).
  void run_sql(std::string_view sql, std::initializer_list<sql::Param> params = {}) {
    auto c = stores->pool().acquire();
    c->run(sql, params);
  }

  const int year = current_year();
  TestStore store;
  std::unique_ptr<sql::SqlStores> stores;
};

}  // namespace nok::test
