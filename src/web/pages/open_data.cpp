// Open data (the composition of Приказ Минфина № 66н): the published results of a year
// as CSV and JSON, the current edition per organisation, for anyone to download and
// re-use. The description page lists the fields; /opendata/datapackage.json describes them
// for tools (open_data_package.cpp).
#include <boost/json.hpp>
#include <kainjow/mustache.hpp>

#include "app/scoring/json_text.h"
#include "core/csv.h"
#include "core/time.h"
#include "core/parse_number.h"
#include "domain/registry/region_code.h"
#include "http/header.h"
#include "web/api/api.h"
#include "web/pages/open_data_columns.h"
#include "web/pages/open_data_package.h"
#include "web/pages/pages.h"
#include "web/staff/staff_context.h"
#include "web/view.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

struct Query {
  int year = 0;
  std::string region;
};

// The year a download without ?year= gives: the latest with published results (this year's
// is empty until its authorities publish), or this year when none is published yet.
int default_year(CycleStore& cycles) {
  const auto years = cycles.published_years();
  return years.empty() ? current_year() : years.front().year;
}

// ?year=YYYY (default: default_year) and ?region=NN (default: every region).
std::optional<Query> query_of(CycleStore& cycles, const http::Request& request) {
  Query q{0, std::string(request.query_value("region"))};
  const auto year = request.query_value("year");
  if (!year.empty()) {
    const auto given = text::parse_integer<int>(year);
    if (!given || *given < 2014 || *given > 2100) return std::nullopt;
    q.year = *given;
  }
  if (!valid_region_filter(q.region)) return std::nullopt;
  if (q.year == 0) q.year = default_year(cycles);
  return q;
}

// The editions the year's published results follow (none when nothing is published).
std::vector<std::string> editions_of_year(CycleStore& cycles, int year) {
  for (auto& y : cycles.published_years())
    if (y.year == year) return std::move(y.methodologies);
  return {};
}

boost::json::object scores_of(const PublishedResult& p) {
  boost::system::error_code ec;
  auto parsed = boost::json::parse(p.result.scores_json, ec);
  return !ec && parsed.is_object() ? parsed.as_object() : boost::json::object{};
}

boost::json::value member(const boost::json::object& scores, std::string_view group, const std::string& id) {
  const auto* g = scores.if_contains(group);
  const auto* v = g && g->is_object() ? g->as_object().if_contains(id) : nullptr;
  return v ? *v : boost::json::value(nullptr);
}

std::string cell(const boost::json::value& v) {
  if (v.is_double() || v.is_int64() || v.is_uint64()) return methodology::format_points(v.to_number<double>());
  return "";
}

http::Response bad_query(const http::Request& request) {
  return message_page(400, "Неверный запрос",
                      "Год — четыре цифры (например, year=2026), регион — код из двух цифр (region=77).", request);
}

http::Response results_csv(const SiteContext& site, const http::Request& request) {
  const auto q = query_of(site.staff->cycles, request);
  if (!q) return bad_query(request);
  const auto scores_columns = score_columns(*site.editions, editions_of_year(site.staff->cycles, q->year));
  csv::Writer rows;
  for (const auto& c : leading_columns()) rows.text(c.name);
  for (const auto& c : scores_columns) rows.text(c.name);
  for (const auto& c : trailing_columns()) rows.text(c.name);
  rows.end_row();
  site.staff->cycles.each_published_result(q->year, q->region, [&](const PublishedResult& p) {
    const auto scores = scores_of(p);
    rows.number(std::to_string(p.year)).text(p.region_code).text(p.authority).text(p.result.code).text(p.inn);
    rows.text(p.result.short_name).text(p.sphere).number(std::to_string(p.edition)).text(p.published_at);
    rows.text(p.result.methodology).number(cell(scores.contains("respondents") ? scores.at("respondents") : nullptr));
    rows.number(p.result.total ? methodology::format_points(*p.result.total) : "");
    rows.number(cell(member(scores, "range", "low"))).number(cell(member(scores, "range", "high")));
    for (const auto& c : scores_columns) rows.number(cell(member(scores, c.group, c.id)));
    rows.text(p.result.deficiencies).text(p.result.proposals).end_row();
  });
  std::string out = rows.take();
  http::Response response{200, "text/csv; charset=utf-8", std::move(out), {}};
  const std::string file_name = "Результаты-независимой-оценки-" + std::to_string(q->year) + ".csv";
  response.headers.emplace_back("Content-Disposition", http::content_disposition("attachment", file_name));
  return response;
}

