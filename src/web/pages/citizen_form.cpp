#include "web/pages/citizen_form.h"

#include <kainjow/mustache.hpp>

#include "core/id.h"
#include "core/time.h"
#include "web/local_path.h"
#include "web/pages/pages.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

http::Response show(const SiteContext& site, const CitizenForm& form, const http::Request& request) {
  const auto visit = visit_form(site, request);
  if (visit.refusal) return *visit.refusal;
  const auto& org = visit.org;
  if (form.needs_cycle && !site.store.assessment_of(org->code, current_year()))
    return message_page(409, "Оценки сейчас не принимаются",
                        "Эта организация не участвует в независимой оценке в этом году. Вы можете оставить отзыв или "
                        "обращение на странице организации.",
                        request);
  http::Fields preset;  // choices a link may preselect (?agrees=0), never the form's tokens
  for (const auto& [k, v] : request.query)
    if (k != "csrf" && k != "idempotency_key") preset.emplace_back(k, v);
  http::Response cookies;
  Data data;
  set_form_basics(data, site, request, *org, preset, {}, form.first_field, cookies);
  form.fill(data, site, *org, preset, {});
  return form_response(page(200, form.path, std::string(form.title) + " — " + org->short_name, data, request), cookies);
}

http::Response submit(const SiteContext& site, const CitizenForm& form, const http::Request& request) {
  const auto visit = visit_form(site, request);
  if (visit.refusal) return *visit.refusal;
  const auto& org = visit.org;
  http::Fields posted;
  if (auto bad = read_posted_form(site, request, posted)) return *bad;

  FeedbackRequest feedback{org->code, visit.session->citizen_id, {}, std::string(field(posted, "idempotency_key"))};
  for (const auto& [k, v] : posted)
    if (k != "csrf" && k != "idempotency_key") feedback.fields.push_back({k, v});
  const auto result = form.submit(site.store, feedback);
  if (result.status == 409 || result.status == 404)
    return message_page(result.status, "Форма не принята", result.errors.front().message, request);
  if (!result.errors.empty()) {
    http::Response cookies;
    Data data;
    set_form_basics(data, site, request, *org, posted, result.errors, form.first_field, cookies);
    form.fill(data, site, *org, posted, result.errors);
    return form_response(page(result.status, form.path, std::string(form.title) + " — " + org->short_name, data, request),
                         cookies);
  }
  forget_organisation_page(org->code);
  auto [heading, sentences] = form.thanks(site, result.outcome);
  Data data;
  data.set("code", org->code);
  data.set("heading", heading);
  list lines;
  for (auto& s : sentences) lines.push_back(s);
  data.set("lines", lines);
  return page(200, "feedback_thanks", heading, data, request);
}

}  // namespace

std::optional<http::Response> require_sign_in(const SiteContext& site, const http::Request& request,
                                              std::optional<Session>& session) {
  session = current_session(site, request);
  if (session && session->citizen_id) return std::nullopt;
  return http::Response::redirect("/login?next=" + http::percent_encode(local_return_path(request.target)));
}

FormVisit visit_form(const SiteContext& site, const http::Request& request) {
  FormVisit visit;
  visit.org = site.store.find_organisation(request.param("code"));
  if (!visit.org)
    visit.refusal = message_page(404, "Организация не найдена", "По этому адресу нет организации.", request);
  else
    visit.refusal = require_sign_in(site, request, visit.session);
  return visit;
}

std::optional<http::Response> read_posted_form(const SiteContext& site, const http::Request& request,
                                               http::Fields& form) {
  if (!http::parse_form(request.body, form))
    return message_page(400, "Ошибка в данных формы", "Форма пришла повреждённой. Попробуйте ещё раз.", request);
  if (!form_token_valid(site, request, form))
    return message_page(403, "Форма устарела", "Обновите страницу с формой и отправьте её снова.", request);
  return std::nullopt;
}

std::string field_error(const Errors& errors, std::string_view key) {
  for (const auto& e : errors)
    if (e.column == key) return e.message;
  return {};
}

void set_form_basics(Data& data, const SiteContext& site, const http::Request& request, const Organisation& org,
                     const http::Fields& posted, const Errors& errors, std::string_view first_field,
                     http::Response& cookies) {
  data.set("code", org.code);
  data.set("short_name", org.short_name);
  data.set("csrf", form_token(site, request, cookies));
  const auto key = field(posted, "idempotency_key");
  data.set("idempotency_key", key.empty() ? random_token(16) : std::string(key));
  list summary;
  for (const auto& e : errors)
    summary.push_back(object{{"field", e.column.empty() ? std::string(first_field) : e.column}, {"message", e.message}});
  data.set("errors", summary);
  data.set("has_errors", !errors.empty());
}

http::Response form_response(http::Response page, const http::Response& cookies) {
  page.headers.insert(page.headers.end(), cookies.headers.begin(), cookies.headers.end());
  page.headers.emplace_back("Cache-Control", "no-store");
  return page;
}

Data text_field(std::string_view key, std::string_view label, std::string_view hint, std::size_t max, bool multiline,
                bool optional, const http::Fields& posted, const Errors& errors) {
  object out{{"key", std::string(key)},
             {"label", std::string(label)},
             {"hint", std::string(hint)},
             {"max", std::to_string(max)},
             {"multiline", multiline},
             {"optional", optional},
             {"value", std::string(field(posted, key))}};
  if (auto e = field_error(errors, key); !e.empty()) out["error"] = e;
  return out;
}

void add_citizen_form(http::Router& router, const SiteContext& site, CitizenForm form) {
  const std::string path = "/o/{code}/" + std::string(form.path);
  auto shared = std::make_shared<const CitizenForm>(std::move(form));
  router.get(path, [&site, shared](const http::Request& r) { return show(site, *shared, r); });
  router.post(path, [&site, shared](const http::Request& r) { return submit(site, *shared, r); });
}

}  // namespace nok::web
