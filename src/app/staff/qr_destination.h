#pragma once
#include <string_view>

#include "core/result.h"
#include "domain/staff/access.h"
#include "store/registry_store.h"

// Where QR codes lead: a region's choice and an organisation's own (docs/printing.md,
// "Where the QR code leads"). Each change is audited.
namespace nok {

// Sets the region's destination ("nok" | "bus_gov"), for administrators.
// Errors: not_found (no such region, or the actor may not choose), bad_qr_destination.
Result<Ok> set_region_qr_destination(RegistryStore& registry, const staff::StaffUser& actor,
                                     std::string_view region_code, std::string_view destination);

// Sets the organisation's own destination ("nok" | "bus_gov", or "region" for «как в регионе»),
// for its authority's officials and administrators; `authority_id` is the organisation's.
// Errors: not_found (no such organisation, or the actor may not choose), bad_qr_destination.
Result<Ok> set_organisation_qr_destination(RegistryStore& registry, const staff::StaffUser& actor,
                                           const Organisation& organisation, std::int64_t authority_id,
                                           std::string_view destination);

}  // namespace nok
