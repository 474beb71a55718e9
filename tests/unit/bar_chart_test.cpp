// Horizontal bars: sorted, labelled with Russian numbers, an optional target line.
#include <gtest/gtest.h>

#include "unit/chart_checks.h"
#include "unit/package_reader.h"
#include "web/charts/bar_chart.h"

namespace nok {
namespace {

using namespace web::charts;

BarChart schools() {
  BarChart chart;
  chart.caption = {"sample", "Анкеты по организациям", "Число анкет за 2026 год."};
  chart.bars = {{"Лицей № 2", 40}, {"Школа № 1", 120}, {"Детский сад «Ромашка»", 1500}};
  return chart;
}

double bar_width(const std::string& svg, int index) {
  return std::stod(test::xpath_one(svg, "(//svg:rect)[" + std::to_string(index) + "]/@width"));
}

TEST(BarChart, BarsAreSortedLargestFirstEachUnderItsLabelWithItsValue) {
  const auto svg = bar_chart_svg(schools());
  test::expect_accessible_chart(svg, "Анкеты по организациям");
  EXPECT_EQ(test::chart_texts(svg),
            "Детский сад «Ромашка»|1\xC2\xA0" "500|Школа № 1|120|Лицей № 2|40");
  EXPECT_NEAR(bar_width(svg, 2) / bar_width(svg, 1), 120.0 / 1500, 0.01);  // one scale from zero
  EXPECT_EQ(test::xpath_one(svg, "/svg:svg/svg:desc"),
            "Число анкет за 2026 год. Наибольшее значение — «Детский сад «Ромашка»»: 1\xC2\xA0" "500; "
            "наименьшее — «Лицей № 2»: 40.");
}

TEST(BarChart, UnsortedBarsKeepTheGivenOrder) {
  auto chart = schools();
  chart.sorted = false;
  EXPECT_EQ(test::chart_texts(bar_chart_svg(chart)),
            "Лицей № 2|40|Школа № 1|120|Детский сад «Ромашка»|1\xC2\xA0" "500");
}

TEST(BarChart, ATargetIsADashedLineWithItsLabelAndBarsBelowItAreHatched) {
  BarChart chart;
  chart.caption = {"share", "Доля анкет с сайта", ""};
  chart.format = {1, true};
  chart.bars = {{"Район А", 35.5}, {"Район Б", 12}, {"Район В", 19.9}};
  chart.target = Target{20, "порог"};
  const auto svg = bar_chart_svg(chart);
  test::expect_accessible_chart(svg, "Доля анкет с сайта");
  EXPECT_EQ(test::xpath_one(svg, "count(//svg:rect[@fill='url(#share-below)'])"), "3");  // two bars and the legend
  EXPECT_EQ(test::xpath_one(svg, "count(//svg:path[@stroke-dasharray])"), "1");
  const auto texts = test::chart_texts(svg);
  EXPECT_NE(texts.find("порог: 20,0\xC2\xA0%"), std::string::npos) << texts;
  EXPECT_NE(texts.find("ниже отметки «порог»"), std::string::npos) << texts;
  EXPECT_NE(test::xpath_one(svg, "/svg:svg/svg:desc").find("Ниже отметки «порог» (20,0\xC2\xA0%): 2 из 3."),
            std::string::npos);
}

TEST(BarChart, ALongNameIsShortenedOnTheChartAndHostileTextStaysText) {
  BarChart chart;
  chart.caption = {"long", "Оценки", ""};
  chart.bars = {{std::string(30, 'x') + " " + std::string(40, 'y'), 3}, {"<script>alert(1)</script>", 2}};
  const auto svg = bar_chart_svg(chart);
  test::expect_accessible_chart(svg, "Оценки");
  EXPECT_EQ(test::xpath_one(svg, "(//svg:text)[1]"), std::string(30, 'x') + "…");
  EXPECT_EQ(test::xpath_one(svg, "(//svg:text)[3]"), "<script>alert(1)</script>");
}

TEST(BarChart, NoBarsGiveAChartThatSaysThereIsNoData) {
  BarChart chart;
  chart.caption = {"none", "Пусто", ""};
  const auto svg = bar_chart_svg(chart);
  test::expect_accessible_chart(svg, "Пусто");
  EXPECT_EQ(test::chart_texts(svg), "Нет данных");
  EXPECT_EQ(test::xpath_one(svg, "/svg:svg/svg:desc"), "Нет данных.");
}

}  // namespace
}  // namespace nok
