#include "web/api/json_io.h"

#include "web/error_status.h"

#include "core/parse_number.h"
#include "web/session.h"
#include "web/api/api.h"

namespace nok::web {

namespace json = boost::json;

std::optional<int> int_param(const http::Request& r, std::string_view name, int fallback, int max) {
  auto text = r.query_value(name);
  if (text.empty()) return fallback;
  const auto v = text::parse_integer<int>(text);
  if (!v || *v < 0 || *v > max) return std::nullopt;
  return v;
}

http::Response bad_json() { return api_error(400, "bad_json", "Тело запроса должно быть объектом JSON"); }

http::Response errors_response(int status, const Errors& errors) {
  json::array details;
  for (const auto& e : errors) details.push_back({{"code", e.code}, {"message", e.message}, {"field", e.column}});
  return http::Response::json(status, http::json_text(json::object{
                                          {"error", {{"code", errors.front().code},
                                                     {"message", errors.front().message},
                                                     {"details", std::move(details)}}}}));
}

http::Response errors_response(const Errors& errors) { return errors_response(http_status(errors), errors); }

std::optional<Session> bearer_session(const SiteContext& site, const http::Request& r) {
  const auto auth = r.header("authorization");
  if (!auth.starts_with("Bearer ")) return std::nullopt;
  return citizen_sign_in(site).session(auth.substr(7));
}

}  // namespace nok::web
