#include "web/staff/monitoring_view.h"

#include <kainjow/mustache.hpp>

#include "app/monitoring/monitoring_metrics.h"
#include "app/registry/reference_data.h"
#include "core/number_text.h"
#include "core/time.h"
#include "domain/cycle/deadlines.h"
#include "domain/cycle/workflow.h"
#include "domain/placement/placement.h"
#include "domain/registry/sphere.h"
#include "domain/survey/channel.h"
#include "web/charts/time_series.h"
#include "web/pages/wording.h"
#include "web/staff/monitoring_charts.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;
using monitoring::MetricKind;

std::string link_to(const MonitoringFilter& filter) { return "/monitoring?" + monitoring_query(filter); }

std::string value_text(const std::optional<double>& value, MetricKind kind) {
  if (!value) return "—";
  if (kind == MetricKind::percent) return text::percent_text(*value, monitoring::decimals(kind));
  return text::number_text(*value, monitoring::decimals(kind));
}

// The change against last year, signed in words and digits (never by colour): "+12",
// "−3,5 п. п." for percentages; empty when either year has no value.
std::string change_text(const std::optional<double>& now, const std::optional<double>& before, MetricKind kind) {
  if (!now || !before) return "";
  const double change = *now - *before;
  std::string out = text::number_text(change, monitoring::decimals(kind));
  if (out.find_first_not_of("0,") == std::string::npos) out = "0";
  else if (change > 0) out = "+" + out;
  return kind == MetricKind::percent ? out + " п.\u00A0п." : out;
}

object cell(const monitoring::Section& section, const monitoring::Metric& metric, const MonitoringTotals& now,
            const MonitoringTotals& before) {
  const auto value = metric.value(now);
  object out{{"value", value_text(value, metric.kind)}};
  if (auto change = change_text(value, metric.value(before), metric.kind); !change.empty()) out["change"] = change;
  if (metric.minimum && value && *value < *metric.minimum) out["note"] = metric.minimum_note;
  // A share of citizens' answers carries its interval: «от 41,2 до 80,3 %».
  std::optional<double> low, high;
  for (const auto& bound : section.metrics)
    if (bound.bound_of == metric.key) (bound.key.ends_with("_low") ? low : high) = bound.value(now);
  if (low && high)
    out["range"] = "от " + text::number_text(*low, monitoring::decimals(metric.kind)) + " до " + value_text(high, metric.kind);
  return out;
}

// The bounds of an interval are written in their share's cell, not as columns of their own.
bool has_column(const monitoring::Metric& metric) { return metric.bound_of.empty(); }

list cells(const monitoring::Section& section, const MonitoringTotals& now, const MonitoringTotals& before) {
  list out;
  for (const auto& metric : section.metrics)
    if (has_column(metric)) out.push_back(cell(section, metric, now, before));
  return out;
}

// The filter one level below `filter` for a row: the row's key in its level's parameter.
MonitoringFilter child_filter(MonitoringFilter filter, MonitoringLevel level, const MonitoringRow& row) {
  switch (level) {
    case MonitoringLevel::region: filter.region_code = row.key; break;
    case MonitoringLevel::authority: filter.authority_id = std::stoll(row.key); break;
    case MonitoringLevel::municipality: filter.municipality = row.key; break;
    case MonitoringLevel::organisation: filter.organisation_code = row.key; break;
  }
  return filter;
}

std::string row_name(const MonitoringRow& row, MonitoringLevel level) {
  if (!row.name.empty()) return row.name;
  return level == MonitoringLevel::municipality ? "Муниципалитет не указан" : row.key;
}

list section_tables(const monitoring::Report& report) {
  static const MonitoringTotals kNothing{};
  list out;
  for (const auto& section : monitoring::sections()) {
    list columns;
    for (const auto& metric : section.metrics)
      if (has_column(metric)) columns.push_back(object{{"title", metric.title}});
    list rows;
    for (const auto& row : report.rows) {
      const auto before = report.previous_rows.find(row.key);
      object r{{"name", row_name(row, report.level)},
               {"cells", cells(section, row.totals, before == report.previous_rows.end() ? kNothing : before->second)}};
      // One organisation chosen: its row is the page itself, nothing further down.
      const bool linkable = !report.single_organisation && !row.key.empty();
      if (linkable) r["href"] = link_to(child_filter(report.filter, report.level, row));
      rows.push_back(r);
    }
    out.push_back(object{{"key", section.key},
                         {"title", section.title},
                         {"columns", columns},
                         {"rows", rows},
                         {"total", cells(section, report.totals, report.previous_totals)}});
  }
  return out;
}

