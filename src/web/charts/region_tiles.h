#pragma once
// Where each subject of the Russian Federation sits on the tile-grid map: every region an
// equal square, the squares arranged so that neighbours stay roughly where they are on a map
// of Russia (north at the top, Kaliningrad at the far west, Chukotka at the far east).
#include <string_view>
#include <vector>

namespace nok::web::charts {

struct RegionTile {
  std::string_view code;          // the two-digit code of data/regions.csv
  std::string_view abbreviation;  // three capitals written on the tile: "МСК", "ЯНА"
  int column = 0;                 // 0 … 14, west to east
  int row = 0;                    // 0 … 10, north to south
};

// One tile per region of data/regions.csv, each in a cell of its own (tests check both).
const std::vector<RegionTile>& region_tiles();

// The tile of the region with this code, or nullptr.
const RegionTile* find_region_tile(std::string_view code);

}  // namespace nok::web::charts
