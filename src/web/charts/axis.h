#pragma once
// The value axis of a chart: from zero to a round number in round steps.
#include <vector>

namespace nok::web::charts {

struct Axis {
  double max = 1;   // the axis ends here: ≥ every value drawn
  double step = 1;  // the distance between grid lines: 1, 2, 2.5 or 5 × 10^k
  std::vector<double> ticks() const;  // 0, step, 2·step, …, max
};

// The axis for values up to `largest` (zero or less gives 0…1) with about `lines` steps,
// so grid lines fall on numbers people read at a glance (0, 25, 50, 75, 100). With
// `whole` (counts) every step is a whole number: no grid line at 2,5 respondents.
Axis axis_for(double largest, int lines = 4, bool whole = false);

}  // namespace nok::web::charts