list breadcrumbs(const monitoring::Report& report) {
  const auto& f = report.filter;
  MonitoringFilter step{.year = f.year, .sphere = f.sphere};
  list out;
  auto add = [&](std::string name) { out.push_back(object{{"name", std::move(name)}, {"href", link_to(step)}}); };
  if (!report.scoped) add("Россия");
  if (!f.region_code.empty()) {
    step.region_code = f.region_code;
    if (!report.scoped) add(region_name(f.region_code));
  }
  if (f.authority_id != 0) {
    step.authority_id = f.authority_id;
    add(report.authority_name);
  }
  if (!f.municipality.empty()) {
    step.municipality = f.municipality;
    add(f.municipality);
  }
  if (!f.organisation_code.empty()) {
    step.organisation_code = f.organisation_code;
    add(report.organisation_name);
  }
  // The last step is this page.
  if (!out.empty()) {
    auto& last = out.back();
    last["current"] = true;
  }
  return out;
}

void set_form(Data& data, const monitoring::Report& report) {
  const auto& f = report.filter;
  list years;
  for (const int year : report.years)
    years.push_back(object{{"value", std::to_string(year)}, {"selected", year == f.year}});
  data.set("years", years);
  // The region is chosen on the form at the top two levels; below, the breadcrumbs hold it.
  const bool region_choice = !report.scoped && f.authority_id == 0 && f.municipality.empty() && f.organisation_code.empty();
  data.set("region_choice", region_choice);
  list regions;
  for (const auto& r : known_regions())
    regions.push_back(object{{"code", r.code}, {"name", r.name}, {"selected", r.code == f.region_code}});
  data.set("regions", regions);
  list spheres;
  for (const auto s : all_spheres())
    spheres.push_back(object{{"code", std::string(code(s))}, {"name", std::string(title(s))}, {"selected", code(s) == f.sphere}});
  data.set("spheres", spheres);
  list hidden;
  auto keep = [&](const char* name, const std::string& value) {
    if (!value.empty()) hidden.push_back(object{{"name", name}, {"value", value}});
  };
  if (!region_choice) keep("region", f.region_code);
  if (!report.scoped && f.authority_id != 0) keep("authority", std::to_string(f.authority_id));
  keep("municipality", f.municipality);
  keep("org", f.organisation_code);
  data.set("hidden", hidden);
}

// How a deadline stands, in words: "в срок", "с опозданием на 3 дн.", "просрочено на 5 дн.".
object deadline(cycle::DeadlineKind kind, const std::string& due, const std::string& done, std::string_view today) {
  const auto d = cycle::judge(kind, due, done, today);
  std::string status;
  bool late = false;
  switch (d.status) {
    case cycle::DeadlineStatus::met: status = "в срок"; break;
    case cycle::DeadlineStatus::late:
      status = "с опозданием на " + std::to_string(cycle::days_between(d.due, d.done_on).value_or(0)) + " дн.";
      late = true;
      break;
    case cycle::DeadlineStatus::overdue:
      status = "просрочено на " + std::to_string(cycle::days_between(d.due, today).value_or(0)) + " дн.";
      late = true;
      break;
    case cycle::DeadlineStatus::soon:
    case cycle::DeadlineStatus::upcoming: status = "срок не наступил"; break;
    case cycle::DeadlineStatus::not_started: status = "—"; break;
  }
  object out{{"due", due.empty() ? std::string("—") : day_text(due)}, {"status", status}, {"late", late}};
  if (!done.empty()) out["done"] = day_text(done);  // an empty text would still open {{#done}}
  return out;
}

list calendar_rows(const monitoring::Report& report, std::string_view today) {
  list out;
  for (const auto& c : report.calendar) {
    const bool plans_done = c.plans_expected > 0 && c.plans_published >= c.plans_expected;
    auto council = deadline(cycle::DeadlineKind::council_decision, c.council_due, c.approved_at, today);
    auto publication = deadline(cycle::DeadlineKind::publication, c.publish_due, c.published_at, today);
    auto plans = deadline(cycle::DeadlineKind::plans, c.plans_due, plans_done ? c.last_plan_published_at : "", today);
    const bool late = council["late"].is_true() || publication["late"].is_true() || plans["late"].is_true();
    const auto state = cycle::parse_state(c.cycle_state);
    object row{{"name", c.authority_name},
               {"region", region_name(c.region_code)},
               {"state", state ? std::string(cycle::title(*state)) : std::string("цикл не открыт")},
               {"council", council},
               {"publication", publication},
               {"plans", plans},
               {"plans_published", std::to_string(c.plans_published)},
               {"plans_expected", std::to_string(c.plans_expected)},
               {"late", late}};
    if (!report.scoped) {
      MonitoringFilter f{.year = report.filter.year, .authority_id = c.authority_id, .sphere = report.filter.sphere};
      row["href"] = link_to(f);
    }
    out.push_back(row);
  }
  return out;
}

