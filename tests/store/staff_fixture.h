#pragma once
#include <gtest/gtest.h>

#include "core/time.h"
#include "store/sql/connection.h"
#include "support/staff_stores.h"
#include "support/test_store.h"

namespace nok::test {

// A store with two organisations of two authorities, the staff ports beside it, and a
// cycle of this year that includes both.
class StaffFixture : public testing::Test {
 protected:
  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
    stores = std::make_unique<StaffStores>(store);
    (void)store->upsert_organisations({organisation("school", "Школа № 1", "77", "Департамент образования"),
                                       organisation("clinic", "Поликлиника № 2", "50", "Минздрав области")});
    const auto cycle = store->open_cycle("Департамент образования", year, "344n-2019");
    store->include_in_cycle(cycle, {{"school", 100}});
    const auto other = store->open_cycle("Минздрав области", year, "344n-2019");
    store->include_in_cycle(other, {{"clinic", 100}});
  }

  static Organisation organisation(std::string code, std::string name, std::string region, std::string authority) {
    Organisation o;
    o.code = std::move(code);
    o.inn = "7707083893";
    o.full_name = o.short_name = std::move(name);
    o.region_code = std::move(region);
    o.sphere = Sphere::education;
    o.authority = std::move(authority);
    o.address = "ул. Ленина, 1";
    return o;
  }

  std::int64_t organisation_id(const std::string& code) { return stores->staff.organisation_scope(code)->organisation_id; }

  // Runs SQL on the test database directly (fixtures the ports do not write, tamper tests).
  void run_sql(std::string_view sql, std::initializer_list<sql::Param> params = {}) {
    auto c = stores->pool().acquire();
    c->run(sql, params);
  }

  const int year = current_year();
  TestStore store;
  std::unique_ptr<StaffStores> stores;
};

}  // namespace nok::test
