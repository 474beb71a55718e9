#include "http/json_text.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>
#include <limits>

namespace nok {
namespace {

TEST(JsonText, DoublesArePlainDecimalsThatReadBackTheSame) {
  EXPECT_EQ(http::json_text(boost::json::value(82.5)), "82.5");
  EXPECT_EQ(http::json_text(boost::json::value(100.0)), "100.0");  // still a double to a typed reader
  EXPECT_EQ(http::json_text(boost::json::value(0.1)), "0.1");
  EXPECT_EQ(http::json_text(boost::json::value(-0.000125)), "-0.000125");
  for (double d : {83.33333333333333, 1e-7, 123456789.125, 2.0 / 3}) {
    const auto text = http::json_text(boost::json::value(d));
    EXPECT_EQ(text.find_first_of("eE"), std::string::npos) << text;
    EXPECT_EQ(boost::json::parse(text).as_double(), d) << text;
  }
}

TEST(JsonText, NestedValuesKeepTheirShapeAndStringsAreEscaped) {
  const boost::json::value v{{"total", 8.25e1}, {"n", 3}, {"items", {1.5, "a\"<b>", nullptr, true}}};
  EXPECT_EQ(http::json_text(v), R"({"total":82.5,"n":3,"items":[1.5,"a\"<b>",null,true]})");
}

TEST(JsonText, ANonFiniteDoubleIsNull) {
  EXPECT_EQ(http::json_text(boost::json::value(std::numeric_limits<double>::quiet_NaN())), "null");
  EXPECT_EQ(http::json_text(boost::json::value(std::numeric_limits<double>::infinity())), "null");
}

}  // namespace
}  // namespace nok
