// The XLSX reader: the first sheet as the CSV reader's table, and hostile workbooks refused.
#include <gtest/gtest.h>

#include "support/xlsx_file.h"
#include "xlsx/xlsx_reader.h"

namespace nok {
namespace {

TEST(XlsxReader, ReadsTheFirstSheetWithSharedAndInlineStringsAndNumbers) {
  auto parts = test::workbook_parts({});
  parts["xl/sharedStrings.xml"] =
      R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>org</t></si><si><r><t>sch</t></r><r><t>ool</t></r><rPh><t>x</t></rPh></si></sst>)";
  parts["xl/worksheets/sheet1.xml"] =
      R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>age</t></is></c><c r="C1" t="inlineStr"><is><t>ok</t></is></c></row>)"
      R"(<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>35</v></c><c r="C3" t="b"><v>1</v></c></row>)"
      R"(<row r="4"><c r="A4" t="s"><v>1</v></c></row></sheetData></worksheet>)";
  auto table = xlsx::read_first_sheet(test::zip_of(parts));
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_EQ(table->header, (std::vector<std::string>{"org", "age", "ok"}));
  ASSERT_EQ(table->records.size(), 2u);
  EXPECT_EQ(table->records[0].line, 3);  // the row Excel shows, blank row 2 skipped
  EXPECT_EQ(table->records[0].fields, (std::vector<std::string>{"school", "35", "1"}));
  EXPECT_EQ(table->records[1].fields, (std::vector<std::string>{"school", "", ""}));  // short rows padded
}

TEST(XlsxReader, RefusesWhatIsNotAWorkbook) {
  EXPECT_EQ(xlsx::read_first_sheet("org,age\nschool,3\n").error().code, "xlsx_not_a_workbook");
  EXPECT_EQ(xlsx::read_first_sheet("PK\x03\x04garbage").error().code, "xlsx_not_a_workbook");
  auto parts = test::workbook_parts({{"org"}});
  parts.erase("xl/workbook.xml");
  EXPECT_EQ(xlsx::read_first_sheet(test::zip_of(parts)).error().code, "xlsx_not_a_workbook");
  parts = test::workbook_parts({{"org"}});
  parts.erase("xl/worksheets/sheet1.xml");
  EXPECT_EQ(xlsx::read_first_sheet(test::zip_of(parts)).error().code, "xlsx_not_a_workbook");
  parts = test::workbook_parts({{"org"}});
  parts["xl/worksheets/sheet1.xml"] = "<worksheet><sheetData><row>";
  EXPECT_EQ(xlsx::read_first_sheet(test::zip_of(parts)).error().code, "xlsx_bad_xml");
}

TEST(XlsxReader, AZipBombIsRefusedWithoutInflatingIt) {
  auto parts = test::workbook_parts({{"org"}});
  parts["xl/sharedStrings.xml"] = std::string(8 * 1024 * 1024, ' ');  // compresses to a few KB
  const auto bomb = test::zip_of(parts);
  ASSERT_LT(bomb.size(), 64u * 1024);
  xlsx::Limits limits;
  limits.part_bytes = 1024 * 1024;
  EXPECT_EQ(xlsx::read_first_sheet(bomb, limits).error().code, "xlsx_too_large");
  limits = {};
  limits.total_bytes = 4 * 1024 * 1024;
  EXPECT_EQ(xlsx::read_first_sheet(bomb, limits).error().code, "xlsx_too_large");
  limits = {};
  limits.cells = 2;
  EXPECT_EQ(xlsx::read_first_sheet(test::xlsx_of({{"a", "b", "c"}}), limits).error().code, "xlsx_too_large");
}

TEST(XlsxReader, EntitiesAreNotExpanded) {
  auto parts = test::workbook_parts({});
  parts["xl/worksheets/sheet1.xml"] =
      R"(<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>)";
  auto table = xlsx::read_first_sheet(test::zip_of(parts));
  if (table) EXPECT_EQ(table->header.at(0).find("root"), std::string::npos);
}

}  // namespace
}  // namespace nok
