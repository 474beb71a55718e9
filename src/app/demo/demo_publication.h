#pragma once
#include <cstddef>
#include <functional>
#include <vector>

#include "domain/registry/organisation.h"
#include "store/cycle_store.h"
#include "store/staff_store.h"
#include "store/store.h"

namespace nok {

// Runs `year` (last year, for the demo) through the whole cycle for the first `authorities`
// authorities of the demo registry, as the staff pages would: opened, organisations listed,
// opinions collected (`add_responses` fills them once the cycles exist), materials handed to
// the council with the engine's deficiencies, approved and published. Organisation pages
// and the open data then show published results. Returns the number of published cycles.
std::size_t publish_demo_year(Store& store, CycleStore& cycles, StaffStore& staff,
                              const std::vector<Organisation>& registry, int year, std::size_t authorities,
                              const std::function<void()>& add_responses);

}  // namespace nok
