// Values by month as lines or columns, with a legend, months along the bottom and gaps for
// months without data.
#include <gtest/gtest.h>

#include "unit/chart_checks.h"
#include "unit/package_reader.h"
#include "web/charts/time_series.h"

namespace nok {
namespace {

using namespace web::charts;

TimeSeries channels(SeriesStyle style) {
  TimeSeries chart;
  chart.caption = {"monthly", "Анкеты по месяцам", ""};
  chart.first = {2025, 11};
  chart.months = 4;
  chart.style = style;
  chart.series = {{"Сайт", {10, 20, std::nullopt, 1234}}, {"Приложение", {5, std::nullopt, 7, 8}}};
  return chart;
}

TEST(TimeSeries, LinesBreakAtMonthsWithoutDataAndEachPointHasItsSeriesMarker) {
  const auto svg = time_series_svg(channels(SeriesStyle::lines));
  test::expect_accessible_chart(svg, "Анкеты по месяцам");
  const auto lines = test::xpath(svg, "//svg:path[@fill='none']/@d");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(std::count(lines[0].begin(), lines[0].end(), 'M'), 2);  // 10, 20 — gap — 1234
  EXPECT_EQ(std::count(lines[1].begin(), lines[1].end(), 'M'), 2);
  EXPECT_EQ(test::xpath_one(svg, "count(//svg:circle)"), "4");  // series 1: 3 points and its legend
  EXPECT_EQ(test::xpath_one(svg, "count(//svg:rect[@width='8'])"), "4");  // series 2's squares
}

TEST(TimeSeries, MonthsAreNamedInRussianWithTheYearUnderJanuaryAndTheFirstMonth) {
  const auto texts = test::chart_texts(time_series_svg(channels(SeriesStyle::lines)));
  EXPECT_NE(texts.find("ноя|2025|дек|янв|2026|фев"), std::string::npos) << texts;
  EXPECT_NE(texts.find("Сайт|Приложение"), std::string::npos) << texts;  // the legend
  EXPECT_NE(texts.find("1\xC2\xA0" "500"), std::string::npos) << texts;  // the axis ends on a round number
}

TEST(TimeSeries, TheDescriptionGivesEachSeriesLargestAndLatestValue) {
  EXPECT_EQ(test::xpath_one(time_series_svg(channels(SeriesStyle::lines)), "/svg:svg/svg:desc"),
            "«Сайт»: наибольшее значение — 1\xC2\xA0" "234 (февраль 2026), последнее — 1\xC2\xA0" "234 (февраль 2026). "
            "«Приложение»: наибольшее значение — 8 (февраль 2026), последнее — 8 (февраль 2026).");
}

TEST(TimeSeries, ColumnsOfSeveralSeriesDifferByPatternAndOneSeriesIsLabelled) {
  auto svg = time_series_svg(channels(SeriesStyle::columns));
  test::expect_accessible_chart(svg, "Анкеты по месяцам");
  EXPECT_EQ(test::xpath_one(svg, "count(//svg:rect[@fill='url(#monthly-p1)'])"), "4");  // 3 columns, 1 legend
  EXPECT_EQ(test::xpath_one(svg, "count(//svg:pattern)"), "1");

  auto one = channels(SeriesStyle::columns);
  one.series.pop_back();
  svg = time_series_svg(one);
  const auto texts = test::chart_texts(svg);
  EXPECT_NE(texts.find("|10|20|1\xC2\xA0" "234"), std::string::npos) << texts;
}

TEST(TimeSeries, ManyMonthsAreLabelledSparselySoLabelsDoNotOverlap) {
  TimeSeries chart;
  chart.caption = {"years", "Три года", ""};
  chart.first = {2024, 1};
  chart.months = 36;
  chart.series = {{"Отзывы", std::vector<std::optional<double>>(36, 3.0)}};
  const auto svg = time_series_svg(chart);
  test::expect_accessible_chart(svg, "Три года");
  const auto januaries = test::xpath(svg, "//svg:text[.='янв']");
  EXPECT_EQ(januaries.size(), 3u);
  EXPECT_LT(test::xpath(svg, "//svg:text[@y=//svg:text[.='янв']/@y]").size(), 36u);
  EXPECT_EQ(test::xpath(svg, "//svg:text[.='2025']").size(), 1u);
}

TEST(TimeSeries, NoSeriesSayThereIsNoData) {
  TimeSeries chart;
  chart.caption = {"empty", "Пусто", ""};
  const auto svg = time_series_svg(chart);
  test::expect_accessible_chart(svg, "Пусто");
  EXPECT_EQ(test::xpath_one(svg, "/svg:svg/svg:desc"), "Нет данных.");
}

}  // namespace
}  // namespace nok
