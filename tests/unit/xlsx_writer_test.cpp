// Excel exports: typed cells read back by the project's own reader, text that looks like a
// formula kept as text, several sheets with Russian names, and no temporary file left behind.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "support/temp_dir.h"
#include "unit/package_reader.h"
#include "xlsx/sheet_name.h"
#include "xlsx/writer.h"
#include "xlsx/xlsx_reader.h"

namespace nok {
namespace {

using xlsx::CellKind;
using xlsx::Column;

// Points the temporary directory at a fresh folder for the test, so the writer's file can
// be seen (and seen gone) without looking at anyone else's.
class OwnTemporaryDirectory {
 public:
  OwnTemporaryDirectory() {
    if (const char* old = std::getenv("TMPDIR")) old_ = old;
    setenv("TMPDIR", dir_.path().c_str(), 1);
  }
  ~OwnTemporaryDirectory() {
    if (old_.empty()) unsetenv("TMPDIR");
    else setenv("TMPDIR", old_.c_str(), 1);
  }
  bool empty() const { return std::filesystem::is_empty(dir_.path()); }

 private:
  test::TempDir dir_;
  std::string old_;
};

const std::vector<Column> kColumns = {{"Организация", CellKind::text, 0, 40},
                                      {"Анкеты", CellKind::integer},
                                      {"Доля сайта, %", CellKind::decimal, 1},
                                      {"Отзыв", CellKind::text}};

std::string finished(xlsx::Writer& writer, int* chunks = nullptr) {
  std::string bytes;
  const auto done = writer.finish([&](std::string_view chunk) {
    bytes.append(chunk);
    if (chunks) ++*chunks;
  });
  EXPECT_TRUE(done) << done.error().message;
  return bytes;
}

TEST(XlsxWriter, TypedCellsReadBackThroughTheProjectsReader) {
  OwnTemporaryDirectory temporary;
  auto writer = xlsx::Writer::open();
  ASSERT_TRUE(writer) << writer.error().message;
  ASSERT_TRUE(writer->add_sheet("Организации", kColumns));
  ASSERT_TRUE(writer->add_row({"Школа № 1", std::int64_t{1234}, 45.55, "Всё хорошо"}));
  ASSERT_TRUE(writer->add_row({"Лицей «Вектор»", std::int64_t{0}, 100.0}));  // the last cell left empty
  ASSERT_TRUE(writer->add_row({std::monostate{}, std::int64_t{-3}, std::nan(""), ""}));
  const auto bytes = finished(*writer);
  EXPECT_TRUE(temporary.empty());

  const auto table = xlsx::read_first_sheet(bytes);
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_EQ(table->header, (std::vector<std::string>{"Организация", "Анкеты", "Доля сайта, %", "Отзыв"}));
  ASSERT_EQ(table->records.size(), 3u);
  EXPECT_EQ(table->records[0].fields, (std::vector<std::string>{"Школа № 1", "1234", "45.55", "Всё хорошо"}));
  EXPECT_EQ(table->records[1].fields, (std::vector<std::string>{"Лицей «Вектор»", "0", "100", ""}));
  EXPECT_EQ(table->records[2].fields, (std::vector<std::string>{"", "-3", "", ""}));
}

TEST(XlsxWriter, TextThatLooksLikeAFormulaOrANumberStaysText) {
  const std::vector<std::string> hostile = {"=HYPERLINK(\"https://evil.example\",\"Открыть\")", "+7 900 000-00-00",
                                            "-5", "@SUM(A1:A9)", "0012", "1e5"};
  auto writer = xlsx::Writer::open();
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->add_sheet("Муниципалитеты", {{"Название"}}));
  for (const auto& text : hostile) ASSERT_TRUE(writer->add_row({std::string_view(text)}));
  const auto bytes = finished(*writer);

