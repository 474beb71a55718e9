#include "domain/survey/questionnaire.h"

namespace nok::survey {

const Question* Questionnaire::find(Item item) const {
  for (const auto& q : questions)
    if (q.item == item) return &q;
  return nullptr;
}

const Questionnaire& widest_questionnaire() {
  const Questionnaire* widest = nullptr;
  for (Sphere s : all_spheres())
    if (!widest || questionnaire_for(s).questions.size() > widest->questions.size()) widest = &questionnaire_for(s);
  return *widest;
}

const Questionnaire* find_questionnaire(std::string_view id) {
  for (const auto* q : questionnaires())
    if (q->id == id) return q;
  return nullptr;
}

}  // namespace nok::survey
