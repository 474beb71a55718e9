#pragma once
#include <string_view>
#include <vector>

#include "core/error.h"
#include "domain/exchange/fields.h"
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

// The answers of a posted questionnaire as the form means them, without the form's own
// fields (its tokens, a terminal's pass and «помог сотрудник»). A question asked only after
// «Да» to another is dropped when that one was not answered «Да»: a chosen radio button
// cannot be cleared, so a person who changed the earlier answer could not take the later
// one back.
std::vector<Field> posted_answers(const survey::Questionnaire& q, const http::Fields& posted);

}  // namespace nok::web
