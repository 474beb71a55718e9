#include "web/staff/placement_visit.h"

#include <kainjow/mustache.hpp>

#include "core/time.h"
#include "domain/placement/placement.h"
#include "print/target_url.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using kainjow::mustache::object;

// "{code}.{placement}": which placement's code this browser last scanned, read back by
// the survey of the same organisation. Nothing about the person.
constexpr std::string_view kPlacementCookie = "nok_p";
constexpr long kPlacementCookieSeconds = 24 * 3600;

// Counting is statistics: a database hiccup must not cost a citizen the page.
void count_quietly(const SiteContext& site, std::string_view code, std::int64_t placement, FunnelStage stage) {
  try {
    site.staff->placements.count(code, placement, stage);
  } catch (const std::exception&) {
  }
}

// The live placement `placement_id` of the organisation, when the visitor is staff who may
// edit it.
std::optional<Placement> placement_to_confirm(const SiteContext& site, const http::Request& request,
                                              const Organisation& organisation, std::int64_t placement_id) {
  if (request.cookie(kSessionCookie).empty()) return std::nullopt;  // the common case costs no query
  const auto account = current_staff(site, request);
  const auto scope = account ? site.staff->accounts.organisation_scope(organisation.code) : std::nullopt;
  if (!scope || !can(account->user, staff::Action::edit, staff::PlacementScope{*scope})) return std::nullopt;
  auto placement = site.staff->placements.find_placement(placement_id);
  if (!placement || placement->organisation_id != scope->organisation_id) return std::nullopt;
  return placement;
}

// The confirmation step, when the visitor is staff who may edit this live placement.
bool offer_confirmation(const SiteContext& site, const http::Request& request, const Organisation& organisation,
                        std::int64_t placement_id, Data& data) {
  const auto placement = placement_to_confirm(site, request, organisation, placement_id);
  if (!placement) return false;
  const auto place = placement::find_place(placement->place);
  const auto carrier = placement::find_carrier(placement->carrier);
  http::Response unused;  // staff sessions carry their own CSRF token
  data.set("staff_confirmation",
           object{{"id", std::to_string(placement->id)},
                  {"place", place ? std::string(place->title) : placement->place},
                  {"carrier", carrier ? std::string(carrier->title) : placement->carrier},
                  {"note", placement->note},
                  {"has_note", !placement->note.empty()},
                  {"is_confirmed", !placement->confirmed_at.empty()},
                  {"confirmed", placement->confirmed_at.empty() ? std::string() : day_text(placement->confirmed_at)},
                  {"csrf", form_token(site, request, unused)}});
  return true;
}

}  // namespace

http::Fields placement_visit(const SiteContext& site, const http::Request& request, const Organisation& organisation,
                             Data& data) {
  if (!site.staff) return {};
  const auto p = request.query_value("p");
  if (p.empty()) {
    count_scan(site, organisation.code);
    return {};
  }
  const auto placement = print::parse_placement_id(p);
  if (!placement) return {};
  if (offer_confirmation(site, request, organisation, *placement, data)) return {};
  count_quietly(site, organisation.code, *placement, FunnelStage::scan);
  return {{"Set-Cookie", cookie(site, kPlacementCookie, organisation.code + "." + std::to_string(*placement),
                                kPlacementCookieSeconds)}};
}

std::optional<http::Response> send_on(const SiteContext& site, const http::Request& request,
                                      const Organisation& organisation) {
  if (!site.staff) return std::nullopt;
  const auto p = request.query_value("p");
  if (p.empty()) return std::nullopt;
  const auto placement = print::parse_placement_id(p);
  if (!placement) return std::nullopt;
  const auto card = organisation.bus_gov_card.value_or("");
  const auto destination = effective_qr_destination(
      organisation.qr_destination, site.store.region_qr_destination(organisation.region_code), card);
  if (destination != QrDestination::bus_gov) return std::nullopt;
  if (placement_to_confirm(site, request, organisation, *placement)) return std::nullopt;
  count_quietly(site, organisation.code, *placement, FunnelStage::scan);
  count_quietly(site, organisation.code, *placement, FunnelStage::outgoing);
  auto response = http::Response::redirect(bus_gov_card_url(card));
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

void count_scan(const SiteContext& site, std::string_view organisation_code) {
  if (site.staff) count_quietly(site, organisation_code, 0, FunnelStage::scan);
}

void count_survey_stage(const SiteContext& site, const http::Request& request, std::string_view organisation_code,
                        FunnelStage stage) {
  if (!site.staff) return;
  const auto remembered = request.cookie(kPlacementCookie);
  const auto dot = remembered.rfind('.');
  std::int64_t placement = 0;
  if (dot != std::string_view::npos && remembered.substr(0, dot) == organisation_code)
    if (auto id = print::parse_placement_id(remembered.substr(dot + 1))) placement = *id;
  count_quietly(site, organisation_code, placement, stage);
}

}  // namespace nok::web
