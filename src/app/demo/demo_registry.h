#pragma once
#include <cstdint>
#include <vector>

#include "domain/registry/organisation.h"

namespace nok {

// A plausible registry for demonstrations and benchmarks: schools, kindergartens,
// polyclinics, libraries, museums, social-care centres and МСЭ bureaus spread over
// `regions`, with valid ИНН, unique public codes and yearly recipient counts. The same
// seed gives the same registry on every machine (no std:: distributions, whose output
// is implementation-defined).
std::vector<Organisation> generate_demo_registry(std::size_t count, std::uint64_t seed,
                                                 const std::vector<Region>& regions);

}  // namespace nok