  const auto table = xlsx::read_first_sheet(bytes);
  ASSERT_TRUE(table) << table.error().message;
  ASSERT_EQ(table->records.size(), hostile.size());
  for (std::size_t i = 0; i < hostile.size(); ++i) EXPECT_EQ(table->records[i].fields[0], hostile[i]);
  const auto sheet = *test::zip_entry(bytes, "xl/worksheets/sheet1.xml");
  EXPECT_EQ(test::xpath_one(sheet, "count(//x:f)"), "0");  // no formula anywhere
  EXPECT_EQ(test::xpath_one(sheet, "count(//x:c[not(@t='inlineStr') and not(@t='s')])"), "0");  // every cell text
}

TEST(XlsxWriter, TheWorkbookHasEveryPartExcelNeedsAndItsTextIsInlineOnly) {
  auto writer = xlsx::Writer::open();
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->add_sheet("Итоги", kColumns));
  ASSERT_TRUE(writer->add_row({"Школа\x01 № 1", std::int64_t{1}, 2.5, " с пробелом "}));
  ASSERT_TRUE(writer->add_sheet("Районы", {{"Район"}}));
  const auto bytes = finished(*writer);

  const auto names = test::zip_names(bytes);
  const auto has = [&](const std::string& name) { return std::find(names.begin(), names.end(), name) != names.end(); };
  for (const char* part : {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                           "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"})
    EXPECT_TRUE(has(part)) << part;
  // Every part the package names exists, and every part has a type (by its extension: rels, xml).
  const auto types = *test::zip_entry(bytes, "[Content_Types].xml");
  for (const auto& part : test::xpath(types, "//ct:Override/@PartName")) EXPECT_TRUE(has(part.substr(1))) << part;
  for (const auto& name : names)
    if (!name.ends_with(".rels") && !name.ends_with(".xml")) ADD_FAILURE() << name << " has no content type";
  EXPECT_EQ(test::xpath_one(*test::zip_entry(bytes, "_rels/.rels"), "//pr:Relationship/@Target"), "xl/workbook.xml");
  const auto relationships = *test::zip_entry(bytes, "xl/_rels/workbook.xml.rels");
  for (const auto& target : test::xpath(relationships, "//pr:Relationship/@Target"))
    EXPECT_TRUE(has("xl/" + target)) << target;
  for (const auto& id : test::xpath(*test::zip_entry(bytes, "xl/workbook.xml"), "//x:sheet/@r:id"))
    EXPECT_EQ(test::xpath_one(relationships, "count(//pr:Relationship[@Id='" + id + "'])"), "1") << id;
  // Text is written inline everywhere: no shared strings to keep consistent with the cells.
  EXPECT_FALSE(has("xl/sharedStrings.xml"));
  for (const char* sheet : {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"}) {
    const auto xml = *test::zip_entry(bytes, sheet);
    EXPECT_EQ(test::xpath_one(xml, "count(//x:c[@t and @t!='inlineStr'])"), "0") << sheet;
    EXPECT_EQ(test::xpath_one(xml, "count(/x:worksheet/x:dimension)"), "1") << sheet;
  }
  // A control character XML cannot hold is dropped, not left to make Excel refuse the file;
  // spaces around a text are kept.
  const auto table = xlsx::read_first_sheet(bytes);
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_EQ(table->records.at(0).fields[0], "Школа № 1");
  EXPECT_EQ(table->records.at(0).fields[3], " с пробелом ");
}

TEST(XlsxWriter, SeveralSheetsGetSanitisedRussianNames) {
  auto writer = xlsx::Writer::open();
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->add_sheet("Итоги 2025/2026: все районы области и городские округа", {{"Район"}}));
  ASSERT_TRUE(writer->add_row({"Энский"}));
  ASSERT_TRUE(writer->add_sheet("итоги 2025/2026: все районы области и городские округа", {{"Район"}}));
  ASSERT_TRUE(writer->add_sheet("", {{"Район"}}));
  const auto bytes = finished(*writer);
  const auto names = test::xpath(*test::zip_entry(bytes, "xl/workbook.xml"), "//x:sheet/@name");
  EXPECT_EQ(names, (std::vector<std::string>{"Итоги 2025-2026- все районы обл", "итоги 2025-2026- все районы (2)",
                                             "Лист 3"}));
  EXPECT_EQ(xlsx::read_first_sheet(bytes)->records.at(0).fields.at(0), "Энский");
}

