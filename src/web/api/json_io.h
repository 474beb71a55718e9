#pragma once
// What the JSON API's handlers share: reading a body (json_body.h), writing one
// (http::json_text: plain decimals), the bearer session, and answering errors as
// {"error":{"code","message","details"}}.
#include <boost/json.hpp>
#include <optional>
#include <string>

#include "core/error.h"
#include "http/json_text.h"
#include "http/message.h"
#include "store/store.h"
#include "web/api/json_body.h"
#include "web/context.h"
#include "web/error_status.h"

namespace nok::web {

// A non-negative integer query parameter up to `max`; `fallback` when absent, nullopt when bad.
std::optional<int> int_param(const http::Request& request, std::string_view name, int fallback, int max);

http::Response bad_json();
// Every problem in `details` with its field; the first one in code and message. The status
// is the first error's (http_status) unless `status` says otherwise.
http::Response errors_response(int status, const Errors& errors);
http::Response errors_response(const Errors& errors);

// The citizen's session from `Authorization: Bearer <token>` (the app sends no cookies, so
// it needs no CSRF token).
std::optional<Session> bearer_session(const SiteContext& site, const http::Request& request);

}  // namespace nok::web
