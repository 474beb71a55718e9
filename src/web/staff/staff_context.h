#pragma once
#include "app/staff/policy.h"
#include "store/cycle_store.h"
#include "store/moderation_store.h"
#include "store/outbox_store.h"
#include "store/placement_store.h"
#include "store/plan_store.h"
#include "store/staff_store.h"

namespace nok::web {

// What the staff workspaces add to the site: their stores (sharing the main store's
// connections) and the sign-in limits. Owned by `nok serve`.
struct StaffContext {
  StaffStore& accounts;
  PlacementStore& placements;
  CycleStore& cycles;
  PlanStore& plans;
  ModerationStore& moderation;
  StaffPolicy policy;
  OutboxStore* outbox = nullptr;  // /admin/outbox; nullptr: no such page
};

}  // namespace nok::web
