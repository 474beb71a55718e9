#pragma once
#include <optional>
#include <string>

#include "app/auth/citizen_sign_in.h"
#include "http/message.h"
#include "store/store.h"
#include "web/context.h"

namespace nok::web {

constexpr std::string_view kSessionCookie = "nok_session";
constexpr std::string_view kFormCookie = "nok_form";

// Citizen sign-in with this site's store, senders and key.
CitizenSignIn citizen_sign_in(const SiteContext& site);

// The status for a refused code request: 429 too many codes, 503 mail or SMS down, else 400.
int code_request_status(const Error& refusal);

// The signed-in session of this request, if any (cookie nok_session).
std::optional<Session> current_session(const SiteContext& site, const http::Request& request);

// The CSRF token a form on this page must carry: the session's, or for visitors who are
// not signed in, a random token in the nok_form cookie (double submit). `response`
// receives the Set-Cookie when a new token is made.
std::string form_token(const SiteContext& site, const http::Request& request, http::Response& response);

// True when the posted form carries the token that form_token gave this browser.
bool form_token_valid(const SiteContext& site, const http::Request& request, const http::Fields& form);

// "name=value; Path=/; HttpOnly; SameSite=Lax[; Secure][; Max-Age=N]": the one way the site
// makes a Set-Cookie value. `name` must be a token and `value` RFC 6265 cookie-octets (our
// tokens, base64, codes): a ';', ',', space or control character would let the value add
// attributes or cookies of its own, so such a value throws http::UnsafeHeader (500).
std::string cookie(const SiteContext& site, std::string_view name, std::string_view value, long max_age_seconds);

// Value of a posted field, or empty.
std::string_view field(const http::Fields& form, std::string_view name);

}  // namespace nok::web
