#include "web/charts/time_series.h"

#include <algorithm>
#include <cmath>

#include "core/shorten.h"
#include "web/charts/axis.h"
#include "web/charts/palette.h"

namespace nok::web::charts {
namespace {

constexpr double kWidth = 480, kPad = 8, kPlotHeight = 200, kLegendRow = 22, kSize = 12;

constexpr const char* kShortMonths[] = {"янв", "фев", "мар", "апр", "май", "июн",
                                        "июл", "авг", "сен", "окт", "ноя", "дек"};
constexpr const char* kMonths[] = {"январь", "февраль", "март",     "апрель",  "май",    "июнь",
                                   "июль",   "август",  "сентябрь", "октябрь", "ноябрь", "декабрь"};

Month plus(Month m, std::size_t months) {
  const int index = m.year * 12 + (std::clamp(m.month, 1, 12) - 1) + static_cast<int>(months);
  return {index / 12, index % 12 + 1};
}

std::optional<double> value_at(const Series& s, std::size_t i) {
  if (i >= s.values.size() || !s.values[i] || !std::isfinite(*s.values[i])) return std::nullopt;
  return std::max(0.0, *s.values[i]);
}

std::string summary(const TimeSeries& chart) {
  std::string out;
  for (const auto& s : chart.series) {
    std::optional<std::size_t> high, last;
    for (std::size_t i = 0; i < chart.months; ++i)
      if (auto v = value_at(s, i)) {
        if (!high || *v > *value_at(s, *high)) high = i;
        last = i;
      }
    if (!out.empty()) out += ' ';
    out += "«" + s.name + "»: ";
    if (!high) {
      out += "нет данных.";
      continue;
    }
    out += "наибольшее значение — " + chart.format.text(*value_at(s, *high)) + " (" +
           month_name(plus(chart.first, *high)) + "), последнее — " + chart.format.text(*value_at(s, *last)) + " (" +
           month_name(plus(chart.first, *last)) + ").";
  }
  return out.empty() ? "Нет данных." : out;
}

// Legend items flow left to right and wrap; returns the height they take.
double legend(std::string& out, const TimeSeries& chart, const std::string& id) {
  double x = kPad, y = kPad + 12;
  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    const auto name = text::shorten(chart.series[i].name, 40);
    const double item = 26 + text_width(name, kSize) + 14;
    if (x > kPad && x + item > kWidth - kPad) {
      x = kPad;
      y += kLegendRow;
    }
    if (chart.style == SeriesStyle::lines)
      out += "<path d=\"M" + number(x) + ' ' + number(y - 4) + "h20\" stroke=\"" + hex(series_colour(i)) +
             "\" stroke-width=\"2\"/>" + series_marker(i, x + 10, y - 4);
    else
      out += "<rect x=\"" + number(x + 3) + "\" y=\"" + number(y - 11) + "\" width=\"14\" height=\"14\" fill=\"" +
             series_fill(id, i) + "\" stroke=\"" + hex(series_colour(i)) + "\"/>";
    out += text_element(x + 26, y, name, {.size = kSize, .colour = kInk});
    x += item;
  }
  return chart.series.empty() ? 0 : y + 8;
}

}  // namespace

std::string month_name(Month month) {
  return std::string(kMonths[std::clamp(month.month, 1, 12) - 1]) + " " + std::to_string(month.year);
}

std::string time_series_svg(const TimeSeries& chart) {
  const auto id = chart_id(chart.caption);
  std::string body = chart.style == SeriesStyle::columns ? pattern_defs(id, chart.series.size()) : "";
  const double top = std::max(legend(body, chart, id), kPad) + 12;

  double largest = 0;
  for (const auto& s : chart.series)
    for (std::size_t i = 0; i < chart.months; ++i) largest = std::max(largest, value_at(s, i).value_or(0));
  const auto axis = axis_for(largest, 4, chart.format.decimals == 0 && !chart.format.percent);
  double label_width = 0;
  for (double tick : axis.ticks()) label_width = std::max(label_width, text_width(chart.format.text(tick), kSize));
  const double left = kPad + label_width + 6, right = kWidth - kPad, bottom = top + kPlotHeight;
  const auto y_of = [&](double v) { return bottom - kPlotHeight * v / axis.max; };
  const double band = (right - left) / static_cast<double>(std::max<std::size_t>(chart.months, 1));
  const auto x_of = [&](std::size_t i) { return left + band * (static_cast<double>(i) + 0.5); };

  for (double tick : axis.ticks()) {
    body += "<path d=\"M" + number(left) + ' ' + number(y_of(tick)) + "H" + number(right) + "\" stroke=\"" +
            hex(tick == 0 ? kMuted : kGrid) + "\"/>";
    body += text_element(left - 6, y_of(tick) + 4, chart.format.text(tick),
                         {.size = kSize, .anchor = Anchor::end, .colour = kMuted});
  }
  // Month labels: as many as fit side by side; the year under January and the first month.
  const auto every = static_cast<std::size_t>(std::max(1.0, std::ceil(30 / band)));
  for (std::size_t i = 0; i < chart.months; i += every) {
    const auto month = plus(chart.first, i);
    body += text_element(x_of(i), bottom + 16, kShortMonths[month.month - 1],
                         {.size = kSize, .anchor = Anchor::middle, .colour = kMuted});
    if (i == 0 || month.month <= static_cast<int>(every))
      body += text_element(x_of(i), bottom + 30, std::to_string(month.year),
                           {.size = kSize, .anchor = Anchor::middle, .colour = kMuted});
  }

  const std::size_t count = chart.series.size();
  for (std::size_t s = 0; s < count; ++s) {
    const auto& series = chart.series[s];
    if (chart.style == SeriesStyle::columns) {
      const double group = band * 0.8, width = group / static_cast<double>(count);
      for (std::size_t i = 0; i < chart.months; ++i) {
        const auto v = value_at(series, i);
        if (!v) continue;
        const double x = x_of(i) - group / 2 + width * static_cast<double>(s);
        body += "<rect x=\"" + number(x) + "\" y=\"" + number(y_of(*v)) + "\" width=\"" + number(width) +
                "\" height=\"" + number(bottom - y_of(*v)) + "\" fill=\"" + series_fill(id, s) + "\" stroke=\"" +
                hex(series_colour(s)) + "\"/>";
        if (count == 1 && text_width(chart.format.text(*v), 11) <= band)
          body += text_element(x_of(i), y_of(*v) - 4, chart.format.text(*v),
                               {.size = 11, .anchor = Anchor::middle, .colour = kInk});
      }
      continue;
    }
    // Lines break where a month has no data, so a gap never reads as a fall to zero.
    std::string path;
    bool pen_down = false;
    for (std::size_t i = 0; i < chart.months; ++i) {
      const auto v = value_at(series, i);
      if (!v) {
        pen_down = false;
        continue;
      }
      path += (pen_down ? "L" : "M") + number(x_of(i)) + ' ' + number(y_of(*v));
      pen_down = true;
    }
    if (!path.empty())
      body += "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + hex(series_colour(s)) +
              "\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>";
    for (std::size_t i = 0; i < chart.months; ++i)
      if (const auto v = value_at(series, i)) body += series_marker(s, x_of(i), y_of(*v));
  }

  return open_svg(chart.caption, summary(chart), kWidth, bottom + 38) + body + std::string(kCloseSvg);
}

}  // namespace nok::web::charts
