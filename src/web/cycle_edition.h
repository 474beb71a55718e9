#pragma once
#include <string_view>

#include "domain/methodology/methodology.h"
#include "web/context.h"

namespace nok::web {

// The methodology edition of the organisation's cycle this year: what its forms ask and its
// scores follow. The default when the organisation is in no cycle.
const methodology::Methodology& cycle_edition(const SiteContext& site, std::string_view org_code);

}  // namespace nok::web
