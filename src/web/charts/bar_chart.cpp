#include "web/charts/bar_chart.h"

#include <algorithm>

#include "core/shorten.h"
#include "web/charts/axis.h"
#include "web/charts/palette.h"

namespace nok::web::charts {
namespace {

constexpr double kWidth = 480, kPad = 8, kLabelSize = 13, kBarHeight = 16, kRowHeight = 44;
constexpr double kValueSpace = 72;  // right of the longest bar, for its value
constexpr std::size_t kLabelLimit = 60;  // code points that fit the width at kLabelSize

bool below(const Bar& bar, const std::optional<Target>& target) { return target && bar.value < target->value; }

std::string summary(const std::vector<Bar>& bars, const BarChart& chart) {
  if (bars.empty()) return "Нет данных.";
  const auto by_value = [](const Bar& a, const Bar& b) { return a.value < b.value; };
  const auto& high = *std::max_element(bars.begin(), bars.end(), by_value);
  const auto& low = *std::min_element(bars.begin(), bars.end(), by_value);
  std::string out = "Наибольшее значение — «" + high.label + "»: " + chart.format.text(high.value) +
                    "; наименьшее — «" + low.label + "»: " + chart.format.text(low.value) + ".";
  if (chart.target) {
    const auto under = std::count_if(bars.begin(), bars.end(), [&](const Bar& b) { return below(b, chart.target); });
    out += " Ниже отметки «" + chart.target->label + "» (" + chart.format.text(chart.target->value) +
           "): " + std::to_string(under) + " из " + std::to_string(bars.size()) + ".";
  }
  return out;
}

std::string legend(const std::string& id, const Target& target, double y) {
  const auto swatch = [&](double x, const std::string& fill) {
    return "<rect x=\"" + number(x) + "\" y=\"" + number(y - 11) + "\" width=\"14\" height=\"14\" fill=\"" + fill +
           "\" stroke=\"" + hex(series_colour(0)) + "\"/>";
  };
  const TextStyle style{.size = 12, .colour = kInk};
  return swatch(kPad, hex(series_colour(0))) + text_element(kPad + 20, y, "не ниже отметки", style) +
         swatch(kPad + 150, "url(#" + id + "-below)") +
         text_element(kPad + 170, y, "ниже отметки «" + target.label + "»", style);
}

}  // namespace

std::string bar_chart_svg(const BarChart& chart) {
  std::vector<Bar> bars = chart.bars;
  for (auto& bar : bars) bar.value = std::max(0.0, bar.value);
  if (chart.sorted)
    std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) {
      return a.value != b.value ? a.value > b.value : a.label < b.label;
    });

  const auto id = chart_id(chart.caption);
  const double top = chart.target ? 24 : 8;
  const double legend_height = chart.target ? 30 : 0;
  const double height = top + std::max<double>(1, bars.size()) * kRowHeight + legend_height;
  std::string out = open_svg(chart.caption, summary(bars, chart), kWidth, height);
  if (bars.empty()) {
    out += text_element(kPad, top + 24, "Нет данных", {.size = kLabelSize, .colour = kMuted});
    return out + std::string(kCloseSvg);
  }

  double largest = chart.target ? chart.target->value : 0;
  for (const auto& bar : bars) largest = std::max(largest, bar.value);
  const double scale_max = axis_for(largest, 4, chart.format.decimals == 0 && !chart.format.percent).max;
  const double length = kWidth - 2 * kPad - kValueSpace;
  const auto x_of = [&](double value) { return kPad + length * value / scale_max; };
  const std::string blue = hex(series_colour(0));

  if (chart.target)
    out += "<defs><pattern id=\"" + id + "-below\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">" +
           "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><path d=\"M-1 1l2-2M0 6l6-6M5 7l2-2\" stroke=\"" + blue +
           "\" stroke-width=\"1.5\"/></pattern></defs>";

  // The target line crosses the bars only, not their labels: one dashed segment per bar.
  std::string target_line;
  const double target_x = chart.target ? x_of(chart.target->value) : 0;
  double y = top;
  for (const auto& bar : bars) {
    out += text_element(kPad, y + kLabelSize, text::shorten(bar.label, kLabelLimit), {.size = kLabelSize, .colour = kInk});
    const double bar_y = y + kLabelSize + 5;
    const double end = x_of(bar.value);
    const std::string fill = below(bar, chart.target) ? "url(#" + id + "-below)" : blue;
    out += "<rect x=\"" + number(kPad) + "\" y=\"" + number(bar_y) + "\" width=\"" + number(end - kPad) +
           "\" height=\"" + number(kBarHeight) + "\" fill=\"" + fill + "\" stroke=\"" + blue + "\"/>";
    // A value of a bar short of the target is written past the line, not across it.
    const double label_x = std::max(end, chart.target ? target_x + 2 : end) + 6;
    out += text_element(label_x, bar_y + kBarHeight - 3, chart.format.text(bar.value),
                        {.size = kLabelSize, .bold = true, .colour = kInk});
    if (chart.target)
      target_line += "M" + number(target_x) + ' ' + number(bar_y - 4) + "V" + number(bar_y + kBarHeight + 4);
    y += kRowHeight;
  }

  if (chart.target) {
    const double x = target_x;
    // White under the dashes keeps the line visible across the blue bars.
    out += "<path d=\"" + target_line + "\" stroke=\"#fff\" stroke-width=\"4\"/>";
    out += "<path d=\"" + target_line + "\" stroke=\"" + hex(kInk) + "\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>";
    const std::string label = chart.target->label + ": " + chart.format.text(chart.target->value);
    const bool right = x + text_width(label, 12) < kWidth - kPad;
    out += text_element(x + (right ? 4 : -4), top - 8, label,
                        {.size = 12, .anchor = right ? Anchor::start : Anchor::end, .colour = kInk});
    out += legend(id, *chart.target, y + 18);
  }
  return out + std::string(kCloseSvg);
}

}  // namespace nok::web::charts
