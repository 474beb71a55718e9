#pragma once
#include <cstdint>
#include <vector>

#include "domain/registry/organisation.h"
#include "store/store.h"

namespace nok {

// Fills this year's assessment of the demo registry with plausible data: for each
// assessed organisation an operator's inspection and up to `max_per_organisation`
// survey responses (mostly through the site, some through the app and the operator),
// each organisation with its own level of satisfaction. Deterministic for a seed.
// Returns the number of responses stored.
std::size_t add_demo_responses(Store& store, const std::vector<Organisation>& registry, int year, std::uint64_t seed,
                               int max_per_organisation = 30);

}  // namespace nok
