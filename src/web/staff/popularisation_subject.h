#pragma once
// Whose plan of popularisation measures a page at /authorities/{id}/popularisation is about,
// and for which year, as checked for the person asking.
#include <string>
#include <variant>

#include "http/message.h"
#include "store/popularisation_store.h"
#include "store/staff_store.h"
#include "web/context.h"

namespace nok::web {

struct PlanSubject {
  PlanAuthority authority;
  int year = 0;
  bool editable = false;  // the person keeps this plan (an official of the authority)
};

// The authority of the route and the year of `?year=` (the current one when absent). The
// same 404 for an authority that does not exist, one the person may not read and an id that
// is not a number; 400 with the reason for a year out of range.
std::variant<PlanSubject, http::Response> plan_subject(const SiteContext& site, const http::Request& request,
                                                       const StaffAccount& account);

// "/authorities/{id}/popularisation" + `suffix` + "?year=YYYY".
std::string plan_url(const PlanSubject& subject, std::string_view suffix = "");

}  // namespace nok::web
