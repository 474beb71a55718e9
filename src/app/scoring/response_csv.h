#pragma once
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "app/scoring/catalog.h"
#include "core/error.h"
#include "domain/survey/response.h"

namespace nok::scoring {

// The response exchange header of shared/domain/questionnaire.md, in its order.
std::span<const std::string_view> response_columns();

// Reads a response CSV, calling `on_response` for each valid row in file order. Each row
// is checked against the questionnaire of its organisation's sphere (catalog.h); an
// organisation the registry does not hold is survey_unknown_org. Returns every error.
Errors read_responses(std::string_view csv_text, const Catalog& catalog,
                      const std::function<void(survey::Response&&)>& on_response);

// The same format for export: header, then one row per response, quoted where needed.
std::string write_responses(std::span<const survey::Response> responses);

}  // namespace nok::scoring
