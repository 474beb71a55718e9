#include "domain/feedback/records.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <initializer_list>

#include "core/text.h"

namespace nok::feedback {
namespace {

struct TextSpec {
  std::string_view key;
  std::size_t max;
  std::string_view title;    // how messages name the field: «Текст отзыва»
  std::string_view missing;  // the message when it is left empty; empty for an optional field
  std::string* into;
};

void fail(Errors& errors, std::string_view form, std::string_view code, std::string message, std::string_view key) {
  errors.push_back({std::string(form) + "_" + std::string(code), std::move(message), 0, std::string(key)});
}

// Line breaks and tabs are text; other control characters are not (PostgreSQL refuses NUL,
// and the rest only hide things from a moderator).
bool has_control_character(std::string_view value) {
  return std::any_of(value.begin(), value.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F;
  });
}

void read_text(std::string_view form, const TextSpec& spec, std::string_view value, Errors& errors) {
  if (has_control_character(value))
    return fail(errors, form, "bad_character", std::string(spec.title) + " содержит недопустимые управляющие символы",
                spec.key);
  if (const auto length = text::length(value); length > spec.max)
    return fail(errors, form, "too_long",
                std::string(spec.title) + " длиннее " + std::to_string(spec.max) + " знаков — сократите на " +
                    std::to_string(length - spec.max),
                spec.key);
  *spec.into = value;
}

// Reads the form's text fields by `texts` and hands the other fields to `other`, which
// returns false for a key the form does not have.
void read_form(Fields fields, std::string_view form, std::initializer_list<TextSpec> texts, Errors& errors,
               const std::function<bool(std::string_view key, std::string_view value)>& other = {}) {
  visit_fields(fields, {}, form, errors, [&](std::string_view key, std::string_view value) {
    for (const auto& spec : texts)
      if (spec.key == key) return read_text(form, spec, value, errors);
    if (other && other(key, value)) return;
    fail(errors, form, "unknown_key", "неизвестное поле " + quoted(key), key);
  });
  for (const auto& spec : texts) {
    const bool reported = std::any_of(errors.begin(), errors.end(), [&](const Error& e) { return e.column == spec.key; });
    if (!spec.missing.empty() && spec.into->empty() && !reported)
      fail(errors, form, "missing_field", std::string(spec.missing), spec.key);
  }
}

}  // namespace

Parsed<Opinion> parse_opinion(Fields fields) {
  Parsed<Opinion> out;
  bool chosen = false;
  constexpr std::string_view kChoose = "Выберите, согласны вы с оценкой или не согласны";
  read_form(fields, "opinion", {{"comment", kCommentMax, "Комментарий", "", &out.record.comment}}, out.errors,
            [&](std::string_view key, std::string_view value) {
              if (key != "agrees") return false;
              if (value == "1" || value == "0") {
                out.record.agrees = value == "1";
                chosen = true;
              } else if (!value.empty()) {
                fail(out.errors, "opinion", "bad_choice", std::string(kChoose), key);
                chosen = true;  // reported already
              }
              return true;
            });
  if (!chosen) fail(out.errors, "opinion", "missing_field", std::string(kChoose), "agrees");
  return out;
}

Parsed<MeasureFeedback> parse_measure_feedback(Fields fields) {
  Parsed<MeasureFeedback> out;
  read_form(fields, "measures",
            {{"text", kMeasureFeedbackMax, "Текст", "Напишите, что вы думаете о принятых мерах", &out.record.text}},
            out.errors, [&](std::string_view key, std::string_view value) {
              if (key != "plan_item") return false;
              if (value.empty()) return true;  // a general comment
              const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), out.record.plan_item_id);
              if (ec != std::errc() || end != value.data() + value.size() || out.record.plan_item_id <= 0) {
                out.record.plan_item_id = 0;
                fail(out.errors, "measures", "bad_item", "Выберите мероприятие из плана организации", key);
              }
              return true;
            });
  return out;
}

Parsed<Review> parse_review(Fields fields) {
  Parsed<Review> out;
  bool chosen = false;
  constexpr std::string_view kChoose = "Выберите, какой у отзыва тон: положительный, отрицательный или нейтральный";
  read_form(fields, "review", {{"text", kReviewMax, "Текст отзыва", "Напишите текст отзыва", &out.record.text}},
            out.errors, [&](std::string_view key, std::string_view value) {
              if (key != "tone") return false;
              if (auto tone = parse_tone(value)) {
                out.record.tone = *tone;
                chosen = true;
              } else if (!value.empty()) {
                fail(out.errors, "review", "bad_choice", std::string(kChoose), key);
                chosen = true;  // reported already
              }
              return true;
            });
  if (!chosen) fail(out.errors, "review", "missing_field", std::string(kChoose), "tone");
  return out;
}

Parsed<Appeal> parse_appeal(Fields fields) {
  Parsed<Appeal> out;
  read_form(fields, "appeal",
            {{"subject", kAppealSubjectMax, "Тема обращения", "Напишите тему обращения", &out.record.subject},
             {"text", kAppealTextMax, "Текст обращения", "Напишите текст обращения", &out.record.text}},
            out.errors);
  if (out.record.subject.find_first_of("\r\n") != std::string::npos)
    fail(out.errors, "appeal", "multiline_subject", "Тема обращения должна быть одной строкой", "subject");
  return out;
}

Parsed<std::string> parse_answer(std::string_view text) {
  Parsed<std::string> out;
  const Field field{"answer", text};
  read_form(Fields(&field, 1), "answer", {{"answer", kAnswerMax, "Ответ", "Напишите текст ответа", &out.record}},
            out.errors);
  return out;
}

}  // namespace nok::feedback
