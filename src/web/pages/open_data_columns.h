#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/methodology/edition_catalog.h"

namespace nok::web {

// A column of the open data's results: its CSV name, its Frictionless Data type and what it
// holds, in Russian, for the description page and the data package.
struct OpenDataColumn {
  std::string name;
  std::string type;   // integer, number, string, datetime
  std::string title;
  std::string group;  // "criteria" or "indicators" for a score column, else empty
  std::string id;     // the criterion's or indicator's id in its edition ("K1", "1.1")
};

// The columns before the scores (year … total) and after them (deficiencies, proposals).
std::span<const OpenDataColumn> leading_columns();
std::span<const OpenDataColumn> trailing_columns();

// The score columns of results computed by the editions `methodology_ids`: the criteria and
// then the indicators of all of them, each once, in the order they first appear, so that a
// year whose results follow two editions still has one header that fits every row.
std::vector<OpenDataColumn> score_columns(EditionCatalog& editions, const std::vector<std::string>& methodology_ids);

}  // namespace nok::web
