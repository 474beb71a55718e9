#include "web/staff/key_forms.h"

#include <kainjow/mustache.hpp>

#include "core/time.h"
#include "web/error_status.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/numbers.h"

namespace nok::web {

Organisation start_key_page(Data& data, const SiteContext& site, const http::Request& request,
                            const StaffAccount& account, const staff::OrganisationScope& scope, KeyKind kind) {
  auto org = *site.store.find_organisation(request.param("code"));
  set_staff_frame(data, site, request, account);
  data.set("code", org.code);
  data.set("short_name", org.short_name);
  data.set("can_edit", can(account.user, staff::Action::edit, scope));
  kainjow::mustache::list rows;
  for (const auto& k : site.staff->keys->keys(kind, org.id)) {
    kainjow::mustache::object row{{"id", std::to_string(k.id)}, {"name", k.name}, {"created", day_text(k.created_at)}};
    if (!k.last_used_at.empty()) row["last_used"] = day_text(k.last_used_at);
    if (!k.revoked_at.empty()) row["revoked"] = day_text(k.revoked_at);
    rows.push_back(row);
  }
  data.set("has_keys", !rows.empty());
  data.set("keys", rows);
  return org;
}

std::optional<staff::OrganisationScope> key_scope(const SiteContext& site, const http::Request& request,
                                                  const StaffAccount& account, staff::Action action) {
  if (!site.staff->keys) return std::nullopt;
  auto scope = site.staff->accounts.organisation_scope(request.param("code"));
  if (!scope || !can(account.user, action, *scope)) return std::nullopt;
  return scope;
}

http::Response issue_key(const SiteContext& site, const http::Request& request, KeyKind kind, const KeyPage& page) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    auto scope = key_scope(site, request, account, staff::Action::edit);
    if (!scope) return not_found(request);
    const auto org = site.store.find_organisation(request.param("code"));
    KeyForm form;
    auto issued = OrganisationKeys(*site.staff->keys, site.key).issue(kind, *org, account.user.id, field(posted, "name"));
    if (!issued) {
      form.status = static_cast<int>(http_status(issued.error()));
      form.errors.push_back(issued.error());
    } else {
      form.issued = std::move(*issued);
      form.issued_name = std::string(field(posted, "name"));
    }
    return page(account, *scope, form);
  });
}

http::Response revoke_key(const SiteContext& site, const http::Request& request, KeyKind kind, std::string_view back,
                          std::string_view fragment) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields&) {
    auto scope = key_scope(site, request, account, staff::Action::edit);
    const auto id = parse_id(request.param("id"));
    if (!scope || !id) return not_found(request);
    const auto org = site.store.find_organisation(request.param("code"));
    if (!OrganisationKeys(*site.staff->keys, site.key).revoke(kind, *org, account.user.id, *id))
      return not_found(request);
    return http::Response::redirect("/cabinet/" + org->code + "/" + std::string(back) + "?revoked=1" +
                                    std::string(fragment));
  });
}

}  // namespace nok::web
