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

TEST(Csv, TextCellsAreQuotedOnlyWhenNeeded) {
  EXPECT_EQ(csv::text_cell("plain"), "plain");
  EXPECT_EQ(csv::text_cell("a,b"), "\"a,b\"");
  EXPECT_EQ(csv::text_cell("a;b"), "a;b");
  EXPECT_EQ(csv::text_cell("a;b", ';'), "\"a;b\"");
  EXPECT_EQ(csv::text_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv::text_cell("\"already quoted\""), "\"\"\"already quoted\"\"\"");
  EXPECT_EQ(csv::text_cell("line\nbreak"), "\"line\nbreak\"");
  EXPECT_EQ(csv::text_cell(""), "");
}

TEST(Csv, ATextCellThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe) {
  EXPECT_EQ(csv::text_cell("=HYPERLINK(\"http://evil.example\",\"x\")"),
            "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
  EXPECT_EQ(csv::text_cell("=1+1"), "'=1+1");
  EXPECT_EQ(csv::text_cell("+7 900 000-00-00"), "'+7 900 000-00-00");
  EXPECT_EQ(csv::text_cell("-5"), "'-5");
  EXPECT_EQ(csv::text_cell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csv::text_cell("\t=1"), "'\t=1");
  EXPECT_EQ(csv::text_cell("\r=1"), "\"'\r=1\"");
  EXPECT_EQ(csv::text_cell("=a,b"), "\"'=a,b\"");
  EXPECT_EQ(csv::text_cell("'=1"), "''=1");  // so that the apostrophe it had comes back too
  // Only the first character counts: a formula sign later in the text is harmless.
  EXPECT_EQ(csv::text_cell("a=1"), "a=1");
  EXPECT_EQ(csv::text_cell("Нет пандуса\n=1"), "\"Нет пандуса\n=1\"");
  EXPECT_EQ(csv::text_cell("'quoted'"), "'quoted'");
}

TEST(Csv, ANumberCellStaysANumberEvenWhenNegative) {
  EXPECT_EQ(csv::number_cell("-1.5"), "-1.5");
  EXPECT_EQ(csv::number_cell("-3"), "-3");
  EXPECT_EQ(csv::number_cell("42"), "42");
  EXPECT_EQ(csv::number_cell(""), "");
  // What is not a plain decimal is written as text, so a number cell cannot smuggle a formula.
  EXPECT_EQ(csv::number_cell("-1+1"), "'-1+1");
  EXPECT_EQ(csv::number_cell("=1"), "'=1");
  EXPECT_EQ(csv::number_cell("-"), "'-");
  EXPECT_EQ(csv::number_cell("1."), "1.");
  EXPECT_EQ(csv::number_cell("1,5"), "\"1,5\"");
}

TEST(Csv, TheWriterTypesEachCellAndEndsRows) {
  csv::Writer out;
  out.text("name").text("delta").end_row();
  out.text("-минус").number("-2.5").end_row();
  out.text("a,b").number("").end_row();
  EXPECT_EQ(out.take(), "name,delta\r\n'-минус,-2.5\r\n\"a,b\",\r\n");
  EXPECT_EQ(out.take(), "");
  csv::Writer lf("\n");
  lf.number("1").end_row();
  EXPECT_EQ(lf.take(), "1\n");
}

TEST(Csv, WrittenTextReadsBackAsTheOriginal) {
  const std::vector<std::string> texts{"a, \"b\"\nc;d", "=HYPERLINK(\"x\")", "+1", "-", "@", "\tx", "'=1", "''-2",
                                       "'plain", "'", "", "plain"};
  csv::Writer out;
  out.text("x").text("y").end_row();
  for (const auto& t : texts) out.text(t).number("-1").end_row();
  auto table = csv::parse(out.take());
  ASSERT_TRUE(table) << table.error().message;
  ASSERT_EQ(table->records.size(), texts.size());
  for (std::size_t i = 0; i < table->records.size(); ++i) {
    EXPECT_EQ(csv::original_text(table->records[i].fields[0]), texts[i]) << i;
    EXPECT_EQ(table->records[i].fields[1], "-1");
  }
}

TEST(Csv, OriginalTextDropsOnlyTheApostropheAWriterAdds) {
  EXPECT_EQ(csv::original_text("'=1"), "=1");
  EXPECT_EQ(csv::original_text("''=1"), "'=1");
  EXPECT_EQ(csv::original_text("'plain"), "'plain");
  EXPECT_EQ(csv::original_text("'"), "'");
  EXPECT_EQ(csv::original_text("=1"), "=1");
  EXPECT_EQ(csv::original_text(""), "");
}

}  // namespace
}  // namespace nok
