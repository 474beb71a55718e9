// Plans awaiting an authority's decision (/official/plans): its officials approve a submitted
// plan (it is published on /o/{code}/plan at once) or return it with a comment; its council,
// the monitor and the administrator see the queue. The plan itself is read on the
// organisation's cabinet page, which shows the decision forms to those who may decide.
#include <kainjow/mustache.hpp>

#include "app/staff/plans.h"
#include "core/time.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/numbers.h"
#include "web/staff/pages.h"
#include "web/staff/plan_view.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;
using staff::Action;

// The queue this person sees: their authority's plans, or every authority's for the
// monitor and the administrator.
std::int64_t queue_authority(const StaffAccount& account) {
  const auto role = account.user.role;
  return role == staff::Role::monitor || role == staff::Role::admin ? 0 : account.user.authority_id;
}

http::Response queue(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    const auto authority = queue_authority(account);
    if (!can(account.user, Action::view, staff::PlanDecision{authority})) return not_found(request);
    Data data;
    set_staff_frame(data, site, request, account);
    list rows;
    for (const auto& p : site.staff->plans.awaiting_approval(authority))
      rows.push_back(object{{"code", p.organisation_code},
                            {"name", p.organisation_name},
                            {"year", std::to_string(p.year)},
                            {"submitted", day_text(p.submitted_at)}});
    data.set("plans", rows);
    data.set("has_plans", !rows.empty());
    set_if_any(data, "decided", request.query_value("decided"));
    return staff_page(200, "official_plans", "Планы на утверждении", data, request);
  });
}

// A decision on the plan named by the route by an official of its organisation's authority.
using Decide = std::function<PlanResult(const StaffAccount&, const PlanForm&, const http::Fields&, PlanPageForm&)>;

http::Response decide(const SiteContext& site, const http::Request& request, const Decide& decision) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    const auto id = parse_id(request.param("id"));
    const auto plan = id ? site.staff->plans.find_plan(*id) : std::nullopt;
    if (!plan || !can(account.user, Action::edit, staff::PlanDecision{plan->authority_id})) return not_found(request);
    PlanPageForm form;
    form.result = decision(account, {*plan, parse_id(field(posted, "version")).value_or(0)}, posted, form);
    if (form.result.ok()) return http::Response::redirect("/official/plans?decided=" + plan->organisation_code);
    const auto scope = site.staff->accounts.organisation_scope(plan->organisation_code);
    return plan_page(site, request, account, plan->organisation_code, *scope, form);
  });
}

}  // namespace

void add_official_plan_pages(http::Router& router, const SiteContext& site) {
  router.get("/official/plans", [&site](const http::Request& r) { return queue(site, r); });
  router.post("/official/plans/{id}/approve", [&site](const http::Request& r) {
    return decide(site, r, [&](const StaffAccount& a, const PlanForm& plan, const http::Fields&, PlanPageForm&) {
      return approve_plan(site.staff->plans, a.user, plan);
    });
  });
  router.post("/official/plans/{id}/return", [&site](const http::Request& r) {
    return decide(site, r, [&](const StaffAccount& a, const PlanForm& plan, const http::Fields& posted,
                               PlanPageForm& form) {
      form.comment = field(posted, "comment");
      return return_plan(site.staff->plans, a.user, plan, form.comment);
    });
  });
}

}  // namespace nok::web
