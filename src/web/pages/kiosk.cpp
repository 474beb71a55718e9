// A terminal or tablet in an organisation's hall (/kiosk/{secret}, docs/kiosk.md): the
// organisation's survey in large touch targets, answered with a phone number confirmed by an
// SMS code on the terminal itself or without it (counted under channel kiosk and shown apart),
// with «помог сотрудник» recorded per answer. Nothing of one visitor reaches the next: no
// cookie or session is ever set, the confirmation lives in the page alone (KioskPass), every
// page is no-store, and after the thanks page or a minute without a touch the terminal
// starts over (kiosk.js; without scripts, a refresh after ten minutes). The address itself
// is the terminal's secret, so a page elsewhere cannot post to it: the forms need no CSRF
// token, which would need a cookie.
#include <kainjow/mustache.hpp>

#include <array>

#include "app/auth/contact.h"
#include "app/keys/organisation_keys.h"
#include "app/kiosk/kiosk_pass.h"
#include "app/survey/submit_survey.h"
#include "core/id.h"
#include "core/time.h"
#include "domain/methodology/methodology.h"
#include "web/cycle_edition.h"
#include "web/error_status.h"
#include "web/pages/citizen_form.h"
#include "web/pages/pages.h"
#include "web/pages/questionnaire_view.h"
#include "web/pages/wording.h"
#include "web/session.h"

