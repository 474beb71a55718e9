#pragma once
// A mix as one bar of 100 %: respondents by channel (site, app, kiosk, invitation, operator's
// paper form, phone, interview), reviews by tone. Several rows compare mixes (years, districts).
#include <string>
#include <vector>

#include "web/charts/svg.h"

namespace nok::web::charts {

struct MixRow {
  std::string label;           // "2026 год"; may be empty when the chart has one row
  std::vector<double> counts;  // one per category, in the categories' order; missing ones are 0
};

struct MixBar {
  Caption caption;
  std::vector<std::string> categories;  // each gets its colour and fill pattern, in this order
  std::vector<MixRow> rows;
  int decimals = 0;  // of the percentages written on the chart
};

// The chart as an SVG document: each row a bar split by its categories' shares, a share
// written on its segment when it fits; the legend names every category with its pattern
// (and, for a single row, its share and count, so thin segments are read there). A row
// with nothing counted is an empty outline marked "нет данных". The description lists each
// row's shares.
std::string mix_bar_svg(const MixBar& chart);

}  // namespace nok::web::charts
