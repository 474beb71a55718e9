#include <boost/json.hpp>

#include "core/text.h"
#include "web/api/api.h"
#include "web/api/json_io.h"

namespace nok::web {
namespace {

namespace json = boost::json;

json::object to_json(const Organisation& o) {
  return {{"code", o.code},
          {"inn", o.inn},
          {"full_name", o.full_name},
          {"short_name", o.short_name},
          {"region", o.region_code},
          {"sphere", code(o.sphere)},
          {"level", code(o.level)},
          {"authority", o.authority},
          {"municipality", o.municipality},
          {"address", o.address},
          {"website", o.website},
          {"recipients", o.recipients_per_year},
          {"bus_gov_card", o.bus_gov_card.value_or("")}};
}

http::Response list(Store& store, const http::Request& r) {
  OrganisationQuery q;
  q.text = std::string(text::trim(r.query_value("q")));
  if (text::length(q.text) > 200) return api_error(400, "query_too_long", "Запрос слишком длинный: не более 200 символов");
  q.region_code = std::string(r.query_value("region"));
  if (auto s = r.query_value("sphere"); !s.empty()) {
    q.sphere = parse_sphere(s);
    if (!q.sphere) return api_error(400, "unknown_sphere", "Неизвестная сфера: culture, health, education, social, mse");
  }
  auto limit = int_param(r, "limit", 20, 100);
  auto offset = int_param(r, "offset", 0, 1'000'000);
  if (!limit || !offset) return api_error(400, "bad_paging", "limit — от 0 до 100, offset — неотрицательное число");
  q.limit = *limit;
  q.offset = *offset;
  auto page = store.search_organisations(q);
  json::array items;
  for (const auto& o : page.items) items.push_back(to_json(o));
  return http::Response::json(200, http::json_text(json::object{{"total", page.total}, {"items", std::move(items)}}));
}

http::Response one(Store& store, const http::Request& r) {
  auto org = store.find_organisation(r.param("code"));
  if (!org) return api_error(404, "organisation_not_found", "Организация с таким кодом не найдена");
  return http::Response::json(200, http::json_text(to_json(*org)));
}

}  // namespace

http::Response api_error(int status, const std::string& code, const std::string& message) {
  return http::Response::json(status,
                              http::json_text(json::object{{"error", {{"code", code}, {"message", message}}}}));
}

void add_registry_api(http::Router& router, Store& store) {
  router.get("/api/v1/organisations", [&store](const http::Request& r) { return list(store, r); });
  router.get("/api/v1/organisations/{code}", [&store](const http::Request& r) { return one(store, r); });
}

}  // namespace nok::web
