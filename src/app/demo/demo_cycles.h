#pragma once
#include <vector>

#include "domain/registry/organisation.h"
#include "store/assessment_store.h"

namespace nok {

// Opens this year's assessment cycle for every authority of the demo registry and
// includes nine organisations in ten (every tenth is left out, so the site can show an
// organisation that is not assessed this year). Returns the number of cycles.
std::size_t open_demo_cycles(AssessmentStore& store, const std::vector<Organisation>& registry, int year);

}  // namespace nok
