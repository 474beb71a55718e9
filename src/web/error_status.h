#pragma once
#include "core/error.h"

namespace nok::web {

// The HTTP status of an expected failure, by its kind: the one place where the use cases'
// vocabulary meets HTTP (invalid 422, malformed 400, unauthorized 401, forbidden 403,
// not_found 404, conflict 409, rate_limited 429, unavailable 503).
unsigned http_status(const Error& error);

// The status of a result's errors: the first one's, or 200 when there are none.
unsigned http_status(const Errors& errors);

}  // namespace nok::web
