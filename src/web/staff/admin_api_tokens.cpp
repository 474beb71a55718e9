// Read-only API tokens of the monitoring (/admin/api-tokens): the list, issuing one — its
// secret shown once, in the answer to the form and nowhere else — and revoking one.
// Administrators only; anyone else gets the same 404 as for a page that does not exist.
#include <kainjow/mustache.hpp>

#include "app/staff/api_tokens.h"
#include "core/text.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/numbers.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

bool allowed(const SiteContext& site, const StaffAccount& account) {
  return site.staff->api_tokens && can(account.user, staff::Action::edit, staff::StaffDirectory{});
}

ApiTokens tokens(const SiteContext& site) { return ApiTokens(*site.staff->api_tokens, site.staff->accounts, site.key); }

std::string or_dash(const std::string& text) { return text.empty() ? "—" : text; }

http::Response tokens_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                           int status, Data& data) {
  set_staff_frame(data, site, request, account);
  list rows;
  for (const auto& t : site.staff->api_tokens->tokens())
    rows.push_back(object{{"id", std::to_string(t.id)},
                          {"name", t.name},
                          {"authority", t.authority_id ? t.authority_name : std::string("все органы")},
                          {"created", t.created_at},
                          {"last_used", or_dash(t.last_used_at)},
                          {"revoked_at", or_dash(t.revoked_at)},
                          {"is_revoked", !t.revoked_at.empty()}});
  data.set("has_tokens", !rows.empty());
  data.set("tokens", rows);
  if (!request.query_value("revoked").empty()) data.set("revoked", true);
  return staff_page(status, "admin_api_tokens", "Токены доступа к API", data, request);
}

http::Response issue(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& form) {
    if (!allowed(site, account)) return not_found(request);
    Data data;
    auto issued = tokens(site).issue(account.user.id, field(form, "name"), field(form, "authority"));
    if (!issued) {
      data.set("error", issued.error().message);
      data.set("form_name", std::string(field(form, "name")));
      data.set("form_authority", std::string(field(form, "authority")));
      return tokens_page(site, request, account, 422, data);
    }
    data.set("issued", true);
    data.set("issued_name", std::string(text::trim(field(form, "name"))));
    data.set("issued_token", issued->token);
    return tokens_page(site, request, account, 200, data);
  });
}

http::Response revoke(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields&) {
    const auto id = parse_id(request.param("id"));
    if (!id || !allowed(site, account)) return not_found(request);
    const auto done = tokens(site).revoke(account.user.id, *id);
    if (done) return http::Response::redirect("/admin/api-tokens?revoked=" + std::to_string(*id));
    if (done.error().kind == ErrorKind::not_found) return not_found(request);
    return message_page(409, "Ничего не изменено", done.error().message, request);
  });
}

}  // namespace

void add_admin_api_token_pages(http::Router& router, const SiteContext& site) {
  router.get("/admin/api-tokens", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) {
      if (!allowed(site, a)) return not_found(r);
      Data data;
      return tokens_page(site, r, a, 200, data);
    });
  });
  router.post("/admin/api-tokens", [&site](const http::Request& r) { return issue(site, r); });
  router.post("/admin/api-tokens/{id}/revoke", [&site](const http::Request& r) { return revoke(site, r); });
}

}  // namespace nok::web
