#pragma once
#include <cstdint>
#include <optional>

namespace nok::statistics {

struct Interval {
  double low;   // 0…1
  double high;  // 0…1
};

// The Wilson score interval for `yes` successes out of `n` (95 % with the default z).
// Chosen over the normal approximation because it never leaves 0…1 and stays honest at
// p = 0 or 1 and for a handful of respondents. nullopt when n is 0.
std::optional<Interval> wilson(std::uint32_t yes, std::uint32_t n, double z = 1.959963984540054);

// Below this many answers a share is shown with «мало ответов» (docs/methodology.md): the
// 95 % interval of a share near one half is then wider than a third of the scale.
inline constexpr std::uint32_t kFewAnswers = 30;

}  // namespace nok::statistics
