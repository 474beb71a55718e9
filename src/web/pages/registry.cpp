// The public registry: home page and search (also the list of one authority's organisations).
#include <kainjow/mustache.hpp>

#include "app/registry/listing_authority.h"
#include "core/parse_number.h"
#include "core/text.h"
#include "web/pages/choices.h"
#include "web/pages/pages.h"
#include "web/pages/wording.h"
#include "web/view.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

constexpr int kPageSize = 20;
constexpr std::size_t kMaxQueryLength = 200;

// The search form's fields, with the current choices.
void add_form(Data& data, std::string_view q, std::string_view region, std::string_view sphere) {
  data.set("q", std::string(q));
  set_region_sphere_choices(data, region, sphere);
}

std::string search_url(std::string_view q, std::string_view region, std::string_view sphere,
                       std::string_view authority, int page) {
  return "/search?q=" + http::percent_encode(q) + "&region=" + http::percent_encode(region) +
         "&sphere=" + http::percent_encode(sphere) +
         (authority.empty() ? "" : "&authority=" + http::percent_encode(authority)) + "&page=" + std::to_string(page);
}

// An address usually starts with the region, which the result line already shows.
std::string without_prefix(const std::string& address, const std::string& region) {
  if (!address.starts_with(region)) return address;
  return std::string(text::trim(std::string_view(address).substr(region.size()).substr(
      address.size() > region.size() && address[region.size()] == ',' ? 1 : 0)));
}

http::Response home(Store& store, const http::Request& request) {
  Data data;
  add_form(data, "", "", "");
  data.set("organisations", plural(store.count_organisations(), "организация", "организации", "организаций"));
  return page(200, "home", "Главная", data, request);
}

http::Response search(Store& store, const http::Request& request) {
  const auto q = text::trim(request.query_value("q"));
  const auto region = request.query_value("region");
  const auto sphere_code = request.query_value("sphere");
  const auto authority = request.query_value("authority");  // an authority's banner leads here
  Data data;
  add_form(data, q, region, sphere_code);

  OrganisationQuery query;
  std::string error;
  if (text::length(q) > kMaxQueryLength) error = "Запрос слишком длинный: не более 200 символов.";
  query.text = std::string(q);
  if (!region.empty()) {
    if (known_region(region)) query.region_code = std::string(region);
    else error = "Такого региона нет в списке.";
  }
  if (!sphere_code.empty()) {
    query.sphere = parse_sphere(sphere_code);
    if (!query.sphere) error = "Такой сферы нет в списке.";
  }
  if (!authority.empty()) {
    const auto id = text::parse_integer<std::int64_t>(authority);
    const auto name = id ? listing_authority(store, *id) : std::nullopt;
    if (name) {
      query.authority_id = *id;
      data.set("authority_id", std::string(authority));
      data.set("authority_name", *name);
    } else {
      error = "Такого уполномоченного органа нет в реестре.";
    }
  }
  int page_number = std::max(1, std::atoi(std::string(request.query_value("page")).c_str()));
  page_number = std::min(page_number, 10000);
  if (!error.empty()) {
    data.set("error", error);
    return page(400, "search", "Поиск организации", data, request);
  }

  query.limit = kPageSize;
  query.offset = (page_number - 1) * kPageSize;
  auto result = store.search_organisations(query);
  list items;
  for (const auto& o : result.items)
    items.push_back(object{{"code", o.code},
                           {"short_name", o.short_name},
                           {"sphere", std::string(title(o.sphere))},
                           {"region", region_name(o.region_code)},
                           {"address", without_prefix(o.address, region_name(o.region_code))}});
  data.set("items", items);
  data.set("summary", result.total ? "Найдено: " + plural(result.total, "организация", "организации", "организаций")
                                   : "Ничего не найдено. Попробуйте часть названия или ИНН.");
  const int page_count = static_cast<int>((result.total + kPageSize - 1) / kPageSize);
  if (page_count > 1) {
    object pages{{"page", std::to_string(page_number)}, {"page_count", std::to_string(page_count)}};
    if (page_number > 1) pages["prev"] = search_url(q, region, sphere_code, authority, page_number - 1);
    if (page_number < page_count) pages["next"] = search_url(q, region, sphere_code, authority, page_number + 1);
    data.set("pages", pages);
  }
  return page(200, "search", "Поиск организации", data, request);
}

}  // namespace

void add_registry_pages(http::Router& router, Store& store) {
  router.get("/", [&store](const http::Request& r) { return home(store, r); });
  router.get("/search", [&store](const http::Request& r) { return search(store, r); });
}

}  // namespace nok::web
