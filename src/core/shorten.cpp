#include "core/shorten.h"

#include <algorithm>

#include "core/text.h"

namespace nok::text {

std::string shorten(std::string_view text, std::size_t limit) {
  limit = std::max<std::size_t>(limit, 2);
  if (length(text) <= limit) return std::string(text);
  // The byte where code point `limit - 1` starts: room for the ellipsis.
  std::size_t end = 0;
  for (std::size_t points = 0; end < text.size(); ++end) {
    if ((static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) continue;
    if (points++ == limit - 1) break;
  }
  if (const auto space = text.rfind(' ', end); space != std::string_view::npos && space > end / 2) end = space;
  auto kept = text.substr(0, end);
  while (!kept.empty() && (kept.back() == ' ' || kept.back() == ',')) kept.remove_suffix(1);
  return std::string(kept) + "…";
}

}  // namespace nok::text
