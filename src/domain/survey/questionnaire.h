#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/survey/item.h"

namespace nok::survey {

// One yes/no question as the citizen sees it.
struct Question {
  Item item;
  std::string number;           // as printed on the form: "1", "4a", …
  std::string wording;          // full Russian wording
  std::optional<Item> filter;   // asked only when this earlier item was answered "yes"
};

// A version of the questionnaire for one group of spheres. Data, not code (the files of
// data/editions, docs/editions.md): a change of wording or of the item set is a new version
// with a new id, and stored responses keep the id they were collected under.
struct Questionnaire {
  std::string id;  // "675n-2018/core", "675n-2018/timely"
  std::string title;
  std::string preamble;
  std::vector<Question> questions;  // in the order of the form
  std::string suggestions_wording;
  std::string sex_wording;
  std::string age_wording;
  int age_min = 0;  // plausible respondent ages; outside them a typo is likelier than a person
  int age_max = 0;
  std::size_t suggestions_max_length = 0;  // in code points

  // The question asking `item`, or nullptr when this version does not ask it.
  const Question* find(Item item) const;
};

// The version that asks the most items: what a response is checked against when its
// organisation's sphere is unknown (no registry at hand).
const Questionnaire& widest_questionnaire();

// Every version this build ships (data/editions/questionnaire-*.json), by id.
const std::vector<Questionnaire>& questionnaires();
const Questionnaire* find_questionnaire(std::string_view id);

}  // namespace nok::survey
