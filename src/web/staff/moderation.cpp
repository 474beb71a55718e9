// The moderation queue (/moderation): reviews held by the screening and survey
// responses held by the padding checks, with the decisions that release or reject them.
// Officials see and decide for their authority's organisations, administrators for all;
// the council and the monitor look on.
#include <kainjow/mustache.hpp>

#include "app/staff/moderation.h"
#include "core/time.h"
#include "domain/feedback/moderation.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/numbers.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

constexpr int kShown = 100;

http::Response queue(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                     int status = 200, const std::string& error = "") {
  const std::int64_t scope = moderation_scope(account.user);
  if (!can(account.user, staff::Action::view, staff::ModerationQueue{scope})) return not_found(request);
  Data data;
  set_staff_frame(data, site, request, account);
  data.set("can_decide", can(account.user, staff::Action::edit, staff::ModerationQueue{scope}));
  set_if_any(data, "error", error);
  if (request.query_value("done") == "1") data.set("notice", std::string("Решение записано."));
  list reviews, responses;
  for (const auto& r : site.staff->moderation.held_reviews(scope, kShown))
    reviews.push_back(object{{"id", std::to_string(r.id)},
                             {"org_code", r.org_code},
                             {"org_name", r.org_name},
                             {"text", r.text},
                             {"reason", std::string(feedback::explain_moderation(r.reason))},
                             {"on", day_text(r.created_at)}});
  for (const auto& r : site.staff->moderation.held_responses(scope, kShown))
    responses.push_back(object{{"id", std::to_string(r.id)},
                               {"org_code", r.org_code},
                               {"org_name", r.org_name},
                               {"reason", std::string(feedback::explain_moderation(r.reason))},
                               {"suggestions", r.suggestions},
                               {"on", day_text(r.received_at)}});
  data.set("has_reviews", !reviews.empty());
  data.set("reviews", reviews);
  data.set("has_responses", !responses.empty());
  data.set("responses", responses);
  return staff_page(status, "moderation", "Модерация", data, request);
}

http::Response decide(const SiteContext& site, const http::Request& request, HeldKind kind) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    auto done = moderate(site.staff->moderation, account.user, kind, parse_id(request.param("id")).value_or(0),
                         field(posted, "decision"));
    if (done) return http::Response::redirect("/moderation?done=1");
    const auto& e = done.error();
    if (e.code == "not_allowed" && !can(account.user, staff::Action::view,
                                        staff::ModerationQueue{moderation_scope(account.user)}))
      return not_found(request);
    return queue(site, request, account, e.code == "not_held" ? 409 : e.code == "not_allowed" ? 403 : 400, e.message);
  });
}

}  // namespace

void add_moderation_pages(http::Router& router, const SiteContext& site) {
  router.get("/moderation", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) { return queue(site, r, a); });
  });
  router.post("/moderation/reviews/{id}", [&site](const http::Request& r) { return decide(site, r, HeldKind::review); });
  router.post("/moderation/responses/{id}",
              [&site](const http::Request& r) { return decide(site, r, HeldKind::response); });
}

}  // namespace nok::web
