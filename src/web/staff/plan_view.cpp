#include "web/staff/plan_view.h"

#include <kainjow/mustache.hpp>

#include "core/time.h"
#include "web/plan_sections.h"
#include "web/staff/form_errors.h"
#include "web/staff/guard.h"
#include "web/staff/staff_context.h"
#include "web/error_status.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;
using staff::Action;

constexpr int kComments = 50;

// The fields of an item form (templates/plan_item_fields.mustache); `suffix` keeps the
// ids of the forms repeated per item apart.
object item_fields(const plans::ItemDraft& item, const std::string& suffix) {
  list criteria;
  for (int c = 1; c <= plans::kCriteria; ++c)
    criteria.push_back(object{{"value", std::to_string(c)},
                              {"title", std::string(plans::roman(c)) + ". " + plans::criterion_title(c)},
                              {"selected", c == item.criterion}});
  return object{{"suffix", suffix},
                {"criteria", criteria},
                {"deficiency", item.deficiency},
                {"measure", item.measure},
                {"planned_date", item.planned_date},
                {"responsible_name", item.responsible_name},
                {"responsible_position", item.responsible_position}};
}

object item_row(const StoredPlanItem& item, const PlanPageForm& form, bool editing, bool reporting) {
  const bool posted = form.item_id == item.id;
  const std::string suffix = "-" + std::to_string(item.id);
  const auto& report = posted ? form.report : item.report;
  object row{{"id", std::to_string(item.id)},
             {"deficiency", item.draft.deficiency},
             {"measure", item.draft.measure},
             {"planned", day_text(item.draft.planned_date)},
             {"responsible_name", item.draft.responsible_name},
             {"responsible_position", item.draft.responsible_position},
             {"measures_taken", item.report.measures_taken},
             {"actual", day_text(item.report.actual_date)},
             {"has_report", !item.report.measures_taken.empty()},
             {"editing", editing},
             {"reporting", reporting},
             {"open", posted && !form.result.ok()},
             {"fields", item_fields(posted ? form.item : item.draft, suffix)},
             {"report_taken", report.measures_taken},
             {"report_date", report.actual_date}};
  return row;
}

void add_plan(Data& data, const Plan& plan, const PlanPageForm& form, bool can_edit, bool can_decide) {
  const bool editing = can_edit && plans::editable(plan.state);
  const bool reporting = can_edit && plan.state == plans::State::approved;
  data.set("has_plan", true);
  data.set("plan_id", std::to_string(plan.id));
  data.set("version", std::to_string(plan.version));
  data.set("state", std::string(plans::title(plan.state)));
  data.set("year", std::to_string(plan.year));
  set_if_any(data, "return_comment", plan.state == plans::State::returned ? plan.return_comment : "");
  set_if_any(data, "published", plan.published_at.empty() ? "" : day_text(plan.published_at));
  data.set("editing", editing);
  data.set("can_submit", editing && !plan.items.empty());
  data.set("can_decide", can_decide && plan.state == plans::State::submitted);
  data.set("has_items", !plan.items.empty());
  data.set("sections", plan_sections(
                           plan.items, [](const StoredPlanItem& i) { return i.draft.criterion; },
                           [&](const StoredPlanItem& i) { return item_row(i, form, editing, reporting); }));
  data.set("new_item", item_fields(form.item_id == 0 ? form.item : plans::ItemDraft{}, ""));
  data.set("comment", form.comment);
}

}  // namespace

http::Response plan_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                         std::string_view code, const staff::OrganisationScope& scope, const PlanPageForm& form) {
  const auto org = site.store.find_organisation(code);
  const bool can_edit = can(account.user, Action::edit, staff::PlanScope{scope});
  Data data;
  set_staff_frame(data, site, request, account);
  data.set("code", org->code);
  data.set("short_name", org->short_name);
  set_if_any(data, "notice", form.notice);
  set_form_errors(data, form.result.errors, form.item_id > 0 ? "-" + std::to_string(form.item_id) : "");
  const auto cycle = site.staff->plans.published_cycle(scope.organisation_id);
  const auto plan = cycle ? site.staff->plans.plan_for(scope.organisation_id, cycle->cycle_id) : std::nullopt;
  data.set("has_cycle", cycle.has_value());
  if (cycle) data.set("cycle_year", std::to_string(cycle->year));
  data.set("can_start", can_edit && cycle && !plan);
  if (plan)
    add_plan(data, *plan, form, can_edit,
             can(account.user, Action::edit, staff::PlanDecision{scope.authority_id}));
  list comments;
  for (const auto& c : site.store.measure_comments(org->code, kComments))
    comments.push_back(object{{"date", day_text(c.created_at)},
                              {"measure", c.measure},
                              {"has_measure", !c.measure.empty()},
                              {"text", c.text}});
  data.set("comments", comments);
  data.set("has_comments", !comments.empty());
  return staff_page(http_status(form.result.errors), "cabinet_plan",
                    "План по устранению недостатков — " + org->short_name, data, request);
}

}  // namespace nok::web
