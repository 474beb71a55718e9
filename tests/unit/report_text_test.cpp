// Text for reports and charts: Russian numbers, XML-safe text, labels shortened to fit.
#include <gtest/gtest.h>

#include "core/number_text.h"
#include "core/shorten.h"
#include "core/text.h"
#include "core/xml_text.h"

namespace nok {
namespace {

const std::string kNbsp = "\xC2\xA0";

TEST(NumberText, GroupsThousandsWithANoBreakSpaceAndWritesADecimalComma) {
  EXPECT_EQ(text::number_text(1234567.891, 1), "1" + kNbsp + "234" + kNbsp + "567,9");
  EXPECT_EQ(text::number_text(1000), "1" + kNbsp + "000");
  EXPECT_EQ(text::number_text(999), "999");
  EXPECT_EQ(text::number_text(87.456, 2), "87,46");
  EXPECT_EQ(text::number_text(0.5, 0), "1");  // halves away from zero, as published scores
  EXPECT_EQ(text::number_text(2.25, 1), "2,3");
  EXPECT_EQ(text::number_text(100000, 0), "100" + kNbsp + "000");
}

TEST(NumberText, NegativeNumbersTakeTheMinusSignButARoundedZeroHasNoSign) {
  EXPECT_EQ(text::number_text(-1500.24, 1), "\xE2\x88\x92" "1" + kNbsp + "500,2");
  EXPECT_EQ(text::number_text(-0.04, 1), "0,0");
  EXPECT_EQ(text::number_text(-0.0), "0");
}

TEST(NumberText, PercentagesHaveANoBreakSpaceBeforeTheSign) {
  EXPECT_EQ(text::percent_text(87.54), "87,5" + kNbsp + "%");
  EXPECT_EQ(text::percent_text(20, 0), "20" + kNbsp + "%");
}

TEST(XmlText, EscapesTheMarkupCharacters) {
  EXPECT_EQ(text::xml_text(R"(<a href="x">Школа & 'сад'</a>)"),
            "&lt;a href=&quot;x&quot;&gt;Школа &amp; &apos;сад&apos;&lt;/a&gt;");
}

TEST(XmlText, DropsCharactersXmlCannotHoldAndKeepsLineBreaksAndTabs) {
  EXPECT_EQ(text::xml_text(std::string("a\x01" "b\x1B" "c\x7F" "d", 7)), "abcd");
  EXPECT_EQ(text::xml_text(std::string("\0x", 2)), "x");
  EXPECT_EQ(text::xml_text("a\tb\nc\rd"), "a\tb\nc\rd");
  EXPECT_EQ(text::xml_text("\xC2\x85" "next line"), "next line");  // C1 control
  EXPECT_EQ(text::xml_text("\xEF\xBF\xBE" "\xEF\xBF\xBF" "ok"), "ok");  // U+FFFE, U+FFFF
  EXPECT_EQ(text::xml_text("ёж 👋"), "ёж 👋");
}

TEST(XmlText, BrokenUtf8BecomesReplacementCharactersSoTheDocumentStaysWellFormed) {
  const auto out = text::xml_text("a\xFF" "b\xC0\xAF" "c\xED\xA0\x80" "d\xD0");
  EXPECT_TRUE(text::valid_utf8(out));
  EXPECT_EQ(out.find_first_of("\xFF\xC0"), std::string::npos);
  EXPECT_EQ(out.substr(0, 1), "a");
  EXPECT_NE(out.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(Shorten, KeepsShortTextAndCutsLongTextAtAWordWithAnEllipsis) {
  EXPECT_EQ(text::shorten("Школа № 5", 12), "Школа № 5");
  EXPECT_EQ(text::shorten("Школа № 5 имени Пушкина", 12), "Школа № 5…");
  EXPECT_LE(text::length(text::shorten("Школа № 5 имени Пушкина", 12)), 12u);
  EXPECT_EQ(text::shorten("Абвгдежзийклмнопрстуф", 6), "Абвгд…");  // no space: cut inside the word
}

}  // namespace
}  // namespace nok
