// The registry import (domain/registry/organisation_csv) on any CSV text: officials upload
// the lists of organisations to assess. Besides not crashing, a file it accepts yields
// organisations with valid public codes and ИНН, known regions and distinct codes; a file
// it refuses names a line for every problem.
#include <set>

#include "domain/registry/inn.h"
#include "domain/registry/organisation_csv.h"
#include "fuzz/property.h"

using namespace nok;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<Region> regions{{"01", "Республика Адыгея"}, {"77", "Москва"}, {"78", "Санкт-Петербург"}};
  auto parsed = parse_organisations(fuzz::text_of(data, size), regions);
  if (!parsed.errors.empty()) {
    for (const auto& e : parsed.errors) fuzz::require(e.line >= 1, "every problem names its line");
    return 0;
  }
  std::set<std::string> codes;
  for (const auto& org : parsed.organisations) {
    fuzz::require(valid_public_code(org.code), "an accepted code is a valid public code");
    fuzz::require(valid_inn(org.inn), "an accepted ИНН is valid");
    fuzz::require(org.region_code == "01" || org.region_code == "77" || org.region_code == "78",
                  "an accepted region is a known one");
    fuzz::require(!org.full_name.empty(), "an accepted organisation has a name");
    fuzz::require(codes.insert(org.code).second, "no code is accepted twice");
  }
  return 0;
}
