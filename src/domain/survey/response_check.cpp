#include "domain/survey/response_check.h"

#include <algorithm>
#include <array>
#include <string>

#include "core/parse_number.h"
#include "core/shorten.h"
#include "core/text.h"
#include "domain/survey/timestamp.h"

namespace nok::survey {
namespace {

constexpr std::array<std::string_view, 7> kEnvelope{"org",         "channel", "collected_at", "suggestions",
                                                    "sex",         "age",     "interview_id"};
constexpr std::size_t kInterviewIdMax = 64;
constexpr std::array<std::string_view, 3> kRequired{"org", "channel", "collected_at"};

constexpr std::size_t kWordingInMessage = 60;  // code points of a question's wording a message quotes

// How a message names a question — by its number and wording as on the paper form, «вопрос 2
// «Удовлетворены ли Вы открытостью…»», which a person recognises; the key stays the field's
// (the column of an uploaded file names it). A question no version asks keeps its key.
std::string question_name(const Questionnaire& questionnaire, Item item) {
  const Question* question = questionnaire.find(item);
  if (!question) question = widest_questionnaire().find(item);
  if (!question) return "вопрос " + quoted(key(item));
  return "вопрос " + std::string(question->number) + " " + quoted(text::shorten(question->wording, kWordingInMessage));
}

std::optional<Sex> parse_sex(std::string_view value) {
  const std::string folded = text::fold(value);
  for (std::string_view male : {"m", "male", "м", "муж", "мужской"})
    if (folded == male) return Sex::male;
  for (std::string_view female : {"f", "female", "ж", "жен", "женский"})
    if (folded == female) return Sex::female;
  return std::nullopt;
}

class Reader {
 public:
  explicit Reader(const Questionnaire& q) : questionnaire_(q) {}

  void read(std::string_view key, std::string_view value) {
    if (auto item = parse_item(key)) return read_answer(*item, key, value);
    if (key == "org") return read_org_code("survey", value, out_.response.org, out_.errors);
    if (key == "channel") return read_channel(value);
    if (key == "collected_at") return read_collected_at(value);
    if (key == "suggestions") return read_suggestions(value);
    if (key == "sex") return read_sex(value);
    if (key == "age") return read_age(value);
    if (key == "interview_id") return read_interview_id(value);
    fail("survey_unknown_key", "неизвестное поле анкеты " + quoted(key), key);
  }

  ParsedResponse finish() {
    for (auto& e : check_answers(questionnaire_, out_.response.answers)) out_.errors.push_back(std::move(e));
    return std::move(out_);
  }

  Errors& errors() { return out_.errors; }

 private:
  void fail(std::string code, std::string message, std::string_view key) {
    out_.errors.push_back({std::move(code), std::move(message), 0, std::string(key)});
  }
  void read_answer(Item item, std::string_view key, std::string_view value) {
    if (value == "1") out_.response.answers[item] = Answer::yes;
    else if (value == "0") out_.response.answers[item] = Answer::no;
    else if (!value.empty())
      fail("survey_bad_answer",
           "ответ " + quoted(value) + " на " + question_name(questionnaire_, item) +
               " должен быть 1 (да), 0 (нет) или пустым",
           key);
  }
  void read_channel(std::string_view value) {
    if (auto channel = parse_channel(value)) out_.response.channel = *channel;
    else fail("survey_bad_channel",
              "неизвестный канал " + quoted(value) +
                  " (web, app, kiosk, operator_paper, operator_interview, operator_phone)",
              "channel");
  }
  void read_collected_at(std::string_view value) {
    if (!valid_timestamp(value))
      return fail("survey_bad_collected_at",
                  "время заполнения " + quoted(value) +
                      " должно быть датой ISO 8601, например 2026-03-05T14:30:00+03:00",
                  "collected_at");
    out_.response.collected_at = value;
  }
  void read_suggestions(std::string_view value) {
    if (text::length(value) > questionnaire_.suggestions_max_length)
      return fail("survey_too_long",
                  "предложения длиннее " + std::to_string(questionnaire_.suggestions_max_length) + " символов",
                  "suggestions");
    out_.response.suggestions = value;
  }
  void read_sex(std::string_view value) {
    if (value.empty()) return;
    if (auto sex = parse_sex(value)) out_.response.sex = *sex;
    else fail("survey_bad_sex", "пол " + quoted(value) + " должен быть male или female (м или ж)", "sex");
  }
  void read_age(std::string_view value) {
    if (value.empty()) return;
    const auto age = text::parse_integer<int>(value);
    if (!age || *age < questionnaire_.age_min || *age > questionnaire_.age_max)
      return fail("survey_bad_age",
                  "возраст " + quoted(value) + " должен быть целым числом от " + std::to_string(questionnaire_.age_min) +
                      " до " + std::to_string(questionnaire_.age_max),
                  "age");
    out_.response.age = *age;
  }

  // The collector's number of the paper questionnaire or interview: one line of printable text.
  void read_interview_id(std::string_view value) {
    const bool printable = std::none_of(value.begin(), value.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
    if (text::length(value) > kInterviewIdMax || !printable)
      return fail("survey_bad_interview_id",
                  "номер анкеты " + quoted(value) + " — одна строка не длиннее " + std::to_string(kInterviewIdMax) +
                      " символов",
                  "interview_id");
    out_.response.interview_id = value;
  }

  const Questionnaire& questionnaire_;
  ParsedResponse out_;
};

}  // namespace

std::span<const std::string_view> envelope_keys() { return kEnvelope; }

bool known_response_key(std::string_view key) {
  return parse_item(key) || std::find(kEnvelope.begin(), kEnvelope.end(), key) != kEnvelope.end();
}

ParsedResponse parse_response(const Questionnaire& questionnaire, Fields fields) {
  Reader reader(questionnaire);
  visit_fields(fields, kRequired, "survey", reader.errors(),
               [&](std::string_view key, std::string_view value) { reader.read(key, value); });
  return reader.finish();
}

Errors check_answers(const Questionnaire& questionnaire, const Answers& answers) {
  Errors errors;
  bool any = false;
  for (Item item : all_items()) {
    if (answers[item] == Answer::none) continue;
    any = true;
    const Question* question = questionnaire.find(item);
    if (!question) {
      errors.push_back({"survey_not_in_questionnaire",
                        question_name(questionnaire, item) + " не задают в анкете этой сферы",
                        0, std::string(key(item))});
      continue;
    }
    if (question->filter && answers[*question->filter] != Answer::yes) {
      errors.push_back({"survey_filter",
                        "на " + question_name(questionnaire, item) + " отвечают только ответившие «да» на " +
                            question_name(questionnaire, *question->filter) + " — оставьте ответ пустым",
                        0, std::string(key(item))});
    }
  }
  if (!any) errors.push_back({"survey_empty", "в анкете нет ни одного ответа", 0, ""});
  return errors;
}

}  // namespace nok::survey
