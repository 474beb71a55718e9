#include "web/charts/axis.h"

#include <algorithm>
#include <cmath>

namespace nok::web::charts {

std::vector<double> Axis::ticks() const {
  std::vector<double> out;
  const auto count = static_cast<int>(std::round(max / step));
  for (int i = 0; i <= count; ++i) out.push_back(i * step);
  return out;
}

Axis axis_for(double largest, int lines, bool whole) {
  if (!(largest > 0) || !std::isfinite(largest)) return {};
  if (lines < 1) lines = 1;
  const double rough = largest / lines;
  const double magnitude = std::pow(10, std::floor(std::log10(rough)));
  double step = magnitude * 10;
  for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    const double candidate = magnitude * factor;
    if (whole && candidate != std::floor(candidate)) continue;
    if (candidate >= rough) {
      step = candidate;
      break;
    }
  }
  if (whole) step = std::max(1.0, std::round(step));
  return {std::ceil(largest / step - 1e-9) * step, step};
}

}  // namespace nok::web::charts
