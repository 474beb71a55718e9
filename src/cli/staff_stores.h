#pragma once
#include <memory>

#include "cli/common.h"
#include "store/sql/sql_cycle_store.h"
#include "store/sql/sql_moderation_store.h"
#include "store/sql/sql_outbox_store.h"
#include "store/sql/sql_placement_store.h"
#include "store/sql/sql_plan_store.h"
#include "store/sql/sql_staff_store.h"
#include "store/sql/sql_store.h"
#include "web/staff/staff_context.h"

namespace nok::cli {

// The main store and the staff ports over its connection pool, with the staff policy, and
// the outbox of mail and SMS: what `nok serve`, `nok user`, `nok reminders` and `nok outbox`
// share. Members are destroyed in reverse order, so the buffered scan counts are written
// before the pool closes.
struct StaffStores {
  explicit StaffStores(std::unique_ptr<sql::SqlStore> store)
      : main(std::move(store)),
        staff(main->pool()),
        placements(main->pool()),
        cycles(main->pool()),
        plans(main->pool()),
        moderation(main->pool()),
        outbox(main->pool()),
        context{staff, placements, cycles, plans, moderation, {}, &outbox} {}

  std::unique_ptr<sql::SqlStore> main;
  sql::SqlStaffStore staff;
  sql::SqlPlacementStore placements;
  sql::SqlCycleStore cycles;
  sql::SqlPlanStore plans;
  sql::SqlModerationStore moderation;
  sql::SqlOutboxStore outbox;
  web::StaffContext context;
};

// Opens the store named by --db like open_prepared_store, with the staff ports beside it.
std::unique_ptr<StaffStores> open_staff_stores(const po::variables_map& vm, std::size_t connections);

}  // namespace nok::cli
