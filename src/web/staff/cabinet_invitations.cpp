// The organisation's invitations after a service (/cabinet/{code}/invitations): how this
// year's went, in numbers only; for its own staff, uploading a list and the keys its own
// systems post people with.
#include <kainjow/mustache.hpp>

#include "app/invitation/invitations.h"
#include "app/operator/upload_responses.h"
#include "app/survey/submit_survey.h"
#include "core/parse_number.h"
#include "core/time.h"
#include "web/error_status.h"
#include "web/session.h"
#include "web/staff/file_form.h"
#include "web/staff/form_errors.h"
#include "web/staff/guard.h"
#include "web/staff/key_forms.h"
#include "web/staff/numbers.h"
#include "web/staff/pages.h"

namespace nok::web {
namespace {

using staff::Action;

using Shown = KeyForm;  // an upload's errors, or a key issued just now

Invitations invitations(const SiteContext& site) {
  return Invitations(site.store, *site.staff->invitations, site.key, site.staff->invitation_policy);
}

std::optional<staff::OrganisationScope> scope_of(const SiteContext& site, const http::Request& request,
                                                 const StaffAccount& account, Action action) {
  if (!site.staff->invitations) return std::nullopt;
  return key_scope(site, request, account, action);
}

http::Response invitations_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                                const staff::OrganisationScope& scope, const Shown& shown) {
  Data data;
  const auto org = start_key_page(data, site, request, account, scope, KeyKind::invitations);
  if (const auto assessment = site.store.assessment_of(org.code, current_year()); assessment && survey_open(*assessment)) {
    const auto f = site.staff->invitations->funnel(org.id, assessment->cycle_id);
    data.set("has_cycle", true);
    // Who opted out is the person's to know: their invitations are not shown apart.
    for (const auto& [key, value] : {std::pair{"waiting", f.waiting}, {"sent", f.sent}, {"opened", f.opened},
                                     {"answered", f.answered}, {"failed", f.failed},
                                     {"unconfirmed", f.unconfirmed}, {"expired", f.expired}})
      data.set(key, std::to_string(value));
  }
  if (shown.issued) {
    data.set("issued", true);
    data.set("issued_name", shown.issued_name);
    data.set("issued_token", shown.issued->secret);
  }
  if (const auto added = text::parse_integer<int>(request.query_value("added")),
      skipped = text::parse_integer<int>(request.query_value("skipped"));
      added && skipped)
    data.set("notice", "Список принят: приглашено " + std::to_string(*added) + ", пропущено " +
                           std::to_string(*skipped) + " (уже приглашены в этом году).");
  if (request.query_value("revoked") == "1") data.set("notice", std::string("Ключ отозван: он больше не действует."));
  set_form_errors(data, shown.errors);
  auto page = staff_page(shown.status, "cabinet_invitations", "Приглашения — " + org.short_name, data, request);
  if (shown.issued) page.headers.emplace_back("Cache-Control", "no-store");
  return page;
}

http::Response show(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    auto scope = scope_of(site, request, account, Action::view);
    if (!scope) return not_found(request);
    return invitations_page(site, request, account, *scope, {});
  });
}

http::Response upload(const SiteContext& site, const http::Request& request) {
  auto account = current_staff(site, request);
  if (!account) return http::Response::redirect("/staff/login");
  const auto form = read_file_form(site, request);
  if (!form) return stale_file_form(request);
  const http::FormPart* file = form->file();
  auto scope = scope_of(site, request, *account, Action::edit);
  if (!scope) return not_found(request);
  Shown shown;
  shown.status = 422;
  if (!file || file->body.empty()) {
    shown.status = 400;
    shown.errors.push_back({"upload_no_file", "Выберите файл CSV или XLSX", 0, "file"});
    return invitations_page(site, request, *account, *scope, shown);
  }
  auto table = read_upload(file->body);
  if (!table) {
    shown.errors.push_back(table.error());
    return invitations_page(site, request, *account, *scope, shown);
  }
  const auto org = site.store.find_organisation(request.param("code"));
  auto outcome = invitations(site).add_list(*org, *table, account->user.id);
  if (!outcome.errors.empty()) {
    shown.status = static_cast<int>(http_status(outcome.errors));
    // Each refusal names its line and column; the summary's links lead to the file field.
    for (auto& e : outcome.errors) {
      if (e.line > 0)
        e.message = "Строка " + std::to_string(e.line) +
                    (e.column.empty() ? "" : ", столбец «" + std::string(invitation_column::title(e.column)) + "»") + ": " +
                    e.message;
      e.column = "file";
    }
    shown.errors = std::move(outcome.errors);
    return invitations_page(site, request, *account, *scope, shown);
  }
  return http::Response::redirect("/cabinet/" + org->code + "/invitations?added=" + std::to_string(outcome.invited()) +
                                  "&skipped=" + std::to_string(outcome.skipped()));
}

http::Response issue(const SiteContext& site, const http::Request& request) {
  if (!site.staff->invitations) return not_found(request);
  return issue_key(site, request, KeyKind::invitations,
                   [&](const StaffAccount& account, const staff::OrganisationScope& scope, const KeyForm& form) {
                     return invitations_page(site, request, account, scope, form);
                   });
}

}  // namespace

void add_cabinet_invitation_pages(http::Router& router, const SiteContext& site) {
  router.get("/cabinet/{code}/invitations", [&site](const http::Request& r) { return show(site, r); });
  router.post("/cabinet/{code}/invitations", [&site](const http::Request& r) { return upload(site, r); });
  router.post("/cabinet/{code}/invitation-keys", [&site](const http::Request& r) { return issue(site, r); });
  router.post("/cabinet/{code}/invitation-keys/{id}/revoke", [&site](const http::Request& r) {
    return revoke_key(site, r, KeyKind::invitations, "invitations", "#keys");
  });
}

}  // namespace nok::web
