// An authority's plan of popularisation measures (/authorities/{id}/popularisation?year=):
// its officials add, change, set the status of and remove measures; its council, the
// monitor and administrators read it. Every change is a POST with the form token and goes
// back to the plan (Post/Redirect/Get); a form with errors comes back with them.
#include "app/popularisation/measures.h"
#include "web/error_status.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/numbers.h"
#include "web/staff/pages.h"
#include "web/staff/popularisation_view.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

namespace pop = popularisation;

pop::MeasureDraft posted_draft(const http::Fields& posted) {
  return {std::string(field(posted, "type")),        std::string(field(posted, "title")),
          std::string(field(posted, "starts_on")),   std::string(field(posted, "ends_on")),
          std::string(field(posted, "responsible")), std::string(field(posted, "evidence_url"))};
}

std::int64_t route_measure(const http::Request& request) { return parse_id(request.param("measure")).value_or(0); }

http::Response show(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    auto found = plan_subject(site, request, account);
    if (auto* answer = std::get_if<http::Response>(&found)) return std::move(*answer);
    const auto& subject = std::get<PlanSubject>(found);
    PlanForm form;
    if (const auto edit = request.query_value("edit"); !edit.empty()) {
      const auto measure = parse_id(edit) ? site.staff->popularisation->find_measure(*parse_id(edit)) : std::nullopt;
      if (!subject.editable || !measure || measure->authority_id != subject.authority.id) return not_found(request);
      form.editing = measure->id;
    }
    const auto done = request.query_value("done");
    if (done == "added") form.notice = "Мероприятие добавлено в план.";
    if (done == "changed") form.notice = "Изменения сохранены.";
    if (done == "removed") form.notice = "Мероприятие удалено из плана.";
    return plan_page(site, request, account, subject, form);
  });
}

// A change by a form: `change` runs the use case and fills `form` for the page that comes
// back when it fails; success returns to the plan with `done`.
using Change =
    std::function<pop::MeasureResult(const StaffAccount&, const PlanSubject&, const http::Fields&, PlanForm&)>;

http::Response change(const SiteContext& site, const http::Request& request, std::string_view done, const Change& run) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    auto found = plan_subject(site, request, account);
    if (auto* answer = std::get_if<http::Response>(&found)) return std::move(*answer);
    const auto& subject = std::get<PlanSubject>(found);
    PlanForm form;
    const auto result = run(account, subject, posted, form);
    if (result.ok())
      return http::Response::redirect(plan_url(subject) + "&done=" + std::string(done) + "#measure-" +
                                      std::to_string(result.id));
    const auto kind = result.errors.front().kind;
    if (kind == ErrorKind::not_found) return not_found(request);
    if (kind == ErrorKind::forbidden) return message_page(403, "Нет доступа", result.errors.front().message, request);
    form.errors = result.errors;
    return plan_page(site, request, account, subject, form);
  });
}

}  // namespace

void add_popularisation_plan_pages(http::Router& router, const SiteContext& site) {
  router.get("/authorities/{id}/popularisation", [&site](const http::Request& r) { return show(site, r); });
  router.post("/authorities/{id}/popularisation", [&site](const http::Request& r) {
    return change(
        site, r, "added", [&](const StaffAccount& a, const PlanSubject& s, const http::Fields& posted, PlanForm& form) {
          form.posted = posted;
          return pop::add_measure(*site.staff->popularisation, a.user, s.authority.id, s.year, posted_draft(posted));
        });
  });
  router.post("/authorities/{id}/popularisation/{measure}", [&site](const http::Request& r) {
    return change(site, r, "changed",
                  [&](const StaffAccount& a, const PlanSubject& s, const http::Fields& posted, PlanForm& form) {
                    form.posted = posted;
                    form.editing = route_measure(r);
                    return pop::change_measure(*site.staff->popularisation, a.user, s.authority.id, form.editing,
                                               posted_draft(posted));
                  });
  });
  router.post("/authorities/{id}/popularisation/{measure}/status", [&site](const http::Request& r) {
    return change(site, r, "changed",
                  [&](const StaffAccount& a, const PlanSubject& s, const http::Fields& posted, PlanForm& form) {
                    form.error_suffix = "-" + std::to_string(route_measure(r));
                    return pop::change_status(*site.staff->popularisation, a.user, s.authority.id, route_measure(r),
                                              field(posted, "status"));
                  });
  });
  router.post("/authorities/{id}/popularisation/{measure}/remove", [&site](const http::Request& r) {
    return change(site, r, "removed", [&](const StaffAccount& a, const PlanSubject& s, const http::Fields&, PlanForm&) {
      return pop::remove_measure(*site.staff->popularisation, a.user, s.authority.id, route_measure(r));
    });
  });
  add_popularisation_download_pages(router, site);
}

}  // namespace nok::web
