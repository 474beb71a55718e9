// The platform's administration: staff accounts and the audit log. Administrators only;
// everyone else gets the same 404 as for a page that does not exist.
#include <kainjow/mustache.hpp>

#include "app/staff/accounts.h"
#include "core/parse_number.h"
#include "web/session.h"
#include "web/staff/audit_wording.h"
#include "web/staff/guard.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

constexpr int kAuditPage = 100;

std::string account_state(const StaffAccount& a) {
  if (a.disabled) return "отключена";
  if (a.password_hash.empty()) return "пароль не задан";
  return a.totp_secret_enc.empty() ? "пароль" : "пароль и код из приложения";
}

http::Response users_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                          int status, const AccountRequest& posted, Data& data) {
  set_staff_frame(data, site, request, account);
  list accounts;
  for (const auto& a : site.staff->accounts.accounts())
    accounts.push_back(object{{"id", std::to_string(a.user.id)},
                              {"login", a.user.login},
                              {"role", std::string(staff::title(a.user.role))},
                              {"scope", a.scope_name},
                              {"state", account_state(a)},
                              {"disabled", a.disabled},
                              {"has_totp", !a.totp_secret_enc.empty()},
                              {"is_self", a.user.id == account.user.id}});
  data.set("accounts", accounts);
  if (!request.query_value("changed").empty()) data.set("changed", true);
  list roles;
  for (auto role : staff::all_roles())
    roles.push_back(object{{"code", std::string(staff::code(role))},
                           {"title", std::string(staff::title(role))},
                           {"selected", staff::code(role) == posted.role}});
  data.set("roles", roles);
  data.set("form_login", posted.login);
  data.set("form_organisation", posted.organisation);
  data.set("form_authority", posted.authority);
  data.set("form_operator", posted.survey_operator);
  data.set("form_email", posted.email);
  return staff_page(status, "admin_users", "Учётные записи", data, request);
}

http::Response create_user(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& form) {
    if (!can(account.user, staff::Action::edit, staff::StaffDirectory{})) return not_found(request);
    const AccountRequest wanted{std::string(field(form, "login")),        std::string(field(form, "role")),
                                std::string(field(form, "organisation")), std::string(field(form, "authority")),
                                std::string(field(form, "operator")),     std::string(field(form, "email"))};
    StaffAccounts accounts(site.staff->accounts, site.mailer, site.key, site.staff->policy, site.public_url);
    Data data;
    auto link = accounts.create(wanted, account.user.id);
    if (!link) {
      data.set("error", link.error().message);
      return users_page(site, request, account, 400, wanted, data);
    }
    data.set("created", true);
    data.set("login", std::string(field(form, "login")));
    auto mailed = accounts.send_invitation(*link);
    data.set("mailed", mailed.has_value());
    if (!mailed) {
      data.set("mail_note", mailed.error().message);
      data.set("link", link->url);
    }
    return users_page(site, request, account, 200, {}, data);
  });
}

http::Response audit_page(const SiteContext& site, const http::Request& request, const StaffAccount& account) {
  if (!can(account.user, staff::Action::view, staff::AuditTrail{})) return not_found(request);
  const auto before_text = request.query_value("before");
  const std::int64_t before = text::parse_integer<std::int64_t>(before_text).value_or(0);
  Data data;
  set_staff_frame(data, site, request, account);
  list entries;
  const auto log = site.staff->accounts.audit_log(kAuditPage, before);
  for (const auto& e : log)
    entries.push_back(object{{"at", e.at},
                             {"who", e.user_login.empty() ? std::string("командная строка") : e.user_login},
                             {"action", audit_action_title(e.action)},
                             {"action_code", e.action},
                             {"object", audit_object_title(e.object_type) + (e.object_id.empty() ? "" : " " + e.object_id)},
                             {"before", e.before_json},
                             {"after", e.after_json}});
  data.set("entries", entries);
  if (log.size() == kAuditPage) data.set("older", std::to_string(log.back().id));
  return staff_page(200, "admin_audit", "Журнал изменений", data, request);
}

}  // namespace

void add_admin_pages(http::Router& router, const SiteContext& site) {
  router.get("/admin/users", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) {
      if (!can(a.user, staff::Action::view, staff::StaffDirectory{})) return not_found(r);
      Data data;
      return users_page(site, r, a, 200, {}, data);
    });
  });
  router.post("/admin/users", [&site](const http::Request& r) { return create_user(site, r); });
  router.get("/admin/audit", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) { return audit_page(site, r, a); });
  });
}

}  // namespace nok::web
