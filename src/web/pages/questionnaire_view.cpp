#include "web/pages/questionnaire_view.h"

#include <kainjow/mustache.hpp>

#include "web/pages/citizen_form.h"
#include "web/session.h"

namespace nok::web {

using kainjow::mustache::list;
using kainjow::mustache::object;

void set_questionnaire(Data& data, const survey::Questionnaire& q, const http::Fields& posted, const Errors& errors) {
  list questions;
  for (const auto& question : q.questions) {
    const auto name = survey::key(question.item);
    const auto value = field(posted, name);
    object item{{"key", std::string(name)},
                {"number", std::string(question.number)},
                {"wording", std::string(question.wording)},
                {"yes", value == "1"},
                {"no", value == "0"}};
    if (question.filter)
      for (const auto& other : q.questions)
        if (other.item == *question.filter)
          item["filter_note"] = "Ответьте, если на вопрос " + std::string(other.number) + " вы ответили «Да».";
    if (question.filter) item["filter"] = std::string(survey::key(*question.filter));
    if (auto e = field_error(errors, name); !e.empty()) item["error"] = e;
    questions.push_back(item);
  }
  data.set("questions", questions);
  data.set("suggestions_wording", std::string(q.suggestions_wording));
  data.set("suggestions_max", std::to_string(q.suggestions_max_length));
  data.set("suggestions", std::string(field(posted, "suggestions")));
  data.set("sex_wording", std::string(q.sex_wording));
  data.set("male", field(posted, "sex") == "male");
  data.set("female", field(posted, "sex") == "female");
  data.set("age_wording", std::string(q.age_wording));
  data.set("age_min", std::to_string(q.age_min));
  data.set("age_max", std::to_string(q.age_max));
  data.set("age", std::string(field(posted, "age")));
}

std::vector<std::string_view> questionnaire_fields(const survey::Questionnaire& q) {
  std::vector<std::string_view> fields;
  for (const auto& question : q.questions) fields.push_back(survey::key(question.item));
  for (std::string_view other : {"suggestions", "sex", "age"}) fields.push_back(other);
  return fields;
}

std::vector<Field> posted_answers(const survey::Questionnaire& q, const http::Fields& posted) {
  std::vector<Field> answers;
  for (const auto& [k, v] : posted) {
    if (k == "csrf" || k == "idempotency_key" || k == "pass" || k == "assisted") continue;
    if (const auto item = survey::parse_item(k))
      if (const auto* question = q.find(*item);
          question && question->filter && field(posted, survey::key(*question->filter)) != "1")
        continue;
    answers.push_back({k, v});
  }
  return answers;
}

}  // namespace nok::web
