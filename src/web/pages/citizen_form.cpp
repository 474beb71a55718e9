#include "web/pages/citizen_form.h"

#include <kainjow/mustache.hpp>

#include <algorithm>

#include "core/id.h"
#include "core/parse_number.h"
#include "core/time.h"
#include "web/cycle_edition.h"
#include "web/local_path.h"
#include "web/pages/pages.h"
#include "web/pages/wording.h"
#include "web/error_status.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

// The form with what was posted (or preset) and the errors, if any.
http::Response form_page(const SiteContext& site, const CitizenForm& form, const http::Request& request,
                         const Organisation& org, const http::Fields& posted, const Errors& errors) {
  http::Response cookies;
  Data data;
  set_form_basics(data, site, request, org, posted, errors, form.fields, cookies);
  form.fill(data, site, org, posted, errors);
  const auto title = form_title(std::string(form.title) + " — " + org.short_name, !errors.empty());
  return form_response(page(errors.empty() ? 200 : http_status(errors), form.path, title, data, request), cookies);
}

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
  return form_page(site, form, request, *org, preset, {});
}

http::Response answer(const SiteContext& site, const CitizenForm& form, const http::Request& request,
                      const Organisation& org, const http::Fields& posted, const FeedbackResult& result) {
  if (const auto status = http_status(result.errors); status == 409 || status == 404)
    return message_page(status, "Форма не принята", result.errors.front().message, request);
  if (!result.errors.empty()) return form_page(site, form, request, org, posted, result.errors);
  site.organisation_pages->forget(org.code);
  return result_redirect(org.code, form.path, result.outcome);
}

void submit(const SiteContext& site, const CitizenForm& form, const http::Request& request, http::Reply reply) {
  auto visit = visit_form(site, request);
  if (visit.refusal) return reply([refusal = std::move(*visit.refusal)] { return refusal; });
  http::Fields posted;
  if (auto bad = read_posted_form(site, request, posted)) return reply([bad = std::move(*bad)] { return bad; });

  const Organisation org = *visit.org;
  FeedbackRequest feedback{org.code, visit.session->citizen_id, {}, std::string(field(posted, "idempotency_key")),
                           &cycle_edition(site, org.code)};
  for (const auto& [k, v] : posted)
    if (k != "csrf" && k != "idempotency_key") feedback.fields.push_back({k, v});
  form.submit(site.store, feedback,
              [&site, &form, &request, reply, org, posted](std::exception_ptr error, FeedbackResult result) {
                reply([&site, &form, &request, org, posted, error, result = std::move(result)] {
                  if (error) std::rethrow_exception(error);
                  return answer(site, form, request, org, posted, result);
                });
              });
}

http::Response sent(const SiteContext& site, const CitizenForm& form, const http::Request& request) {
  const auto visit = visit_form(site, request);
  if (visit.refusal) return *visit.refusal;
  auto [heading, sentences] = form.thanks(site, visit.session->citizen_id, result_of(request));
  Data data;
  data.set("code", visit.org->code);
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
    if (e.column == key) return sentence(e.message);
  return {};
}

void set_form_basics(Data& data, const SiteContext& site, const http::Request& request, const Organisation& org,
                     const http::Fields& posted, const Errors& errors, std::span<const std::string_view> fields,
                     http::Response& cookies) {
  data.set("code", org.code);
  data.set("short_name", org.short_name);
  data.set("csrf", form_token(site, request, cookies));
  const auto key = field(posted, "idempotency_key");
  data.set("idempotency_key", key.empty() ? random_token(16) : std::string(key));
  set_error_summary(data, errors, fields);
}

void set_error_summary(Data& data, const Errors& errors, std::span<const std::string_view> fields) {
  list summary;
  for (const auto& e : errors) {
    const bool shown = fields.empty() || std::find(fields.begin(), fields.end(), e.column) != fields.end();
    summary.push_back(object{{"field", shown ? e.column : std::string(fields.front())}, {"message", sentence(e.message)}});
  }
  data.set("errors", summary);
  data.set("has_errors", !errors.empty());
}

std::string form_title(std::string_view title, bool failed) {
  return (failed ? "Ошибка: " : "") + std::string(title);
}

http::Response result_redirect(std::string_view code, std::string_view path, const StoredFeedback& stored) {
  std::string location = "/o/" + std::string(code) + "/" + std::string(path) + "/sent?id=" + std::to_string(stored.id);
  if (!stored.status.empty()) location += "&status=" + http::percent_encode(stored.status);
  if (stored.replaced_previous) location += "&replaced=1";
  return http::Response::redirect(location);
}

StoredFeedback result_of(const http::Request& request) {
  StoredFeedback stored;
  stored.id = text::parse_integer<std::int64_t>(request.query_value("id")).value_or(0);
  stored.status = request.query_value("status");
  stored.replaced_previous = request.query_value("replaced") == "1";
  return stored;
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
  router.post_deferred(path, [&site, shared](const http::Request& r, http::Reply reply) {
    submit(site, *shared, r, std::move(reply));
  });
  router.get(path + "/sent", [&site, shared](const http::Request& r) { return sent(site, *shared, r); });
}

}  // namespace nok::web
