#include "store/sql/monitoring_columns.h"

#include "domain/ratings/rating.h"

namespace nok::sql {
namespace {

using Field = std::int64_t MonitoringTotals::*;

std::vector<MonitoringColumn> build() {
  std::vector<MonitoringColumn> out;
  auto plain = [&](std::string name, Field field) {
    out.push_back({std::move(name), [field](MonitoringTotals& t) -> std::int64_t& { return t.*field; }});
  };
  plain("assessed", &MonitoringTotals::assessed);
  plain("sample_target", &MonitoringTotals::sample_target);
  plain("respondents", &MonitoringTotals::respondents);
  for (auto channel : survey::all_channels()) {
    const auto i = static_cast<std::size_t>(channel);
    out.push_back({"respondents_" + std::string(survey::code(channel)),
                   [i](MonitoringTotals& t) -> std::int64_t& { return t.respondents_by_channel[i]; }});
  }
  plain("respondents_confirmed", &MonitoringTotals::respondents_confirmed);
  plain("respondents_kiosk_unconfirmed", &MonitoringTotals::respondents_kiosk_unconfirmed);
  plain("respondents_assisted", &MonitoringTotals::respondents_assisted);
  for (std::size_t month = 0; month < 12; ++month)
    out.push_back({std::string("respondents_m") + (month < 9 ? "0" : "") + std::to_string(month + 1),
                   [month](MonitoringTotals& t) -> std::int64_t& { return t.respondents_by_month[month]; }});
  for (auto aspect : ratings::all_aspects()) {
    const auto i = static_cast<std::size_t>(aspect);
    const std::string prefix = "rating_" + std::string(ratings::code(aspect));
    out.push_back({prefix + "_points", [i](MonitoringTotals& t) -> std::int64_t& { return t.rating_points[i]; }});
    out.push_back({prefix + "_answers", [i](MonitoringTotals& t) -> std::int64_t& { return t.rating_answers[i]; }});
  }
  plain("agree", &MonitoringTotals::agree);
  plain("disagree", &MonitoringTotals::disagree);
  plain("reviews", &MonitoringTotals::reviews);
  plain("reviews_positive", &MonitoringTotals::reviews_positive);
  plain("reviews_negative", &MonitoringTotals::reviews_negative);
  plain("reviews_neutral", &MonitoringTotals::reviews_neutral);
  plain("reviews_untoned", &MonitoringTotals::reviews_untoned);
  plain("reviews_answered", &MonitoringTotals::reviews_answered);
  plain("reviews_held", &MonitoringTotals::reviews_held);
  plain("reviews_rejected", &MonitoringTotals::reviews_rejected);
  plain("appeals", &MonitoringTotals::appeals);
  plain("appeals_on_time", &MonitoringTotals::appeals_on_time);
  plain("appeals_late", &MonitoringTotals::appeals_late);
  out.push_back({"scans", [](MonitoringTotals& t) -> std::int64_t& { return t.funnel.scans; }});
  out.push_back({"started", [](MonitoringTotals& t) -> std::int64_t& { return t.funnel.started; }});
  out.push_back({"completed", [](MonitoringTotals& t) -> std::int64_t& { return t.funnel.completed; }});
  out.push_back({"outgoing", [](MonitoringTotals& t) -> std::int64_t& { return t.funnel.outgoing; }});
  plain("placements", &MonitoringTotals::placements);
  plain("placements_confirmed", &MonitoringTotals::placements_confirmed);
  plain("plans", &MonitoringTotals::plans);
  plain("plans_published", &MonitoringTotals::plans_published);
  plain("plan_items", &MonitoringTotals::plan_items);
  plain("plan_items_done", &MonitoringTotals::plan_items_done);
  return out;
}

}  // namespace

const std::vector<MonitoringColumn>& monitoring_columns() {
  static const std::vector<MonitoringColumn> columns = build();
  return columns;
}

}  // namespace nok::sql
