#pragma once
// Organisations of two regions, authorities, municipalities and spheres, assessed this year
// (and one of them last year), with the monitoring port beside the store; and the recount of
// every monitoring figure straight from the event tables, written here independently of the
// store's deltas, for the tests to compare with.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "store/sql/open_stores.h"
#include "support/test_store.h"

namespace nok::test {

class MonitoringFixture : public testing::Test {
 protected:
  void SetUp() override;

  // Per organisation code, every figure of `year` as counted from the events.
  std::map<std::string, MonitoringTotals> recount(int year);
  // The sum of the recount over the organisations `matches` accepts (their registry row).
  MonitoringTotals recount_sum(int year, const std::function<bool(const Organisation&)>& matches);
  // Every field of two totals, named in the failure. The recount does not know the
  // organisations touched only by events since undone (a placement taken down), so it
  // is compared without `organisations`.
  static void expect_same(const MonitoringTotals& actual, const MonitoringTotals& expected, const std::string& what,
                          bool with_organisations = true);
  // The sum of a roll-up's rows.
  static MonitoringTotals sum(const std::vector<MonitoringRow>& rows);

  // Runs SQL on the test database directly (fixtures the ports do not write).
  void run_sql(std::string_view sql, std::initializer_list<sql::Param> params = {});

  TestStore store;
  std::unique_ptr<sql::SqlStores> stores;
  // Counts scans, written only when a test reads the funnel: the stores' own flush in the
  // background could still be committing when the test reads.
  std::unique_ptr<sql::SqlPlacementStore> counter;
  int year = 0;
  std::int64_t education = 0, health = 0, education_last_year = 0;  // cycles
  std::map<std::string, std::int64_t> cycle_of;                     // this year's, by organisation code
  std::vector<std::int64_t> citizens;
};

}  // namespace nok::test
