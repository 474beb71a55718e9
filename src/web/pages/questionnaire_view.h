#pragma once
#include "core/error.h"
#include "domain/survey/questionnaire.h"
#include "http/message.h"
#include "web/view.h"

namespace nok::web {

// Fills what the `questionnaire_fields` partial shows — every question with its filter
// note, the suggestions, sex and age — keeping what was posted and marking the errors.
// Shared by the citizen's survey and the operator's entry, so both ask the same way.
void set_questionnaire(Data& data, const survey::Questionnaire& q, const http::Fields& posted, const Errors& errors);

}  // namespace nok::web
