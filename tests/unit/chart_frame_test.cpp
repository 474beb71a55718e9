// What every chart is drawn with: its accessible frame, Russian numbers, colours that reach
// the WCAG contrast and fill patterns, and round axes.
#include <gtest/gtest.h>

#include <set>

#include "print/colour.h"
#include "unit/chart_checks.h"
#include "unit/package_reader.h"
#include "web/charts/axis.h"
#include "web/charts/palette.h"
#include "web/charts/svg.h"

namespace nok {
namespace {

using namespace web::charts;

TEST(ChartFrame, TitleAndDescriptionAreEscapedAndNamedThroughAriaLabelledby) {
  const Caption caption{"rate-1", "Оценки <b>«Школа & сад»</b>", "Средний балл по месяцам."};
  const auto svg = open_svg(caption, "Наибольшее — 4,8.", 480, 200) + std::string(kCloseSvg);
  test::expect_accessible_chart(svg, "Оценки <b>«Школа & сад»</b>");
  EXPECT_EQ(test::xpath_one(svg, "/svg:svg/@aria-labelledby"), "rate-1-title rate-1-desc");
  EXPECT_EQ(test::xpath_one(svg, "/svg:svg/svg:desc"), "Средний балл по месяцам. Наибольшее — 4,8.");
  EXPECT_EQ(test::xpath_one(svg, "count(//svg:b)"), "0");
}

TEST(ChartFrame, AnIdIsKeptToLettersDigitsAndDashesSoReferencesToItStayValid) {
  EXPECT_EQ(chart_id({"map 2026\"><script>", "", ""}), "map2026script");
  EXPECT_EQ(chart_id({"", "", ""}), "chart");
  EXPECT_EQ(chart_id({"Участие", "", ""}), "chart");
}

TEST(ChartFrame, TextElementsEscapeTheirTextAndDropControlCharacters) {
  const auto svg = open_svg({"t", "Тест", "Проверка."}, "", 100, 100) +
                   text_element(1, 2, "</text><script>alert(1)</script>\x01", {}) + std::string(kCloseSvg);
  test::expect_accessible_chart(svg, "Тест");
  EXPECT_EQ(test::chart_texts(svg), "</text><script>alert(1)</script>");
}

TEST(ChartFrame, CoordinatesUseAPointAndOneDecimalWhateverTheLocale) {
  EXPECT_EQ(number(12.54), "12.5");
  EXPECT_EQ(number(3), "3");
  EXPECT_EQ(number(-0.01), "0");
  EXPECT_EQ(hex(0x0B4F9C), "#0b4f9c");
}

TEST(ChartFrame, ValuesAreWrittenAsRussianNumbers) {
  EXPECT_EQ((NumberFormat{1, true}.text(87.54)), "87,5\xC2\xA0%");
  EXPECT_EQ((NumberFormat{0, false}.text(12345)), "12\xC2\xA0" "345");
}

TEST(ChartPalette, EverySeriesColourReachesTextContrastOnWhite) {
  for (std::size_t i = 0; i < kSeriesCount; ++i)
    EXPECT_GE(print::contrast_ratio({series_colour(i)}, {kWhite}), print::kMinTextContrast) << i;
  EXPECT_GE(print::contrast_ratio({kInk}, {kWhite}), print::kMinTextContrast);
  EXPECT_GE(print::contrast_ratio({kMuted}, {kWhite}), print::kMinTextContrast);
}

TEST(ChartPalette, TheTextOnEveryStepOfTheMapScaleReachesTextContrast) {
  for (std::size_t s = 0; s < kStepCount; ++s)
    EXPECT_GE(print::contrast_ratio({step_ink(s)}, {step_colour(s)}), print::kMinTextContrast) << s;
  for (std::size_t s = 1; s < kStepCount; ++s)  // the scale darkens step by step
    EXPECT_LT(print::contrast_ratio({step_colour(s)}, {0}), print::contrast_ratio({step_colour(s - 1)}, {0}));
}

TEST(ChartPalette, EverySeriesHasAFillOfItsOwnSoColourIsNotTheOnlyDifference) {
  std::set<std::string> fills;
  for (std::size_t i = 0; i < kSeriesCount; ++i) fills.insert(series_fill("c", i));
  EXPECT_EQ(fills.size(), kSeriesCount);
  const auto defs = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + pattern_defs("c", kSeriesCount) + "</svg>";
  EXPECT_EQ(test::xpath_one(defs, "count(//svg:pattern)"), std::to_string(kSeriesCount - 1));
  EXPECT_EQ(test::xpath_one(defs, "//svg:pattern[1]/@id"), "c-p1");
  std::set<std::string> markers;
  for (std::size_t i = 0; i < kSeriesCount; ++i) {
    auto marker = series_marker(i, 0, 0);
    marker = marker.substr(0, marker.find(" fill="));  // the shape without its colour
    markers.insert(marker);
  }
  EXPECT_EQ(markers.size(), kSeriesCount);
}

TEST(ChartAxis, EndsOnARoundNumberInRoundSteps) {
  auto axis = axis_for(87.5);
  EXPECT_EQ(axis.max, 100);
  EXPECT_EQ(axis.step, 25);
  EXPECT_EQ(axis.ticks(), (std::vector<double>{0, 25, 50, 75, 100}));
  axis = axis_for(1234);
  EXPECT_EQ(axis.step, 500);
  EXPECT_EQ(axis.max, 1500);
  EXPECT_EQ(axis_for(0).max, 1);
  EXPECT_EQ(axis_for(-3).max, 1);
}

TEST(ChartAxis, CountsGetWholeSteps) {
  EXPECT_EQ(axis_for(9, 4, true).step, 5);  // not 2,5
  EXPECT_EQ(axis_for(3, 4, true).step, 1);
  EXPECT_EQ(axis_for(3, 4, true).max, 3);
}

}  // namespace
}  // namespace nok
