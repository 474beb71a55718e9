#include "domain/methodology/league.h"

#include <algorithm>
#include <cmath>

namespace nok::methodology {
namespace {

// The low end as published (format_points rounds to two decimals), in hundredths.
long long published_hundredths(double value) { return std::llround(value * 100); }

}  // namespace

std::vector<Place> rank_by_low_end(std::span<const std::optional<Range>> ranges) {
  std::vector<Place> out;
  for (std::size_t i = 0; i < ranges.size(); ++i) out.push_back({i, 0, false});
  std::stable_sort(out.begin(), out.end(), [&](const Place& a, const Place& b) {
    const auto& ra = ranges[a.index];
    const auto& rb = ranges[b.index];
    if (!ra || !rb) return ra.has_value() && !rb.has_value();
    return published_hundredths(ra->low) > published_hundredths(rb->low);
  });
  for (std::size_t i = 0; i < out.size() && ranges[out[i].index]; ++i) {
    const auto low = published_hundredths(ranges[out[i].index]->low);
    const bool same_as_previous = i > 0 && published_hundredths(ranges[out[i - 1].index]->low) == low;
    out[i].place = same_as_previous ? out[i - 1].place : static_cast<int>(i) + 1;
    if (same_as_previous) out[i].shared = out[i - 1].shared = true;
  }
  return out;
}

}  // namespace nok::methodology
