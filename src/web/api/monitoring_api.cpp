// The monitoring as JSON: the same report as the /monitoring page, for the ministry's and
// the regions' own systems. Counts are JSON integers, shares and means decimals with at
// most two places (never 8.25E1).
#include <boost/json.hpp>

#include "app/monitoring/monitoring_metrics.h"
#include "app/monitoring/monitoring_report.h"
#include "app/scoring/json_text.h"
#include "core/time.h"
#include "core/ttl_cache.h"
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

// A country's answer is megabytes (the calendar of every authority) and a few hundred
// milliseconds of the database's time, and the systems that read it poll: each answer is kept
// for kLifetime under its reader's scope and the query. Any process's change to the registry,
// the cycles or the published results drops every kept answer at once; the running counts
// (responses, reviews, plans) show within kLifetime. The reader is checked on every request.
// The key is the reader and the parameters the report reads, not the raw address, and few
// answers are kept: a reader varying a query cannot make a process hold more than
// kAnswers country-sized answers (about 3 MB each).
class KeptAnswers {
 public:
  static constexpr std::chrono::seconds kLifetime{10};
  static constexpr std::size_t kAnswers = 32;

  static std::string key(const staff::StaffUser& user, const monitoring::Parameters& p) {
    std::string out;  // each part with its length first: no value can pass for another part
    for (const std::string& part :
         {std::to_string(user.id), std::to_string(static_cast<int>(user.role)), std::to_string(user.organisation_id),
          std::to_string(user.operator_id), std::to_string(user.authority_id), p.year, p.region, p.authority,
          p.municipality, p.sphere, p.org})
      out += std::to_string(part.size()) + ':' + part;
    return out;
  }
  TtlCache<std::string> answers{kLifetime, kAnswers};
};

http::Response answer(const SiteContext& site, KeptAnswers& kept, const http::Request& request) {
  // Who asks: an authority's API token or the staff session of the browser.
  const auto user = monitoring_reader(site, request);
  if (!user) return reader_refused(user.error());
  const auto parameters = monitoring_parameters(request);
  const auto key = KeptAnswers::key(*user, parameters);
  auto text = kept.answers.find(key);
  if (!text) {
    auto report = monitoring::load_report(monitoring::ports_of(*site.staff->monitoring, site.store, site.staff->accounts),
                                          *user, parameters, current_year());
    if (!report) return errors_response({report.error()});
    auto body = report_json(*report);
    if (auto* plans = site.staff->popularisation) {
      const auto& f = report->filter;
      body["popularisation"] =
          popularisation_json(popularisation::summarise(*plans, f.authority_id, f.region_code, f.year));
    }
    text = scoring::to_json_text(body);
    kept.answers.put(key, *text);
  }
  auto response = http::Response::json(200, std::move(*text));
  response.headers.emplace_back("Cache-Control", "private, no-store");
  return response;
}

}  // namespace

void add_monitoring_api(http::Router& router, const SiteContext& site) {
  if (!site.staff || !site.staff->monitoring) return;
  auto kept = std::make_shared<KeptAnswers>();
  site.store.on_public_change([kept] { kept->answers.clear(); });
  router.get("/api/v1/monitoring", [&site, kept](const http::Request& r) { return answer(site, *kept, r); });
}

}  // namespace nok::web
