// The organisation's plan to remove deficiencies (/cabinet/{code}/plan, ПП РФ № 457): it
// is started once the cycle's results are published, drafted item by item, submitted to the
// authority and, once approved, reported on. Every form carries the plan's version; a stale
// one changes nothing and shows the plan as stored now (409).
#include "app/staff/plans.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/numbers.h"
#include "web/staff/pages.h"
#include "web/staff/plan_view.h"
#include "web/staff/staff_context.h"
#include "web/error_status.h"

namespace nok::web {
namespace {

using staff::Action;

std::optional<staff::OrganisationScope> plan_scope(const SiteContext& site, const http::Request& request,
                                                   const StaffAccount& account, Action action) {
  auto scope = site.staff->accounts.organisation_scope(request.param("code"));
  if (!scope || !can(account.user, action, staff::PlanScope{*scope})) return std::nullopt;
  return scope;
}

std::string plan_url(const http::Request& request) { return "/cabinet/" + std::string(request.param("code")) + "/plan"; }

plans::ItemDraft posted_item(const http::Fields& posted) {
  return {static_cast<int>(parse_id(field(posted, "criterion")).value_or(0)),
          std::string(field(posted, "deficiency")),
          std::string(field(posted, "measure")),
          std::string(field(posted, "planned_date")),
          std::string(field(posted, "responsible_name")),
          std::string(field(posted, "responsible_position"))};
}

http::Response show(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    auto scope = plan_scope(site, request, account, Action::view);
    if (!scope) return not_found(request);
    PlanPageForm form;
    if (request.query_value("saved") == "1") form.notice = "План сохранён.";
    if (request.query_value("submitted") == "1")
      form.notice = "План отправлен на утверждение в уполномоченный орган.";
    if (request.query_value("reported") == "1") form.notice = "Отчёт о принятых мерах опубликован.";
    return plan_page(site, request, account, request.param("code"), *scope, form);
  });
}

http::Response start(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields&) {
    auto scope = plan_scope(site, request, account, Action::edit);
    if (!scope) return not_found(request);
    PlanPageForm form;
    if (const auto cycle = site.staff->plans.published_cycle(scope->organisation_id))
      form.result = start_plan(site.staff->plans, account.user, scope->organisation_id, *cycle);
    else
      form.result = {{refusal(ErrorKind::conflict, "plan_no_results",
                              "План составляется после публикации результатов независимой оценки.")}};
    if (form.result.ok()) return http::Response::redirect(plan_url(request));
    return plan_page(site, request, account, request.param("code"), *scope, form);
  });
}

// A change to the organisation's plan by a form: `change` gets the plan as stored now and the
// form's version and fills form.result; success goes back to the plan with `done`.
using Change = std::function<void(const StaffAccount&, const PlanForm&, const http::Fields&, PlanPageForm&)>;

http::Response change_plan(const SiteContext& site, const http::Request& request, std::string_view done,
                           const Change& change) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    auto scope = plan_scope(site, request, account, Action::edit);
    const auto cycle = scope ? site.staff->plans.published_cycle(scope->organisation_id) : std::nullopt;
    const auto plan = cycle ? site.staff->plans.plan_for(scope->organisation_id, cycle->cycle_id) : std::nullopt;
    if (!plan) return not_found(request);
    PlanPageForm form;
    change(account, {*plan, parse_id(field(posted, "version")).value_or(0)}, posted, form);
    if (form.result.ok()) return http::Response::redirect(plan_url(request) + "?" + std::string(done));
    if (http_status(form.result.errors) == 404) return not_found(request);
    return plan_page(site, request, account, request.param("code"), *scope, form);
  });
}

std::int64_t route_item(const http::Request& request) { return parse_id(request.param("item")).value_or(0); }

}  // namespace

void add_cabinet_plan_pages(http::Router& router, const SiteContext& site) {
  router.get("/cabinet/{code}/plan", [&site](const http::Request& r) { return show(site, r); });
  router.post("/cabinet/{code}/plan", [&site](const http::Request& r) { return start(site, r); });
  router.post("/cabinet/{code}/plan/items", [&site](const http::Request& r) {
    return change_plan(site, r, "saved=1", [&](const StaffAccount& a, const PlanForm& plan, const http::Fields& posted,
                                               PlanPageForm& form) {
      form.item_id = 0;
      form.item = posted_item(posted);
      form.result = add_plan_item(site.staff->plans, a.user, plan, form.item);
    });
  });
  router.post("/cabinet/{code}/plan/items/{item}", [&site](const http::Request& r) {
    return change_plan(site, r, "saved=1", [&](const StaffAccount& a, const PlanForm& plan, const http::Fields& posted,
                                               PlanPageForm& form) {
      form.item_id = route_item(r);
      form.item = posted_item(posted);
      form.result = change_plan_item(site.staff->plans, a.user, plan, form.item_id, form.item);
    });
  });
  router.post("/cabinet/{code}/plan/items/{item}/remove", [&site](const http::Request& r) {
    return change_plan(site, r, "saved=1", [&](const StaffAccount& a, const PlanForm& plan, const http::Fields&,
                                               PlanPageForm& form) {
      form.result = remove_plan_item(site.staff->plans, a.user, plan, route_item(r));
    });
  });
  router.post("/cabinet/{code}/plan/items/{item}/report", [&site](const http::Request& r) {
    return change_plan(site, r, "reported=1", [&](const StaffAccount& a, const PlanForm& plan,
                                                  const http::Fields& posted, PlanPageForm& form) {
      form.item_id = route_item(r);
      form.report = {std::string(field(posted, "measures_taken")), std::string(field(posted, "actual_date"))};
      form.result = report_progress(site.staff->plans, a.user, plan, form.item_id, form.report);
    });
  });
  router.post("/cabinet/{code}/plan/submit", [&site](const http::Request& r) {
    return change_plan(site, r, "submitted=1", [&](const StaffAccount& a, const PlanForm& plan, const http::Fields&,
                                                   PlanPageForm& form) {
      form.result = submit_plan(site.staff->plans, a.user, plan);
    });
  });
}

}  // namespace nok::web
