// The organisation's reviews (/cabinet/{code}/reviews): published ones with the public answer
// form, and those a moderator holds, by status only — a held text may carry personal data,
// which is why it was held, so the organisation sees it once a moderator publishes it.
#include <kainjow/mustache.hpp>

#include "app/feedback/answers.h"
#include "core/time.h"
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

constexpr int kShown = 200;

std::string status_title(std::string_view status) {
  if (status == "published") return "опубликован";
  if (status == "pending") return "на проверке у модератора";
  return "отклонён модератором";
}

std::optional<staff::OrganisationScope> reviews_scope(const SiteContext& site, const http::Request& request,
                                                      const StaffAccount& account, Action action) {
  auto scope = site.staff->accounts.organisation_scope(request.param("code"));
  if (!scope || !can(account.user, action, staff::ReviewScope{*scope})) return std::nullopt;
  return scope;
}

// What a refused answer puts back: which review, the errors and the typed text.
struct RefusedAnswer {
  std::int64_t review_id = 0;
  AnswerResult result;
  std::string typed;
};

http::Response reviews_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                            const staff::OrganisationScope& scope, const RefusedAnswer& refused) {
  const auto org = site.store.find_organisation(request.param("code"));
  const bool can_answer = can(account.user, Action::edit, staff::ReviewScope{scope});
  Data data;
  set_staff_frame(data, site, request, account);
  data.set("code", org->code);
  data.set("short_name", org->short_name);
  data.set("max", std::to_string(feedback::kAnswerMax));
  list rows;
  for (const auto& r : site.store.organisation_reviews(org->code, kShown)) {
    const bool published = r.head.status == "published", this_one = r.head.id == refused.review_id;
    object row{{"id", std::to_string(r.head.id)},
               {"date", day_text(r.head.created_at)},
               {"status", status_title(r.head.status)},
               {"tone", std::string(feedback::title(r.tone))},
               {"published", published},
               {"text", published ? r.text : std::string()},
               {"answer", r.answer},
               {"has_answer", !r.answer.empty()},
               {"answered", day_text(r.answered_at)},
               {"can_answer", published && can_answer},
               {"typed", this_one ? refused.typed : r.answer}};
    if (this_one && !refused.result.errors.empty()) row["error"] = refused.result.errors.front().message;
    rows.push_back(row);
  }
  data.set("reviews", rows);
  data.set("has_reviews", !rows.empty());
  if (parse_id(request.query_value("answered")))
    data.set("notice", std::string("Ответ опубликован под отзывом на странице организации."));
  set_form_errors(data, refused.result.errors, "-" + std::to_string(refused.review_id));
  return staff_page(http_status(refused.result.errors), "cabinet_reviews",
                    "Отзывы — " + org->short_name, data, request);
}

http::Response list_reviews(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    auto scope = reviews_scope(site, request, account, Action::view);
    if (!scope) return not_found(request);
    return reviews_page(site, request, account, *scope, {});
  });
}

http::Response answer(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    auto scope = reviews_scope(site, request, account, Action::edit);
    const auto id = parse_id(request.param("id"));
    const auto review = scope && id ? site.store.find_review(*id) : std::nullopt;
    if (!review || review->head.org_code != request.param("code")) return not_found(request);
    RefusedAnswer refused{*id, answer_review(site.store, review->head.org_code, *id, field(posted, "answer"),
                                             account.user.id),
                          std::string(field(posted, "answer"))};
    if (refused.result.errors.empty())
      return http::Response::redirect("/cabinet/" + review->head.org_code + "/reviews?answered=" +
                                      std::to_string(*id) + "#review-" + std::to_string(*id));
    return reviews_page(site, request, account, *scope, refused);
  });
}

}  // namespace

void add_cabinet_review_pages(http::Router& router, const SiteContext& site) {
  router.get("/cabinet/{code}/reviews", [&site](const http::Request& r) { return list_reviews(site, r); });
  router.post("/cabinet/{code}/reviews/{id}/answer", [&site](const http::Request& r) { return answer(site, r); });
}

}  // namespace nok::web
