#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.h"
#include "domain/exchange/fields.h"
#include "domain/feedback/review_tone.h"

namespace nok::feedback {

// Limits in code points. A review's 2,000 is the task's; the others keep a page readable.
inline constexpr std::size_t kReviewMax = 2000;
inline constexpr std::size_t kCommentMax = 1000;        // a comment on agreeing or not
inline constexpr std::size_t kMeasureFeedbackMax = 2000;
inline constexpr std::size_t kAppealSubjectMax = 200;
inline constexpr std::size_t kAppealTextMax = 5000;
inline constexpr std::size_t kAnswerMax = 5000;         // the organisation's answer

// Form 1 (docs/domain.md#citizen-forms): agree or disagree with the rating (fields `agrees` 1/0, `comment`).
struct Opinion {
  bool agrees = false;
  std::string comment;
};
// Form 4: a comment on the measures taken (fields `plan_item`, the id of an item of the
// published plan or empty for a general comment, and `text`).
struct MeasureFeedback {
  std::int64_t plan_item_id = 0;
  std::string text;
};
// A review (отзыв): fields `text` and `tone` (a ReviewTone code the citizen chooses).
struct Review {
  std::string text;
  ReviewTone tone = ReviewTone::neutral;
};
// An appeal (обращение): fields `subject` (one line) and `text`.
struct Appeal {
  std::string subject;
  std::string text;
};

template <class Record>
struct Parsed {
  Record record;
  Errors errors;  // each with the field it concerns in `column`, messages for the citizen
};

// Each reader refuses unknown and repeated fields, empty required texts, texts over their
// limit and control characters. Codes: {form}_unknown_key, {form}_duplicate_key,
// {form}_missing_field, {form}_too_long, {form}_bad_character, and the form's own
// (opinion_bad_choice, review_bad_choice, measures_bad_item, appeal_multiline_subject).
Parsed<Opinion> parse_opinion(Fields fields);
Parsed<MeasureFeedback> parse_measure_feedback(Fields fields);
Parsed<Review> parse_review(Fields fields);
Parsed<Appeal> parse_appeal(Fields fields);

// The organisation's answer to a review or an appeal (codes answer_missing_field, answer_too_long, …).
Parsed<std::string> parse_answer(std::string_view text);

}  // namespace nok::feedback
