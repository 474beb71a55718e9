#include "core/csv.h"

#include <gtest/gtest.h>

namespace nok {
namespace {

TEST(Csv, ReadsQuotedFieldsWithDelimitersQuotesAndLineBreaks) {
  auto t = csv::parse("a,b,c\n1,\"x, \"\"y\"\"\nz\",3\n4,5,6\n");
  ASSERT_TRUE(t) << t.error().message;
  ASSERT_EQ(t->records.size(), 2u);
  EXPECT_EQ(t->records[0].fields[1], "x, \"y\"\nz");
  EXPECT_EQ(t->records[0].line, 2);
  EXPECT_EQ(t->records[1].line, 4);  // the quoted line break moved the next record down
}

TEST(Csv, AcceptsWhatExcelWrites_BomCrlfAndSemicolons) {
  auto t = csv::parse("\xEF\xBB\xBFинн;Наименование\r\n7707083893;\"ПАО; банк\"\r\n");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->delimiter, ';');
  EXPECT_EQ(t->header[0], "инн");
  EXPECT_EQ(t->records[0].fields[0], "7707083893");
  EXPECT_EQ(t->records[0].fields[1], "ПАО; банк");
  EXPECT_EQ(t->column("ИНН"), 0u);
  EXPECT_EQ(t->column("наименование"), 1u);
}

TEST(Csv, KeepsCrlfInsideQuotesAsLf) {
  auto t = csv::parse("a\r\n\"one\r\ntwo\"\r\n");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->records[0].fields[0], "one\ntwo");
}

TEST(Csv, SkipsBlankLines) {
  auto t = csv::parse("a,b\n\n1,2\n\n");
  ASSERT_TRUE(t);
  ASSERT_EQ(t->records.size(), 1u);
  EXPECT_EQ(t->records[0].line, 3);
}

TEST(Csv, ReportsTruncatedFileAtTheOpeningQuote) {
  auto t = csv::parse("a,b\n1,2\n3,\"never closed\n");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().code, "csv_unterminated_quote");
  EXPECT_EQ(t.error().line, 3);
}

TEST(Csv, RejectsInvalidUtf8WithItsLine) {
  auto t = csv::parse("a\nok\n\xC0\xAF\n");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().code, "csv_encoding");
  EXPECT_EQ(t.error().line, 3);
}

TEST(Csv, RejectsEmptyInput) {
  EXPECT_FALSE(csv::parse(""));
  EXPECT_FALSE(csv::parse("\xEF\xBB\xBF"));
}

TEST(Csv, EscapeQuotesOnlyWhenNeeded) {
  EXPECT_EQ(csv::escape("plain"), "plain");
  EXPECT_EQ(csv::escape("a,b"), "\"a,b\"");
  EXPECT_EQ(csv::escape("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv::escape("line\nbreak"), "\"line\nbreak\"");
}

TEST(Csv, EscapedFieldsReadBackUnchanged) {
  const std::string tricky = "a, \"b\"\r\nc;d";
  auto t = csv::parse("x,y\n" + csv::escape(tricky) + ",2\n");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->records[0].fields[0], "a, \"b\"\nc;d");
}

}  // namespace
}  // namespace nok
