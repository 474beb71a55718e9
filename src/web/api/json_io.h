#pragma once
// What the JSON API's handlers share: reading a body, the bearer session, and answering
// errors as {"error":{"code","message","details"}}.
#include <boost/json.hpp>
#include <optional>
#include <string>

#include "core/error.h"
#include "http/message.h"
#include "store/store.h"
#include "web/context.h"

namespace nok::web {

// The body as a JSON object, or nullopt when it is not one.
std::optional<boost::json::object> json_body(const http::Request& request);
// A string member, or empty when it is absent or not a string.
std::string string_member(const boost::json::object& object, std::string_view name);
// The text a JSON value stands for in a form field: "1"/"0" for booleans, the digits of an
// integer, a string as it is, "" for null; nullopt for fractions, objects and arrays.
std::optional<std::string> field_text(const boost::json::value& value);

// A non-negative integer query parameter up to `max`; `fallback` when absent, nullopt when bad.
std::optional<int> int_param(const http::Request& request, std::string_view name, int fallback, int max);

http::Response bad_json();
// Every problem in `details` with its field; the first one in code and message.
http::Response errors_response(int status, const Errors& errors);

// The citizen's session from `Authorization: Bearer <token>` (the app sends no cookies, so
// it needs no CSRF token).
std::optional<Session> bearer_session(const SiteContext& site, const http::Request& request);

}  // namespace nok::web