namespace nok::web {
namespace {

constexpr int kIdleSeconds = 60;           // kiosk.js starts over after this long without a touch
constexpr int kNoScriptSeconds = 600;      // without scripts, a form page starts over after this long
constexpr int kThanksSeconds = 10;         // the thanks page leads back to the start by itself
// Answers without a confirmed number a terminal takes an hour: a survey takes a visitor about
// five minutes, so more means someone is typing answers in, which these would not show apart.
constexpr int kUnconfirmedPerHour = 30;

struct KioskVisit {
  OrganisationKey kiosk;
  Organisation org;
  std::string home;  // /kiosk/{secret}
};

// A kiosk page: its content in the terminal's own frame, never stored by a browser or a
// proxy, never telling another site its address.
http::Response kiosk_page(int status, std::string_view name, const std::string& title, Data& data,
                          const KioskVisit& visit, int refresh_seconds, bool at_home = false) {
  data.set("home", visit.home);
  Data layout;
  layout.set("title", title);
  layout.set("org_name", visit.org.short_name);
  layout.set("home", visit.home);
  // kiosk.js goes back after a minute without a touch, the thanks page after its own few
  // seconds; without scripts, a refresh in <noscript> after `refresh_seconds` (a timed refresh
  // that scripts can see is one nobody could stop, WCAG 2.2.1).
  layout.set("idle", std::to_string(name == "kiosk_thanks" ? refresh_seconds : kIdleSeconds));
  layout.set("refresh", std::to_string(refresh_seconds));
  layout.set("at_home", at_home);
  layout.set("content", render_fragment(name, data));
  http::Response page{status, "text/html; charset=utf-8", render_fragment("kiosk_layout", layout), {}};
  page.headers.emplace_back("Cache-Control", "no-store");
  page.headers.emplace_back("Referrer-Policy", "no-referrer");
  return page;
}

// The terminal the address names; the same answer for a guessed and a switched-off one.
std::optional<KioskVisit> visit_kiosk(const SiteContext& site, const http::Request& request) {
  if (!site.staff || !site.staff->keys) return std::nullopt;
  const auto secret = request.param("secret");
  auto kiosk = OrganisationKeys(*site.staff->keys, site.key).use(KeyKind::kiosk, secret);
  if (!kiosk) return std::nullopt;
  auto org = site.store.find_organisation(kiosk->organisation_code);
  if (!org) return std::nullopt;
  return KioskVisit{std::move(*kiosk), std::move(*org), "/kiosk/" + std::string(secret)};
}

// A message in the site's frame, kept by no browser and telling no other site the address.
http::Response kiosk_message(int status, const std::string& heading, const std::string& text,
                             const http::Request& request) {
  auto page = message_page(status, heading, text, request);
  page.headers.emplace_back("Cache-Control", "no-store");
  page.headers.emplace_back("Referrer-Policy", "no-referrer");
  return page;
}

http::Response unknown_kiosk(const http::Request& request) {
  return kiosk_message(404, "Терминал не найден",
                       "Этот адрес терминала не действует: его не выдавали или терминал отключили. Обратитесь к "
                       "сотрудникам организации.",
                       request);
}

// Why the survey is not taken now, or nullopt when it is.
std::optional<std::string> survey_closed(const SiteContext& site, const Organisation& org) {
  const auto assessment = site.store.assessment_of(org.code, current_year());
  if (!assessment) return std::string("Эта организация не участвует в независимой оценке в этом году.");
  if (!survey_open(*assessment)) return closed_collection_text(current_year());
  return std::nullopt;
}

http::Response home(const SiteContext& site, const http::Request& request) {
  const auto visit = visit_kiosk(site, request);
  if (!visit) return unknown_kiosk(request);
  Data data;
  data.set("name", visit->org.full_name.empty() ? visit->org.short_name : visit->org.full_name);
  if (const auto closed = survey_closed(site, visit->org)) data.set("closed", *closed);
  else data.set("open", true);
  data.set("sms", site.sms != nullptr);
  return kiosk_page(200, "kiosk_home", "Оценка качества — " + visit->org.short_name, data, *visit, kIdleSeconds,
                    true);
}

// The survey, with the confirmed person's pass when there is one.
http::Response survey_form(const SiteContext& site, const KioskVisit& visit, const http::Fields& posted,
                           const Errors& errors, std::string_view pass, int status) {
  const auto& q = methodology::questionnaire_for(cycle_edition(site, visit.org.code), visit.org.sphere);
  const auto fields = questionnaire_fields(q);
  Data data;
  set_error_summary(data, errors, fields);
  set_questionnaire(data, q, posted, errors);
  const auto key = field(posted, "idempotency_key");
  data.set("idempotency_key", key.empty() ? random_token(16) : std::string(key));
  data.set("steps", plural(static_cast<std::int64_t>(fields.size()), "вопрос", "вопроса", "вопросов"));
  if (!pass.empty()) {
    data.set("pass", std::string(pass));
    data.set("confirmed", true);
  }
  data.set("assisted", field(posted, "assisted") == "1");
  return kiosk_page(status, "kiosk_survey", form_title("Анкета", !errors.empty()), data, visit, kNoScriptSeconds);
}

http::Response survey(const SiteContext& site, const http::Request& request) {
  const auto visit = visit_kiosk(site, request);
  if (!visit) return unknown_kiosk(request);
  if (survey_closed(site, visit->org)) return http::Response::redirect(visit->home);
  return survey_form(site, *visit, {}, {}, "", 200);
}

// Asks the number, then the code sent to it; a right code opens the survey with a pass.
http::Response confirm_page(const KioskVisit& visit, std::string_view phone, bool code_sent, const Errors& errors,
                            int status) {
  Data data;
  const std::array<std::string_view, 1> fields{code_sent ? "code" : "phone"};
  set_error_summary(data, errors, fields);
  data.set("phone", std::string(phone));
  data.set("code_sent", code_sent);
  if (!errors.empty()) data.set("error", sentence(errors.front().message));
  return kiosk_page(status, "kiosk_confirm", form_title("Подтверждение номера", !errors.empty()), data, visit,
                    kNoScriptSeconds);
}

http::Response ask_phone(const SiteContext& site, const http::Request& request) {
  const auto visit = visit_kiosk(site, request);
  if (!visit) return unknown_kiosk(request);
  return confirm_page(*visit, "", false, {}, 200);
}

http::Response confirm(const SiteContext& site, const http::Request& request) {
  const auto visit = visit_kiosk(site, request);
  if (!visit) return unknown_kiosk(request);
  http::Fields posted;
  if (!http::parse_form(request.body, posted))
    return confirm_page(*visit, "", false, {{"bad_form", "Форма пришла повреждённой. Попробуйте ещё раз.", 0, "phone"}},
                        400);
  const auto typed = field(posted, "phone");
  const auto phone = parse_phone(typed);
  if (!phone) return confirm_page(*visit, typed, false, {phone.error()}, 422);
  auto sign_in = citizen_sign_in(site);
  if (field(posted, "code").empty() && field(posted, "sent") != "1") {
    auto sent = sign_in.request_code(phone->value, request.remote_address);
    if (!sent) return confirm_page(*visit, phone->value, false, {sent.error()}, static_cast<int>(http_status(sent.error())));
    return confirm_page(*visit, phone->value, true, {}, 200);
  }
  auto citizen = sign_in.confirm(phone->value, field(posted, "code"));
  if (!citizen) {
    auto error = citizen.error();
    error.column = "code";
    return confirm_page(*visit, phone->value, true, {error}, 422);
  }
  const auto pass = KioskPass(site.key).issue(visit->kiosk.id, *citizen, std::chrono::system_clock::now());
  return survey_form(site, *visit, {}, {}, pass, 200);
}

http::Response thanks(const SiteContext& site, const http::Request& request) {
  const auto visit = visit_kiosk(site, request);
  if (!visit) return unknown_kiosk(request);
  Data data;
  data.set("held", request.query_value("status") == "moderation");
  data.set("seconds", std::to_string(kThanksSeconds));
  return kiosk_page(200, "kiosk_thanks", "Спасибо", data, *visit, kThanksSeconds);
}

// Stored once durable, no thread waiting meanwhile; then the thanks page (Post/Redirect/Get).
void submit(const SiteContext& site, const http::Request& request, http::Reply reply) {
  auto visit = visit_kiosk(site, request);
  if (!visit) return reply([&request] { return unknown_kiosk(request); });
  http::Fields posted;
  if (!http::parse_form(request.body, posted))
    return reply([&request] {
      return message_page(400, "Ошибка в данных формы", "Форма пришла повреждённой. Начните заново.", request);
    });
  std::int64_t citizen_id = 0;
  if (const auto pass = field(posted, "pass"); !pass.empty()) {
    const auto citizen = KioskPass(site.key).read(visit->kiosk.id, pass, std::chrono::system_clock::now());
    if (!citizen)
      return reply([&request] {
        return kiosk_message(409, "Время подтверждения истекло",
                             "Номер подтверждается на 20 минут. Начните заново и подтвердите номер ещё раз — или "
                             "ответьте без подтверждения.",
                             request);
      });
    citizen_id = *citizen;
  }
  // Taken before the answer is stored, given back when nothing new is stored.
  std::optional<LimitStore::Ticket> unit;
  if (!citizen_id) {
    unit = site.store.take_limit("kiosk-unconfirmed:" + std::to_string(visit->kiosk.id), kUnconfirmedPerHour,
                                 std::chrono::hours(1));
    if (!unit)
      return reply([&request] {
        return kiosk_message(429, "Слишком много ответов без подтверждения",
                             "С этого терминала за последний час отправлено много анкет без подтверждения номера. "
                             "Подтвердите номер по SMS или попробуйте позже.",
                             request);
      });
  }
  const auto& questionnaire = methodology::questionnaire_for(cycle_edition(site, visit->org.code), visit->org.sphere);
  SurveyRequest survey{visit->org.code,  posted_answers(questionnaire, posted), survey::Channel::kiosk, citizen_id,
                       std::string(field(posted, "idempotency_key")), ""};
  survey.kiosk_id = visit->kiosk.id;
  survey.assisted = field(posted, "assisted") == "1";
  submit_survey_async(
      site.store, *site.editions, site.key, survey,
      [&site, &request, reply, visit = std::move(*visit), posted, unit](std::exception_ptr error, SurveyResult result) {
        reply([&site, &request, visit, posted, unit, error, result = std::move(result)] {
          if (unit && (error || !result.errors.empty() || result.outcome.repeated)) site.store.give_back(*unit);
          if (error) std::rethrow_exception(error);
          if (!result.errors.empty()) {
            if (const auto status = http_status(result.errors); status == 409 || status == 404)
              return message_page(status, "Анкета не принята", result.errors.front().message, request);
            return survey_form(site, visit, posted, result.errors, field(posted, "pass"),
                               static_cast<int>(http_status(result.errors)));
          }
          site.organisation_pages->forget(visit.org.code);
          return http::Response::redirect(visit.home + "/thanks" +
                                          (result.outcome.counted ? "" : "?status=moderation"));
        });
      });
}

}  // namespace

void add_kiosk_pages(http::Router& router, const SiteContext& site) {
  router.get("/kiosk/{secret}", [&site](const http::Request& r) { return home(site, r); });
  router.get("/kiosk/{secret}/survey", [&site](const http::Request& r) { return survey(site, r); });
  router.post_deferred("/kiosk/{secret}/survey",
                       [&site](const http::Request& r, http::Reply reply) { submit(site, r, std::move(reply)); });
  router.get("/kiosk/{secret}/confirm", [&site](const http::Request& r) { return ask_phone(site, r); });
  router.post("/kiosk/{secret}/confirm", [&site](const http::Request& r) { return confirm(site, r); });
  router.get("/kiosk/{secret}/thanks", [&site](const http::Request& r) { return thanks(site, r); });
}

}  // namespace nok::web
