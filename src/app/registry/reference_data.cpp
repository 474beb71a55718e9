#include "app/registry/reference_data.h"

#include "core/csv.h"
#include "core/embedded.h"

namespace nok::data {
const std::vector<nok::EmbeddedFile>& files();
}

namespace nok {

const std::vector<Region>& known_regions() {
  static const std::vector<Region> regions = [] {
    std::vector<Region> out;
    for (const auto& f : data::files()) {
      if (f.name != "regions.csv") continue;
      auto table = csv::parse(f.contents);
      for (const auto& r : table->records) out.push_back({r.fields.at(0), r.fields.at(1)});
    }
    return out;
  }();
  return regions;
}

void add_reference_data(RegistryStore& registry) { registry.upsert_regions(known_regions()); }

}  // namespace nok
