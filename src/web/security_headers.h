#pragma once
#include <string>
#include <string_view>

#include "http/message.h"

// The headers every answer of the site carries (docs/security.md, "Response headers"), added
// once by the router's on_response (build_site) rather than by each handler.
namespace nok::web {

// The Content-Security-Policy of the site: scripts, styles, fonts, fetches and workers from
// this origin only (no inline script, style attribute or handler), but for the one inline
// style every page carries, the site's stylesheet allowed by its hash (web/site_style.h);
// images also from the public URL's origin (the website block's preview shows the QR code
// from there), no plugins, no <base>, forms only to this site, and no framing by anyone.
std::string content_security_policy(std::string_view public_url);

// Adds what `response` does not set itself: `csp`, X-Content-Type-Options: nosniff,
// X-Frame-Options: DENY, Referrer-Policy: same-origin, and — when the answer depends on who
// asks (the request carried a session, a form token or an Authorization header, or the answer
// sets a cookie) — Cache-Control: no-store. A handler's own Cache-Control wins (static files
// are public whoever asks).
void add_security_headers(const http::Request& request, http::Response& response, const std::string& csp);

}  // namespace nok::web
