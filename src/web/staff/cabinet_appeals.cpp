// The organisation's appeals inbox (/cabinet/{code}/appeals): every appeal with its 30-day
// due date, the earliest due first, and a page per appeal with the answer form. Appeals are
// letters to the organisation: only its staff (and the monitor and administrator) read them,
// and nobody sees the citizen's contact data here — the answer goes by e-mail from the app.
#include <kainjow/mustache.hpp>

#include "app/feedback/answers.h"
#include "core/time.h"
#include "domain/feedback/appeal_status.h"
#include "domain/feedback/records.h"
#include "web/session.h"
#include "web/staff/form_errors.h"
#include "web/staff/guard.h"
#include "web/staff/numbers.h"
#include "web/staff/pages.h"
#include "web/error_status.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;
using staff::Action;

// The organisation if the person may `action` its appeals.
std::optional<staff::OrganisationScope> appeals_scope(const SiteContext& site, const http::Request& request,
                                                      const StaffAccount& account, Action action) {
  auto scope = site.staff->accounts.organisation_scope(request.param("code"));
  if (!scope || !can(account.user, action, staff::AppealScope{*scope})) return std::nullopt;
  return scope;
}

object standing(const Appeal& appeal, const std::string& now) {
  const auto s = feedback::appeal_standing(appeal.head.status, appeal.due_at, now);
  return object{{"standing", std::string(feedback::title(s))},
                {"overdue", s == feedback::AppealStanding::overdue},
                {"answered", s == feedback::AppealStanding::answered}};
}

http::Response inbox(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    if (!appeals_scope(site, request, account, Action::view)) return not_found(request);
    const auto org = site.store.find_organisation(request.param("code"));
    const std::string now = iso_utc_now();
    Data data;
    set_staff_frame(data, site, request, account);
    data.set("code", org->code);
    data.set("short_name", org->short_name);
    list rows;
    int waiting = 0, overdue = 0;
    for (const auto& a : site.store.organisation_appeals(org->code)) {
      object row = standing(a, now);
      row["id"] = std::to_string(a.head.id);
      row["subject"] = a.subject;
      row["received"] = day_text(a.head.created_at);
      row["due"] = day_text(a.due_at);
      const auto s = feedback::appeal_standing(a.head.status, a.due_at, now);
      waiting += s != feedback::AppealStanding::answered;
      overdue += s == feedback::AppealStanding::overdue;
      rows.push_back(row);
    }
    data.set("appeals", rows);
    data.set("has_appeals", !rows.empty());
    data.set("waiting", std::to_string(waiting));
    data.set("overdue_count", std::to_string(overdue));
    data.set("has_overdue", overdue > 0);
    return staff_page(200, "cabinet_appeals", "Обращения — " + org->short_name, data, request);
  });
}

// The appeal named by the route, if it is one of the organisation's.
std::optional<Appeal> appeal_of(const SiteContext& site, const http::Request& request) {
  const auto id = parse_id(request.param("id"));
  auto appeal = id ? site.store.find_appeal(*id) : std::nullopt;
  if (!appeal || appeal->head.org_code != request.param("code")) return std::nullopt;
  return appeal;
}

http::Response appeal_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                           const staff::OrganisationScope& scope, const Appeal& appeal, int status,
                           const AnswerResult& refused, std::string_view typed) {
  Data data;
  set_staff_frame(data, site, request, account);
  data.set("code", appeal.head.org_code);
  data.set("short_name", appeal.head.org_name);
  data.set("id", std::to_string(appeal.head.id));
  data.set("subject", appeal.subject);
  data.set("text", appeal.text);
  data.set("received", day_text(appeal.head.created_at));
  data.set("due", day_text(appeal.due_at));
  data.set("appeal", standing(appeal, iso_utc_now()));
  set_if_any(data, "answer", appeal.answer);
  data.set("answered_at", day_text(appeal.answered_at));
  data.set("can_answer", appeal.answer.empty() && can(account.user, Action::edit, staff::AppealScope{scope}));
  data.set("typed", std::string(typed));
  data.set("max", std::to_string(feedback::kAnswerMax));
  if (request.query_value("answered") == "1") data.set("notice", std::string("Ответ сохранён и отправлен автору."));
  set_form_errors(data, refused.errors);
  return staff_page(status, "cabinet_appeal", "Обращение «" + appeal.subject + "»", data, request);
}

http::Response show(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    auto scope = appeals_scope(site, request, account, Action::view);
    auto appeal = scope ? appeal_of(site, request) : std::nullopt;
    if (!appeal) return not_found(request);
    return appeal_page(site, request, account, *scope, *appeal, 200, {}, "");
  });
}

http::Response answer(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    auto scope = appeals_scope(site, request, account, Action::edit);
    auto appeal = scope ? appeal_of(site, request) : std::nullopt;
    if (!appeal) return not_found(request);
    const auto text = field(posted, "answer");
    const auto result = answer_appeal(site.store, {site.mailer, site.key, site.public_url, site.sms}, appeal->head.org_code,
                                      appeal->head.id, text, account.user.id);
    if (result.errors.empty())
      return http::Response::redirect("/cabinet/" + appeal->head.org_code + "/appeals/" +
                                      std::to_string(appeal->head.id) + "?answered=1");
    // Show what is stored now (an answer given meanwhile) with the refusal and the typed text.
    return appeal_page(site, request, account, *scope, *site.store.find_appeal(appeal->head.id), http_status(result.errors), result,
                       text);
  });
}

}  // namespace

void add_cabinet_appeal_pages(http::Router& router, const SiteContext& site) {
  router.get("/cabinet/{code}/appeals", [&site](const http::Request& r) { return inbox(site, r); });
  router.get("/cabinet/{code}/appeals/{id}", [&site](const http::Request& r) { return show(site, r); });
  router.post("/cabinet/{code}/appeals/{id}/answer", [&site](const http::Request& r) { return answer(site, r); });
}

}  // namespace nok::web
