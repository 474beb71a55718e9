#include "xlsx/sheet_name.h"

#include <algorithm>

#include "core/text.h"

namespace nok::xlsx {
namespace {

constexpr std::size_t kMaxUnits = 31;

// The bytes of one code point starting at `s[at]` (1 for a stray byte).
std::size_t sequence_length(std::string_view s, std::size_t at) {
  std::size_t end = at + 1;
  while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
  return end - at;
}

// `name` cut to at most `units` UTF-16 units, at a code point boundary.
std::string cut(std::string_view name, std::size_t units) {
  std::size_t used = 0, at = 0;
  while (at < name.size()) {
    const auto length = sequence_length(name, at);
    const std::size_t cost = length == 4 ? 2 : 1;  // beyond U+FFFF: a surrogate pair
    if (used + cost > units) break;
    used += cost;
    at += length;
  }
  return std::string(name.substr(0, at));
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\'')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\'')) s.remove_suffix(1);
  return s;
}

bool is_taken(const std::string& name, const std::vector<std::string>& taken) {
  const auto folded = text::fold(name);
  if (folded == "history") return true;
  return std::any_of(taken.begin(), taken.end(), [&](const std::string& t) { return text::fold(t) == folded; });
}

}  // namespace

std::string sheet_name(std::string_view wanted, const std::vector<std::string>& taken) {
  std::string clean;
  for (char c : wanted) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) continue;
    clean += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '-';
  }
  std::string base = std::string(trimmed(cut(trimmed(clean), kMaxUnits)));
  if (base.empty()) base = "Лист " + std::to_string(taken.size() + 1);
  if (!is_taken(base, taken)) return base;
  for (int n = 2;; ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    const auto candidate = std::string(trimmed(cut(base, kMaxUnits - suffix.size()))) + suffix;
    if (!is_taken(candidate, taken)) return candidate;
  }
}

}  // namespace nok::xlsx
