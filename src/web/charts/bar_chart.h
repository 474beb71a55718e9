#pragma once
// Horizontal bars comparing organisations or districts: one value each, sorted, labelled.
#include <optional>
#include <string>
#include <vector>

#include "web/charts/svg.h"

namespace nok::web::charts {

struct Bar {
  std::string label;  // a name; the chart shortens a long one, the table beside it has it whole
  double value = 0;   // negative values are drawn as zero
};

// A reference value drawn across the bars as a dashed line with its label, e.g. a sample
// target or the 20 % threshold. Bars below it are hatched, and the legend says so, so the
// difference does not rest on colour.
struct Target {
  double value = 0;
  std::string label;  // "цель выборки"
};

struct BarChart {
  Caption caption;
  std::vector<Bar> bars;
  NumberFormat format;
  std::optional<Target> target;
  bool sorted = true;  // largest first, ties by label; false keeps the given order
};

// The chart as an SVG document: each bar under its label, with its value written at its
// end, on a common scale from zero. The description ends with the largest and smallest
// values and, with a target, how many bars fall below it. No bars: a chart that says so.
std::string bar_chart_svg(const BarChart& chart);

}  // namespace nok::web::charts
