// A mix as a 100 % bar: shares by category, told apart by colour and pattern, read in the legend.
#include <gtest/gtest.h>

#include <set>

#include "unit/chart_checks.h"
#include "unit/package_reader.h"
#include "web/charts/mix_bar.h"

namespace nok {
namespace {

using namespace web::charts;

const std::vector<std::string> kChannels = {"Сайт", "Приложение", "Киоск", "Приглашение", "Бумажная анкета оператора",
                                            "Телефон", "Интервью"};

MixBar channels() {
  MixBar chart;
  chart.caption = {"channels", "Участники по каналам", "Анкеты за 2026 год."};
  chart.categories = kChannels;
  chart.rows = {{"", {450, 300, 100, 80, 50, 15, 5}}};
  return chart;
}

TEST(MixBar, SegmentsTakeTheirShareOfTheBarEachWithItsOwnFill) {
  const auto svg = mix_bar_svg(channels());
  test::expect_accessible_chart(svg, "Участники по каналам");
  const auto widths = test::xpath(svg, "//svg:rect[@height='30'][@stroke='#fff']/@width");
  ASSERT_EQ(widths.size(), 7u);
  EXPECT_NEAR(std::stod(widths[0]), 464 * 0.45, 0.1);
  EXPECT_NEAR(std::stod(widths[6]), 464 * 0.005, 0.1);
  const auto fills = test::xpath(svg, "//svg:rect[@height='30'][@stroke='#fff']/@fill");
  EXPECT_EQ(std::set<std::string>(fills.begin(), fills.end()).size(), 7u);
  EXPECT_EQ(test::xpath_one(svg, "count(//svg:pattern)"), "6");
}

TEST(MixBar, AShareIsWrittenOnItsSegmentOnlyWhenItFitsAndTheLegendCarriesEveryShare) {
  const auto texts = test::chart_texts(mix_bar_svg(channels()));
  EXPECT_EQ(texts.substr(0, texts.find("|Сайт")), "45\xC2\xA0%|30\xC2\xA0%|10\xC2\xA0%|8\xC2\xA0%");
  EXPECT_NE(texts.find("Интервью — 1\xC2\xA0% (5)"), std::string::npos) << texts;  // 0,5 % rounds away from zero
  EXPECT_NE(texts.find("Сайт — 45\xC2\xA0% (450)"), std::string::npos) << texts;
}

TEST(MixBar, TheDescriptionListsEachRowsShares) {
  MixBar chart = channels();
  chart.categories = {"Сайт", "Приложение"};
  chart.rows = {{"2025 год", {1, 3}}, {"2026 год", {0, 0}}};
  const auto svg = mix_bar_svg(chart);
  test::expect_accessible_chart(svg, "Участники по каналам");
  EXPECT_EQ(test::xpath_one(svg, "/svg:svg/svg:desc"),
            "Анкеты за 2026 год. «2025 год»: Сайт 25\xC2\xA0%, Приложение 75\xC2\xA0%. «2026 год»: нет данных.");
  const auto texts = test::chart_texts(svg);
  EXPECT_NE(texts.find("2026 год|нет данных"), std::string::npos) << texts;
  EXPECT_EQ(texts.find("(1)"), std::string::npos) << texts;  // several rows: counts stay in the table
}

}  // namespace
}  // namespace nok
