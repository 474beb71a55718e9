#pragma once
#include <optional>
#include <string_view>

#include "domain/registry/organisation.h"
#include "http/message.h"
#include "store/placement_store.h"
#include "web/context.h"
#include "web/view.h"

// How the public pages feed the QR placements: scans of a placement's QR code,
// the survey opened and counted after it, and the confirmation step for staff.
namespace nok::web {

// For the organisation page. For signed-in staff of the organisation who scanned a
// placement's code (`?p=ID`) it fills `staff_confirmation` and counts nothing; for everyone
// else it counts the scan and returns the Set-Cookie that remembers the placement for
// the survey. A malformed or unknown placement id changes nothing on the page and is
// counted nowhere.
http::Fields placement_visit(const SiteContext& site, const http::Request& request, const Organisation& organisation,
                             Data& data);

// For the organisation page, before anything else: a QR arrival (`?p=` with a well-formed
// placement id) of an organisation whose QR code leads to its card on bus.gov.ru
// (docs/printing.md, "Where the QR code leads") is counted as a scan sent on, then answered
// with a 303 to the card that no cache keeps. Nullopt (the page is shown) for every other
// request: without `?p=`, a malformed id, an organisation whose code leads to nok's page or
// that has no card id, and staff who may confirm the placement (they scanned to confirm it).
std::optional<http::Response> send_on(const SiteContext& site, const http::Request& request,
                                      const Organisation& organisation);

// For the organisation page kept for visitors without a session (who have no `?p=`): counts
// the scan of the organisation's own code, as placement_visit does for them, without the
// organisation having to be read first.
void count_scan(const SiteContext& site, std::string_view organisation_code);

// For the survey pages: counts `stage` under the placement this browser came from.
void count_survey_stage(const SiteContext& site, const http::Request& request, std::string_view organisation_code,
                        FunnelStage stage);

}  // namespace nok::web