TEST(XlsxWriter, TheHeaderIsBoldFrozenAndFilteredAndColumnsHaveTheirWidthAndFormat) {
  auto writer = xlsx::Writer::open();
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->add_sheet("Организации", kColumns));
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(writer->add_row({"Школа", std::int64_t{i}, 1.5, "да"}));
  const auto bytes = finished(*writer);
  const auto sheet = *test::zip_entry(bytes, "xl/worksheets/sheet1.xml");
  const auto styles = *test::zip_entry(bytes, "xl/styles.xml");

  EXPECT_EQ(test::xpath_one(sheet, "//x:pane/@state"), "frozen");
  EXPECT_EQ(test::xpath_one(sheet, "//x:pane/@ySplit"), "1");
  EXPECT_EQ(test::xpath_one(sheet, "//x:autoFilter/@ref"), "A1:D5");
  EXPECT_EQ(test::xpath_one(sheet, "//x:col[@min='1']/@width"), "40.7109375");  // 40 characters with Excel's padding
  const auto style_of = [&](const std::string& cell) {
    return std::stoi(test::xpath_one(sheet, "//x:c[@r='" + cell + "']/@s"));
  };
  const auto xf = [&](int index, const std::string& attribute) {
    return test::xpath_one(styles, "//x:cellXfs/x:xf[" + std::to_string(index + 1) + "]/@" + attribute);
  };
  const int font = std::stoi(xf(style_of("A1"), "fontId"));
  EXPECT_EQ(test::xpath_one(styles, "count(//x:fonts/x:font[" + std::to_string(font + 1) + "]/x:b)"), "1");
  const auto format_of = [&](const std::string& cell) {
    return test::xpath_one(styles, "//x:numFmt[@numFmtId=" + xf(style_of(cell), "numFmtId") + "]/@formatCode");
  };
  EXPECT_EQ(format_of("C2"), "#,##0.0");
  EXPECT_EQ(format_of("B2"), "#,##0");
}

TEST(XlsxWriter, EachSheetStatesItsRangeAndTheWorkbookNamesItsFilterAsExcelDoes) {
  auto writer = xlsx::Writer::open();
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->add_sheet("Итоги", {{"Год"}}));
  ASSERT_TRUE(writer->add_sheet("Д'Артаньян", kColumns));
  for (int i = 0; i < 11; ++i) ASSERT_TRUE(writer->add_row({"Школа", std::int64_t{i}}));
  const auto bytes = finished(*writer);
  // Readers that trust <dimension> (Python's openpyxl in read-only mode) see every row.
  EXPECT_EQ(test::xpath_one(*test::zip_entry(bytes, "xl/worksheets/sheet1.xml"), "//x:dimension/@ref"), "A1:A1");
  EXPECT_EQ(test::xpath_one(*test::zip_entry(bytes, "xl/worksheets/sheet2.xml"), "//x:dimension/@ref"), "A1:D12");
  const auto workbook = *test::zip_entry(bytes, "xl/workbook.xml");
  EXPECT_EQ(test::xpath(workbook, "//x:definedName[@name='_xlnm._FilterDatabase']"),
            (std::vector<std::string>{"'Итоги'!$A$1:$A$1", "'Д''Артаньян'!$A$1:$D$12"}));
  EXPECT_EQ(test::xpath(workbook, "//x:definedName/@localSheetId"), (std::vector<std::string>{"0", "1"}));
}

TEST(XlsxWriter, ManyRowsStreamOutInChunks) {
  OwnTemporaryDirectory temporary;
  auto writer = xlsx::Writer::open();
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->add_sheet("Анкеты", kColumns));
  for (int i = 0; i < 5000; ++i)
    ASSERT_TRUE(writer->add_row({"Организация с длинным названием", std::int64_t{i}, i / 7.0, "Комментарий"}));
  EXPECT_EQ(writer->rows_in_sheet(), 5001u);
  int chunks = 0;
  const auto bytes = finished(*writer, &chunks);
  EXPECT_GT(chunks, 1);
  const auto table = xlsx::read_first_sheet(bytes);
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_EQ(table->records.size(), 5000u);
  EXPECT_EQ(table->records.back().fields[1], "4999");
  EXPECT_TRUE(temporary.empty());
}

