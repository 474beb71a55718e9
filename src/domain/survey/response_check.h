#pragma once
#include "core/error.h"
#include "domain/exchange/fields.h"
#include "domain/survey/questionnaire.h"
#include "domain/survey/response.h"

namespace nok::survey {

// The keys of a response record besides the items: org, channel, collected_at,
// suggestions, sex, age, interview_id. With the item keys they form the response exchange header.
std::span<const std::string_view> envelope_keys();
bool known_response_key(std::string_view key);

struct ParsedResponse {
  Response response;
  Errors errors;  // every rule the record breaks, each naming its key in `column`; empty means valid
};

// Reads one response record (CSV row or form) against the questionnaire its organisation
// uses. Values are trimmed; yes/no cells are "1", "0" or empty. Error codes:
// survey_unknown_key, survey_duplicate_key, survey_missing_field, survey_bad_org,
// survey_bad_channel, survey_bad_collected_at, survey_bad_answer, survey_bad_sex,
// survey_bad_age, survey_bad_interview_id, survey_too_long, and those of check_answers. `line` is left 0 for the
// caller who knows it.
ParsedResponse parse_response(const Questionnaire& questionnaire, Fields fields);

// The rules between answers, for responses built in code as well as parsed ones:
// survey_not_in_questionnaire (an item this version does not ask was answered),
// survey_filter (a dependent item answered although its filter item is not "yes"),
// survey_empty (no item answered at all).
Errors check_answers(const Questionnaire& questionnaire, const Answers& answers);

}  // namespace nok::survey
