#include "domain/survey/questionnaire.h"

#include <stdexcept>

#include "core/embedded.h"
#include "domain/survey/questionnaire_file.h"

namespace nok::editions {
const std::vector<nok::EmbeddedFile>& files();
}

namespace nok::survey {

const Question* Questionnaire::find(Item item) const {
  for (const auto& q : questions)
    if (q.item == item) return &q;
  return nullptr;
}

const std::vector<Questionnaire>& questionnaires() {
  static const std::vector<Questionnaire> all = [] {
    std::vector<Questionnaire> out;
    for (const auto& file : editions::files()) {
      if (!file.name.starts_with("questionnaire-")) continue;
      auto read = read_questionnaire(file.contents);
      // A shipped file is checked by the tests; failing here means a broken build.
      if (!read.questionnaire)
        throw std::logic_error("data/editions/" + std::string(file.name) + ": " + describe(read.errors.front()));
      out.push_back(std::move(*read.questionnaire));
    }
    return out;
  }();
  return all;
}

const Questionnaire& widest_questionnaire() {
  const Questionnaire* widest = nullptr;
  for (const auto& q : questionnaires())
    if (!widest || q.questions.size() > widest->questions.size()) widest = &q;
  return *widest;
}

const Questionnaire* find_questionnaire(std::string_view id) {
  for (const auto& q : questionnaires())
    if (q.id == id) return &q;
  return nullptr;
}

}  // namespace nok::survey
