// What an authority (and the federal monitor) sees of QR placement: per
// region and per organisation assessed this year, what is placed, confirmed and missing.
#include <kainjow/mustache.hpp>
#include <map>

#include "core/time.h"
#include "domain/placement/placement.h"
#include "web/pages/wording.h"
#include "web/staff/guard.h"
#include "domain/registry/region_code.h"
#include "web/staff/official_scope.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

struct RegionTotals {
  int organisations = 0, placed = 0, rule_ok = 0, confirmed = 0;
};

object organisation_row(const PlacementOverviewRow& row) {
  std::string places;
  for (const auto& code : row.places) {
    auto place = placement::find_place(code);
    places += (places.empty() ? "" : ", ") + (place ? std::string(place->title) : code);
  }
  list missing;
  for (const auto& m : placement::check_rule(row.places).missing()) missing.push_back(m);
  return object{{"code", row.code},
                {"name", row.short_name},
                {"places", places.empty() ? std::string("нигде") : places},
                {"confirmed", std::to_string(row.confirmed)},
                {"count", std::to_string(row.places.size())},
                {"missing", missing}};
}

http::Response report(const SiteContext& site, const http::Request& request, const StaffAccount& account) {
  // Officials and councils see their authority; the monitor and administrators all (0).
  const bool scoped = staff::scope_kind(account.user.role) == staff::ScopeKind::authority;
  const auto scope = official_scope(account, request);
  const auto region = request.query_value("region");
  if (!scope || !valid_region_filter(region)) return not_found(request);

  Data data;
  set_staff_frame(data, site, request, account);
  data.set("year", std::to_string(current_year()));
  if (scoped) {
    data.set("authority", account.scope_name);
    data.set("popularisation_url", "/authorities/" + std::to_string(account.user.authority_id) + "/popularisation");
  }
  std::map<std::string, RegionTotals> totals;
  list organisations;
  // The whole country is summed by region; its organisations are listed region by region.
  const bool show_organisations = scoped || !region.empty();
  for (const auto& row : site.staff->placements.overview(scope->authority_id, region, current_year())) {
    auto& t = totals[row.region_code];
    ++t.organisations;
    t.placed += row.places.empty() ? 0 : 1;
    t.rule_ok += placement::check_rule(row.places).satisfied() ? 1 : 0;
    t.confirmed += !row.places.empty() && row.confirmed == static_cast<int>(row.places.size()) ? 1 : 0;
    if (show_organisations) organisations.push_back(organisation_row(row));
  }
  list regions;
  for (const auto& [code, t] : totals)
    regions.push_back(object{{"code", code},
                             {"name", region_name(code)},
                             {"organisations", std::to_string(t.organisations)},
                             {"placed", std::to_string(t.placed)},
                             {"rule_ok", std::to_string(t.rule_ok)},
                             {"confirmed", std::to_string(t.confirmed)}});
  data.set("regions", regions);
  data.set("organisations", organisations);
  data.set("show_organisations", show_organisations);
  if (!region.empty()) data.set("region_name", region_name(region));
  return staff_page(200, "official", "Размещение QR-кодов", data, request);
}

}  // namespace

void add_official_pages(http::Router& router, const SiteContext& site) {
  router.get("/official", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) { return report(site, r, a); });
  });
  add_official_poster_pages(router, site);
}

}  // namespace nok::web
