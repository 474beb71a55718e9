#include "domain/statistics/wilson.h"

#include <cmath>

namespace nok::statistics {

std::optional<Interval> wilson(std::uint32_t yes, std::uint32_t n, double z) {
  if (n == 0) return std::nullopt;
  const double p = static_cast<double>(yes) / n;
  const double z2 = z * z;
  const double denominator = 1 + z2 / n;
  const double centre = (p + z2 / (2.0 * n)) / denominator;
  const double half = z / denominator * std::sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
  // At p = 0 or 1 the interval touches its bound exactly; say so rather than 1 - 1e-16.
  return Interval{yes == 0 ? 0.0 : centre - half, yes == n ? 1.0 : centre + half};
}

}  // namespace nok::statistics
