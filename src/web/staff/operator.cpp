// The operator's workspace: the organisations of its contracts with each one's sample
// target and progress by channel, against the rule of Приказ № 777н that at least a fifth of
// the sample comes through the official site and the citizen app (docs/domain.md#regulations).
#include <kainjow/mustache.hpp>

#include <cmath>

#include "core/time.h"
#include "domain/cycle/workflow.h"
#include "domain/methodology/methodology.h"
#include "domain/methodology/sample.h"
#include "domain/survey/channel.h"
#include "web/staff/guard.h"
#include "web/staff/operator_pages.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

// The stage of a contract's cycle in words; the store keeps its code.
std::string stage_title(std::string_view state) {
  const auto parsed = cycle::parse_state(state);
  return parsed ? std::string(cycle::title(*parsed)) : std::string(state);
}

std::string percent(double share) { return std::to_string(static_cast<int>(std::floor(share * 100))) + " %"; }

object organisation_row(const ContractOrganisation& o, const methodology::SampleRule& rule) {
  survey::SurveyCounters counters;
  list channels;
  for (auto channel : survey::all_channels()) {
    std::int64_t n = 0;
    for (const auto& [code, count] : o.by_channel)
      if (code == survey::code(channel)) n = count;
    channels.push_back(std::to_string(n));
    counters.respondents += static_cast<std::uint32_t>(n);
    if (survey::site_or_app(channel)) counters.site_or_app += static_cast<std::uint32_t>(n);
  }
  const auto status = methodology::sample_status(rule, counters, o.recipients_per_year);
  // The authority's target for this cycle; without one, the rule's from the yearly recipients.
  const std::int64_t target = o.sample_target > 0 ? o.sample_target : status.target.value_or(0);
  object row{{"code", o.code},
             {"name", o.short_name},
             {"target", target > 0 ? std::to_string(target) : std::string("нет данных")},
             {"collected", std::to_string(counters.respondents)},
             {"has_progress", target > 0},
             {"progress", target > 0 ? percent(static_cast<double>(counters.respondents) / target) : ""},
             {"channels", channels},
             {"site_app", status.site_app_share ? percent(*status.site_app_share) : std::string("—")},
             {"site_app_low", status.site_app_below_min.value_or(false)}};
  return row;
}

http::Response workspace(const SiteContext& site, const http::Request& request, const StaffAccount& account) {
  if (account.user.role != staff::Role::survey_operator) return not_found(request);
  const int year = current_year();
  Data data;
  set_staff_frame(data, site, request, account);
  data.set("year", std::to_string(year));
  list titles;
  for (auto channel : survey::all_channels()) titles.push_back(std::string(survey::title(channel)));
  list contracts;
  bool can_collect = false;
  for (const auto& contract : site.staff->accounts.contracts(account.user.operator_id, year)) {
    if (!can(account.user, staff::Action::view, contract.scope)) continue;
    const bool can_enter = can(account.user, staff::Action::edit, staff::SampleCollection{contract.scope});
    // Each cycle's sample rule is its edition's.
    const auto& rule = site.editions->of_cycle(contract.methodology).sample;
    can_collect = can_collect || can_enter;
    list organisations;
    for (const auto& o : contract.organisations) {
      auto row = organisation_row(o, rule);
      row["can_enter"] = can_enter;
      organisations.push_back(row);
    }
    contracts.push_back(object{{"cycle_id", std::to_string(contract.cycle_id)},  // names its table
                               {"authority", contract.authority},
                               {"state", stage_title(contract.state)},
                               {"min_share", percent(rule.min_site_app_share)},
                               {"channel_titles", titles},
                               {"organisations", organisations}});
  }
  data.set("contracts", contracts);
  data.set("can_collect", can_collect);
  return staff_page(200, "operator", "Рабочее место оператора", data, request);
}

}  // namespace

void add_operator_pages(http::Router& router, const SiteContext& site) {
  router.get("/operator", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) { return workspace(site, r, a); });
  });
  add_operator_entry_pages(router, site);
  add_operator_field_pages(router, site);
  add_operator_expert_pages(router, site);
  add_operator_interviews_api(router, site);
  add_operator_upload_pages(router, site);
}

}  // namespace nok::web
