#pragma once
#include <string_view>

namespace nok {

// A region filter as pages and open data take it: empty (every region) or the two-digit
// code of a subject of the Russian Federation ("77").
bool valid_region_filter(std::string_view region);

}  // namespace nok
