// The public league table of a year's published results (/results): a region's
// organisations, of one sphere or all, ordered by the low end of their total's range, so a
// total from a handful of answers cannot lead on luck; equal low ends share a place.
#include <kainjow/mustache.hpp>

#include <boost/json.hpp>

#include "domain/methodology/league.h"
#include "domain/registry/sphere.h"
#include "http/message.h"
#include "web/pages/choices.h"
#include "web/pages/comparisons.h"
#include "web/pages/pages.h"
#include "web/pages/wording.h"
#include "web/staff/staff_context.h"
#include "web/view.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

constexpr std::size_t kPageSize = 50;  // a page stays light on a phone

std::string respondents_of(std::string_view scores_json) {
  boost::system::error_code ec;
  const auto doc = boost::json::parse(scores_json, ec);
  const auto* n = ec || !doc.is_object() ? nullptr : doc.as_object().if_contains("respondents");
  return n && n->is_number() ? std::to_string(n->to_number<std::int64_t>()) : std::string("нет данных");
}

std::string page_url(int year, std::string_view region, std::string_view sphere, std::size_t page) {
  return "/results?year=" + std::to_string(year) + "&region=" + http::percent_encode(region) +
         "&sphere=" + http::percent_encode(sphere) + "&page=" + std::to_string(page);
}

// The rows of a region (and sphere) in league order, one page of them.
void set_table(Data& data, CycleStore& cycles, int year, std::string_view region, std::string_view sphere,
               std::size_t page) {
  std::vector<PublishedResult> rows;
  cycles.each_published_result(year, region, [&](const PublishedResult& p) {
    if (sphere.empty() || p.sphere == sphere) rows.push_back(p);
  });
  std::vector<std::optional<methodology::Range>> ranges;
  for (const auto& r : rows) ranges.push_back(r.result.total ? range_of(r.result.scores_json) : std::nullopt);
  const auto places = methodology::rank_by_low_end(ranges);
  const std::size_t pages = std::max<std::size_t>(1, (rows.size() + kPageSize - 1) / kPageSize);
  page = std::min(page, pages);
  list table;
  for (std::size_t i = (page - 1) * kPageSize; i < std::min(rows.size(), page * kPageSize); ++i) {
    const auto& place = places[i];
    const auto& row = rows[place.index];
    const auto& range = ranges[place.index];
    table.push_back(object{
        {"place", place.place ? std::to_string(place.place) + " место" + (place.shared ? " (делят несколько)" : "")
                              : std::string("без места: нет данных")},
        {"code", row.result.code},
        {"name", row.result.short_name},
        {"total", score_text(row.result.total)},
        {"range", range ? "от " + score_text(range->low) + " до " + score_text(range->high) : std::string("нет данных")},
        {"respondents", respondents_of(row.result.scores_json)}});
  }
  data.set("rows", table);
  data.set("has_rows", !rows.empty());
  data.set("count", plural(static_cast<std::int64_t>(rows.size()), "организация", "организации", "организаций"));
  if (pages > 1) {
    object pager{{"page", std::to_string(page)}, {"page_count", std::to_string(pages)}};
    if (page > 1) pager["prev"] = page_url(year, region, sphere, page - 1);
    if (page < pages) pager["next"] = page_url(year, region, sphere, page + 1);
    data.set("pages", pager);
  }
}

http::Response league(const SiteContext& site, const http::Request& request) {
  Data data;
  const auto region = request.query_value("region");
  const auto sphere = request.query_value("sphere");
  set_region_sphere_choices(data, region, sphere);
  const auto published = site.staff ? site.staff->cycles.published_years() : std::vector<PublishedYear>{};
  if (published.empty()) {
    data.set("no_years", true);
    return page(200, "league", "Результаты независимой оценки", data, request);
  }
  int year = published.front().year;
  if (const auto asked = std::atoi(std::string(request.query_value("year")).c_str()); asked != 0) year = asked;
  list years;
  bool known_year = false;
  for (const auto& y : published) {
    years.push_back(object{{"year", std::to_string(y.year)}, {"selected", y.year == year}});
    known_year = known_year || y.year == year;
  }
  data.set("years", years);
  data.set("year", std::to_string(year));
  std::string error;
  if (!known_year) error = "За этот год результаты не опубликованы.";
  else if (!region.empty() && !known_region(region)) error = "Такого региона нет в списке.";
  else if (!sphere.empty() && !parse_sphere(sphere)) error = "Такой сферы нет в списке.";
  if (!error.empty()) {
    data.set("error", error);
    return page(400, "league", "Результаты независимой оценки", data, request);
  }
  if (region.empty()) {
    data.set("choose_region", true);
    return page(200, "league", "Результаты независимой оценки", data, request);
  }
  data.set("region_name", region_name(region));
  if (const auto s = parse_sphere(sphere)) data.set("sphere_title", std::string(title(*s)));
  const auto asked_page = std::atoi(std::string(request.query_value("page")).c_str());
  set_table(data, site.staff->cycles, year, region, sphere, static_cast<std::size_t>(std::max(1, asked_page)));
  return page(200, "league", "Результаты независимой оценки " + std::to_string(year) + " года", data, request);
}

}  // namespace

void add_league_page(http::Router& router, const SiteContext& site) {
  router.get("/results", [&site](const http::Request& r) { return league(site, r); });
}

}  // namespace nok::web
