#pragma once
// Values by month — responses, ratings, reviews — as lines or columns, one or several series.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "web/charts/svg.h"

namespace nok::web::charts {

struct Month {
  int year = 2026;
  int month = 1;  // 1 … 12
};

struct Series {
  std::string name;                           // in the legend: "Сайт", "2025 год"
  std::vector<std::optional<double>> values;  // one per month from `first`; nullopt: no data (a gap, not a zero)
};

enum class SeriesStyle { lines, columns };

struct TimeSeries {
  Caption caption;
  Month first;              // the month of values[0]
  std::size_t months = 12;  // the months the chart spans; values beyond are not drawn
  std::vector<Series> series;
  NumberFormat format;
  SeriesStyle style = SeriesStyle::lines;
};

// The chart as an SVG document: a legend on top, a value axis from zero with grid lines
// on round numbers, months along the bottom ("янв", the year under January and under the
// first month). Series differ by colour and by marker (lines) or fill pattern (columns);
// one series of columns has its values written over them. The description ends with each
// series' largest and latest values.
std::string time_series_svg(const TimeSeries& chart);

// "март 2026": a month as the description names it.
std::string month_name(Month month);

}  // namespace nok::web::charts
