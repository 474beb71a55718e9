#pragma once
#include <string_view>
#include <vector>

#include "core/error.h"
#include "domain/survey/questionnaire.h"
#include "http/message.h"
#include "web/view.h"

namespace nok::web {

// Fills what the `questionnaire_fields` partial shows — every question with its filter
// note, the suggestions, sex and age — keeping what was posted and marking the errors.
// Shared by the citizen's survey and the operator's entry, so both ask the same way.
void set_questionnaire(Data& data, const survey::Questionnaire& q, const http::Fields& posted, const Errors& errors);

// The names of the questionnaire's fields in the order of the form — the yes/no questions,
// then suggestions, sex and age: what a citizen answers, one step each on a phone.
std::vector<std::string_view> questionnaire_fields(const survey::Questionnaire& q);

}  // namespace nok::web
