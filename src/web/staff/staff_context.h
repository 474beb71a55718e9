#pragma once
#include "app/staff/policy.h"
#include "store/stores.h"

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

// The staff workspaces over the ports of one database.
inline StaffContext staff_context(const Stores& stores, StaffPolicy policy) {
  return {stores.staff, stores.placements, stores.cycles, stores.plans, stores.moderation, policy, &stores.outbox};
}

}  // namespace nok::web
