#pragma once
#include <boost/json.hpp>
#include <string>

#include "domain/methodology/methodology.h"

namespace nok::test {

// A methodology edition file extending the shipped 344n one with its own id and title and
// its criteria rewritten: K1 weighed by `k1_weights` (a JSON object such as
// {"1.1": 0.5, "1.2": 0.25, "1.3": 0.25}) and the fifth criterion named `k5_id`.
inline std::string edition_with_criteria(const std::string& id, const std::string& title,
                                         const std::string& k1_weights, const std::string& k5_id = "K5") {
  return R"({"format": "nok-methodology/1", "id": ")" + id + R"(", "extends": "344n-2019", "title": ")" + title +
         R"(",
  "criteria": [
    {"id": "K1", "title": "Открытость", "variants": [)" + k1_weights + R"(]},
    {"id": "K2", "title": "Комфортность", "variants": [{"2.1": 0.3, "2.2": 0.4, "2.3": 0.3}, {"2.1": 0.5, "2.3": 0.5}]},
    {"id": "K3", "title": "Доступность", "variants": [{"3.1": 0.3, "3.2": 0.4, "3.3": 0.3}]},
    {"id": "K4", "title": "Вежливость", "variants": [{"4.1": 0.4, "4.2": 0.4, "4.3": 0.2}]},
    {"id": ")" + k5_id + R"(", "title": "Удовлетворённость", "variants": [{"5.1": 0.3, "5.2": 0.2, "5.3": 0.5}]}]})";
}

// A questionnaire file: the shipped 675n one for `base` ("675n-2018/timely") under its own
// id, with its first question worded `first_wording`.
inline std::string questionnaire_with_wording(const std::string& id, const std::string& first_wording,
                                              const std::string& base = "675n-2018/timely") {
  auto root = boost::json::parse(*methodology::shipped_edition_text(base)).as_object();
  root["id"] = id;
  root["questions"].as_array().at(0).as_object()["wording"] = first_wording;
  return boost::json::serialize(root);
}

// A methodology edition extending the shipped 344n one that asks the questionnaire `id` in
// every sphere.
inline std::string edition_asking(const std::string& id, const std::string& questionnaire) {
  return R"({"format": "nok-methodology/1", "id": ")" + id +
         R"(", "extends": "344n-2019", "title": "Редакция с другой анкетой", "questionnaires": {"default": ")" +
         questionnaire + R"("}})";
}

}  // namespace nok::test
