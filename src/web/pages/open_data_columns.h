#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/methodology/edition_catalog.h"
#include "app/monitoring/monitoring_metrics.h"

namespace nok::web {

// A column of the open data's results: its CSV name, its Frictionless Data type and what it
// holds, in Russian, for the description page and the data package.
struct OpenDataColumn {
  std::string name;
  std::string type;   // integer, number, string, datetime
  std::string title;
  std::string group;  // "criteria", "indicators" or "range" for a value in points, else empty
  std::string id;     // the criterion's or indicator's id in its edition ("K1", "1.1")
};

// The columns before the scores (year … total) and after them (deficiencies, proposals).
std::span<const OpenDataColumn> leading_columns();
std::span<const OpenDataColumn> trailing_columns();

// The score columns of results computed by the editions `methodology_ids`: the criteria and
// then the indicators of all of them, each once, in the order they first appear, so that a
// year whose results follow two editions still has one header that fits every row.
std::vector<OpenDataColumn> score_columns(EditionCatalog& editions, const std::vector<std::string>& methodology_ids);

// The figures of the activity resource: every monitoring figure (participation by channel,
// citizens' ratings, agreement, reviews by tone, the QR funnel and placements, plans and their
// progress) but the appeals', which are a citizen's correspondence with an organisation.
const std::vector<const monitoring::Metric*>& public_metrics();
// Its columns: year, region_code, org_code, name, then one per public metric, named by its key.
std::vector<OpenDataColumn> activity_columns();

}  // namespace nok::web
