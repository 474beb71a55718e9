#pragma once
#include "http/message.h"
#include "web/context.h"

namespace nok::web {

// GET /opendata/datapackage.json: the open data as a Frictionless Data Package (tabular
// profile): one resource per published year — its results CSV, every field with its type
// and meaning, the methodology editions its values follow — and one per year of monitoring
// figures: its activity CSV (participation, ratings, reviews, QR codes, plans).
http::Response data_package(const SiteContext& site, const http::Request& request);

}  // namespace nok::web
