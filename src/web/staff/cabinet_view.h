#pragma once
#include <optional>
#include <string>

#include "app/staff/organisation_profile.h"
#include "app/staff/placements.h"
#include "http/message.h"
#include "web/context.h"

namespace nok::web {

// What a refused form puts back on the cabinet page: the errors, the values as posted
// (nothing typed is lost), and for a stale profile the conflict and the person's version.
struct CabinetForm {
  int status = 200;
  Errors errors;
  std::string notice;
  std::string conflict;
  std::optional<ProfileEdit> profile;  // shown instead of the stored profile
  ProfileEdit mine;                    // the values refused by a conflict
  PlacementRequest placement;
};

// The organisation named by the route's {code} if `account` may `action` it; nullopt
// for unknown organisations and other scopes alike (the caller answers 404).
std::optional<staff::OrganisationScope> cabinet_scope(const SiteContext& site, const http::Request& request,
                                                      const StaffAccount& account, staff::Action action);

// The organisation cabinet: profile, QR codes, placements and their funnel.
http::Response cabinet_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                            const staff::OrganisationScope& scope, const CabinetForm& form);

}  // namespace nok::web