// Participation and feedback per organisation (activity_columns), streamed: a country's
// organisations are read a page at a time and handed on as they are written.
http::Response activity_csv(const SiteContext& site, const http::Request& request) {
  const auto q = query_of(site.staff->cycles, request);
  if (!q) return bad_query(request);
  if (!site.staff->monitoring) return message_page(404, "Данные не найдены", "Мониторинг на этом сайте не ведётся.", request);
  MonitoringStore& store = *site.staff->monitoring;
  auto producer = [&store, q = *q](const http::StreamWriter& write) {
    csv::Writer rows;
    for (const auto& c : activity_columns()) rows.text(c.name);
    std::string chunk = rows.end_row().take();
    const auto year = std::to_string(q.year);
    store.for_each_organisation({q.year, q.region, 0, "", "", ""}, [&](const MonitoringRow& row) {
      rows.number(year).text(row.region_code).text(row.key).text(row.name);
      for (const auto* metric : public_metrics()) rows.number(monitoring::plain_figure(metric->value(row.totals), metric->kind));
      chunk += rows.end_row().take();
      if (chunk.size() >= 64 * 1024) write(std::exchange(chunk, {}));
      return true;
    });
    write(chunk);
  };
  auto response = http::Response::streamed("text/csv; charset=utf-8", std::move(producer));
  response.headers.emplace_back(
      "Content-Disposition",
      http::content_disposition("attachment", "Участие-и-отзывы-" + std::to_string(q->year) + ".csv"));
  return response;
}

http::Response results_json(const SiteContext& site, const http::Request& request) {
  const auto q = query_of(site.staff->cycles, request);
  if (!q) return api_error(400, "bad_query", "Год — четыре цифры, регион — код из двух цифр.");
  boost::json::array results;
  site.staff->cycles.each_published_result(q->year, q->region, [&](const PublishedResult& p) {
    auto scores = scores_of(p);
    results.push_back(boost::json::object{{"year", p.year},
                                          {"region_code", p.region_code},
                                          {"authority", p.authority},
                                          {"org", p.result.code},
                                          {"inn", p.inn},
                                          {"name", p.result.short_name},
                                          {"sphere", p.sphere},
                                          {"edition", p.edition},
                                          {"published_at", p.published_at},
                                          {"methodology", p.result.methodology},
                                          {"respondents", scores.contains("respondents") ? scores.at("respondents") : nullptr},
                                          {"total", scoring::number_or_null(p.result.total)},
                                          {"range", scores.contains("range") ? scores.at("range") : nullptr},
                                          {"answers", scores.contains("answers") ? scores.at("answers") : nullptr},
                                          {"criteria", scores.contains("criteria") ? scores.at("criteria") : boost::json::object{}},
                                          {"indicators", scores.contains("indicators") ? scores.at("indicators") : boost::json::object{}},
                                          {"deficiencies", p.result.deficiencies},
                                          {"proposals", p.result.proposals}});
  });
  const boost::json::object document{{"year", q->year}, {"region", q->region}, {"results", std::move(results)}};
  return http::Response::json(200, scoring::to_json_text(document));
}

http::Response description(const SiteContext& site, const http::Request& request) {
  Data data;
  list years;
  const auto published = site.staff->cycles.published_years();
  for (const auto& y : published)
    years.push_back(object{{"year", std::to_string(y.year)}, {"organisations", std::to_string(y.organisations)}});
  data.set("has_years", !years.empty());
  data.set("years", years);
  // The fields of the latest published year (the default download).
  data.set("year", std::to_string(published.empty() ? current_year() : published.front().year));
  list fields;
  const auto field = [&](const OpenDataColumn& c) { fields.push_back(object{{"name", c.name}, {"title", c.title}}); };
  for (const auto& c : leading_columns()) field(c);
  for (const auto& c : score_columns(*site.editions, published.empty() ? std::vector<std::string>{}
                                                                       : published.front().methodologies))
    field(c);
  for (const auto& c : trailing_columns()) field(c);
  data.set("fields", fields);
  return page(200, "open_data", "Открытые данные", data, request);
}

}  // namespace

void add_open_data(http::Router& router, const SiteContext& site) {
  if (!site.staff) return;
  router.get("/opendata", [&site](const http::Request& r) { return description(site, r); });
  router.get("/open-data", [](const http::Request&) { return http::Response::redirect("/opendata", 301); });
  router.get("/opendata/results.csv", [&site](const http::Request& r) { return results_csv(site, r); });
  router.get("/opendata/results.json", [&site](const http::Request& r) { return results_json(site, r); });
  router.get("/opendata/activity.csv", [&site](const http::Request& r) { return activity_csv(site, r); });
  router.get("/opendata/datapackage.json", [&site](const http::Request& r) { return data_package(site, r); });
}

}  // namespace nok::web
