#include "web/api/json_body.h"

namespace nok::web {

namespace json = boost::json;

std::optional<json::object> json_body(const http::Request& r) {
  boost::system::error_code ec;
  auto value = json::parse(r.body, ec);
  if (ec || !value.is_object()) return std::nullopt;
  return value.as_object();
}

std::string string_member(const json::object& o, std::string_view name) {
  auto it = o.find(name);
  return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : std::string();
}

std::optional<std::string> field_text(const json::value& value) {
  if (value.is_int64()) return std::to_string(value.as_int64());
  if (value.is_uint64()) return std::to_string(value.as_uint64());
  if (value.is_bool()) return value.as_bool() ? "1" : "0";
  if (value.is_string()) return std::string(value.as_string());
  if (value.is_null()) return "";
  return std::nullopt;
}

}  // namespace nok::web
