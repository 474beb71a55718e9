#pragma once
#include <string>

#include "http/router.h"
#include "store/store.h"

namespace nok::web {

// GET /api/v1/organisations?q=&region=&sphere=&limit=&offset= and /api/v1/organisations/{code}.
void add_registry_api(http::Router& router, Store& store);

// {"error":{"code":…,"message":…}} with the given status: every API failure looks like this.
http::Response api_error(int status, const std::string& code, const std::string& message);

}  // namespace nok::web
