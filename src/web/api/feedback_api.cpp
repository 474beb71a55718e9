// The citizen app's feedback besides the survey: ratings in points, opinions on the rating,
// comments on measures, reviews and appeals (POST, bearer token); the organisation's
// citizen ratings, reviews and plan (public GET); the citizen's own entries (GET /me).
#include <functional>

#include "app/feedback/citizen_feedback.h"
#include "app/feedback/own_appeal.h"
#include "core/time.h"
#include "web/cycle_edition.h"
#include "web/api/api.h"
#include "web/pages/pages.h"
#include "web/api/feedback_json.h"
#include "web/api/json_io.h"
#include "web/error_status.h"

namespace nok::web {
namespace {

namespace json = boost::json;

using Submit = std::function<void(Store&, const FeedbackRequest&, FeedbackReply)>;

http::Response unauthorized() { return api_error(401, "unauthorized", "Войдите по коду из письма"); }
http::Response not_found() { return api_error(404, "organisation_not_found", "Организация с таким кодом не найдена"); }

// The body's members become the form's fields; the members of `nested` ("points") too.
// Answered once the write is durable, no thread waiting for it meanwhile.
void post(const SiteContext& site, const http::Request& r, const Submit& submit, std::string_view nested,
          http::Reply reply) {
  auto session = bearer_session(site, r);
  if (!session || !session->citizen_id) return reply(unauthorized);
  auto body = json_body(r);
  if (!body) return reply(bad_json);
  FeedbackRequest request{std::string(r.param("code")), session->citizen_id, {}, string_member(*body, "idempotency_key"),
                          &cycle_edition(site, r.param("code"))};
  if (request.idempotency_key.empty())
    return reply([] {
      return api_error(400, "missing_idempotency_key", "Укажите idempotency_key, чтобы повтор запроса не создал дубль");
    });
  std::vector<std::pair<std::string, std::string>> texts;  // the Fields point into these
  for (const auto& [key, value] : *body) {
    if (key == "idempotency_key") continue;
    if (key == nested && value.is_object()) {
      // A value of no field kind becomes "?", which the form's check refuses with its key named.
      for (const auto& [inner, v] : value.as_object()) texts.emplace_back(inner, field_text(v).value_or("?"));
      continue;
    }
    auto text = field_text(value);
    if (!text)
      return reply([key = std::string(key)] {
        return api_error(400, "bad_json", "Поле «" + key + "» должно быть строкой или числом");
      });
    texts.emplace_back(key, std::move(*text));
  }
  for (const auto& [k, v] : texts) request.fields.push_back({k, v});
  submit(site.store, request,
         [reply, org_code = request.org_code, pages = site.organisation_pages](std::exception_ptr error,
                                                                               FeedbackResult result) {
           reply([error, result = std::move(result), org_code, pages] {
             if (error) std::rethrow_exception(error);
             if (!result.errors.empty()) return errors_response(result.errors);
             pages->forget(org_code);
             return http::Response::json(result.outcome.repeated ? 200 : 201,
                                         http::json_text(outcome_json(result.outcome)));
           });
         });
}

http::Response organisation_feedback(const SiteContext& site, const http::Request& r) {
  auto org = site.store.find_organisation(r.param("code"));
  if (!org) return not_found();
  const int year = current_year();
  const auto assessment = site.store.assessment_of(org->code, year);
  const auto feedback = site.store.organisation_feedback(org->code, assessment ? assessment->cycle_id : 0, 3);
  json::array latest;
  for (const auto& review : feedback.reviews.items) latest.push_back(review_json(review));
  return http::Response::json(
      200, http::json_text(json::object{{"org", org->code},
                                        {"year", year},
                                        {"assessed", assessment.has_value()},
                                        {"ratings", ratings_json(feedback.ratings)},
                                        {"opinions", {{"agree", feedback.agree}, {"disagree", feedback.disagree}}},
                                        {"reviews_total", feedback.reviews.total},
                                        {"latest_reviews", std::move(latest)}}));
}

http::Response reviews(const SiteContext& site, const http::Request& r) {
  auto org = site.store.find_organisation(r.param("code"));
  if (!org) return not_found();
  auto limit = int_param(r, "limit", 20, 100);
  auto offset = int_param(r, "offset", 0, 1'000'000);
  if (!limit || !offset) return api_error(400, "bad_paging", "limit — от 0 до 100, offset — неотрицательное число");
  const auto page = site.store.published_reviews(org->code, *limit, *offset);
  json::array items;
  for (const auto& review : page.items) items.push_back(review_json(review));
  return http::Response::json(200, http::json_text(json::object{{"total", page.total}, {"items", std::move(items)}}));
}

http::Response plan(const SiteContext& site, const http::Request& r) {
  auto org = site.store.find_organisation(r.param("code"));
  if (!org) return not_found();
  json::array items;
  for (const auto& item : site.store.published_plan(org->code)) items.push_back(plan_item_json(item));
  return http::Response::json(200, http::json_text(json::object{{"items", std::move(items)}}));
}

http::Response me(const SiteContext& site, const http::Request& r) {
  auto session = bearer_session(site, r);
  if (!session || !session->citizen_id) return unauthorized();
  return http::Response::json(200, http::json_text(activity_json(site.store.citizen_activity(session->citizen_id, 100))));
}

http::Response my_appeal(const SiteContext& site, const http::Request& r) {
  auto session = bearer_session(site, r);
  if (!session || !session->citizen_id) return unauthorized();
  const auto appeal = own_appeal(site.store, session->citizen_id, r.param("id"));
  if (!appeal)
    return api_error(404, "appeal_not_found", "Такого обращения среди ваших нет");
  return http::Response::json(200, http::json_text(appeal_json(*appeal)));
}

}  // namespace

void add_feedback_api(http::Router& router, const SiteContext& site) {
  const std::string base = "/api/v1/organisations/{code}/";
  const std::vector<std::tuple<const char*, Submit, const char*>> forms{
      {"ratings", rate_organisation, "points"},
      {"opinions", give_opinion, ""},
      {"measure-feedback", comment_on_measures, ""},
      {"reviews", [&site](Store& s, const FeedbackRequest& r, FeedbackReply reply) {
         post_review(s, r, std::move(reply), site.review_policy);
       }, ""},
      {"appeals", file_appeal, ""},
  };
  for (const auto& [path, submit, nested] : forms)
    router.post_deferred(base + path, [&site, submit, nested](const http::Request& r, http::Reply reply) {
      post(site, r, submit, nested, std::move(reply));
    });
  router.get(base + "feedback", [&site](const http::Request& r) { return organisation_feedback(site, r); });
  router.get(base + "reviews", [&site](const http::Request& r) { return reviews(site, r); });
  router.get(base + "plan", [&site](const http::Request& r) { return plan(site, r); });
  router.get("/api/v1/me", [&site](const http::Request& r) { return me(site, r); });
  router.get("/api/v1/me/appeals/{id}", [&site](const http::Request& r) { return my_appeal(site, r); });
}

}  // namespace nok::web
