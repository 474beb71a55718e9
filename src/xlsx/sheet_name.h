#pragma once
// Sheet names as Excel accepts them, made from any text (a district's name, a year).
#include <string>
#include <string_view>
#include <vector>

namespace nok::xlsx {

// `wanted` made into a sheet name Excel accepts and that differs from every name in `taken`:
// the characters Excel forbids ([ ] : * ? / \) become '-', control characters are dropped,
// spaces and apostrophes are trimmed from both ends, and the result is cut to 31 characters
// (counted as Excel counts them, in UTF-16 units). An empty name becomes "Лист N"; a name
// already taken, compared as Excel does regardless of case (Cyrillic too), or Excel's
// reserved "History", gets " (2)", " (3)", … within the 31 characters.
std::string sheet_name(std::string_view wanted, const std::vector<std::string>& taken);

}  // namespace nok::xlsx
