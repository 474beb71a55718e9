// Staff sign-in, sign-out, and the pages of the one-time links: setting a password from
// an invitation or a reset, and asking for a reset. Work without JavaScript.
#include <kainjow/mustache.hpp>

#include "app/staff/accounts.h"
#include "app/staff/staff_sign_in.h"
#include "web/local_path.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"
#include "web/error_status.h"

namespace nok::web {
namespace {

// A form for people not signed in yet: its CSRF token is the double-submit cookie.
http::Response public_form(const SiteContext& site, const http::Request& request, std::string_view name,
                           const std::string& title, int status, Data& data) {
  http::Response cookies;
  data.set("csrf", form_token(site, request, cookies));
  auto response = staff_page(status, name, title, data, request);
  response.headers.insert(response.headers.end(), cookies.headers.begin(), cookies.headers.end());
  // The password page's URL holds the link's token: it must not leak to other sites.
  response.headers.emplace_back("Referrer-Policy", "no-referrer");
  return response;
}

http::Response login_form(const SiteContext& site, const http::Request& request, int status, std::string_view login,
                          std::string_view next, const std::string& error) {
  Data data;
  data.set("login", std::string(login));
  data.set("next", local_return_path(next));
  if (!error.empty()) data.set("error", error);
  return public_form(site, request, "staff_login", "Вход для сотрудников", status, data);
}

StaffAccounts accounts(const SiteContext& site) {
  return StaffAccounts(site.staff->accounts, site.mailer, site.key, site.staff->policy, site.public_url);
}

// Posted forms of people not signed in: the double-submit token must match.
std::optional<http::Fields> posted_form(const SiteContext& site, const http::Request& request) {
  http::Fields form;
  if (!http::parse_form(request.body, form) || !form_token_valid(site, request, form)) return std::nullopt;
  return form;
}

http::Response stale_form(const http::Request& request) {
  return message_page(403, "Форма устарела", "Страница была открыта слишком давно. Обновите её и попробуйте снова.",
                      request);
}

http::Response show_login(const SiteContext& site, const http::Request& request) {
  if (auto account = current_staff(site, request)) return http::Response::redirect(home_of(*account));
  return login_form(site, request, 200, "", request.query_value("next"), "");
}

// The form again with why the sign-in was refused. Refusals that say "not now" tell the
// browser when to try again: the network's window, or a moment for a full queue.
http::Response refused(const SiteContext& site, const http::Request& request, std::string_view login,
                       std::string_view next, const Error& error) {
  // A wrong login or password stays 400, as browsers and scripts have always been answered.
  const auto status = error.kind == ErrorKind::invalid ? 400 : http_status(error);
  auto response = login_form(site, request, status, login, next, error.message);
  if (error.kind == ErrorKind::rate_limited) {
    const auto window = std::chrono::duration_cast<std::chrono::seconds>(site.staff->policy.network_window);
    response.headers.emplace_back("Retry-After", std::to_string(window.count()));
  }
  if (error.kind == ErrorKind::unavailable) response.headers.emplace_back("Retry-After", "10");
  return response;
}

// Made on the request's event loop once the password was checked.
http::Response signed_in(const SiteContext& site, const http::Request& request, std::string_view login,
                         std::string_view next, const Result<StaffSession>& session) {
  if (!session) return refused(site, request, login, next, session.error());
  const auto& account = session->account;
  const std::string back = local_return_path(next);  // "/" when there is nowhere to go back to
  auto response = http::Response::redirect(back == "/" ? home_of(account) : back);
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(site.staff->policy.session_lifetime).count();
  response.headers.emplace_back("Set-Cookie", cookie(site, kSessionCookie, session->token, seconds));
  return response;
}

// Answered by the thread that checked the password; no thread of the server waits for it.
void sign_in(const SiteContext& site, const http::Request& request, http::Reply reply) {
  auto form = posted_form(site, request);
  if (!form) return reply([&request] { return stale_form(request); });
  const std::string login(field(*form, "login")), next(field(*form, "next"));
  StaffSignIn(site.store, site.staff->accounts, site.key, site.staff->policy)
      .sign_in({login, std::string(field(*form, "password")), std::string(field(*form, "code")), request.remote_address},
               *site.staff->hashing,
               [&site, &request, reply, login, next](std::exception_ptr error, Result<StaffSession> session) {
                 reply([&site, &request, login, next, error, session = std::move(session)] {
                   if (error) std::rethrow_exception(error);
                   return signed_in(site, request, login, next, session);
                 });
               });
}

http::Response sign_out(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount&, const http::Fields&) {
    StaffSignIn(site.store, site.staff->accounts, site.key, site.staff->policy).sign_out(request.cookie(kSessionCookie));
    auto response = http::Response::redirect("/staff/login");
    response.headers.emplace_back("Set-Cookie", cookie(site, kSessionCookie, "", -1));
    return response;
  });
}

