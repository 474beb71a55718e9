// The survey (form 3 of seed 004): every question on one page, no JavaScript needed.
// Errors are listed at the top with links to their questions; answers are kept.
#include <kainjow/mustache.hpp>

#include "app/survey/submit_survey.h"
#include "core/id.h"
#include "core/time.h"
#include "domain/survey/questionnaire.h"
#include "web/pages/pages.h"
#include "web/session.h"
#include "web/view.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

std::string field_error(const Errors& errors, std::string_view key) {
  for (const auto& e : errors)
    if (e.column == key) return e.message;
  return {};
}

http::Response form(const SiteContext& site, const http::Request& request, const Organisation& org,
                    const http::Fields& posted, const Errors& errors, int status) {
  const auto& q = survey::questionnaire_for(org.sphere);
  http::Response extra;
  Data data;
  data.set("code", org.code);
  data.set("short_name", org.short_name);
  data.set("preamble", std::string(q.preamble));
  data.set("csrf", form_token(site, request, extra));
  const auto key = field(posted, "idempotency_key");
  data.set("idempotency_key", key.empty() ? random_token(16) : std::string(key));
  list questions;
  for (const auto& question : q.questions) {
    const auto name = survey::key(question.item);
    const auto value = field(posted, name);
    object item{{"key", std::string(name)},
                {"number", std::string(question.number)},
                {"wording", std::string(question.wording)},
                {"yes", value == "1"},
                {"no", value == "0"}};
    if (question.filter)
      for (const auto& other : q.questions)
        if (other.item == *question.filter)
          item["filter_note"] = "Ответьте, если на вопрос " + std::string(other.number) + " вы ответили «Да».";
    if (question.filter) item["filter"] = std::string(survey::key(*question.filter));
    if (auto e = field_error(errors, name); !e.empty()) item["error"] = e;
    questions.push_back(item);
  }
  data.set("questions", questions);
  list summary;
  for (const auto& e : errors)
    summary.push_back(object{{"field", e.column.empty() ? "q-" + std::string(survey::key(q.questions[0].item)) : e.column},
                             {"message", e.message}});
  data.set("errors", summary);
  data.set("has_errors", !errors.empty());
  data.set("suggestions_wording", std::string(q.suggestions_wording));
  data.set("suggestions_max", std::to_string(q.suggestions_max_length));
  data.set("suggestions", std::string(field(posted, "suggestions")));
  data.set("sex_wording", std::string(q.sex_wording));
  data.set("male", field(posted, "sex") == "male");
  data.set("female", field(posted, "sex") == "female");
  data.set("age_wording", std::string(q.age_wording));
  data.set("age_min", std::to_string(q.age_min));
  data.set("age_max", std::to_string(q.age_max));
  data.set("age", std::string(field(posted, "age")));
  auto response = page(status, "survey", "Анкета — " + org.short_name, data, request);
  response.headers.insert(response.headers.end(), extra.headers.begin(), extra.headers.end());
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

std::optional<http::Response> require_sign_in(const SiteContext& site, const http::Request& request,
                                              std::optional<Session>& session) {
  session = current_session(site, request);
  if (session && session->citizen_id) return std::nullopt;
  return http::Response::redirect("/login?next=" + request.path);
}

http::Response show(const SiteContext& site, const http::Request& request) {
  auto org = site.store.find_organisation(request.param("code"));
  if (!org) return message_page(404, "Организация не найдена", "По этому адресу нет организации.", request);
  std::optional<Session> session;
  if (auto redirect = require_sign_in(site, request, session)) return *redirect;
  if (!site.store.assessment_of(org->code, current_year()))
    return message_page(409, "Анкета сейчас не принимается",
                        "Эта организация не участвует в независимой оценке в этом году. Вы можете оставить отзыв или "
                        "обращение на странице организации.",
                        request);
  return form(site, request, *org, {}, {}, 200);
}

http::Response submit(const SiteContext& site, const http::Request& request) {
  auto org = site.store.find_organisation(request.param("code"));
  if (!org) return message_page(404, "Организация не найдена", "По этому адресу нет организации.", request);
  std::optional<Session> session;
  if (auto redirect = require_sign_in(site, request, session)) return *redirect;
  http::Fields posted;
  if (!http::parse_form(request.body, posted))
    return message_page(400, "Ошибка в данных формы", "Форма пришла повреждённой. Попробуйте ещё раз.", request);
  if (!form_token_valid(site, request, posted))
    return message_page(403, "Форма устарела", "Обновите страницу анкеты и отправьте её снова.", request);

  SurveyRequest survey{org->code, {}, survey::Channel::web, session->citizen_id,
                       std::string(field(posted, "idempotency_key")), request.remote_address};
  for (const auto& [k, v] : posted)
    if (k != "csrf" && k != "idempotency_key") survey.answers.push_back({k, v});
  auto result = submit_survey(site.store, site.key, survey);
  if (!result.errors.empty()) return form(site, request, *org, posted, result.errors, result.status);

  Data data;
  data.set("code", org->code);
  data.set("replaced", result.outcome.replaced_previous);
  data.set("held", !result.outcome.counted);
  return page(200, "thanks", "Спасибо", data, request);
}

}  // namespace

void add_survey_pages(http::Router& router, const SiteContext& site) {
  router.get("/o/{code}/survey", [&site](const http::Request& r) { return show(site, r); });
  router.post("/o/{code}/survey", [&site](const http::Request& r) { return submit(site, r); });
}

}  // namespace nok::web
