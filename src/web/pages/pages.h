#pragma once
#include "http/router.h"
#include "store/store.h"

namespace nok::web {

// /healthz, /metrics, /static/{file}, /a11y (switches the version for the visually impaired).
void add_service_routes(http::Router& router, Store& store);
// /, /search, /o/{code}.
void add_registry_pages(http::Router& router, Store& store);
// /o/{code}/print and the downloads it lists: QR code, posters, labels, tickets, idle screen, website block.
void add_print_pages(http::Router& router, Store& store);
// Friendly 404 and 500 pages (JSON under /api/).
void add_fallbacks(http::Router& router);

}  // namespace nok::web
