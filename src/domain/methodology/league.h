#pragma once
#include <optional>
#include <span>
#include <vector>

#include "domain/methodology/score.h"

namespace nok::methodology {

// A place in a league table of published totals.
struct Place {
  std::size_t index = 0;  // into the ranges given
  int place = 0;          // 1-based; 0: no place (no range)
  bool shared = false;    // another organisation has the same place
};

// Orders organisations by the low end of their total's range (total_range), highest first:
// a total from few answers has a low floor and cannot lead on luck. Lows that are the same
// published number (two decimals) share a place, and the next place counts them all
// (1, 2, 2, 4). Organisations without a range come last, without a place, in the order given.
std::vector<Place> rank_by_low_end(std::span<const std::optional<Range>> ranges);

}  // namespace nok::methodology
