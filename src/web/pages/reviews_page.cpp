// /o/{code}/reviews: every published review of an organisation with the answers, ten a page.
#include <algorithm>
#include <cstdlib>
#include <kainjow/mustache.hpp>

#include "web/pages/feedback_pages.h"
#include "web/pages/review_view.h"
#include "web/pages/wording.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

constexpr int kPageSize = 10;

http::Response reviews(const SiteContext& site, const http::Request& request) {
  auto org = site.store.find_organisation(request.param("code"));
  if (!org) return message_page(404, "Организация не найдена", "По этому адресу нет организации.", request);
  const int number = std::clamp(std::atoi(std::string(request.query_value("page")).c_str()), 1, 10000);
  const auto found = site.store.published_reviews(org->code, kPageSize, (number - 1) * kPageSize);
  Data data;
  data.set("code", org->code);
  data.set("short_name", org->short_name);
  data.set("summary", found.total ? "Опубликовано: " + plural(found.total, "отзыв", "отзыва", "отзывов")
                                  : std::string("Отзывов пока нет."));
  list items;
  for (const auto& review : found.items) items.push_back(review_data(review));
  data.set("reviews", items);
  const int page_count = static_cast<int>((found.total + kPageSize - 1) / kPageSize);
  if (page_count > 1) {
    object pages{{"page", std::to_string(number)}, {"page_count", std::to_string(page_count)}};
    const std::string base = "/o/" + org->code + "/reviews?page=";
    if (number > 1) pages["prev"] = base + std::to_string(number - 1);
    if (number < page_count) pages["next"] = base + std::to_string(number + 1);
    data.set("pages", pages);
  }
  return page(200, "reviews", "Отзывы — " + org->short_name, data, request);
}

}  // namespace

void add_reviews_page(http::Router& router, const SiteContext& site) {
  router.get("/o/{code}/reviews", [&site](const http::Request& r) { return reviews(site, r); });
}

}  // namespace nok::web
