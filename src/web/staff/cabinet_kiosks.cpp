// The organisation's terminals in its halls (/cabinet/{code}/kiosks): staff register a
// tablet or a terminal and get its address once, see when each was last used, and switch
// one off when it is lost or replaced — its address then opens nothing.
#include <kainjow/mustache.hpp>

#include "app/keys/organisation_keys.h"
#include "web/staff/form_errors.h"
#include "web/staff/guard.h"
#include "web/staff/key_forms.h"
#include "web/staff/pages.h"

namespace nok::web {
namespace {

using staff::Action;

http::Response kiosks_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                           const staff::OrganisationScope& scope, const KeyForm& shown) {
  Data data;
  const auto org = start_key_page(data, site, request, account, scope, KeyKind::kiosk);
  if (shown.issued) {
    data.set("registered", true);
    data.set("registered_name", shown.issued_name);
    data.set("kiosk_url", site.public_url + "/kiosk/" + shown.issued->secret);
  }
  if (request.query_value("revoked") == "1")
    data.set("notice", std::string("Терминал отключён: его адрес больше ничего не открывает."));
  set_form_errors(data, shown.errors);
  auto page = staff_page(shown.status, "cabinet_kiosks", "Терминалы в зале — " + org.short_name, data, request);
  if (shown.issued) page.headers.emplace_back("Cache-Control", "no-store");  // the address is shown once
  return page;
}

http::Response show(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    auto scope = key_scope(site, request, account, Action::view);
    if (!scope) return not_found(request);
    return kiosks_page(site, request, account, *scope, {});
  });
}

}  // namespace

void add_cabinet_kiosk_pages(http::Router& router, const SiteContext& site) {
  router.get("/cabinet/{code}/kiosks", [&site](const http::Request& r) { return show(site, r); });
  router.post("/cabinet/{code}/kiosks", [&site](const http::Request& r) {
    return issue_key(site, r, KeyKind::kiosk,
                     [&](const StaffAccount& account, const staff::OrganisationScope& scope, const KeyForm& form) {
                       return kiosks_page(site, r, account, scope, form);
                     });
  });
  router.post("/cabinet/{code}/kiosks/{id}/revoke",
              [&site](const http::Request& r) { return revoke_key(site, r, KeyKind::kiosk, "kiosks"); });
}

}  // namespace nok::web
