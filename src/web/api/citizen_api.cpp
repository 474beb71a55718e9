// The citizen app's API: sign in by code, read an organisation's scores, submit a survey.
// The app sends `Authorization: Bearer <token>` (no cookies, so no CSRF token is needed).
#include <boost/json.hpp>

#include "app/scoring/report_json.h"
#include "app/survey/submit_survey.h"
#include "core/time.h"
#include "domain/methodology/score.h"
#include "web/api/api.h"
#include "web/pages/pages.h"
#include "web/session.h"
#include "web/api/json_io.h"
#include "web/error_status.h"

namespace nok::web {
namespace {

namespace json = boost::json;

// The app sends {"email": …} or {"phone": …}; each must be what its name says.
Result<Contact> contact_member(const json::object& body) {
  if (auto phone = string_member(body, "phone"); !phone.empty()) return parse_phone(phone);
  return parse_email(string_member(body, "email"));
}

http::Response request_code(const SiteContext& site, const http::Request& r) {
  auto body = json_body(r);
  if (!body) return bad_json();
  auto contact = contact_member(*body);
  if (!contact) return errors_response(400, {contact.error()});
  auto sent = citizen_sign_in(site).request_code(contact->value, r.remote_address);
  if (!sent) return errors_response({sent.error()});
  return http::Response::json(202, R"({"sent":true})");
}

http::Response open_session(const SiteContext& site, const http::Request& r) {
  auto body = json_body(r);
  if (!body) return bad_json();
  auto contact = contact_member(*body);
  if (!contact) return errors_response(400, {contact.error()});
  auto session = citizen_sign_in(site).verify(contact->value, string_member(*body, "code"));
  if (!session) return errors_response(401, {session.error()});
  return http::Response::json(201, http::json_text(json::object{{"token", session->token}}));
}

http::Response scores(const SiteContext& site, const http::Request& r) {
  auto org = site.store.find_organisation(r.param("code"));
  if (!org) return api_error(404, "organisation_not_found", "Организация с таким кодом не найдена");
  const int year = current_year();
  auto card = site.store.assessment_card(org->code, year);
  if (!card) return api_error(409, "not_in_cycle", "Организация не участвует в независимой оценке в этом году");
  const auto& m = site.editions->of_cycle(card->assessment.methodology);
  const auto s = methodology::score(m, org->sphere, card->tally, card->expert);
  auto number = [](const std::optional<double>& v) -> json::value { return v ? json::value(*v) : json::value(nullptr); };
  json::object indicators, criteria;
  for (std::size_t i = 0; i < m.indicators.size(); ++i)
    if (s.applicable[i]) indicators[m.indicators[i].id] = number(s.indicators[i]);
  for (std::size_t i = 0; i < m.criteria.size(); ++i) criteria[m.criteria[i].id] = number(s.criteria[i]);
  return http::Response::json(200, http::json_text(json::object{{"org", org->code},
                                                                 {"year", year},
                                                                 {"methodology", m.id},
                                                                 {"respondents", card->tally.respondents},
                                                                 {"sample_target", card->assessment.sample_target},
                                                                 {"survey_open", survey_open(card->assessment)},
                                                                 {"indicators", std::move(indicators)},
                                                                 {"criteria", std::move(criteria)},
                                                                 {"total", number(s.total)},
                                                                 {"shares", scoring::shares_json(methodology::questionnaire_for(m, org->sphere), card->tally)}}));
}

// The answer to a submission that the store has taken (or refused).
http::Response submitted(const SurveyResult& result, const std::string& org_code, OrganisationPages& pages) {
  if (!result.errors.empty()) return errors_response(result.errors);
  pages.forget(org_code);
  return http::Response::json(result.outcome.repeated ? 200 : 201,
                              http::json_text(json::object{{"id", std::to_string(result.outcome.response_id)},
                                                           {"counted", result.outcome.counted},
                                                           {"replaced_previous", result.outcome.replaced_previous},
                                                           {"repeated", result.outcome.repeated}}));
}

// Answered once the group commit has made the response durable; no thread waits meanwhile.
void submit(const SiteContext& site, const http::Request& r, http::Reply reply) {
  auto session = bearer_session(site, r);
  if (!session || !session->citizen_id)
    return reply([] { return api_error(401, "unauthorized", "Войдите по коду из письма"); });
  auto body = json_body(r);
  if (!body) return reply(bad_json);

  // Values are copied into `texts` so the Fields can point at them.
  std::vector<std::pair<std::string, std::string>> texts;
  if (auto answers = body->find("answers"); answers != body->end()) {
    if (!answers->value().is_object())
      return reply([] { return api_error(400, "bad_json", "answers должен быть объектом"); });
    for (const auto& [key, value] : answers->value().as_object()) {
      // A value of no form-field kind becomes "?", which the answer check refuses with the key named.
      texts.emplace_back(std::string(key), field_text(value).value_or("?"));
    }
  }
  for (const char* name : {"suggestions", "sex"})
    if (auto v = string_member(*body, name); !v.empty()) texts.emplace_back(name, v);
  if (auto age = body->find("age"); age != body->end() && age->value().is_int64())
    texts.emplace_back("age", std::to_string(age->value().as_int64()));

  SurveyRequest request{std::string(r.param("code")), {}, survey::Channel::app, session->citizen_id,
                        string_member(*body, "idempotency_key"), r.remote_address};
  if (request.idempotency_key.empty())
    return reply([] {
      return api_error(400, "missing_idempotency_key", "Укажите idempotency_key, чтобы повтор запроса не создал дубль");
    });
  for (const auto& [k, v] : texts) request.answers.push_back({k, v});
  submit_survey_async(site.store, *site.editions, site.key, request,
                      [reply, org_code = request.org_code, pages = site.organisation_pages](
                          std::exception_ptr error, SurveyResult result) {
                        reply([error, result = std::move(result), org_code, pages] {
                          if (error) std::rethrow_exception(error);
                          return submitted(result, org_code, *pages);
                        });
                      });
}

}  // namespace

void add_citizen_api(http::Router& router, const SiteContext& site) {
  router.post("/api/v1/auth/code", [&site](const http::Request& r) { return request_code(site, r); });
  router.post("/api/v1/auth/session", [&site](const http::Request& r) { return open_session(site, r); });
  router.get("/api/v1/organisations/{code}/scores", [&site](const http::Request& r) { return scores(site, r); });
  router.post_deferred("/api/v1/organisations/{code}/responses",
                       [&site](const http::Request& r, http::Reply reply) { submit(site, r, std::move(reply)); });
}

}  // namespace nok::web
