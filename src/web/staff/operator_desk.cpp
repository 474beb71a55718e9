#include "web/staff/operator_desk.h"

#include <kainjow/mustache.hpp>

#include "core/time.h"
#include "web/staff/staff_context.h"

namespace nok::web {

using kainjow::mustache::list;
using kainjow::mustache::object;

const ContractOrganisation* OperatorDesk::organisation(std::string_view code) const {
  if (!collector.cycle_of.contains(code)) return nullptr;
  for (const auto& contract : contracts)
    for (const auto& o : contract.organisations)
      if (o.code == code) return &o;
  return nullptr;
}

OperatorDesk operator_desk(const SiteContext& site, const StaffAccount& account) {
  OperatorDesk desk;
  desk.collector.user = account.user;
  if (account.user.role != staff::Role::survey_operator) return desk;
  for (auto& contract : site.staff->accounts.contracts(account.user.operator_id, current_year())) {
    if (!can(account.user, staff::Action::edit, staff::SampleCollection{contract.scope})) continue;
    for (const auto& o : contract.organisations) desk.collector.cycle_of.emplace(o.code, contract.cycle_id);
    desk.collector.edition_of_cycle.emplace(contract.cycle_id, &site.editions->of_cycle(contract.methodology));
    if (contract.state != "collecting") desk.collector.closed_cycles.insert(contract.cycle_id);
    desk.contracts.push_back(std::move(contract));
  }
  return desk;
}

void set_progress(Data& data, const ContractOrganisation& organisation) {
  std::int64_t collected = 0, by_operator = 0;
  for (const auto& [channel, count] : organisation.by_channel) {
    collected += count;
    if (auto c = survey::parse_channel(channel); c && operator_channel(*c)) by_operator += count;
  }
  std::string text = "Собрано " + std::to_string(collected);
  if (organisation.sample_target > 0) text += " из " + std::to_string(organisation.sample_target);
  text += " анкет, из них оператором — " + std::to_string(by_operator) + ".";
  data.set("progress", text);
}

void set_errors(Data& data, const Errors& errors, std::string_view first_field) {
  list items;
  for (const auto& e : errors)
    items.push_back(object{{"message", e.message},
                           {"field", e.column.empty() ? std::string(first_field) : e.column}});
  data.set("errors", items);
  data.set("has_errors", !errors.empty());
}

}  // namespace nok::web
