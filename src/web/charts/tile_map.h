#pragma once
// A value per region of Russia on the tile-grid map (region_tiles.h): each region an equal
// square labelled with its abbreviation and value, shaded on a sequential scale.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "web/charts/svg.h"

namespace nok::web::charts {

struct RegionValue {
  std::string code;             // "77"; codes without a tile are ignored
  std::optional<double> value;  // nullopt: no data (drawn as such, not as zero)
  std::string href;             // a path on this site the tile leads to (local_return_path); else no link
};

struct TileMap {
  Caption caption;
  std::vector<RegionValue> regions;  // regions not listed are drawn without data
  NumberFormat format;
  // Lower bounds of the steps after the first, ascending, at most kStepCount - 1: {20, 40,
  // 60, 80} puts 45 in the third step. Empty: equal steps from the smallest to the largest value.
  std::vector<double> thresholds;
  std::string legend_title;  // above the legend: "Доля удовлетворённых, %"
};

// The map as an SVG document: every tile of region_tiles() with its abbreviation and its
// value (digits only; the legend title names the unit), shaded by its step, and a legend of
// the steps and of "нет данных" in the empty sea south-east of the Urals. A tile with an href
// is a link for pointer users, out of the tab order and hidden from screen readers: the
// table beside the map carries the same links, and 85 tab stops would bury it. The
// description counts the regions with data and names the largest and smallest values.
std::string tile_map_svg(const TileMap& map);

// The thresholds `map` is shaded by: its own, or equal steps over its values.
std::vector<double> map_thresholds(const TileMap& map);

// The step (0 … thresholds.size()) `value` falls in: how many thresholds it reaches.
std::size_t step_of(double value, const std::vector<double>& thresholds);

}  // namespace nok::web::charts
