#include "core/xml_text.h"

#include <kainjow/mustache.hpp>

#include <cstdint>

namespace nok::text {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the valid UTF-8 sequence at the start of `s` and its code point, or 0 when
// it is not one (a stray continuation byte, a truncated, overlong or surrogate form).
std::size_t sequence(std::string_view s, std::uint32_t& code_point) {
  const auto lead = static_cast<unsigned char>(s[0]);
  std::size_t length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 0;
  if (length == 0 || length > s.size()) return 0;
  code_point = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(s[i]);
    if ((next & 0xC0) != 0x80) return 0;
    code_point = code_point << 6 | (next & 0x3F);
  }
  static constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code_point < kSmallest[length] || (code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF)
    return 0;
  return length;
}

bool allowed(std::uint32_t c) {
  if (c == '\t' || c == '\n' || c == '\r') return true;
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;
  return c != 0xFFFE && c != 0xFFFF;
}

}  // namespace

std::string xml_text(std::string_view text) {
  std::string clean;
  clean.reserve(text.size());
  while (!text.empty()) {
    std::uint32_t code_point = 0;
    const auto length = sequence(text, code_point);
    if (length == 0) {
      clean += kReplacement;
      text.remove_prefix(1);
      continue;
    }
    if (allowed(code_point)) clean += text.substr(0, length);
    text.remove_prefix(length);
  }
  return kainjow::mustache::html_escape(clean);
}

}  // namespace nok::text
