#pragma once
#include <string>

#include "core/result.h"
#include "domain/staff/access.h"
#include "store/placement_store.h"

namespace nok {

// What the cabinet's form posts to register a placement.
struct PlacementRequest {
  std::string carrier;
  std::string place;
  std::string note;  // where exactly: «у лифта, 2 этаж»
};

// Registers a placement of the organisation; its QR code carries the new id.
// Errors: bad_carrier, bad_place, bad_note.
Result<Placement> register_placement(PlacementStore& store, const staff::StaffUser& actor,
                                     std::int64_t organisation_id, const PlacementRequest& request);

// Records that staff scanned the placement's code and it opened the right page.
// Errors: already_confirmed.
Result<Ok> confirm_placement(PlacementStore& store, const staff::StaffUser& actor, const Placement& placement);

// Takes the placement down (it stays in the history and the audit log).
void remove_placement(PlacementStore& store, const staff::StaffUser& actor, const Placement& placement);

}  // namespace nok
