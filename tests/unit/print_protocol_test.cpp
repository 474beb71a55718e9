// The council's protocol: its text is in the PDF, and long texts flow onto more pages.
#include <gtest/gtest.h>

#include "print/protocol.h"
#include "unit/print_scan.h"

namespace nok::print {
namespace {

int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}
int pages(const std::string& pdf) { return count(pdf, "/Type /Page") - count(pdf, "/Type /Pages"); }

Protocol sample(int organisations, std::string deficiency) {
  Protocol p{"Департамент образования", 2026, 2, true, "Замечаний нет", "24.11.2026", "council", "abc123", {}};
  for (int i = 0; i < organisations; ++i)
    p.results.push_back({"s" + std::to_string(i), "Школа № " + std::to_string(i + 1), "344n-2019", "{}", 87.5,
                         deficiency, "Обновить стенды"});
  return p;
}

TEST(PrintProtocol, SaysWhatWasDecidedOnWhichMaterials) {
  auto pdf = render_protocol(sample(2, "Нет пандуса"));
  ASSERT_TRUE(pdf) << pdf.error().message;
  const auto text = test::pdf_text(*pdf);
  for (const char* expected : {"ПРОТОКОЛ", "Департамент образования", "2026 год (редакция 2)", "утвердить результаты",
                               "Замечаний нет", "abc123", "Школа № 2", "87.5 баллов", "Нет пандуса", "Обновить стенды"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  EXPECT_NE(test::pdf_fonts(*pdf).find("PTSerif"), std::string::npos);
}

TEST(PrintProtocol, LongTextsFlowOntoFurtherPagesInsteadOfOverflowing) {
  std::string long_text;
  for (int i = 0; i < 400; ++i) long_text += "длинный недостаток номер " + std::to_string(i) + " ";
  auto pdf = render_protocol(sample(30, long_text));
  ASSERT_TRUE(pdf) << pdf.error().message;
  EXPECT_GT(pages(*pdf), 3);
  const auto text = test::pdf_text(*pdf);
  EXPECT_NE(text.find("Школа № 30"), std::string::npos);
  EXPECT_NE(text.find("номер 399"), std::string::npos);
  EXPECT_NE(text.find("Решение записал: council"), std::string::npos);
}

}  // namespace
}  // namespace nok::print
