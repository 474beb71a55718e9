// The monitoring as JSON: the same report as the /monitoring page, for the ministry's and
// the regions' own systems. Counts are JSON integers, shares and means decimals with at
// most two places (never 8.25E1).
#include <boost/json.hpp>

#include "app/monitoring/monitoring_metrics.h"
#include "app/monitoring/monitoring_report.h"
#include "app/scoring/json_text.h"
#include "core/time.h"
#include "web/api/api.h"
#include "web/api/json_io.h"
#include "web/api/popularisation_json.h"
#include "web/staff/monitoring_reader.h"
#include "web/staff/monitoring_view.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

namespace json = boost::json;

json::object totals_json(const MonitoringTotals& totals) {
  json::object out;
  for (const auto& section : monitoring::sections())
    for (const auto& metric : section.metrics) {
      const auto value = metric.value(totals);
      if (!value) out[metric.key] = nullptr;
      else if (metric.kind == monitoring::MetricKind::count) out[metric.key] = static_cast<std::int64_t>(*value);
      else out[metric.key] = *value;
    }
  json::array months;
  for (const auto n : totals.respondents_by_month) months.push_back(n);
  out["respondents_by_month"] = std::move(months);
  return out;
}

json::object report_json(const monitoring::Report& report) {
  static const MonitoringTotals kNothing{};
  const auto& f = report.filter;
  json::array years;
  for (const int y : report.years) years.push_back(y);
  json::array rows;
  for (const auto& row : report.rows) {
    const auto before = report.previous_rows.find(row.key);
    rows.push_back(json::object{
        {"key", row.key},
        {"name", row.name},
        {"region", row.region_code},
        {"totals", totals_json(row.totals)},
        {"previous_totals", totals_json(before == report.previous_rows.end() ? kNothing : before->second)}});
  }
  json::array funnel;
  for (const auto& c : report.funnel)
    funnel.push_back(json::object{{"carrier", c.carrier},
                                  {"scans", c.counts.scans},
                                  {"started", c.counts.started},
                                  {"completed", c.counts.completed},
                                  {"outgoing", c.counts.outgoing}});
  json::array calendar;
  for (const auto& c : report.calendar)
    calendar.push_back(json::object{{"authority_id", c.authority_id},
                                    {"authority", c.authority_name},
                                    {"region", c.region_code},
                                    {"cycle_state", c.cycle_state},
                                    {"council_due", c.council_due},
                                    {"approved_at", c.approved_at},
                                    {"publish_due", c.publish_due},
                                    {"published_at", c.published_at},
                                    {"plans_due", c.plans_due},
                                    {"plans_expected", c.plans_expected},
                                    {"plans_published", c.plans_published},
                                    {"last_plan_published_at", c.last_plan_published_at}});
  return json::object{{"year", f.year},
                      {"previous_year", report.previous_year()},
                      {"filter", json::object{{"region", f.region_code},
                                              {"authority", f.authority_id},
                                              {"municipality", f.municipality},
                                              {"sphere", f.sphere},
                                              {"org", f.organisation_code}}},
                      {"authority_name", report.authority_name},
                      {"organisation_name", report.organisation_name},
                      {"level", monitoring::code(report.level)},
                      {"single_organisation", report.single_organisation},
                      {"years", std::move(years)},
                      {"totals", totals_json(report.totals)},
                      {"previous_totals", totals_json(report.previous_totals)},
                      {"rows", std::move(rows)},
                      {"funnel_by_carrier", std::move(funnel)},
                      {"calendar", std::move(calendar)}};
}

http::Response answer(const SiteContext& site, const http::Request& request) {
  // Who asks: an authority's API token or the staff session of the browser.
  const auto user = monitoring_reader(site, request);
  if (!user) return reader_refused(user.error());
  auto report = monitoring::load_report(monitoring::ports_of(*site.staff->monitoring, site.store, site.staff->accounts),
                                        *user, monitoring_parameters(request), current_year());
  if (!report) return errors_response({report.error()});
  auto body = report_json(*report);
  if (auto* plans = site.staff->popularisation) {
    const auto& f = report->filter;
    body["popularisation"] =
        popularisation_json(popularisation::summarise(*plans, f.authority_id, f.region_code, f.year));
  }
  auto response = http::Response::json(200, scoring::to_json_text(body));
  response.headers.emplace_back("Cache-Control", "private, no-store");
  return response;
}

}  // namespace

void add_monitoring_api(http::Router& router, const SiteContext& site) {
  if (!site.staff || !site.staff->monitoring) return;
  router.get("/api/v1/monitoring", [&site](const http::Request& r) { return answer(site, r); });
}

}  // namespace nok::web
