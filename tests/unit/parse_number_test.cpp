#include "core/parse_number.h"

#include <cstdint>
#include <gtest/gtest.h>

namespace nok {
namespace {

TEST(ParseNumber, AnIntegerIsTheWholeTextInDecimal) {
  EXPECT_EQ(text::parse_integer<int>("42"), 42);
  EXPECT_EQ(text::parse_integer<int>("-7"), -7);
  EXPECT_EQ(text::parse_integer<std::int64_t>("9007199254740993"), 9007199254740993);
}

TEST(ParseNumber, AnythingBesideTheDigitsOrOutOfRangeIsNoInteger) {
  for (const char* bad : {"", "-", " 42", "42 ", "42a", "4.0", "+4", "0x10"})
    EXPECT_FALSE(text::parse_integer<int>(bad)) << bad;
  EXPECT_FALSE(text::parse_integer<int>("99999999999"));
  EXPECT_FALSE(text::parse_integer<unsigned>("-1"));
}

TEST(ParseNumber, ADecimalTakesAPointOrAComma) {
  EXPECT_EQ(text::parse_decimal("1,5"), 1.5);
  EXPECT_EQ(text::parse_decimal("1.5"), 1.5);
  EXPECT_EQ(text::parse_decimal("-2"), -2.0);
  for (const char* bad : {"", ",", "1,5 м", "inf", "nan", "1e999"}) EXPECT_FALSE(text::parse_decimal(bad)) << bad;
}

}  // namespace
}  // namespace nok
