#pragma once
#include <vector>

#include "domain/registry/organisation.h"
#include "store/store.h"

namespace nok {

// The regions of the Russian Federation (data/regions.csv, compiled in).
const std::vector<Region>& known_regions();

// Brings a database up to date: migrations, then reference data. Idempotent; run by
// `nok migrate` and at every start.
void prepare_database(Store& store);

}  // namespace nok
