#include "web/charts/tile_map.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "app/registry/reference_data.h"
#include "core/number_text.h"
#include "core/xml_text.h"
#include "web/charts/palette.h"
#include "web/charts/region_tiles.h"
#include "web/local_path.h"

namespace nok::web::charts {
namespace {

constexpr double kPad = 8, kTile = 36, kCell = 38, kTop = 8;
constexpr int kColumns = 15, kRows = 11;
// The legend fills the empty corner south of Siberia, left of the Far East.
constexpr double kLegendX = kPad + 7 * kCell + 12, kLegendY = kTop + 7 * kCell;

std::string region_name(std::string_view code) {
  for (const auto& region : known_regions())
    if (region.code == code) return region.name;
  return std::string(code);
}

// The colour of step `step` out of `steps`, spread over the whole scale.
std::size_t shade(std::size_t step, std::size_t steps) {
  if (steps <= 1) return kStepCount / 2;
  return step * (kStepCount - 1) / (steps - 1);
}

std::string summary(const std::map<std::string_view, double>& values, const TileMap& map) {
  std::string out = "Регионы с данными: " + std::to_string(values.size()) + " из " +
                    std::to_string(region_tiles().size()) + ".";
  if (values.empty()) return out;
  const auto by_value = [](const auto& a, const auto& b) { return a.second < b.second; };
  const auto high = std::max_element(values.begin(), values.end(), by_value);
  const auto low = std::min_element(values.begin(), values.end(), by_value);
  return out + " Наибольшее значение — " + region_name(high->first) + ": " + map.format.text(high->second) +
         "; наименьшее — " + region_name(low->first) + ": " + map.format.text(low->second) + ".";
}

// Appends the legend to `out`; returns where it ends.
double legend(std::string& out, const std::vector<double>& thresholds, const TileMap& map) {
  double y = kLegendY;
  if (!map.legend_title.empty()) {
    out += text_element(kLegendX, y + 12, map.legend_title, {.size = 13, .bold = true, .colour = kInk});
    y += 22;
  }
  const auto bound = [&](double v) { return text::number_text(v, map.format.decimals); };
  const std::size_t steps = thresholds.size() + 1;
  const auto row = [&](const std::string& fill, const std::string& extra, const std::string& label) {
    out += "<rect x=\"" + number(kLegendX) + "\" y=\"" + number(y) + "\" width=\"18\" height=\"18\" fill=\"" + fill +
           "\" stroke=\"" + hex(kMuted) + "\"" + extra + "/>";
    out += text_element(kLegendX + 26, y + 14, label, {.size = 13, .colour = kInk});
    y += 22;
  };
  for (std::size_t s = 0; s < steps; ++s) {
    std::string label = steps == 1                 ? "все значения"
                        : s == 0                    ? "менее " + bound(thresholds[0])
                        : s + 1 == steps            ? bound(thresholds[s - 1]) + " и более"
                                                    : "от " + bound(thresholds[s - 1]) + " до " + bound(thresholds[s]);
    row(hex(step_colour(shade(s, steps))), "", label);
  }
  row("#fff", " stroke-dasharray=\"3 2\"", "нет данных");
  return y;
}

}  // namespace

std::size_t step_of(double value, const std::vector<double>& thresholds) {
  return static_cast<std::size_t>(std::count_if(thresholds.begin(), thresholds.end(), [&](double t) { return value >= t; }));
}

std::vector<double> map_thresholds(const TileMap& map) {
  if (!map.thresholds.empty()) {
    auto own = map.thresholds;
    std::sort(own.begin(), own.end());
    own.erase(std::unique(own.begin(), own.end()), own.end());
    if (own.size() > kStepCount - 1) own.resize(kStepCount - 1);
    return own;
  }
  std::optional<double> low, high;
  for (const auto& r : map.regions)
    if (r.value && std::isfinite(*r.value) && find_region_tile(r.code)) {
      low = std::min(low.value_or(*r.value), *r.value);
      high = std::max(high.value_or(*r.value), *r.value);
    }
  std::vector<double> out;
  if (!low || *high <= *low) return out;
  const double unit = std::pow(10, -std::clamp(map.format.decimals, 0, 6));
  for (std::size_t k = 1; k < kStepCount; ++k) {
    const double t = std::round((*low + (*high - *low) * static_cast<double>(k) / kStepCount) / unit) * unit;
    if (out.empty() || t > out.back()) out.push_back(t);
  }
  return out;
}

std::string tile_map_svg(const TileMap& map) {
  std::map<std::string_view, double> values;
  std::map<std::string_view, std::string> links;
  for (const auto& r : map.regions) {
    if (!find_region_tile(r.code)) continue;
    if (r.value && std::isfinite(*r.value)) values[r.code] = *r.value;
    // Only a path on this site: a link to elsewhere, or a script, is dropped.
    if (auto href = local_return_path(r.href, ""); !href.empty()) links[r.code] = std::move(href);
  }
  const auto thresholds = map_thresholds(map);
  const std::size_t steps = thresholds.size() + 1;

  std::string body;
  for (const auto& tile : region_tiles()) {
    const double x = kPad + tile.column * kCell, y = kTop + tile.row * kCell;
    const auto value = values.find(tile.code);
    const bool known = value != values.end();
    const std::size_t colour = known ? shade(step_of(value->second, thresholds), steps) : 0;
    const unsigned ink = known ? step_ink(colour) : kMuted;
    const auto link = links.find(tile.code);
    const std::string tip = region_name(tile.code) + ": " + (known ? map.format.text(value->second) : "нет данных");

    body += link != links.end()
                ? "<a href=\"" + text::xml_text(link->second) + "\" tabindex=\"-1\" aria-hidden=\"true\">"
                : "<g>";
    body += "<title>" + text::xml_text(tip) + "</title>";
    body += "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(kTile) + "\" height=\"" +
            number(kTile) + "\" fill=\"" + (known ? hex(step_colour(colour)) : "#fff") + "\" stroke=\"" +
            hex(kMuted) + "\"" + (known ? "" : " stroke-dasharray=\"3 2\"") + "/>";
    body += text_element(x + kTile / 2, y + 15, tile.abbreviation,
                         {.size = 11, .anchor = Anchor::middle, .bold = true, .colour = ink});
    if (known)
      body += text_element(x + kTile / 2, y + 29, text::number_text(value->second, map.format.decimals),
                           {.size = 10, .anchor = Anchor::middle, .colour = ink});
    body += link != links.end() ? "</a>" : "</g>";
  }
  const double legend_end = legend(body, thresholds, map);

  const double width = 2 * kPad + kColumns * kCell;
  const double height = std::max(kTop + kRows * kCell, legend_end) + kPad;
  return open_svg(map.caption, summary(values, map), width, height) + body + std::string(kCloseSvg);
}

}  // namespace nok::web::charts
