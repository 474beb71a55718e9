#pragma once
#include <charconv>
#include <concepts>
#include <optional>
#include <string_view>

namespace nok::text {

// The integer written by the whole of `text` in decimal ("42", "-7"); nothing for an empty
// text, a sign without digits, anything after the digits (" 42", "42a", "4.0") or a value
// out of T's range. The one way the code reads an integer from a person or a file; the
// caller adds its own range check and message.
template <std::integral T>
std::optional<T> parse_integer(std::string_view text) {
  T value{};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// The finite number written by the whole of `text`, with a decimal point or a decimal comma
// (as Russian spreadsheets write it): "1,5" and "1.5" are both 1.5; nothing for anything else.
std::optional<double> parse_decimal(std::string_view text);

}  // namespace nok::text
