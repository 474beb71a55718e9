#pragma once
#include "http/router.h"
#include "web/context.h"

namespace nok::web {

// Every route of the public site, the JSON API and the service endpoints
// (/healthz, /metrics). `site` must outlive the router.
http::Router build_site(const SiteContext& site);

}  // namespace nok::web
