#pragma once
#include <memory>

#include "store/sql/sql_cycle_store.h"
#include "store/sql/sql_moderation_store.h"
#include "store/sql/sql_placement_store.h"
#include "store/sql/sql_plan_store.h"
#include "store/sql/sql_staff_store.h"
#include "store/sql/sql_store.h"
#include "support/test_store.h"

namespace nok::test {

// The staff ports on the database of a TestStore, over a pool of their own (in `nok
// serve` they share the main store's). `pool` is there for fixtures the ports do not
// write, such as an operator engaged for a cycle.
// An organisation of education at "ул. Ленина, 1" listed by `authority`.
Organisation staff_test_organisation(std::string code, std::string name, std::string region, std::string authority);

// Two organisations of two authorities, both assessed this year: "school" (region 77,
// «Департамент образования») and "clinic" (region 50, «Минздрав области»).
void add_two_assessed_organisations(Store& store);

class StaffStores {
 public:
  explicit StaffStores(const TestStore& store)
      : main_(sql::open_sql_store(store.url(), 2)),
        staff(main_->pool()),
        placements(main_->pool()),
        cycles(main_->pool()),
        plans(main_->pool()),
        moderation(main_->pool()) {}
  sql::Pool& pool() { return main_->pool(); }

 private:
  std::unique_ptr<sql::SqlStore> main_;

 public:
  sql::SqlStaffStore staff;
  sql::SqlPlacementStore placements;
  sql::SqlCycleStore cycles;
  sql::SqlPlanStore plans;
  sql::SqlModerationStore moderation;
};

}  // namespace nok::test
