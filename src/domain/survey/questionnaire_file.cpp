#include "domain/survey/questionnaire_file.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "domain/editions/edition_header.h"

namespace nok::survey {
namespace {

namespace json = boost::json;

std::optional<Item> read_item(JsonDocument& doc, const json::object& o, const std::string& at, std::string_view key,
                              bool required) {
  auto text = doc.string(o, at, key, required);
  if (!text) return std::nullopt;
  auto item = parse_item(*text);
  if (!item) doc.fail(json_pointer(at, key), "questionnaire_unknown_item", "нет такого вопроса анкеты: «" + *text + "»");
  return item;
}

std::string read_text(JsonDocument& doc, const json::object& o, const std::string& at, std::string_view key) {
  auto text = doc.string(o, at, key).value_or("");
  if (text.empty() && o.contains(key)) doc.fail(json_pointer(at, key), "questionnaire_empty_text", "текст пуст");
  return text;
}

void read_questions(JsonDocument& doc, const json::array& list, Questionnaire& q) {
  if (list.empty()) doc.fail("/questions", "questionnaire_no_questions", "в анкете нет вопросов");
  std::set<std::string> numbers;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto at = json_pointer("/questions", i);
    const auto* o = doc.as_object(list[i], at);
    if (!o) continue;
    doc.refuse_unknown(*o, at, {"item", "number", "wording", "asked_if_yes"});
    auto item = read_item(doc, *o, at, "item", true);
    Question question{item.value_or(Item::stand_used), read_text(doc, *o, at, "number"),
                      read_text(doc, *o, at, "wording"), read_item(doc, *o, at, "asked_if_yes", false)};
    if (item && q.find(*item))
      doc.fail(json_pointer(at, "item"), "questionnaire_duplicate_item",
               "вопрос «" + std::string(key(*item)) + "» уже задан выше");
    if (!question.number.empty() && !numbers.insert(question.number).second)
      doc.fail(json_pointer(at, "number"), "questionnaire_duplicate_number",
               "номер «" + question.number + "» уже есть выше");
    if (question.filter && item && (*question.filter == *item || !q.find(*question.filter)))
      doc.fail(json_pointer(at, "asked_if_yes"), "questionnaire_filter_order",
               "вопрос может зависеть только от ответа на один из вопросов выше него");
    if (item) q.questions.push_back(std::move(question));
  }
}

void read_age(JsonDocument& doc, const json::object& root, Questionnaire& q) {
  const auto* age = doc.object(root, "", "age");
  if (!age) return;
  doc.refuse_unknown(*age, "/age", {"min", "max"});
  const auto min = doc.number(*age, "/age", "min").value_or(-1);
  const auto max = doc.number(*age, "/age", "max").value_or(-1);
  if (!(min >= 0 && max <= 150 && min < max && min == std::floor(min) && max == std::floor(max))) {
    doc.fail("/age", "questionnaire_bad_age", "возраст: min и max — целые от 0 до 150, min меньше max");
    return;
  }
  q.age_min = static_cast<int>(min);
  q.age_max = static_cast<int>(max);
}

}  // namespace

ReadQuestionnaire read_questionnaire(std::string_view text) {
  JsonDocument doc(text);
  if (!doc.ok()) return {std::nullopt, doc.take_errors()};
  return read_questionnaire(doc);
}

ReadQuestionnaire read_questionnaire(JsonDocument& doc) {
  const auto* root = doc.as_object(doc.root(), "");
  if (!root) return {std::nullopt, doc.take_errors()};
  doc.refuse_unknown(*root, "", {"format", "id", "title", "note", "preamble", "questions", "suggestions_wording",
                                 "suggestions_max_length", "sex_wording", "age_wording", "age"});
  Questionnaire q;
  q.id = read_edition_header(doc, *root, kQuestionnaireFormat);
  q.title = read_text(doc, *root, "", "title");
  q.preamble = read_text(doc, *root, "", "preamble");
  if (const auto* list = doc.array(*root, "", "questions")) read_questions(doc, *list, q);
  q.suggestions_wording = read_text(doc, *root, "", "suggestions_wording");
  q.sex_wording = read_text(doc, *root, "", "sex_wording");
  q.age_wording = read_text(doc, *root, "", "age_wording");
  read_age(doc, *root, q);
  const auto length = doc.number(*root, "", "suggestions_max_length").value_or(0);
  if (length >= 1 && length <= 100000 && length == std::floor(length))
    q.suggestions_max_length = static_cast<std::size_t>(length);
  else
    doc.fail("/suggestions_max_length", "questionnaire_bad_length", "длина предложений: целое число от 1 до 100000");
  if (!doc.ok()) return {std::nullopt, doc.take_errors()};
  return {std::move(q), {}};
}

}  // namespace nok::survey
