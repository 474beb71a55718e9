// The field mode (/operator/field): the operator's entry form for interviews on site, one
// organisation of the operator's contracts at a time, as an installable web app. Its
// script (static/field.js) keeps interviews on the device while there is no connection
// and sends them to POST /api/v1/operator/interviews later; without JavaScript the form
// posts here like the entry form and the page works as any other.
#include <kainjow/mustache.hpp>

#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/operator_desk.h"
#include "web/staff/operator_entry.h"
#include "web/staff/operator_pages.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

http::Response field_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                          const OperatorDesk& desk, std::string_view code, const http::Fields& posted,
                          const EntryResult& result) {
  Data data;
  set_staff_frame(data, site, request, account);
  data.set("manifest", "/static/field.webmanifest");
  list organisations;
  for (const auto& contract : desk.contracts)
    for (const auto& o : contract.organisations)
      organisations.push_back(object{{"code", o.code}, {"name", o.short_name}, {"selected", o.code == code}});
  data.set("organisations", organisations);
  if (code.empty()) return staff_page(200, "operator_field", "Опрос на выезде", data, request);
  const auto* organisation = desk.organisation(code);
  if (!organisation ||
      !set_entry_form(data, site, request, *organisation, posted, result, survey::Channel::operator_interview))
    return not_found(request);
  return staff_page(result.status, "operator_field", "Опрос на выезде — " + organisation->short_name, data, request);
}

// Only an operator with organisations to enter for has a field mode, as with the entry form.
http::Response show(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    const auto desk = operator_desk(site, account);
    if (desk.collector.cycle_of.empty()) return not_found(request);
    return field_page(site, request, account, desk, request.query_value("org"), {}, {});
  });
}

http::Response submit(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    const auto desk = operator_desk(site, account);
    const auto* organisation = desk.organisation(field(posted, "org"));
    if (!organisation) return not_found(request);
    auto result = enter_posted(site, desk.collector, organisation->code, posted);
    if (!result.errors.empty()) return field_page(site, request, account, desk, organisation->code, posted, result);
    return http::Response::redirect("/operator/field?org=" + http::percent_encode(organisation->code) + "&channel=" +
                                    http::percent_encode(field(posted, "channel")) + "&saved=" +
                                    http::percent_encode(saved_number(site, desk.collector, organisation->code, posted)));
  });
}

}  // namespace

void add_operator_field_pages(http::Router& router, const SiteContext& site) {
  router.get("/operator/field", [&site](const http::Request& r) { return show(site, r); });
  router.post("/operator/field", [&site](const http::Request& r) { return submit(site, r); });
}

}  // namespace nok::web
