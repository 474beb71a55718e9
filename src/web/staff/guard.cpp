#include "web/staff/guard.h"

#include <kainjow/mustache.hpp>

#include "app/staff/staff_sign_in.h"
#include "web/local_path.h"
#include "web/session.h"
#include "web/staff/staff_context.h"

namespace nok::web {

std::optional<StaffAccount> current_staff(const SiteContext& site, const http::Request& request) {
  return StaffSignIn(site.store, site.staff->accounts, site.key, site.staff->policy)
      .account(request.cookie(kSessionCookie));
}

http::Response for_staff(const SiteContext& site, const http::Request& request, const StaffHandler& handler) {
  auto account = current_staff(site, request);
  // The target, not the decoded path: the query comes back too, and nothing is decoded twice.
  if (!account)
    return http::Response::redirect("/staff/login?next=" + http::percent_encode(local_return_path(request.target)));
  return handler(*account);
}

http::Response for_staff_form(const SiteContext& site, const http::Request& request, const StaffFormHandler& handler) {
  auto account = current_staff(site, request);
  if (!account) return http::Response::redirect("/staff/login");
  http::Fields form;
  if (!http::parse_form(request.body, form) || !form_token_valid(site, request, form))
    return message_page(403, "Форма устарела или повреждена",
                        "Изменения не сохранены. Обновите страницу и отправьте форму снова.", request);
  return handler(*account, form);
}

http::Response not_found(const http::Request& request) {
  return message_page(404, "Страница не найдена",
                      "Такой страницы нет или у вашей учётной записи нет к ней доступа.", request);
}

std::string set_staff_frame(Data& data, const SiteContext& site, const http::Request& request,
                            const StaffAccount& account) {
  http::Response unused;  // a staff session always has its token: no cookie to set
  std::string csrf = form_token(site, request, unused);
  data.set("csrf", csrf);
  data.set("staff_login", account.user.login);
  data.set("staff_role", std::string(staff::title(account.user.role)));
  data.set("staff_scope", account.scope_name);
  data.set("has_scope", !account.scope_name.empty());
  data.set("staff_home", home_of(account));
  data.set("staff_admin", account.user.role == staff::Role::admin);
  data.set("staff_cycles", account.user.role != staff::Role::org_staff);
  data.set("staff_moderation", account.user.role != staff::Role::org_staff &&
                                   account.user.role != staff::Role::survey_operator);
  data.set("staff_monitoring", site.staff->monitoring != nullptr && account.user.role != staff::Role::org_staff &&
                                   account.user.role != staff::Role::survey_operator);
  data.set("staff_plans", account.user.role != staff::Role::org_staff && account.user.role != staff::Role::survey_operator);
  return csrf;
}

http::Response staff_page(int status, std::string_view name, const std::string& title, Data& data,
                          const http::Request& request) {
  auto response = page(status, name, title, data, request);
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

std::string home_of(const StaffAccount& account) {
  switch (account.user.role) {
    case staff::Role::org_staff:
      return "/cabinet/" + account.scope_code;
    case staff::Role::admin:
      return "/admin/users";
    case staff::Role::survey_operator:
      return "/operator";
    case staff::Role::council:
      return "/cycles";
    case staff::Role::official:
    case staff::Role::monitor:
      return "/official";
  }
  return "/";
}

}  // namespace nok::web
