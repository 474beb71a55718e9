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

TEST(XlsxReader, ADocumentTypeIsRefusedSoNoEntityIsEverExpanded) {
  auto parts = test::workbook_parts({});
  parts["xl/worksheets/sheet1.xml"] =
      R"(<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>)";
  EXPECT_EQ(xlsx::read_first_sheet(test::zip_of(parts)).error().code, "xlsx_bad_xml");
  std::string laughs = R"(<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">)";
  for (char e = 'b'; e <= 'j'; ++e) {
    laughs += std::string("<!ENTITY ") + e + " \"";
    for (int i = 0; i < 10; ++i) laughs += std::string("&") + static_cast<char>(e - 1) + ";";
    laughs += "\">";
  }
  laughs += R"(]><sst><si><t>&j;</t></si></sst>)";  // a billion a's if expanded
  parts = test::workbook_parts({{"org"}});
  parts["xl/sharedStrings.xml"] = laughs;
  EXPECT_EQ(xlsx::read_first_sheet(test::zip_of(parts)).error().code, "xlsx_bad_xml");
}

TEST(XlsxReader, AnUndeclaredEntityOrRunawayNestingIsNotXml) {
  auto parts = test::workbook_parts({});
  parts["xl/worksheets/sheet1.xml"] = "<worksheet><sheetData><row><c><v>&x;</v></c></row></sheetData></worksheet>";
  EXPECT_EQ(xlsx::read_first_sheet(test::zip_of(parts)).error().code, "xlsx_bad_xml");
  std::string deep = "<worksheet><sheetData>";
  for (int i = 0; i < 100'000; ++i) deep += "<x>";
  for (int i = 0; i < 100'000; ++i) deep += "</x>";
  parts["xl/worksheets/sheet1.xml"] = deep + "</sheetData></worksheet>";
  EXPECT_EQ(xlsx::read_first_sheet(test::zip_of(parts)).error().code, "xlsx_bad_xml");
}

// A workbook whose first sheet is `rows` (the XML inside <sheetData>) over these shared strings.
std::string workbook(const std::string& rows, const std::vector<std::string>& shared = {}) {
  auto parts = test::workbook_parts({});
  parts["xl/worksheets/sheet1.xml"] =
      R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" + rows +
      "</sheetData></worksheet>";
  if (!shared.empty()) {
    std::string sst = R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)";
    for (const auto& s : shared) sst += s;
    parts["xl/sharedStrings.xml"] = sst + "</sst>";
  }
  return test::zip_of(parts);
}

// `rows` rows of `columns` cells each, every one the shared string 0.
std::string shared_string_rows(int rows, int columns) {
  std::string out;
  for (int r = 0; r < rows; ++r) {
    out += "<row>";
    for (int c = 0; c < columns; ++c) out += R"(<c t="s"><v>0</v></c>)";
    out += "</row>";
  }
  return out;
}

TEST(XlsxReader, OneLongSharedStringUsedInEveryCellIsRefusedBeforeItIsCopied) {
  // 100 KB used 150,000 times: 15 GB once expanded, from a file of a few KB.
  const std::string item = "<si><t>" + std::string(100'000, 'a') + "</t></si>";
  const auto book = workbook(shared_string_rows(1'500, 100), {item});
  ASSERT_LT(book.size(), 1024u * 1024);  // it fits in an upload
  const auto refused = xlsx::read_first_sheet(book);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "xlsx_too_large");
  // Within the text budget the same string is read in every cell.
  auto read = xlsx::read_first_sheet(workbook(shared_string_rows(3, 2), {item}));
  ASSERT_TRUE(read) << read.error().message;
  ASSERT_EQ(read->records.size(), 2u);
  EXPECT_EQ(read->records[1].fields.at(1).size(), 100'000u);
}

TEST(XlsxReader, ASharedStringLongerThanACellIsRefusedEvenInRuns) {
  // 15 MB used 1,000 times, in a workbook of about 20 KB: libxml2 refuses a text node over
  // 10 MB itself (XML_PARSE_HUGE is off); with it on, the cell limit would.
  const auto huge = workbook(shared_string_rows(100, 10), {"<si><t>" + std::string(15'000'000, 'a') + "</t></si>"});
  ASSERT_LT(huge.size(), 64u * 1024);
  EXPECT_EQ(xlsx::read_first_sheet(huge).error().code, "xlsx_bad_xml");
  const auto long_item = workbook(shared_string_rows(100, 10), {"<si><t>" + std::string(1'000'000, 'a') + "</t></si>"});
  EXPECT_EQ(xlsx::read_first_sheet(long_item).error().code, "xlsx_cell_too_long");
  std::string runs = "<si>";
  for (int i = 0; i < 20; ++i) runs += "<r><t>" + std::string(10'000, 'a') + "</t></r>";
  const auto book = workbook(shared_string_rows(2, 1), {runs + "</si>"});
  EXPECT_EQ(xlsx::read_first_sheet(book, {.cell_bytes = 150'000}).error().code, "xlsx_cell_too_long");
  EXPECT_TRUE(xlsx::read_first_sheet(book, {.cell_bytes = 200'000}));
}

TEST(XlsxReader, ACellBeyondTheLastColumnIsRefusedBeforeTheRowIsPadded) {
  const auto refused = xlsx::read_first_sheet(
      workbook(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>org</t></is></c><c r="ZZZ1"><v>1</v></c></row>)"));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "xlsx_too_many_columns");
  EXPECT_EQ(refused.error().line, 1);
  EXPECT_EQ(refused.error().column, "ZZZ");
  EXPECT_NE(refused.error().message.find("DX"), std::string::npos) << refused.error().message;
  EXPECT_EQ(xlsx::read_first_sheet(workbook(R"(<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="XFD1048576"><v>1</v></c></row>)"))
                .error()
                .code,
            "xlsx_too_many_columns");
  // Cells without references fill the next column, and are counted the same way.
  std::string row = "<row>";
  for (int i = 0; i < 129; ++i) row += "<c><v>1</v></c>";
  EXPECT_EQ(xlsx::read_first_sheet(workbook(row + "</row>")).error().code, "xlsx_too_many_columns");
  auto last = xlsx::read_first_sheet(workbook(R"(<row r="1"><c r="A1"><v>1</v></c><c r="DX1"><v>2</v></c></row>)"));
  ASSERT_TRUE(last) << last.error().message;
  EXPECT_EQ(last->header.size(), 128u);
}

TEST(XlsxReader, AnAddressExcelWouldNotWriteIsRefused) {
  for (const char* reference : {"A0", "A1048577", "a1", "1A", "AAAA1", "A", "A1x", "A-1"}) {
    const auto refused =
        xlsx::read_first_sheet(workbook(std::string(R"(<row r="1"><c r=")") + reference + R"("><v>1</v></c></row>)"));
    ASSERT_FALSE(refused) << reference;
    EXPECT_EQ(refused.error().code, "xlsx_bad_reference") << reference;
  }
  for (const char* row : {"0", "1048577", "99999999999", "x"})
    EXPECT_EQ(xlsx::read_first_sheet(workbook(std::string(R"(<row r=")") + row + R"("><c><v>1</v></c></row>)")).error().code,
              "xlsx_bad_reference")
        << row;
}

TEST(XlsxReader, PaddedCellsRowsTextAndOneCellAreCountedAgainstTheirLimits) {
  const std::string header = R"(<row r="1"><c r="A1"><v>1</v></c><c r="Z1"><v>2</v></c></row>)";
  EXPECT_EQ(xlsx::read_first_sheet(workbook(header), {.cells = 25}).error().code, "xlsx_too_large");
  EXPECT_TRUE(xlsx::read_first_sheet(workbook(header), {.cells = 26}));
  // A short row is padded to the header: those cells count too.
  const std::string short_row = R"(<row r="2"><c r="A2"><v>3</v></c></row>)";
  EXPECT_EQ(xlsx::read_first_sheet(workbook(header + short_row), {.cells = 27}).error().code, "xlsx_too_large");
  EXPECT_TRUE(xlsx::read_first_sheet(workbook(header + short_row), {.cells = 52}));

  std::string rows = header;
  for (int r = 2; r <= 4; ++r) rows += "<row r=\"" + std::to_string(r) + "\"><c><v>1</v></c></row>";
  const auto too_many = xlsx::read_first_sheet(workbook(rows), {.rows = 2});
  ASSERT_FALSE(too_many);
  EXPECT_EQ(too_many.error().code, "xlsx_too_many_rows");
  EXPECT_EQ(too_many.error().line, 4);
  EXPECT_TRUE(xlsx::read_first_sheet(workbook(rows), {.rows = 3}));

  const std::string text = R"(<row r="1"><c t="inlineStr"><is><t>abcdef</t></is></c><c r="B1"><v>123456</v></c></row>)";
  EXPECT_EQ(xlsx::read_first_sheet(workbook(text), {.text_bytes = 11}).error().code, "xlsx_too_large");
  EXPECT_TRUE(xlsx::read_first_sheet(workbook(text), {.text_bytes = 12}));
  const auto long_cell = xlsx::read_first_sheet(workbook(text), {.cell_bytes = 5});
  ASSERT_FALSE(long_cell);
  EXPECT_EQ(long_cell.error().code, "xlsx_cell_too_long");
  EXPECT_EQ(long_cell.error().line, 1);
  EXPECT_EQ(long_cell.error().column, "A");
}

}  // namespace
}  // namespace nok
