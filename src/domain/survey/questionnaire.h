#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "domain/registry/sphere.h"
#include "domain/survey/item.h"

namespace nok::survey {

// One yes/no question as the citizen sees it.
struct Question {
  Item item;
  std::string_view number;      // as printed on the form: "1", "4a", …
  std::string_view wording;     // full Russian wording
  std::optional<Item> filter;   // asked only when this earlier item was answered "yes"
};

// A version of the questionnaire for one group of spheres. Data, not code: a change of
// wording or of the item set is a new version with a new id, and stored responses keep
// the id they were collected under.
struct Questionnaire {
  std::string_view id;  // "675n-2018/core", "675n-2018/timely"
  std::string_view preamble;
  std::vector<Question> questions;  // in the order of the form
  std::string_view suggestions_wording;
  std::string_view sex_wording;
  std::string_view age_wording;
  int age_min = 0;  // plausible respondent ages; outside them a typo is likelier than a person
  int age_max = 0;
  std::size_t suggestions_max_length = 0;  // in code points

  // The question asking `item`, or nullptr when this version does not ask it.
  const Question* find(Item item) const;
};

// The current questionnaire of a sphere: health care and social services add `timely`.
const Questionnaire& questionnaire_for(Sphere sphere);

// The current version that asks the most items: what a response is checked against when
// its organisation's sphere is unknown (no registry at hand).
const Questionnaire& widest_questionnaire();

// Every version this build knows, for lookup by id and for rendering.
const std::vector<const Questionnaire*>& questionnaires();
const Questionnaire* find_questionnaire(std::string_view id);

}  // namespace nok::survey
