#pragma once
#include <vector>

#include "domain/registry/organisation.h"
#include "store/registry_store.h"

namespace nok {

// The regions of the Russian Federation (data/regions.csv, compiled in).
const std::vector<Region>& known_regions();

// Stores the reference data (the regions) that a migrated database needs before anything
// else. Idempotent; run by `nok migrate` and at every start, after the migrations.
void add_reference_data(RegistryStore& registry);

}  // namespace nok
