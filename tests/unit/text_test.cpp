#include "core/text.h"

#include <gtest/gtest.h>

namespace nok {
namespace {

TEST(Text, FoldLowersRussianAndLatinAndMergesYo) {
  EXPECT_EQ(text::fold("ШКОЛА № 5 Ёлочка"), "школа № 5 елочка");
  EXPECT_EQ(text::fold("МБОУ СОШ"), "мбоу сош");
  EXPECT_EQ(text::fold("Абвгдежзийклмнопрстуфхцчшщъыьэюя"), "абвгдежзийклмнопрстуфхцчшщъыьэюя");
  EXPECT_EQ(text::fold("ABC xyz"), "abc xyz");
}

TEST(Text, ValidUtf8RejectsBrokenAndOverlongSequences) {
  EXPECT_TRUE(text::valid_utf8("привет, мир 👋"));
  EXPECT_FALSE(text::valid_utf8("\xFF"));
  EXPECT_FALSE(text::valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(text::valid_utf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(text::valid_utf8("\xD0"));              // truncated
}

TEST(Text, TrimRemovesSpacesAndNonBreakingSpaces) {
  EXPECT_EQ(text::trim("  \xC2\xA0 abc \t\r\n"), "abc");
  EXPECT_EQ(text::trim("   "), "");
}

TEST(Text, LengthCountsCodePoints) { EXPECT_EQ(text::length("ёж"), 2u); }

TEST(Text, SplitKeepsEmptyPiecesSoTheNthPieceIsLineN) {
  EXPECT_EQ(text::split("a,,b", ','), (std::vector<std::string_view>{"a", "", "b"}));
  EXPECT_EQ(text::split("", ','), (std::vector<std::string_view>{""}));
  EXPECT_EQ(text::split("one\n\nthree\n", '\n'), (std::vector<std::string_view>{"one", "", "three", ""}));
  EXPECT_EQ(text::split("no separator", ','), (std::vector<std::string_view>{"no separator"}));
}

}  // namespace
}  // namespace nok
