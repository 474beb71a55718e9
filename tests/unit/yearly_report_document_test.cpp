// The yearly report as Word and PDF: the figures and texts of both years are in each, and a
// year without figures still makes a whole document that says so.
#include <gtest/gtest.h>

#include "print/pdf_report.h"
#include "unit/package_reader.h"
#include "unit/print_scan.h"
#include "web/staff/yearly_report_document.h"

namespace nok {
namespace {

monitoring::YearlyReport report(bool with_figures, std::string use_text = "Итоги обсуждены на коллегии") {
  monitoring::YearlyReportFacts f;
  f.authority = "Министерство культуры Энской области";
  f.region = "Энская область";
  f.previous.year = 2025;
  f.current.year = 2026;
  if (with_figures) {
    f.current.totals.organisations = 3;
    f.current.totals.reviews = 4321;
    f.current.totals.reviews_positive = 4000;
    f.current.totals.placements = 17;
  }
  f.current.notes.results_use = std::move(use_text);
  f.formed_at = "2026-12-15T08:30:00Z";
  return monitoring::build_yearly_report(f);
}

std::string docx_text(const std::string& docx) {
  std::string text;
  for (const auto& t : test::xpath(*test::zip_entry(docx, "word/document.xml"), "//w:t")) text += t + " ";
  return text;
}

TEST(YearlyReportDocument, TheWordReportHasTheTitleTheFiguresOfBothYearsAndTheTexts) {
  const auto docx = web::yearly_report_docx(report(true));
  ASSERT_TRUE(docx) << docx.error().message;
  const auto text = docx_text(*docx);
  for (const char* expected : {"Информация об использовании результатов мониторинга", "за 2025 и 2026 годы",
                               "Министерство культуры Энской области", "2025 год", "2026 год", "4\u00A0321", "4\u00A0000",
                               "17", "Итоги обсуждены на коллегии", "Сформировано в nok 15.12.2026"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  EXPECT_EQ(test::xpath_one(*test::zip_entry(*docx, "word/document.xml"), "count(//w:tbl)"), "3");
}

TEST(YearlyReportDocument, ThePdfHasTheSameContent) {
  const auto pdf = web::yearly_report_pdf(report(true));
  ASSERT_TRUE(pdf) << pdf.error().message;
  ASSERT_EQ(pdf->rfind("%PDF-", 0), 0u);
  const auto text = test::pdf_text(*pdf);
  for (const char* expected : {"Информация об использовании", "2026 год", "Количество отзывов об организациях",
                               "Итоги обсуждены на коллегии", "Сформировано в nok"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  EXPECT_NE(text.find("4 321"), std::string::npos) << text;  // pdftotext turns the no-break space into a space
  EXPECT_NE(test::pdf_fonts(*pdf).find("PTSans"), std::string::npos);
}

TEST(YearlyReportDocument, AYearWithoutFiguresStillMakesBothDocumentsThatSaySo) {
  const auto empty = report(false, "");
  const auto docx = web::yearly_report_docx(empty);
  ASSERT_TRUE(docx);
  EXPECT_NE(docx_text(*docx).find("нет данных"), std::string::npos);
  EXPECT_NE(docx_text(*docx).find("Сведения не внесены."), std::string::npos);
  const auto pdf = web::yearly_report_pdf(empty);
  ASSERT_TRUE(pdf);
  EXPECT_NE(test::pdf_text(*pdf).find("нет данных"), std::string::npos);
}

TEST(PdfReport, ALongTextAndALongTableRunOntoFurtherPages) {
  print::PdfReport pdf("Проверка");
  print::DocxTable table;
  table.header = {"Строка", "Значение"};
  table.numeric = {false, true};
  for (int i = 1; i <= 120; ++i) table.rows.push_back({"строка " + std::to_string(i), std::to_string(i * 7)});
  pdf.table(table);
  std::string long_text;
  for (int i = 0; i < 600; ++i) long_text += "слово" + std::to_string(i) + " ";
  pdf.paragraph(long_text);
  pdf.table({});  // no header: left out
  const auto bytes = pdf.render();
  ASSERT_TRUE(bytes) << bytes.error().message;
  const auto text = test::pdf_text(*bytes);
  EXPECT_NE(text.find("строка 120 840"), std::string::npos);
  EXPECT_NE(text.find("слово599"), std::string::npos);
  int pages = 0;
  for (auto at = bytes->find("/Type /Page"); at != std::string::npos; at = bytes->find("/Type /Page", at + 1))
    if (bytes->compare(at, 12, "/Type /Pages") != 0) ++pages;
  EXPECT_GE(pages, 3);
}

}  // namespace
}  // namespace nok
