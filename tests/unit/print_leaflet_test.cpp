// The A5 leaflet: print-ready size with bleed and trim marked for the print shop, the steps
// in large type, the organisation's name, and a QR code that decodes to its URL with the
// placement.
#include <gtest/gtest.h>

#include <regex>

#include "print/leaflet.h"
#include "print/scan_distance.h"
#include "print/target_url.h"
#include "unit/print_scan.h"

namespace nok::print {
namespace {

constexpr double kPt = 72 / 25.4;
const std::string kPublic = "https://nok.example.ru";

Organisation hospital() {
  Organisation o;
  o.code = "gp25";
  o.short_name = "Городская поликлиника № 25";
  o.sphere = Sphere::health;
  return o;
}

Leaflet leaflet_with_placement() {
  return {hospital(), organisation_url(kPublic, "gp25", 4711), typed_address(kPublic, "gp25")};
}

// "TrimBox:  8.50 8.50 428.03 603.78" → the four numbers.
std::vector<double> box(const std::string& pdfinfo, const std::string& name) {
  std::smatch m;
  const std::regex line(name + R"(:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+))");
  if (!std::regex_search(pdfinfo, m, line)) return {};
  return {std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4])};
}

TEST(PrintLeaflet, PageIsA5WithThreeMillimetresOfBleedAndTheTrimMarked) {
  auto pdf = leaflet_pdf(leaflet_with_placement());
  ASSERT_TRUE(pdf) << pdf.error().message;
  const auto page = test::pdf_words(*pdf);
  EXPECT_NEAR(page.width_pt, 154 * kPt, 0.5);
  EXPECT_NEAR(page.height_pt, 216 * kPt, 0.5);
  const auto boxes = test::pdf_boxes(*pdf);
  const auto trim = box(boxes, "TrimBox"), bleed = box(boxes, "BleedBox");
  ASSERT_EQ(trim.size(), 4u) << boxes;
  EXPECT_NEAR(trim[0], 3 * kPt, 0.01);
  EXPECT_NEAR(trim[1], 3 * kPt, 0.01);
  EXPECT_NEAR(trim[2] - trim[0], 148 * kPt, 0.01);
  EXPECT_NEAR(trim[3] - trim[1], 210 * kPt, 0.01);
  ASSERT_EQ(bleed.size(), 4u) << boxes;
  EXPECT_NEAR(bleed[2], 154 * kPt, 0.01);
  EXPECT_NEAR(bleed[3], 216 * kPt, 0.01);
}

TEST(PrintLeaflet, TextStaysClearOfTheCutAndReadsLarge) {
  auto pdf = leaflet_pdf(leaflet_with_placement());
  ASSERT_TRUE(pdf) << pdf.error().message;
  const auto page = test::pdf_words(*pdf);
  const double safe = (3 + 5) * kPt;  // the bleed and 5 mm inside the cut
  for (const auto& w : page.words) {
    EXPECT_GE(w.x_min, safe - 0.5) << w.text;
    EXPECT_LE(w.x_max, page.width_pt - safe + 0.5) << w.text;
    EXPECT_GE(w.y_min, safe - 0.5) << w.text;
    EXPECT_LE(w.y_max, page.height_pt - safe + 0.5) << w.text;
  }
  const auto text = test::pdf_text(*pdf);
  for (const char* expected : {"Как оценить качество услуг", "шаг за шагом", "Пройти анкету", "код из SMS",
                               "Отправить анкету", "Городская поликлиника № 25", "nok.example.ru/o/gp25"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected;
  EXPECT_EQ(text.find("?p="), std::string::npos);  // the typed address has no placement
  // The steps, the leaflet's main text, are 13 pt or larger: a word's box is about the size.
  bool found_step = false;
  for (const auto& w : page.words)
    if (w.text == "Ответьте") {
      found_step = true;
      EXPECT_GE(w.y_max - w.y_min, 13 * 0.95) << "step text height in points";
    }
  EXPECT_TRUE(found_step);
}

TEST(PrintLeaflet, QrDecodesToTheOrganisationWithItsPlacement) {
  auto pdf = leaflet_pdf(leaflet_with_placement());
  ASSERT_TRUE(pdf) << pdf.error().message;
  const auto found = test::scan_qr(test::rasterise_pdf(*pdf, 150));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "https://nok.example.ru/o/gp25?p=4711");
  EXPECT_GE(test::px_to_mm(found[0].side_px, 150), kMinPrintedQrMm);
}

TEST(PrintLeaflet, EverySphereAndALongNameStillFit) {
  for (auto sphere : {Sphere::culture, Sphere::health, Sphere::education, Sphere::social, Sphere::mse}) {
    auto l = leaflet_with_placement();
    l.organisation.sphere = sphere;
    for (int i = 0; i < 60; ++i) l.organisation.short_name += "Учреждение ";
    auto pdf = leaflet_pdf(l);
    EXPECT_TRUE(pdf) << pdf.error().message;
  }
}

TEST(PrintLeaflet, TypedAddressDropsTheSchemeAndThePlacement) {
  EXPECT_EQ(typed_address("https://nok.example.ru", "gp25"), "nok.example.ru/o/gp25");
  EXPECT_EQ(typed_address("http://127.0.0.1:8080/nok", "a b"), "127.0.0.1:8080/nok/o/a%20b");
}

}  // namespace
}  // namespace nok::print
