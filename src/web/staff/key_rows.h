#pragma once
// An organisation's keys as the cabinet lists them: the keys of its own systems on the
// invitations page, its terminals on the kiosks page.
#include <cstdint>

#include "store/organisation_key_store.h"
#include "web/view.h"

namespace nok::web {

// Sets `has_keys` and `keys` (id, name, created, and last_used and revoked when they
// happened) in `data`: the organisation's keys of `kind`, newest first.
void set_key_rows(Data& data, OrganisationKeyStore& keys, KeyKind kind, std::int64_t organisation_id);

}  // namespace nok::web