http::Response link_invalid(const http::Request& request) {
  return message_page(410, "Ссылка недействительна",
                      "Ссылка уже использована или прошло больше суток. Запросите новую на странице "
                      "«Восстановление пароля» или у администратора.",
                      request);
}

http::Response password_form(const SiteContext& site, const http::Request& request, std::string_view token, int status,
                             const std::string& error) {
  const auto login = accounts(site).link_login(token);
  if (!login) return link_invalid(request);
  Data data;
  data.set("token", std::string(token));
  data.set("login", *login);
  if (!error.empty()) data.set("error", error);
  return public_form(site, request, "staff_password", "Пароль для входа", status, data);
}

http::Response set_password(const SiteContext& site, const http::Request& request) {
  auto form = posted_form(site, request);
  if (!form) return stale_form(request);
  const auto token = field(*form, "token");
  auto saved = accounts(site).set_password(token, field(*form, "password"), field(*form, "confirmation"));
  if (!saved)
    return saved.error().code == "link_invalid" ? link_invalid(request)
                                                : password_form(site, request, token, 400, saved.error().message);
  return message_page(200, "Пароль сохранён", "Теперь войдите с новым паролем: «Вход для сотрудников», /staff/login.",
                      request);
}

http::Response reset_form(const SiteContext& site, const http::Request& request, bool sent) {
  Data data;
  data.set("sent", sent);
  return public_form(site, request, "staff_reset", "Восстановление пароля", 200, data);
}

http::Response request_reset(const SiteContext& site, const http::Request& request) {
  auto form = posted_form(site, request);
  if (!form) return stale_form(request);
  accounts(site).request_reset(site.store, field(*form, "who"));
  return reset_form(site, request, true);
}

}  // namespace

void add_staff_sign_in_pages(http::Router& router, const SiteContext& site) {
  router.get("/staff/login", [&site](const http::Request& r) { return show_login(site, r); });
  // Starts on a worker thread: it takes the network's limit and counts the attempt (writes).
  router.post_deferred(
      "/staff/login", [&site](const http::Request& r, http::Reply reply) { sign_in(site, r, std::move(reply)); },
      http::DeferredStart::on_worker);
  router.post("/staff/logout", [&site](const http::Request& r) { return sign_out(site, r); });
  router.get("/staff/password",
             [&site](const http::Request& r) { return password_form(site, r, r.query_value("token"), 200, ""); });
  router.post("/staff/password", [&site](const http::Request& r) { return set_password(site, r); });
  router.get("/staff/reset", [&site](const http::Request& r) { return reset_form(site, r, false); });
  router.post("/staff/reset", [&site](const http::Request& r) { return request_reset(site, r); });
  router.get("/staff", [&site](const http::Request& r) {
    return for_staff(site, r, [](const StaffAccount& a) { return http::Response::redirect(home_of(a)); });
  });
}

}  // namespace nok::web
