#include "domain/feedback/review_tone.h"

#include <array>

namespace nok::feedback {

std::string_view code(ReviewTone tone) {
  switch (tone) {
    case ReviewTone::positive: return "positive";
    case ReviewTone::negative: return "negative";
    case ReviewTone::neutral: return "neutral";
  }
  return "";
}

std::optional<ReviewTone> parse_tone(std::string_view code_text) {
  for (auto tone : all_tones())
    if (code(tone) == code_text) return tone;
  return std::nullopt;
}

std::span<const ReviewTone> all_tones() {
  static constexpr std::array tones{ReviewTone::positive, ReviewTone::negative, ReviewTone::neutral};
  return tones;
}

std::string_view title(std::optional<ReviewTone> tone) {
  if (!tone) return "не указан";
  switch (*tone) {
    case ReviewTone::positive: return "положительный";
    case ReviewTone::negative: return "отрицательный";
    case ReviewTone::neutral: return "нейтральный";
  }
  return "";
}

}  // namespace nok::feedback
