// The Word report: a package Word and LibreOffice open, read back with libzip and libxml2.
#include <gtest/gtest.h>

#include <fstream>

#include "print/docx_writer.h"
#include "support/temp_dir.h"
#include "unit/package_reader.h"
#include "unit/print_scan.h"

namespace nok {
namespace {

using print::DocxTable;
using print::DocxWriter;
using print::Run;

std::string written(const DocxWriter& document) {
  std::string bytes;
  const auto done = document.write([&bytes](std::string_view chunk) { bytes.append(chunk); });
  EXPECT_TRUE(done) << done.error().message;
  return bytes;
}

DocxWriter report() {
  DocxWriter document("Мониторинг НОК: Энская область, 2026 год");
  document.heading(1, "Мониторинг НОК");
  document.paragraph({Run{"Охват: ", true}, Run{"87,5 % организаций"}});
  document.heading(2, "Организации");
  DocxTable table;
  table.caption = "Анкеты по организациям";
  table.header = {"Организация", "Анкеты", "Доля сайта"};
  table.numeric = {false, true, true};
  table.widths = {3, 1, 1};
  table.rows = {{"Школа № 1", "1 234", "45,5 %"}, {"Лицей «Вектор» & Co", "12"}};
  document.table(table);
  return document;
}

TEST(DocxWriter, ThePackageHasEveryPartWordNeedsAndEachIsWellFormed) {
  const auto bytes = written(report());
  const auto names = test::zip_names(bytes);
  EXPECT_EQ(names, (std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "word/document.xml",
                                             "word/_rels/document.xml.rels", "word/styles.xml", "word/footer1.xml",
                                             "docProps/core.xml"}));
  for (const auto& name : names) EXPECT_NO_THROW(test::xpath(*test::zip_entry(bytes, name), "/")) << name;
  const auto types = *test::zip_entry(bytes, "[Content_Types].xml");
  EXPECT_EQ(test::xpath_one(types, "//ct:Override[@PartName='/word/document.xml']/@ContentType"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
  EXPECT_EQ(test::xpath_one(*test::zip_entry(bytes, "_rels/.rels"),
                            "//pr:Relationship[contains(@Type, '/officeDocument')]/@Target"),
            "word/document.xml");
  const auto relationships = *test::zip_entry(bytes, "word/_rels/document.xml.rels");
  EXPECT_EQ(test::xpath_one(relationships, "//pr:Relationship[contains(@Type, '/styles')]/@Target"), "styles.xml");
  EXPECT_EQ(test::xpath_one(*test::zip_entry(bytes, "docProps/core.xml"), "//dc:title"),
            "Мониторинг НОК: Энская область, 2026 год");
}

TEST(DocxWriter, HeadingsParagraphsAndBoldRunsReadBack) {
  const auto document = *test::zip_entry(written(report()), "word/document.xml");
  EXPECT_EQ(test::xpath(document, "//w:p[w:pPr/w:pStyle/@w:val='Heading1']"),
            (std::vector<std::string>{"Мониторинг НОК"}));
  EXPECT_EQ(test::xpath_one(document, "//w:p[w:pPr/w:pStyle/@w:val='Heading2']"), "Организации");
  EXPECT_EQ(test::xpath_one(document, "/w:document/w:body/w:p[2]"), "Охват: 87,5 % организаций");
  EXPECT_EQ(test::xpath(document, "//w:r[w:rPr/w:b]/w:t[not(ancestor::w:tbl)]"), (std::vector<std::string>{"Охват: "}));
}

TEST(DocxWriter, TableCellsReadBackWithARepeatingHeaderRowAndPaddedRows) {
  const auto document = *test::zip_entry(written(report()), "word/document.xml");
  EXPECT_EQ(test::xpath(document, "//w:tbl/w:tr[1]/w:tc"),
            (std::vector<std::string>{"Организация", "Анкеты", "Доля сайта"}));
  EXPECT_EQ(test::xpath_one(document, "count(//w:tbl/w:tr[w:trPr/w:tblHeader])"), "1");
  EXPECT_EQ(test::xpath(document, "//w:tbl/w:tr[2]/w:tc"), (std::vector<std::string>{"Школа № 1", "1 234", "45,5 %"}));
  EXPECT_EQ(test::xpath(document, "//w:tbl/w:tr[3]/w:tc"), (std::vector<std::string>{"Лицей «Вектор» & Co", "12", ""}));
  EXPECT_EQ(test::xpath_one(document, "count(//w:tbl/w:tblGrid/w:gridCol)"), "3");
  EXPECT_EQ(test::xpath_one(document, "//w:tbl/w:tr[2]/w:tc[2]/w:p/w:pPr/w:jc/@w:val"), "right");
  EXPECT_EQ(test::xpath_one(document, "//w:tblCaption/@w:val"), "Анкеты по организациям");
  EXPECT_EQ(test::xpath_one(document, "sum(//w:gridCol/@w:w) <= 9355"), "true");
  EXPECT_EQ(test::xpath_one(document, "//w:gridCol[1]/@w:w"), "5613");  // 3 of 5 shares
  EXPECT_EQ(test::xpath_one(document, "name(/w:document/w:body/*[last() - 1])"), "w:p");  // a paragraph after the table
}

TEST(DocxWriter, MarkupInTextStaysTextAndControlCharactersAreDropped) {
  DocxWriter document("<Отчёт>");
  document.paragraph("</w:t></w:r><w:r><w:t>вставка\x01\x0B конец");
  document.paragraph("первая строка\nвторая\tколонка");
  const auto bytes = written(document);
  const auto xml = *test::zip_entry(bytes, "word/document.xml");
  EXPECT_EQ(test::xpath_one(xml, "/w:document/w:body/w:p[1]"), "</w:t></w:r><w:r><w:t>вставка конец");
  EXPECT_EQ(test::xpath_one(xml, "count(/w:document/w:body/w:p[1]//w:t)"), "1");
  EXPECT_EQ(test::xpath_one(xml, "count(/w:document/w:body/w:p[2]//w:br)"), "1");
  EXPECT_EQ(test::xpath_one(xml, "count(/w:document/w:body/w:p[2]//w:tab)"), "1");
  EXPECT_EQ(test::xpath_one(*test::zip_entry(bytes, "docProps/core.xml"), "//dc:title"), "<Отчёт>");
}

TEST(DocxWriter, PagesAreA4PortraitInPtSerifWithPtSansHeadingsInRussian) {
  const auto bytes = written(report());
  const auto document = *test::zip_entry(bytes, "word/document.xml");
  EXPECT_EQ(test::xpath_one(document, "//w:sectPr/w:pgSz/@w:w"), "11906");
  EXPECT_EQ(test::xpath_one(document, "//w:sectPr/w:pgSz/@w:h"), "16838");
  EXPECT_EQ(test::xpath_one(document, "count(//w:sectPr/w:pgSz/@w:orient)"), "0");
  EXPECT_EQ(test::xpath_one(document, "//w:sectPr/w:pgMar/@w:left"), "1701");
  const auto styles = *test::zip_entry(bytes, "word/styles.xml");
  EXPECT_EQ(test::xpath_one(styles, "//w:docDefaults//w:rFonts/@w:ascii"), "PT Serif");
  EXPECT_EQ(test::xpath_one(styles, "//w:docDefaults//w:lang/@w:val"), "ru-RU");
  EXPECT_EQ(test::xpath_one(styles, "//w:style[@w:styleId='Heading1']//w:rFonts/@w:ascii"), "PT Sans");
  EXPECT_EQ(test::xpath_one(styles, "//w:style[@w:styleId='Heading2']//w:outlineLvl/@w:val"), "1");
}

TEST(DocxWriter, AnEmptyDocumentStillHasAParagraphAndATableWithoutHeaderIsLeftOut) {
  DocxWriter document("Пусто");
  document.table(DocxTable{});
  const auto xml = *test::zip_entry(written(document), "word/document.xml");
  EXPECT_EQ(test::xpath_one(xml, "count(//w:tbl)"), "0");
  EXPECT_EQ(test::xpath_one(xml, "count(/w:document/w:body/w:p)"), "1");
}

TEST(DocxWriter, UnzipAcceptsTheArchive) {
  test::TempDir dir;
  std::ofstream(dir.file("r.docx"), std::ios::binary) << written(report());
  std::string out;
  EXPECT_EQ(test::run("unzip -t '" + dir.file("r.docx") + "'", out), 0) << out;
}

// LibreOffice is not a dependency; where it is installed, it must read the text back.
TEST(DocxWriter, LibreOfficeReadsTheTextWhenItIsInstalled) {
  std::string out;
  if (test::run("command -v soffice", out) != 0) GTEST_SKIP() << "soffice is not installed";
  test::TempDir dir;
  std::ofstream(dir.file("r.docx"), std::ios::binary) << written(report());
  ASSERT_EQ(test::run("cd '" + dir.path().string() + "' && HOME='" + dir.path().string() +
                          "' soffice --headless --convert-to txt:Text r.docx",
                      out),
            0)
      << out;
  std::ifstream text(dir.file("r.txt"));
  const std::string content((std::istreambuf_iterator<char>(text)), std::istreambuf_iterator<char>());
  EXPECT_NE(content.find("Мониторинг НОК"), std::string::npos) << content;
  EXPECT_NE(content.find("Школа № 1"), std::string::npos) << content;
}

}  // namespace
}  // namespace nok
