// The tile-grid map of Russia's regions: one tile per region, shaded by value, with a legend.
#include <gtest/gtest.h>

#include <set>

#include "app/registry/reference_data.h"
#include "unit/chart_checks.h"
#include "unit/package_reader.h"
#include "web/charts/palette.h"
#include "web/charts/region_tiles.h"
#include "web/charts/tile_map.h"

namespace nok {
namespace {

using namespace web::charts;

TEST(RegionTiles, EveryRegionOfTheListHasExactlyOneTileInACellOfItsOwn) {
  std::set<std::string_view> codes, abbreviations;
  std::set<std::pair<int, int>> cells;
  for (const auto& tile : region_tiles()) {
    EXPECT_TRUE(codes.insert(tile.code).second) << tile.code;
    EXPECT_TRUE(abbreviations.insert(tile.abbreviation).second) << tile.abbreviation;
    EXPECT_TRUE(cells.insert({tile.column, tile.row}).second) << tile.code;
    EXPECT_GE(tile.column, 0);
    EXPECT_LT(tile.column, 15);
    EXPECT_GE(tile.row, 0);
    EXPECT_LT(tile.row, 11);
  }
  std::set<std::string_view> listed;
  for (const auto& region : known_regions()) {
    listed.insert(region.code);
    EXPECT_NE(find_region_tile(region.code), nullptr) << region.code << " " << region.name;
  }
  EXPECT_EQ(codes, listed);
}

TEST(RegionTiles, TheGridKeepsTheMapsBearings) {
  const auto at = [](std::string_view code) { return *find_region_tile(code); };
  EXPECT_LT(at("39").column, at("77").column);  // Kaliningrad west of Moscow
  EXPECT_LT(at("77").column, at("66").column);  // Moscow west of the Urals
  EXPECT_LT(at("66").column, at("25").column);  // the Urals west of Primorye
  EXPECT_LT(at("51").row, at("77").row);        // Murmansk north of Moscow
  EXPECT_LT(at("77").row, at("23").row);        // Moscow north of Krasnodar
  EXPECT_EQ(at("87").column, 14);               // Chukotka at the far east
}

TileMap satisfaction() {
  TileMap map;
  map.caption = {"map", "Доля удовлетворённых по регионам", ""};
  map.format = {1, true};
  map.thresholds = {20, 40, 60, 80};
  map.legend_title = "Доля, %";
  map.regions = {{"77", 87.5, "/monitoring/77"}, {"78", 45, ""}, {"05", 10, ""}, {"99", 50, ""}};
  return map;
}

TEST(TileMap, EveryRegionIsATileWithItsAbbreviationAndValuesAreShadedByStep) {
  const auto svg = tile_map_svg(satisfaction());
  test::expect_accessible_chart(svg, "Доля удовлетворённых по регионам");
  EXPECT_EQ(test::xpath_one(svg, "count(//svg:rect[@width='36'])"), std::to_string(region_tiles().size()));
  for (const auto& tile : region_tiles())
    EXPECT_EQ(test::xpath_one(svg, "count(//svg:text[.='" + std::string(tile.abbreviation) + "'])"), "1")
        << tile.abbreviation;
  const auto fill_of = [&](const char* abbreviation) {
    return test::xpath_one(svg, "//svg:text[.='" + std::string(abbreviation) + "']/../svg:rect/@fill");
  };
  EXPECT_EQ(fill_of("МСК"), hex(step_colour(4)));
  EXPECT_EQ(fill_of("СПБ"), hex(step_colour(2)));
  EXPECT_EQ(fill_of("ДАГ"), hex(step_colour(0)));
  EXPECT_EQ(fill_of("ЧУК"), "#fff");  // no data
  EXPECT_EQ(test::xpath_one(svg, "//svg:text[.='МСК']/following-sibling::svg:text"), "87,5");
}

TEST(TileMap, TheLegendNamesEveryStepAndNoData) {
  const auto texts = test::chart_texts(tile_map_svg(satisfaction()));
  EXPECT_NE(texts.find("Доля, %|менее 20,0|от 20,0 до 40,0|от 40,0 до 60,0|от 60,0 до 80,0|80,0 и более|нет данных"),
            std::string::npos)
      << texts;
}

TEST(TileMap, ALinkLeadsOnlyToAPathOnThisSiteAndStaysOutOfTheTabOrder) {
  auto map = satisfaction();
  map.regions.push_back({"50", 30, "javascript:alert(1)"});
  map.regions.push_back({"47", 30, "https://evil.example/"});
  const auto svg = tile_map_svg(map);
  EXPECT_EQ(test::xpath(svg, "//svg:a/@href"), (std::vector<std::string>{"/monitoring/77"}));
  EXPECT_EQ(test::xpath_one(svg, "//svg:a/@tabindex"), "-1");
  EXPECT_EQ(test::xpath_one(svg, "//svg:a/@aria-hidden"), "true");
  EXPECT_EQ(test::xpath_one(svg, "//svg:a/svg:title"), "Москва: 87,5\xC2\xA0%");
}

TEST(TileMap, TheDescriptionCountsRegionsWithDataAndNamesTheExtremes) {
  EXPECT_EQ(test::xpath_one(tile_map_svg(satisfaction()), "/svg:svg/svg:desc"),
            "Регионы с данными: 3 из 85. Наибольшее значение — Москва: 87,5\xC2\xA0%; наименьшее — "
            "Республика Дагестан: 10,0\xC2\xA0%.");
}

TEST(TileMap, WithoutThresholdsTheStepsSplitTheRangeOfValuesEqually) {
  TileMap map;
  map.regions = {{"01", 0}, {"02", 100}, {"03", 49}};
  EXPECT_EQ(map_thresholds(map), (std::vector<double>{20, 40, 60, 80}));
  EXPECT_EQ(step_of(49, map_thresholds(map)), 2u);
  EXPECT_EQ(step_of(100, map_thresholds(map)), 4u);
  EXPECT_EQ(step_of(0, map_thresholds(map)), 0u);
  map.regions = {{"01", 5}, {"02", 5}};
  EXPECT_TRUE(map_thresholds(map).empty());  // one value: one step
  const auto texts = test::chart_texts(tile_map_svg(map));
  EXPECT_NE(texts.find("все значения|нет данных"), std::string::npos) << texts;
}

}  // namespace
}  // namespace nok