std::string carrier_title(const std::string& code) {
  if (code.empty()) return "Без размещения (прямой переход)";
  const auto carrier = placement::find_carrier(code);
  return carrier ? std::string(carrier->title) : code;
}

list funnel_rows(const monitoring::Report& report) {
  list out;
  for (const auto& f : report.funnel) {
    const auto conversion =
        f.counts.scans > 0 ? std::optional<double>(100.0 * f.counts.completed / f.counts.scans) : std::nullopt;
    out.push_back(object{{"carrier", carrier_title(f.carrier)},
                         {"scans", text::number_text(f.counts.scans)},
                         {"started", text::number_text(f.counts.started)},
                         {"completed", text::number_text(f.counts.completed)},
                         {"conversion", value_text(conversion, MetricKind::percent)},
                         {"outgoing", text::number_text(f.counts.outgoing)}});
  }
  return out;
}

// "март" of "март 2026".
std::string month_only(int year, int month) {
  const auto name = charts::month_name({year, month});
  return name.substr(0, name.find(' '));
}

list month_rows(const monitoring::Report& report) {
  list out;
  for (int m = 0; m < 12; ++m)
    out.push_back(object{{"month", month_only(report.filter.year, m + 1)},
                         {"now", text::number_text(report.totals.respondents_by_month[m])},
                         {"before", text::number_text(report.previous_totals.respondents_by_month[m])}});
  return out;
}

list channel_rows(const monitoring::Report& report) {
  list out;
  auto share = [](std::int64_t part, std::int64_t whole) {
    return whole > 0 ? text::percent_text(100.0 * part / whole) : std::string("—");
  };
  for (const auto channel : survey::all_channels()) {
    const auto i = static_cast<std::size_t>(channel);
    out.push_back(object{{"channel", std::string(survey::title(channel))},
                         {"now", text::number_text(report.totals.respondents_by_channel[i])},
                         {"now_share", share(report.totals.respondents_by_channel[i], report.totals.respondents)},
                         {"before", text::number_text(report.previous_totals.respondents_by_channel[i])},
                         {"before_share", share(report.previous_totals.respondents_by_channel[i],
                                                report.previous_totals.respondents)}});
  }
  return out;
}

}  // namespace

monitoring::Parameters monitoring_parameters(const http::Request& request) {
  auto value = [&](std::string_view name) { return std::string(request.query_value(name)); };
  return {value("year"), value("region"), value("authority"), value("municipality"), value("sphere"), value("org")};
}

std::string monitoring_query(const MonitoringFilter& filter) {
  std::string out = "year=" + std::to_string(filter.year);
  auto add = [&](std::string_view name, const std::string& value) {
    if (!value.empty()) out += "&" + std::string(name) + "=" + http::percent_encode(value);
  };
  add("region", filter.region_code);
  add("authority", filter.authority_id != 0 ? std::to_string(filter.authority_id) : "");
  add("municipality", filter.municipality);
  add("sphere", filter.sphere);
  add("org", filter.organisation_code);
  return out;
}

void set_monitoring_data(Data& data, const monitoring::Report& report, std::string_view today) {
  const auto& f = report.filter;
  data.set("year", std::to_string(f.year));
  data.set("previous_year", std::to_string(report.previous_year()));
  data.set("crumbs", breadcrumbs(report));
  set_form(data, report);
  data.set("query", monitoring_query(f));
  if (f.authority_id != 0) data.set("report_authority", std::to_string(f.authority_id));  // its yearly report
  const bool empty = report.totals.organisations == 0;
  data.set("empty", empty);
  data.set("level_title", std::string(monitoring::singular_title(report.level)));
  data.set("level_plural", std::string(monitoring::plural_title(report.level)));
  data.set("single_organisation", report.single_organisation);
  if (report.single_organisation) data.set("organisation_code", f.organisation_code);
  data.set("sections", section_tables(report));
  data.set("funnel", funnel_rows(report));
  data.set("has_funnel", !report.funnel.empty());
  data.set("months", month_rows(report));
  data.set("channels", channel_rows(report));
  data.set("calendar", calendar_rows(report, today));
  data.set("has_calendar", !report.calendar.empty());
  if (!empty) {
    data.set("chart_bars", report.single_organisation ? std::string() : respondents_bars(report));
    data.set("chart_months", respondents_by_month(report));
    data.set("chart_channels", channel_mix(report));
    if (report.level == MonitoringLevel::region) data.set("chart_map", region_map(report));
  }
}

}  // namespace nok::web
