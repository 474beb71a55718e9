// Enrolling a TOTP authenticator for the signed-in staff member.
#include <kainjow/mustache.hpp>

#include "app/staff/second_factor.h"
#include "print/qr_code.h"
#include "print/qr_render.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

// A fresh secret each time the page is drawn: nothing is stored until a code proves the
// app has it.
http::Response enrolment(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                         int status, const std::string& error) {
  const auto totp = begin_totp(site.key, account.user.login);
  Data data;
  set_staff_frame(data, site, request, account);
  data.set("enrolled", !account.totp_secret_enc.empty());
  data.set("sealed", totp.sealed);
  data.set("secret", totp.base32);
  // Our own SVG, from a URI of Latin letters and digits: safe to embed unescaped.
  if (auto qr = print::encode_qr(totp.uri)) data.set("qr_svg", print::qr_svg(*qr, 40));
  if (!error.empty()) data.set("error", error);
  return staff_page(status, "staff_totp", "Вход с кодом из приложения", data, request);
}

http::Response confirm(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& form) {
    auto done = confirm_totp(site.staff->accounts, site.key, account, field(form, "sealed"), field(form, "code"));
    if (!done) return enrolment(site, request, account, 400, done.error().message);
    return message_page(200, "Второй фактор подключён",
                        "Теперь при входе вводите, кроме пароля, шестизначный код из приложения.", request);
  });
}

}  // namespace

void add_totp_page(http::Router& router, const SiteContext& site) {
  router.get("/staff/totp", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) { return enrolment(site, r, a, 200, ""); });
  });
  router.post("/staff/totp", [&site](const http::Request& r) { return confirm(site, r); });
}

}  // namespace nok::web
