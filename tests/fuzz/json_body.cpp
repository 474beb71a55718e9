// The JSON API's request bodies (web/api/json_body): every POST of the citizen app is read
// by json_body, its members by string_member and field_text, and a survey's answers then
// go to the questionnaire check as form fields, as the handler hands them on. Besides not
// crashing or leaking: a member's text is what the JSON says, and an answer set the check
// accepts breaks no rule between answers.
#include <charconv>
#include <string>

#include "core/text.h"
#include "domain/survey/response_check.h"
#include "fuzz/property.h"
#include "web/api/json_body.h"

using namespace nok;
namespace json = boost::json;

namespace {

void check_field_text(const json::value& value) {
  const auto text = web::field_text(value);
  if (value.is_string()) fuzz::require(text == std::string(value.as_string()), "a string is taken as it is");
  if (value.is_int64()) {
    std::int64_t back = 0;
    fuzz::require(text && std::from_chars(text->data(), text->data() + text->size(), back).ec == std::errc{} &&
                      back == value.as_int64(),
                  "an integer is taken as its digits");
  }
  if (value.is_double() || value.is_object() || value.is_array()) fuzz::require(!text, "no text for other kinds");
}

// The survey's answers as the handler reads them, checked against the longest questionnaire.
void check_answers(const json::object& body) {
  std::vector<Field> fields;
  std::vector<std::pair<std::string, std::string>> texts;
  if (auto answers = body.find("answers"); answers != body.end() && answers->value().is_object())
    for (const auto& [key, value] : answers->value().as_object())
      texts.emplace_back(std::string(key), web::field_text(value).value_or("?"));
  for (const char* name : {"suggestions", "sex"})
    if (auto v = web::string_member(body, name); !v.empty()) texts.emplace_back(name, v);
  texts.emplace_back("org", "fuzz1");
  texts.emplace_back("channel", "app");
  texts.emplace_back("collected_at", "2026-03-05T10:00:00+03:00");
  for (const auto& [k, v] : texts) fields.push_back({k, v});
  const auto& questionnaire = survey::widest_questionnaire();
  auto parsed = survey::parse_response(questionnaire, fields);
  if (parsed.errors.empty())
    fuzz::require(survey::check_answers(questionnaire, parsed.response.answers).empty(),
                  "an accepted response breaks no rule between answers");
  for (const auto& e : parsed.errors) fuzz::require(text::valid_utf8(e.message), "error messages are valid UTF-8");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  http::Request request;
  request.body = std::string(fuzz::text_of(data, size));
  auto body = web::json_body(request);
  if (!body) return 0;
  for (const auto& [key, value] : *body) {
    check_field_text(value);
    fuzz::require(web::string_member(*body, key) == (value.is_string() ? std::string(value.as_string()) : ""),
                  "a string member is the string, anything else is empty");
  }
  check_answers(*body);
  return 0;
}
