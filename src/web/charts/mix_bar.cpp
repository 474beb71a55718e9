#include "web/charts/mix_bar.h"

#include <algorithm>
#include <cmath>

#include "core/number_text.h"
#include "core/shorten.h"
#include "web/charts/palette.h"

namespace nok::web::charts {
namespace {

constexpr double kWidth = 480, kPad = 8, kBarHeight = 30, kSize = 13, kLegendRow = 22;

double count_at(const MixRow& row, std::size_t category) {
  if (category >= row.counts.size() || !std::isfinite(row.counts[category])) return 0;
  return std::max(0.0, row.counts[category]);
}

double total(const MixRow& row, std::size_t categories) {
  double sum = 0;
  for (std::size_t c = 0; c < categories; ++c) sum += count_at(row, c);
  return sum;
}

std::string summary(const MixBar& chart) {
  std::string out;
  for (const auto& row : chart.rows) {
    if (!out.empty()) out += ' ';
    if (!row.label.empty()) out += "«" + row.label + "»: ";
    const double sum = total(row, chart.categories.size());
    if (sum == 0) {
      out += "нет данных.";
      continue;
    }
    std::string shares;
    for (std::size_t c = 0; c < chart.categories.size(); ++c)
      if (count_at(row, c) > 0)
        shares += (shares.empty() ? "" : ", ") + chart.categories[c] + " " +
                  text::percent_text(100 * count_at(row, c) / sum, chart.decimals);
    out += shares + ".";
  }
  return out.empty() ? "Нет данных." : out;
}

}  // namespace

std::string mix_bar_svg(const MixBar& chart) {
  const auto id = chart_id(chart.caption);
  const std::size_t categories = chart.categories.size();
  std::string body = pattern_defs(id, categories);
  const double length = kWidth - 2 * kPad;
  const std::string edge = hex(kInk);

  double y = kPad;
  for (const auto& row : chart.rows) {
    if (!row.label.empty()) {
      body += text_element(kPad, y + kSize, text::shorten(row.label, 60), {.size = kSize, .bold = true, .colour = kInk});
      y += kSize + 6;
    }
    const double sum = total(row, categories);
    if (sum == 0) {
      body += "<rect x=\"" + number(kPad) + "\" y=\"" + number(y) + "\" width=\"" + number(length) +
              "\" height=\"" + number(kBarHeight) + "\" fill=\"none\" stroke=\"" + hex(kMuted) +
              "\" stroke-dasharray=\"4 3\"/>";
      body += text_element(kWidth / 2, y + kBarHeight / 2 + 5, "нет данных",
                           {.size = kSize, .anchor = Anchor::middle, .colour = kMuted});
    }
    double x = kPad;
    for (std::size_t c = 0; sum > 0 && c < categories; ++c) {
      const double share = count_at(row, c) / sum;
      if (share == 0) continue;
      const double width = length * share;
      // A white line between segments keeps neighbours apart where their colours are close.
      body += "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(width) + "\" height=\"" +
              number(kBarHeight) + "\" fill=\"" + series_fill(id, c) + "\" stroke=\"#fff\"/>";
      const auto label = text::percent_text(100 * share, chart.decimals);
      if (text_width(label, kSize) + 8 <= width)
        body += text_element(x + width / 2, y + kBarHeight / 2 + 5, label,
                             {.size = kSize, .anchor = Anchor::middle, .bold = true, .colour = kWhite,
                              .halo = series_colour(c)});
      x += width;
    }
    if (sum > 0)
      body += "<rect x=\"" + number(kPad) + "\" y=\"" + number(y) + "\" width=\"" + number(length) +
              "\" height=\"" + number(kBarHeight) + "\" fill=\"none\" stroke=\"" + edge + "\"/>";
    y += kBarHeight + 14;
  }

  // The legend, one category a line: with one row it carries every share and count.
  const bool single = chart.rows.size() == 1;
  const double single_sum = single ? total(chart.rows.front(), categories) : 0;
  for (std::size_t c = 0; c < categories; ++c) {
    y += kLegendRow;
    body += "<rect x=\"" + number(kPad) + "\" y=\"" + number(y - 13) + "\" width=\"16\" height=\"16\" fill=\"" +
            series_fill(id, c) + "\" stroke=\"" + hex(series_colour(c)) + "\"/>";
    std::string text = text::shorten(chart.categories[c], 50);
    if (single && single_sum > 0) {
      const double count = count_at(chart.rows.front(), c);
      text += " — " + text::percent_text(100 * count / single_sum, chart.decimals) + " (" +
              text::number_text(count, 0) + ")";
    }
    body += text_element(kPad + 24, y, text, {.size = kSize, .colour = kInk});
  }
  return open_svg(chart.caption, summary(chart), kWidth, y + kPad + 4) + body + std::string(kCloseSvg);
}

}  // namespace nok::web::charts
