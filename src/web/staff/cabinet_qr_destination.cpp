// Where an organisation's QR code leads (/cabinet/{code}/qr-destination): chosen by the
// organisation's authority's officials and administrators; its own staff see the choice.
// Anyone else — another authority's official included — gets the cabinet's 404.
#include "web/staff/cabinet_qr_destination.h"

#include <kainjow/mustache.hpp>

#include "app/staff/qr_destination.h"
#include "web/error_status.h"
#include "web/session.h"
#include "web/staff/cabinet_view.h"
#include "web/staff/guard.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

http::Response save(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    const auto scope = cabinet_scope(site, request, account, staff::Action::view);
    const auto organisation = scope ? site.store.find_organisation(request.param("code")) : std::nullopt;
    if (!organisation) return not_found(request);
    auto saved = set_organisation_qr_destination(site.store, account.user, *organisation, scope->authority_id,
                                                 field(posted, "destination"));
    if (saved) return http::Response::redirect("/cabinet/" + organisation->code + "?qr=1#qr-destination");
    if (saved.error().kind == ErrorKind::not_found) return not_found(request);
    CabinetForm form;
    form.status = http_status(saved.error());
    form.errors.push_back(saved.error());
    return cabinet_page(site, request, account, *scope, form);
  });
}

}  // namespace

void add_qr_destination(Data& data, const SiteContext& site, const StaffAccount& account,
                        const staff::OrganisationScope& scope, std::string_view code) {
  const auto organisation = site.store.find_organisation(code);
  if (!organisation) return;
  const auto region = site.store.region_qr_destination(organisation->region_code);
  const auto card = organisation->bus_gov_card.value_or("");
  const auto wanted = organisation->qr_destination.value_or(region);
  const auto leads_to = effective_qr_destination(organisation->qr_destination, region, card);
  object view{{"current", std::string(title(leads_to))},
              {"chosen", organisation->qr_destination ? "выбрано для организации"
                                                      : "как в регионе: " + std::string(title(region))},
              {"no_card", wanted == QrDestination::bus_gov && leads_to == QrDestination::nok}};
  if (!card.empty()) view["card_url"] = bus_gov_card_url(card);
  if (can(account.user, staff::Action::edit, staff::QrDestinationChoice{scope.authority_id})) {
    list options;
    options.push_back(object{{"value", std::string("region")},
                             {"title", "Как в регионе (" + std::string(title(region)) + ")"},
                             {"checked", !organisation->qr_destination}});
    for (auto d : {QrDestination::nok, QrDestination::bus_gov})
      options.push_back(object{{"value", std::string(nok::code(d))},
                               {"title", std::string(title(d))},
                               {"checked", organisation->qr_destination == d}});
    view["options"] = options;
    view["can_choose"] = true;
  }
  data.set("qr_destination", view);
}

void add_cabinet_qr_destination_pages(http::Router& router, const SiteContext& site) {
  router.post("/cabinet/{code}/qr-destination", [&site](const http::Request& r) { return save(site, r); });
}

}  // namespace nok::web
