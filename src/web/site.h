#pragma once
#include "http/router.h"
#include "web/context.h"
#include "web/metrics_access.h"

namespace nok::web {

// Every route of the public site, the JSON API and the service endpoints (/healthz,
// /metrics for those `metrics_access` lets in), and the headers every answer carries
// (web/security_headers.h). `site` must outlive the router.
http::Router build_site(const SiteContext& site, const MetricsAccess& metrics_access = {});

}  // namespace nok::web
