#include "web/staff/numbers.h"

#include <charconv>

namespace nok::web {

std::optional<std::int64_t> parse_id(std::string_view text) {
  std::int64_t n = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (error != std::errc() || end != text.data() + text.size() || n <= 0) return std::nullopt;
  return n;
}

}  // namespace nok::web
