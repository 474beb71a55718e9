#include "core/parse_number.h"

#include <cmath>
#include <string>

namespace nok::text {

std::optional<double> parse_decimal(std::string_view text) {
  std::string copy(text);
  for (char& c : copy)
    if (c == ',') c = '.';
  double value = 0;
  const auto [end, ec] = std::from_chars(copy.data(), copy.data() + copy.size(), value);
  if (copy.empty() || ec != std::errc{} || end != copy.data() + copy.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

}  // namespace nok::text
