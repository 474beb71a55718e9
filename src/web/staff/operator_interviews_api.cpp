// POST /api/v1/operator/interviews: the field mode's sync of an interview queued on the
// device. The staff session cookie signs it in, so the page's CSRF token must come in the
// X-CSRF-Token header. The device's idempotency key makes a retried sync store once and
// answer with the first id. The questionnaire goes through the same entry as the form.
#include <boost/json.hpp>

#include "web/api/api.h"
#include "web/api/json_io.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/operator_desk.h"
#include "web/staff/operator_entry.h"
#include "web/staff/operator_pages.h"
#include "web/error_status.h"

namespace nok::web {
namespace {

namespace json = boost::json;

http::Response sync_interview(const SiteContext& site, const http::Request& request) {
  auto account = current_staff(site, request);
  if (!account) return api_error(401, "unauthorized", "Войдите в рабочее место оператора и повторите отправку");
  if (!form_token_valid(site, request, {{"csrf", std::string(request.header("x-csrf-token"))}}))
    return api_error(403, "csrf_invalid", "Нет действующего токена формы (X-CSRF-Token): обновите страницу полевого режима");
  auto body = json_body(request);
  if (!body) return bad_json();
  // The entry form's fields: the channel, the key, then every answer as the form posts it.
  http::Fields posted{{"channel", string_member(*body, "channel")},
                      {"idempotency_key", string_member(*body, "idempotency_key")}};
  if (posted[1].second.empty())
    return api_error(400, "missing_idempotency_key", "Укажите idempotency_key, чтобы повтор отправки не создал дубль");
  if (auto answers = body->find("answers"); answers != body->end()) {
    if (!answers->value().is_object()) return api_error(400, "bad_json", "answers должен быть объектом");
    for (const auto& [key, value] : answers->value().as_object())
      if (key != "csrf" && key != "idempotency_key" && key != "channel")
        posted.emplace_back(std::string(key), field_text(value).value_or("?"));
  }
  const auto desk = operator_desk(site, *account);
  auto result = enter_posted(site, desk.collector, string_member(*body, "org"), posted);
  if (!result.errors.empty()) return errors_response(result.errors);
  return http::Response::json(result.outcome.repeated ? 200 : 201,
                              http::json_text(json::object{{"id", std::to_string(result.outcome.response_id)},
                                                           {"counted", result.outcome.counted},
                                                           {"repeated", result.outcome.repeated}}));
}

}  // namespace

void add_operator_interviews_api(http::Router& router, const SiteContext& site) {
  router.post("/api/v1/operator/interviews", [&site](const http::Request& r) { return sync_interview(site, r); });
}

}  // namespace nok::web