TEST(XlsxWriter, MistakesAreErrorsWithRussianMessages) {
  auto writer = xlsx::Writer::open();
  ASSERT_TRUE(writer);
  auto refused = writer->add_row({"рано"});
  EXPECT_EQ(refused.error().code, "xlsx_no_sheet");
  EXPECT_EQ(writer->add_sheet("Пусто", {}).error().code, "xlsx_bad_columns");
  ASSERT_TRUE(writer->add_sheet("Лист", {{"А"}, {"Б"}}));
  refused = writer->add_row({"1", "2", "3"});
  EXPECT_EQ(refused.error().code, "xlsx_too_many_cells");
  EXPECT_NE(refused.error().message.find("ячеек"), std::string::npos);
  refused = writer->add_row({"\xFF\xFE"});
  EXPECT_EQ(refused.error().code, "xlsx_bad_text");
  EXPECT_EQ(refused.error().column, "А");
  const std::string long_text(40'000, 'a');
  refused = writer->add_row({std::string_view(long_text)});
  EXPECT_EQ(refused.error().code, "xlsx_cell_too_long");
  EXPECT_NE(refused.error().message.find("32 767"), std::string::npos);
  finished(*writer);
  EXPECT_EQ(writer->add_row({"поздно"}).error().code, "xlsx_finished");
  EXPECT_EQ(writer->finish([](std::string_view) {}).error().code, "xlsx_finished");
}

int open_files() {
  const std::filesystem::directory_iterator entries("/proc/self/fd");
  return static_cast<int>(std::distance(begin(entries), end(entries)));
}

TEST(XlsxWriter, TheTemporaryFileIsRemovedWhenTheExportIsAbandonedOrTheSinkFails) {
  OwnTemporaryDirectory temporary;
  const int files = open_files();
  {
    auto writer = xlsx::Writer::open();
    ASSERT_TRUE(writer);
    ASSERT_TRUE(writer->add_sheet("Брошено", kColumns));
    ASSERT_TRUE(writer->add_sheet("И это", kColumns));
    ASSERT_TRUE(writer->add_row({"Школа", std::int64_t{1}, 2.5, "x"}));
    EXPECT_FALSE(temporary.empty());
  }
  EXPECT_TRUE(temporary.empty());
  EXPECT_EQ(open_files(), files);  // the sheets' own temporary files are closed too
  {
    auto writer = xlsx::Writer::open();
    ASSERT_TRUE(writer);
    ASSERT_TRUE(writer->add_sheet("Обрыв", kColumns));
    EXPECT_THROW(writer->finish([](std::string_view) { throw std::runtime_error("client went away"); }),
                 std::runtime_error);
  }
  EXPECT_TRUE(temporary.empty());
}

TEST(XlsxWriter, AWorkbookWithoutSheetsStillOpens) {
  auto writer = xlsx::Writer::open();
  ASSERT_TRUE(writer);
  const auto bytes = finished(*writer);
  EXPECT_EQ(test::xpath(*test::zip_entry(bytes, "xl/workbook.xml"), "//x:sheet/@name"),
            (std::vector<std::string>{"Лист 1"}));
}

TEST(XlsxSheetName, ForbiddenCharactersBecomeDashesAndNamesAreCutTo31Characters) {
  EXPECT_EQ(xlsx::sheet_name("Итоги [2026]: *?/\\", {}), "Итоги -2026-- ----");
  EXPECT_EQ(xlsx::sheet_name("Абвгдежзийклмнопрстуфхцчшщъыьэюя", {}), "Абвгдежзийклмнопрстуфхцчшщъыьэю");
  EXPECT_EQ(xlsx::sheet_name("  'Район'  ", {}), "Район");
  EXPECT_EQ(xlsx::sheet_name("a\x01\tb", {}), "ab");
  EXPECT_EQ(xlsx::sheet_name(std::string(30, 'x') + "👋", {}), std::string(30, 'x'));  // the emoji takes two
}

TEST(XlsxSheetName, ANameTakenInAnyCaseOrReservedGetsANumber) {
  EXPECT_EQ(xlsx::sheet_name("ИТОГИ", {"итоги"}), "ИТОГИ (2)");
  EXPECT_EQ(xlsx::sheet_name("Итоги", {"итоги", "Итоги (2)"}), "Итоги (3)");
  EXPECT_EQ(xlsx::sheet_name("history", {}), "history (2)");
  EXPECT_EQ(xlsx::sheet_name("", {"А", "Б"}), "Лист 3");
  EXPECT_EQ(xlsx::sheet_name(std::string(31, 'z'), {std::string(31, 'z')}), std::string(27, 'z') + " (2)");
}

}  // namespace
}  // namespace nok
