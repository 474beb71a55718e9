// The organisation's terminals in its halls (/cabinet/{code}/kiosks): staff register a
// tablet or a terminal and get its address once, see when each was last used, and switch
// one off when it is lost or replaced — its address then opens nothing.
#include <kainjow/mustache.hpp>

#include "app/keys/organisation_keys.h"
#include "web/error_status.h"
#include "web/session.h"
#include "web/staff/form_errors.h"
#include "web/staff/guard.h"
#include "web/staff/key_rows.h"
#include "web/staff/numbers.h"
#include "web/staff/pages.h"

namespace nok::web {
namespace {

using staff::Action;

struct Shown {
  int status = 200;
  Errors errors;
  std::optional<IssuedKey> registered;
  std::string registered_name;
};

OrganisationKeys keys(const SiteContext& site) { return OrganisationKeys(*site.staff->keys, site.key); }

std::optional<staff::OrganisationScope> scope_of(const SiteContext& site, const http::Request& request,
                                                 const StaffAccount& account, Action action) {
  if (!site.staff->keys) return std::nullopt;
  auto scope = site.staff->accounts.organisation_scope(request.param("code"));
  if (!scope || !can(account.user, action, *scope)) return std::nullopt;
  return scope;
}

http::Response kiosks_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                           const staff::OrganisationScope& scope, const Shown& shown) {
  const auto org = site.store.find_organisation(request.param("code"));
  Data data;
  set_staff_frame(data, site, request, account);
  data.set("code", org->code);
  data.set("short_name", org->short_name);
  data.set("can_edit", can(account.user, Action::edit, scope));
  set_key_rows(data, *site.staff->keys, KeyKind::kiosk, org->id);
  if (shown.registered) {
    data.set("registered", true);
    data.set("registered_name", shown.registered_name);
    data.set("kiosk_url", site.public_url + "/kiosk/" + shown.registered->secret);
  }
  if (request.query_value("revoked") == "1")
    data.set("notice", std::string("Терминал отключён: его адрес больше ничего не открывает."));
  set_form_errors(data, shown.errors);
  auto page = staff_page(shown.status, "cabinet_kiosks", "Терминалы в зале — " + org->short_name, data, request);
  if (shown.registered) page.headers.emplace_back("Cache-Control", "no-store");  // the address is shown once
  return page;
}

http::Response show(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    auto scope = scope_of(site, request, account, Action::view);
    if (!scope) return not_found(request);
    return kiosks_page(site, request, account, *scope, {});
  });
}

http::Response register_kiosk(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    auto scope = scope_of(site, request, account, Action::edit);
    if (!scope) return not_found(request);
    const auto org = site.store.find_organisation(request.param("code"));
    Shown shown;
    auto registered = keys(site).issue(KeyKind::kiosk, *org, account.user.id, field(posted, "name"));
    if (!registered) {
      shown.status = static_cast<int>(http_status(registered.error()));
      shown.errors.push_back(registered.error());
    } else {
      shown.registered = std::move(*registered);
      shown.registered_name = std::string(field(posted, "name"));
    }
    return kiosks_page(site, request, account, *scope, shown);
  });
}

http::Response revoke(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields&) {
    auto scope = scope_of(site, request, account, Action::edit);
    const auto id = parse_id(request.param("id"));
    if (!scope || !id) return not_found(request);
    const auto org = site.store.find_organisation(request.param("code"));
    if (!keys(site).revoke(KeyKind::kiosk, *org, account.user.id, *id)) return not_found(request);
    return http::Response::redirect("/cabinet/" + org->code + "/kiosks?revoked=1");
  });
}

}  // namespace

void add_cabinet_kiosk_pages(http::Router& router, const SiteContext& site) {
  router.get("/cabinet/{code}/kiosks", [&site](const http::Request& r) { return show(site, r); });
  router.post("/cabinet/{code}/kiosks", [&site](const http::Request& r) { return register_kiosk(site, r); });
  router.post("/cabinet/{code}/kiosks/{id}/revoke", [&site](const http::Request& r) { return revoke(site, r); });
}

}  // namespace nok::web
