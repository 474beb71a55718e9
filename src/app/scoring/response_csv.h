#pragma once
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "app/scoring/catalog.h"
#include "core/csv.h"
#include "core/error.h"
#include "domain/survey/response.h"

namespace nok::scoring {

// The columns of the response exchange format (docs/formats.md), in their order.
std::span<const std::string_view> response_columns();

// Called with each valid row and its line; the errors it returns (an organisation the
// caller may not enter for, a repeated interview) are reported at that line.
using ResponseHandler = std::function<Errors(survey::Response&& response, int line)>;

// Reads a response CSV, calling `on_response` for each valid row in file order. Each row
// is checked against the questionnaire of its organisation's sphere (catalog.h); an
// organisation the registry does not hold is survey_unknown_org. The optional column
// interview_id carries the collector's number of the interview. Returns every error.
Errors read_responses(std::string_view csv_text, const Catalog& catalog, const ResponseHandler& on_response);
// The same over a table read already (a spreadsheet's first sheet).
Errors read_responses(const csv::Table& table, const Catalog& catalog, const ResponseHandler& on_response);

// The same format for export, with the optional interview_id last: the header line, one
// response's line (quoted where needed, text neutralised against formulas), or both.
std::string response_header();
std::string response_line(const survey::Response& response);
std::string write_responses(std::span<const survey::Response> responses);

}  // namespace nok::scoring
