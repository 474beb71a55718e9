#pragma once
#include <string>

#include "core/result.h"
#include "domain/staff/access.h"
#include "store/staff_store.h"

namespace nok {

// What the cabinet's profile form posts: the editable fields and the version the form
// was rendered from. These are the organisation's own: once staff change one, a registry
// re-import keeps it (docs/formats.md). The name, ИНН, region, sphere, level, authority
// and the rest come from the registry and are not editable here.
struct ProfileEdit {
  std::string address;
  std::string website;
  std::int64_t version = 0;
};

// Validates and saves `edit` over `current` (read just now). Saving over a version other
// than the form's changes nothing and fails with stale_version (optimistic locking).
// Errors: bad_address, bad_website, stale_version.
Result<Ok> edit_profile(StaffStore& staff, const staff::StaffUser& actor, const OrganisationProfile& current,
                        const ProfileEdit& edit);

}  // namespace nok
