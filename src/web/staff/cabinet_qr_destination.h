#pragma once
#include "domain/staff/access.h"
#include "store/staff_store.h"
#include "web/context.h"
#include "web/view.h"

namespace nok::web {

// The cabinet's «Куда ведёт QR-код»: where the organisation's QR code leads now, why
// (its own choice or its region's; no card id on bus.gov.ru falls back to nok's page),
// and for its authority's officials and administrators the form that changes it.
void add_qr_destination(Data& data, const SiteContext& site, const StaffAccount& account,
                        const staff::OrganisationScope& scope, std::string_view code);

}  // namespace nok::web
