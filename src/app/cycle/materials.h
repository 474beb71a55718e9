#pragma once
#include <vector>

#include "domain/cycle/results.h"
#include "store/cycle_store.h"
#include "store/store.h"

namespace nok {

// The operator's materials for the council: each listed organisation's values computed
// now by the cycle's methodology `edition` from the counted responses and the expert inputs, with
// the deficiencies the operator wrote (or, where none, the engine's default list) and
// the proposals the council has written so far.
std::vector<cycle::OrganisationResult> compute_materials(Store& store, CycleStore& cycles, const CycleRecord& cycle,
                                                         const methodology::Methodology& edition);

// One organisation's values as of now, with the texts saved for it in the current edition.
cycle::OrganisationResult current_result(Store& store, CycleStore& cycles, const CycleRecord& cycle,
                                         const methodology::Methodology& edition, const Organisation& organisation);

}  // namespace nok
