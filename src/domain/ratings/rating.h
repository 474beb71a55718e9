#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/error.h"
#include "domain/exchange/fields.h"

namespace nok::ratings {

// The five aspects of the model poster text (docs/domain.md#qr-recommendations).
enum class Aspect : std::uint8_t { comfort, politeness, information, booking, accessibility };
inline constexpr std::size_t kAspectCount = 5;
inline constexpr int kScaleMax = 5;  // 1 неудовлетворительно … 5 отлично

std::string_view code(Aspect a);   // exchange key: "comfort", …
// The one name of the aspect wherever a person reads it — the poster, the rating form, the
// organisation page, the citizen's page, the reports: verbatim the model poster text's
// «Комфорт и санитарно-гигиеническое состояние помещений», …
std::string_view title(Aspect a);
std::span<const Aspect> all_aspects();
// «неудовлетворительно», «ниже среднего», «удовлетворительно», «хорошо», «отлично» for 1…5.
std::string_view scale_label(int points);

// One citizen's rating of one organisation; an aspect left out is nullopt.
struct Rating {
  std::string org;
  std::array<std::optional<std::uint8_t>, kAspectCount> points{};
};

struct ParsedRating {
  Rating rating;
  Errors errors;
};

// Reads one rating record: `org` and the aspect keys with 1…5 or empty; at least one
// aspect rated. Codes: rating_unknown_key, rating_duplicate_key, rating_missing_field,
// rating_bad_org, rating_bad_points, rating_empty.
ParsedRating parse_rating(Fields fields);

// Counts of each point value per aspect; add and remove are O(1).
class RatingCounters {
 public:
  void add(const Rating& r) { apply(r, 1); }
  void remove(const Rating& r) { apply(r, static_cast<std::uint32_t>(-1)); }
  // `n` more ratings of `points` (1…5) for one aspect: how counts read back from a store arrive.
  void add_count(Aspect a, int points, std::uint32_t n) { counts_[static_cast<std::size_t>(a)][points - 1] += n; }

  std::uint32_t count(Aspect a) const;
  std::optional<double> average(Aspect a) const;  // nullopt when nobody rated the aspect
  // distribution[p - 1] is how many gave p points.
  const std::array<std::uint32_t, kScaleMax>& distribution(Aspect a) const {
    return counts_[static_cast<std::size_t>(a)];
  }

 private:
  void apply(const Rating& r, std::uint32_t delta);
  std::array<std::array<std::uint32_t, kScaleMax>, kAspectCount> counts_{};
};

}  // namespace nok::ratings
