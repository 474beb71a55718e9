#pragma once
#include "http/router.h"
#include "store/store.h"

namespace nok::web {

// Every route of the public site, the JSON API and the service endpoints
// (/healthz, /metrics), wired to `store`.
http::Router build_site(Store& store);

}  // namespace nok::web
