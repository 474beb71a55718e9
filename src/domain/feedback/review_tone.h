#pragma once
// The tone a citizen gives their review (отзыв): positive, negative or neutral. Reviews
// written before the choice existed have none.
#include <optional>
#include <span>
#include <string_view>

namespace nok::feedback {

enum class ReviewTone { positive, negative, neutral };

std::string_view code(ReviewTone tone);  // positive | negative | neutral: the stored and posted value
std::optional<ReviewTone> parse_tone(std::string_view code);
std::span<const ReviewTone> all_tones();
// «положительный», «отрицательный», «нейтральный»; «не указан» for a review without one.
std::string_view title(std::optional<ReviewTone> tone);

}  // namespace nok::feedback
