#pragma once
#include "app/staff/password_hashing.h"
#include "app/staff/policy.h"
#include "store/cycle_store.h"
#include "store/moderation_store.h"
#include "store/placement_store.h"
#include "store/plan_store.h"
#include "store/staff_store.h"

namespace nok::web {

// What the staff workspaces add to the site: their stores (sharing the main store's
// connections), the sign-in limits and the threads that check passwords. Owned by `nok serve`.
struct StaffContext {
  StaffStore& accounts;
  PlacementStore& placements;
  CycleStore& cycles;
  PlanStore& plans;
  ModerationStore& moderation;
  StaffPolicy policy;
  // Where sign-in checks passwords, made from `policy` by the owner once the settings are
  // read; required for the sign-in page.
  PasswordHashing* hashing = nullptr;
};

}  // namespace nok::web
