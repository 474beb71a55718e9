#include "app/staff/plans.h"

#include <algorithm>

#include "app/staff/audit.h"
#include "core/text.h"
#include "core/time.h"

namespace nok {
namespace {

using plans::State;

PlanResult refused(ErrorKind kind, std::string code, std::string message) {
  return {{refusal(kind, std::move(code), std::move(message))}};
}

PlanResult stale() {
  return refused(ErrorKind::conflict, "stale_version",
                 "Пока вы работали с формой, план изменил кто-то другой. Ваши изменения не сохранены: ниже "
                 "показан актуальный план — внесите правки ещё раз.");
}

std::string today() { return iso_utc_now().substr(0, 10); }

boost::json::object fields(const plans::ItemDraft& i) {
  return {{"criterion", i.criterion},
          {"deficiency", i.deficiency},
          {"measure", i.measure},
          {"planned_date", i.planned_date},
          {"responsible_name", i.responsible_name},
          {"responsible_position", i.responsible_position}};
}

plans::ItemDraft trimmed(plans::ItemDraft i) {
  for (auto* s : {&i.deficiency, &i.measure, &i.planned_date, &i.responsible_name, &i.responsible_position})
    *s = std::string(text::trim(*s));
  return i;
}

const StoredPlanItem* item_of(const Plan& plan, std::int64_t item_id) {
  auto it = std::find_if(plan.items.begin(), plan.items.end(), [&](const auto& i) { return i.id == item_id; });
  return it == plan.items.end() ? nullptr : &*it;
}

// Why a change in `allowed` states cannot be made now, if it cannot: a form older than the
// plan, or a plan whose state has moved on.
std::optional<PlanResult> not_now(const PlanForm& form, std::initializer_list<State> allowed) {
  if (form.version != form.plan.version) return stale();
  if (std::find(allowed.begin(), allowed.end(), form.plan.state) != allowed.end()) return std::nullopt;
  return refused(ErrorKind::conflict, "plan_wrong_state",
                 "Сейчас план " + std::string(plans::title(form.plan.state)) + ", это действие для него недоступно.");
}

// Runs a store change with the form's version and an audit line; a store that refuses
// means someone changed the plan in between.
template <class Write>
PlanResult apply(const staff::StaffUser& actor, const PlanForm& form, std::string_view action,
                 const boost::json::object& before, const boost::json::object& after, Write write) {
  const PlanChange change{form.plan.id, form.version,
                          audit_entry(actor.id, action, "plan", std::to_string(form.plan.id), before, after)};
  return write(change) ? PlanResult{} : stale();
}

PlanResult invalid(Errors errors) { return {std::move(errors)}; }

}  // namespace

PlanResult start_plan(PlanStore& store, const staff::StaffUser& actor, std::int64_t organisation_id,
                      const PublishedCycle& cycle) {
  const auto created = store.create_plan(
      organisation_id, cycle.cycle_id,
      audit_entry(actor.id, "plan.create", "plan", "", {}, {{"cycle_id", cycle.cycle_id}, {"year", cycle.year}}));
  if (!created) return refused(ErrorKind::conflict, "plan_exists", "План на этот цикл оценки уже создан.");
  return {};
}

PlanResult add_plan_item(PlanStore& store, const staff::StaffUser& actor, const PlanForm& form,
                         const plans::ItemDraft& item) {
  if (auto no = not_now(form, {State::draft, State::returned})) return *no;
  const auto clean = trimmed(item);
  if (auto errors = plans::check_item(clean, today()); !errors.empty()) return invalid(std::move(errors));
  return apply(actor, form, "plan.item_add", {}, fields(clean),
               [&](const PlanChange& change) { return store.add_item(change, clean); });
}

PlanResult change_plan_item(PlanStore& store, const staff::StaffUser& actor, const PlanForm& form,
                            std::int64_t item_id, const plans::ItemDraft& item) {
  const auto* stored = item_of(form.plan, item_id);
  if (!stored) return refused(ErrorKind::not_found, "plan_item_not_found", "Такого пункта в плане нет.");
  if (auto no = not_now(form, {State::draft, State::returned})) return *no;
  const auto clean = trimmed(item);
  if (auto errors = plans::check_item(clean, today()); !errors.empty()) return invalid(std::move(errors));
  auto before = fields(stored->draft), after = fields(clean);
  before["item_id"] = after["item_id"] = item_id;
  return apply(actor, form, "plan.item_change", before, after,
               [&](const PlanChange& change) { return store.change_item(change, item_id, clean); });
}

PlanResult remove_plan_item(PlanStore& store, const staff::StaffUser& actor, const PlanForm& form,
                            std::int64_t item_id) {
  const auto* stored = item_of(form.plan, item_id);
  if (!stored) return refused(ErrorKind::not_found, "plan_item_not_found", "Такого пункта в плане нет.");
  if (auto no = not_now(form, {State::draft, State::returned})) return *no;
  auto before = fields(stored->draft);
  before["item_id"] = item_id;
  return apply(actor, form, "plan.item_remove", before, {{"item_id", item_id}},
               [&](const PlanChange& change) { return store.remove_item(change, item_id); });
}

PlanResult submit_plan(PlanStore& store, const staff::StaffUser& actor, const PlanForm& form) {
  if (auto no = not_now(form, {State::draft, State::returned})) return *no;
  if (form.plan.items.empty())
    return refused(ErrorKind::invalid, "plan_empty", "Добавьте в план хотя бы один пункт, затем отправьте его на утверждение.");
  return apply(actor, form, "plan.submit", {{"state", plans::code(form.plan.state)}}, {{"state", "submitted"}},
               [&](const PlanChange& change) { return store.submit(change); });
}

PlanResult approve_plan(PlanStore& store, const staff::StaffUser& actor, const PlanForm& form) {
  if (auto no = not_now(form, {State::submitted})) return *no;
  return apply(actor, form, "plan.approve", {{"state", "submitted"}}, {{"state", "approved"}},
               [&](const PlanChange& change) { return store.approve(change, actor.id); });
}

PlanResult return_plan(PlanStore& store, const staff::StaffUser& actor, const PlanForm& form,
                       const std::string& comment) {
  if (auto no = not_now(form, {State::submitted})) return *no;
  const std::string clean(text::trim(comment));
  if (auto errors = plans::check_return_comment(clean); !errors.empty()) return invalid(std::move(errors));
  return apply(actor, form, "plan.return", {{"state", "submitted"}}, {{"state", "returned"}, {"comment", clean}},
               [&](const PlanChange& change) { return store.send_back(change, actor.id, clean); });
}

PlanResult report_progress(PlanStore& store, const staff::StaffUser& actor, const PlanForm& form,
                           std::int64_t item_id, const plans::ProgressReport& report) {
  const auto* stored = item_of(form.plan, item_id);
  if (!stored) return refused(ErrorKind::not_found, "plan_item_not_found", "Такого пункта в плане нет.");
  if (auto no = not_now(form, {State::approved})) return *no;
  const plans::ProgressReport clean{std::string(text::trim(report.measures_taken)),
                                    std::string(text::trim(report.actual_date))};
  if (auto errors = plans::check_report(clean, today()); !errors.empty()) return invalid(std::move(errors));
  return apply(actor, form, "plan.report",
               {{"item_id", item_id},
                {"measures_taken", stored->report.measures_taken},
                {"actual_date", stored->report.actual_date}},
               {{"item_id", item_id}, {"measures_taken", clean.measures_taken}, {"actual_date", clean.actual_date}},
               [&](const PlanChange& change) { return store.report(change, item_id, clean); });
}

}  // namespace nok
