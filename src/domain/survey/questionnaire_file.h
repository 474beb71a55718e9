#pragma once
#include <optional>
#include <string_view>

#include "core/error.h"
#include "core/json_document.h"
#include "domain/survey/questionnaire.h"

namespace nok::survey {

struct ReadQuestionnaire {
  std::optional<Questionnaire> questionnaire;  // set exactly when `errors` is empty
  Errors errors;  // each with the line and, in `column`, the field's JSON Pointer
};

// Reads a questionnaire file (docs/editions.md). Refused, with a complaint per fault: a key
// that is not an item of the exchange format, an item or number asked twice, a question
// asked after an answer to itself or to a later question, an empty wording, an age range
// that is not a range, and every fault JsonDocument reports.
ReadQuestionnaire read_questionnaire(std::string_view text);
// The same, of a document already read.
ReadQuestionnaire read_questionnaire(JsonDocument& document);

}  // namespace nok::survey
