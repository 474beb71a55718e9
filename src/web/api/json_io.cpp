#include "web/api/json_io.h"

#include <charconv>

#include "web/session.h"
#include "web/api/api.h"

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

std::optional<int> int_param(const http::Request& r, std::string_view name, int fallback, int max) {
  auto text = r.query_value(name);
  if (text.empty()) return fallback;
  int v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || ptr != text.data() + text.size() || v < 0 || v > max) return std::nullopt;
  return v;
}

http::Response bad_json() { return api_error(400, "bad_json", "Тело запроса должно быть объектом JSON"); }

http::Response errors_response(int status, const Errors& errors) {
  json::array details;
  for (const auto& e : errors) details.push_back({{"code", e.code}, {"message", e.message}, {"field", e.column}});
  return http::Response::json(status, json::serialize(json::object{
                                          {"error", {{"code", errors.front().code},
                                                     {"message", errors.front().message},
                                                     {"details", std::move(details)}}}}));
}

std::optional<Session> bearer_session(const SiteContext& site, const http::Request& r) {
  const auto auth = r.header("authorization");
  if (!auth.starts_with("Bearer ")) return std::nullopt;
  return citizen_sign_in(site).session(auth.substr(7));
}

}  // namespace nok::web
