#pragma once
#include <functional>
#include <optional>

#include "http/message.h"
#include "store/staff_store.h"
#include "web/context.h"
#include "web/view.h"

// The gate of every staff page: who is signed in, what a form must carry, and the one
// answer for anything outside the person's scope.
namespace nok::web {

// The staff member signed in on this request (nok_session cookie), or nullopt.
std::optional<StaffAccount> current_staff(const SiteContext& site, const http::Request& request);

using StaffHandler = std::function<http::Response(const StaffAccount&)>;
using StaffFormHandler = std::function<http::Response(const StaffAccount&, const http::Fields&)>;

// GET: runs `handler` for signed-in staff; anyone else goes to the staff sign-in page
// and comes back here afterwards.
http::Response for_staff(const SiteContext& site, const http::Request& request, const StaffHandler& handler);
// POST: the same, and the form must parse and carry the session's CSRF token (403 otherwise).
http::Response for_staff_form(const SiteContext& site, const http::Request& request, const StaffFormHandler& handler);

// The answer for an object that does not exist and for one outside the person's scope
// alike, so that ids of other organisations cannot be probed.
http::Response not_found(const http::Request& request);

// Fills what every staff page shows: the person, the links of the role and the sign-out
// form (templates/staff_nav.mustache). Returns the CSRF token for the page's own forms.
std::string set_staff_frame(Data& data, const SiteContext& site, const http::Request& request,
                            const StaffAccount& account);

// A staff page: not cached anywhere (like every answer of the site, it is not shown inside
// frames either: web/security_headers.h).
http::Response staff_page(int status, std::string_view name, const std::string& title, Data& data,
                          const http::Request& request);

// The page staff land on after signing in: the cabinet, the report or the administration.
std::string home_of(const StaffAccount& account);

}  // namespace nok::web
