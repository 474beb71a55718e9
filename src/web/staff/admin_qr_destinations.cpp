// Where each region's QR codes lead (/admin/qr-destinations): nok's page of the organisation
// or its card on bus.gov.ru (docs/printing.md, "Where the QR code leads"). Administrators
// only; anyone else gets the same 404 as for a page that does not exist.
#include <kainjow/mustache.hpp>

#include "app/staff/qr_destination.h"
#include "web/error_status.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

bool allowed(const StaffAccount& account) {
  return can(account.user, staff::Action::edit, staff::QrDestinationChoice{});
}

http::Response regions_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                            int status, Data& data) {
  set_staff_frame(data, site, request, account);
  list rows;
  for (const auto& r : site.store.regions()) {
    list options;
    for (auto d : {QrDestination::nok, QrDestination::bus_gov})
      options.push_back(object{{"value", std::string(code(d))},
                               {"title", std::string(title(d))},
                               {"selected", d == r.qr_destination}});
    rows.push_back(object{{"code", r.code},
                          {"name", r.name},
                          {"destination", std::string(title(r.qr_destination))},
                          {"options", options}});
  }
  data.set("regions", rows);
  if (!request.query_value("saved").empty()) data.set("saved", std::string(request.query_value("saved")));
  return staff_page(status, "admin_qr_destinations", "Куда ведут QR-коды регионов", data, request);
}

http::Response save(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& form) {
    if (!allowed(account)) return not_found(request);
    const std::string region(request.param("region"));
    auto saved = set_region_qr_destination(site.store, account.user, region, field(form, "destination"));
    if (saved) return http::Response::redirect("/admin/qr-destinations?saved=" + region + "#r" + region);
    if (saved.error().kind == ErrorKind::not_found) return not_found(request);
    Data data;
    data.set("error", saved.error().message);
    return regions_page(site, request, account, http_status(saved.error()), data);
  });
}

}  // namespace

void add_admin_qr_destination_pages(http::Router& router, const SiteContext& site) {
  router.get("/admin/qr-destinations", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) {
      if (!allowed(a)) return not_found(r);
      Data data;
      return regions_page(site, r, a, 200, data);
    });
  });
  router.post("/admin/qr-destinations/{region}", [&site](const http::Request& r) { return save(site, r); });
}

}  // namespace nok::web
