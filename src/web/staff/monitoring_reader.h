#pragma once
// Who reads the monitoring on a request: a system with an API token (docs/security.md,
// "API tokens") or a signed-in staff member. The monitoring's JSON API and the report
// downloads ask here, beside nothing else, so a token opens those and no other page.
#include <functional>

#include "core/result.h"
#include "domain/staff/access.h"
#include "http/message.h"
#include "web/context.h"

namespace nok::web {

// True when the request carries `Authorization: Bearer …`: it is then answered as an API
// client (JSON errors, never a sign-in page), whatever cookies it also has.
bool has_bearer(const http::Request& request);

// The reader of this request. With a bearer token: the token's reader (app/staff/api_tokens.h)
// — an unknown or revoked token is an Error (api_token_invalid, unauthorized). Without one:
// the signed-in staff member, or an Error (unauthorized, of that kind). The token
// is never logged or echoed.
Result<staff::StaffUser> monitoring_reader(const SiteContext& site, const http::Request& request);

// 401 JSON for a reader error, with `WWW-Authenticate: Bearer` as RFC 6750 asks.
http::Response reader_refused(const Error& error);

using ReaderHandler = std::function<http::Response(const staff::StaffUser& reader, bool by_token)>;

// A download for staff and API clients: with a bearer token, runs `handler` for the
// token's reader or answers reader_refused; without one, behaves as for_staff (the sign-in
// page for a visitor).
http::Response for_reader(const SiteContext& site, const http::Request& request, const ReaderHandler& handler);

}  // namespace nok::web
