#include "domain/registry/region_code.h"

namespace nok {

bool valid_region_filter(std::string_view region) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  return region.empty() || (region.size() == 2 && digit(region[0]) && digit(region[1]));
}

}  // namespace nok
