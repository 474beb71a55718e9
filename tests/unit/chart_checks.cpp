#include "unit/chart_checks.h"

#include <gtest/gtest.h>

#include "unit/package_reader.h"

namespace nok::test {

void expect_accessible_chart(const std::string& svg, const std::string& title) {
  ASSERT_NO_THROW(xpath(svg, "/")) << "not well-formed: " << svg.substr(0, 400);
  EXPECT_EQ(xpath_one(svg, "name(/*)"), "svg");
  EXPECT_EQ(xpath_one(svg, "/svg:svg/@role"), "img");
  EXPECT_FALSE(xpath_one(svg, "/svg:svg/@viewBox").empty());
  EXPECT_EQ(xpath_one(svg, "count(/svg:svg/@width | /svg:svg/@height)"), "0");
  const auto labelled_by = xpath_one(svg, "/svg:svg/@aria-labelledby");
  const auto space = labelled_by.find(' ');
  ASSERT_NE(space, std::string::npos) << labelled_by;
  const auto title_id = labelled_by.substr(0, space), desc_id = labelled_by.substr(space + 1);
  EXPECT_EQ(xpath_one(svg, "/svg:svg/svg:title[@id='" + title_id + "']"), title);
  EXPECT_FALSE(xpath_one(svg, "/svg:svg/svg:desc[@id='" + desc_id + "']").empty());
  EXPECT_EQ(xpath_one(svg, "count(//@style | //svg:style | //svg:script | //svg:foreignObject)"), "0");
}

std::string chart_texts(const std::string& svg) {
  std::string out;
  for (const auto& text : xpath(svg, "//svg:text")) out += (out.empty() ? "" : "|") + text;
  return out;
}

}  // namespace nok::test
