#include "web/staff/numbers.h"

#include "core/parse_number.h"

namespace nok::web {

std::optional<std::int64_t> parse_id(std::string_view text) {
  const auto n = text::parse_integer<std::int64_t>(text);
  if (!n || *n <= 0) return std::nullopt;
  return n;
}

}  // namespace nok::web
