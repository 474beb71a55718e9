#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace nok {

// Reading what identity providers and our own sealed cookie send: a JSON object, or nothing.
inline std::optional<boost::json::object> parse_object(std::string_view text) {
  boost::system::error_code ec;
  auto parsed = boost::json::parse(text, ec);
  if (ec || !parsed.is_object()) return std::nullopt;
  return std::move(parsed.as_object());
}

// A string member's value, or "" when it is absent or not a string.
inline std::string string_field(const boost::json::object& object, std::string_view name) {
  auto it = object.find(name);
  return it != object.end() && it->value().is_string() ? std::string(it->value().as_string()) : "";
}

}  // namespace nok
