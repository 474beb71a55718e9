// Citizen sign-in: e-mail or phone → one-time code → session cookie. Works without JavaScript.
#include <chrono>
#include <optional>
#include <string>

#include <kainjow/mustache.hpp>

#include "app/auth/contact.h"
#include "web/pages/citizen_form.h"
#include "web/pages/pages.h"
#include "web/pages/wording.h"
#include "web/local_path.h"
#include "web/session.h"
#include "web/view.h"
#include "web/error_status.h"

namespace nok::web {
namespace {

constexpr long kSessionSeconds = 30L * 24 * 3600;

// Between the form that sends a code and the page that asks for it (Post/Redirect/Get, so
// refreshing that page sends no second code): the contact the code went to and where to
// return afterwards, sealed with the server key for as long as the code lives. A contact is
// personal data, so it never goes into a URL, which logs and proxies keep.
constexpr std::string_view kCodeCookie = "nok_code";

struct CodeAsked {
  std::string contact, next;
};

std::string cookie_for_code(const SiteContext& site, std::string_view contact, std::string_view next) {
  const long seconds = std::chrono::seconds(SignInPolicy{}.code_lifetime).count();
  // A normalised contact holds no line break (contact.h), so the first one ends it.
  return cookie(site, kCodeCookie, site.key.seal(std::string(contact) + '\n' + std::string(next)), seconds);
}

std::optional<CodeAsked> code_asked(const SiteContext& site, const http::Request& request) {
  const auto opened = site.key.open(request.cookie(kCodeCookie));
  if (!opened) return std::nullopt;
  const auto cut = opened->find('\n');
  if (cut == std::string::npos) return std::nullopt;
  return CodeAsked{opened->substr(0, cut), opened->substr(cut + 1)};
}

http::Response form_page(const SiteContext& site, const http::Request& request, std::string_view name, int status,
                         std::string_view contact, std::string_view next, const std::string& error) {
  http::Response response;
  Data data;
  data.set("csrf", form_token(site, request, response));
  data.set("contact", std::string(contact));
  if (auto typed = parse_contact(contact); typed && typed->kind == Contact::Kind::phone) data.set("by_sms", true);
  if (site.sms) data.set("sms", true);
  if (site.oidc && site.oidc->configured()) data.set("oidc_name", site.oidc->name);
  data.set("next", local_return_path(next));
  // One field per page: the summary links to it, the message stands above it too.
  const std::string field = name == "sign_in_code" ? "code" : "contact";
  kainjow::mustache::list errors;
  if (!error.empty()) {
    data.set("error", sentence(error));
    errors.push_back(kainjow::mustache::object{{"field", field}, {"message", sentence(error)}});
  }
  data.set("errors", errors);
  data.set("has_errors", !error.empty());
  auto page = web::page(status, name, form_title("Вход", !error.empty()), data, request);
  page.headers.insert(page.headers.end(), response.headers.begin(), response.headers.end());
  page.headers.emplace_back("Cache-Control", "no-store");
  return page;
}

std::optional<http::Response> reject_bad_form(const SiteContext& site, const http::Request& request,
                                              http::Fields& form) {
  if (!http::parse_form(request.body, form))
    return message_page(400, "Ошибка в данных формы", "Форма пришла повреждённой. Вернитесь назад и попробуйте ещё раз.",
                        request);
  if (!form_token_valid(site, request, form))
    return message_page(403, "Форма устарела",
                        "Страница была открыта слишком давно или в другом окне. Обновите её и отправьте форму снова.",
                        request);
  return std::nullopt;
}

http::Response ask_contact(const SiteContext& site, const http::Request& request) {
  return form_page(site, request, "sign_in", 200, "", request.query_value("next"), "");
}

http::Response send_code(const SiteContext& site, const http::Request& request) {
  http::Fields form;
  if (auto bad = reject_bad_form(site, request, form)) return *bad;
  const auto contact = field(form, "contact"), next = field(form, "next");
  auto sent = citizen_sign_in(site).request_code(contact, request.remote_address);
  if (!sent) return form_page(site, request, "sign_in", http_status(sent.error()), contact, next,
                              sent.error().message);
  auto response = http::Response::redirect("/login/code");
  response.headers.emplace_back("Set-Cookie", cookie_for_code(site, sent->value, local_return_path(next)));
  return response;
}

http::Response ask_code(const SiteContext& site, const http::Request& request) {
  const auto asked = code_asked(site, request);
  if (!asked)
    return form_page(site, request, "sign_in", 200, "", "",
                     "Код больше не действует или страница открыта в другом браузере. Введите адрес ещё раз, "
                     "и мы пришлём новый код.");
  return form_page(site, request, "sign_in_code", 200, asked->contact, asked->next, "");
}

http::Response check_code(const SiteContext& site, const http::Request& request) {
  http::Fields form;
  if (auto bad = reject_bad_form(site, request, form)) return *bad;
  const auto contact = field(form, "contact"), next = field(form, "next");
  auto session = citizen_sign_in(site).verify(contact, field(form, "code"));
  if (!session) {
    const bool retry = session.error().code == "code_wrong";
    return form_page(site, request, retry ? "sign_in_code" : "sign_in", 400, contact, next, session.error().message);
  }
  auto response = http::Response::redirect(local_return_path(next));
  response.headers.emplace_back("Set-Cookie", cookie(site, kSessionCookie, session->token, kSessionSeconds));
  response.headers.emplace_back("Set-Cookie", cookie(site, kCodeCookie, "", -1));
  return response;
}

http::Response sign_out(const SiteContext& site, const http::Request& request) {
  http::Fields form;
  if (auto bad = reject_bad_form(site, request, form)) return *bad;
  citizen_sign_in(site).sign_out(request.cookie(kSessionCookie));
  auto response = http::Response::redirect("/");
  response.headers.emplace_back("Set-Cookie", cookie(site, kSessionCookie, "", -1));
  return response;
}

}  // namespace

void add_sign_in_pages(http::Router& router, const SiteContext& site) {
  router.get("/login", [&site](const http::Request& r) { return ask_contact(site, r); });
  router.post("/login", [&site](const http::Request& r) { return send_code(site, r); });
  router.get("/login/code", [&site](const http::Request& r) { return ask_code(site, r); });
  router.post("/login/code", [&site](const http::Request& r) { return check_code(site, r); });
  router.post("/logout", [&site](const http::Request& r) { return sign_out(site, r); });
}

}  // namespace nok::web
