// Paper carriers and screens: label sheets and tickets keep every QR code at 32 mm or
// more with the model text, and decode to the organisation's URL.
#include <gtest/gtest.h>

#include "print/carriers.h"
#include "print/scan_distance.h"
#include "unit/print_scan.h"

namespace nok::print {
namespace {

using test::px_to_mm;

const std::string kUrl = "https://nok.example.ru/o/lib7";

Organisation library() {
  Organisation o;
  o.code = "lib7";
  o.short_name = "Центральная городская библиотека им. М. Горького";
  o.sphere = Sphere::culture;
  return o;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

TEST(PrintLabels, SheetOfA4LabelsAllScanAtAtLeast32Mm) {
  for (double side : {32.0, 36.0, 50.0}) {
    auto pdf = label_sheet_pdf(library(), kUrl, side);
    ASSERT_TRUE(pdf) << pdf.error().message;
    const auto page = test::pdf_words(*pdf);
    EXPECT_NEAR(page.width_pt, 595.3, 0.5);
    EXPECT_NEAR(page.height_pt, 841.9, 0.5);
    const auto found = test::scan_every_qr(test::rasterise_pdf(*pdf, 150));
    ASSERT_GE(found.size(), side <= 36 ? 12u : 6u) << side;
    for (const auto& qr : found) {
      EXPECT_EQ(qr.text, kUrl);
      EXPECT_GE(px_to_mm(qr.side_px, 150), kMinPrintedQrMm - 1) << side;  // within a module of the minimum
      EXPECT_NEAR(px_to_mm(qr.side_px, 150), side, 1.5);
    }
    const auto text = test::pdf_text(*pdf);
    EXPECT_EQ(count(text, "Оцените условия предоставления услуг, используя QR-код!"), found.size()) << side;
    EXPECT_EQ(count(text, "Центральная городская библиотека"), found.size());
  }
}

TEST(PrintLabels, SizesOutsideTheRuleAreRefused) {
  EXPECT_EQ(label_sheet_pdf(library(), kUrl, 31).error().code, "bad_size");
  EXPECT_EQ(label_sheet_pdf(library(), kUrl, 81).error().code, "bad_size");
}

TEST(PrintTicket, NarrowRollsKeepTheQrAtAtLeast32Mm) {
  for (int width : {58, 80}) {
    auto pdf = ticket_pdf(library(), kUrl, width);
    ASSERT_TRUE(pdf) << pdf.error().message;
    const auto page = test::pdf_words(*pdf);
    EXPECT_NEAR(page.width_pt / 72 * 25.4, width, 0.1);
    EXPECT_GT(page.height_pt / 72 * 25.4, 60);
    EXPECT_LT(page.height_pt / 72 * 25.4, 150);
    const auto found = test::scan_qr(test::rasterise_pdf(*pdf, 203));  // a thermal head's resolution
    ASSERT_EQ(found.size(), 1u) << width;
    EXPECT_EQ(found[0].text, kUrl);
    EXPECT_GE(px_to_mm(found[0].side_px, 203), kMinPrintedQrMm);
    const auto text = test::pdf_text(*pdf);
    EXPECT_NE(text.find("Оцените условия предоставления услуг, используя QR-код!"), std::string::npos);
    EXPECT_NE(text.find(kUrl), std::string::npos);
    for (const auto& w : page.words) {
      EXPECT_GE(w.x_min, (width == 58 ? 5 : 4) * 72 / 25.4 - 0.5) << w.text;  // inside the printable width
      EXPECT_LE(w.x_max, page.width_pt - (width == 58 ? 5 : 4) * 72 / 25.4 + 0.5) << w.text;
    }
  }
  EXPECT_EQ(ticket_pdf(library(), kUrl, 70).error().code, "bad_width");
}

TEST(PrintWebsiteBlock, ImageHasTextQrAndLinkAndScans) {
  auto png = website_block_png(library(), kUrl);
  ASSERT_TRUE(png) << png.error().message;
  const auto image = test::decode_png(*png);
  EXPECT_EQ(image.width, 520);  // 88 mm at 150 dpi
  const auto found = test::scan_qr(image);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, kUrl);
  // Text above the code and the link below it: dark pixels on both sides of the symbol.
  auto dark_rows = [&](int from, int to) {
    int rows = 0;
    for (int y = std::max(0, from); y < std::min(image.height, to); ++y)
      for (int x = 0; x < image.width; ++x)
        if (image.pixels[y * image.width + x] < 128) {
          ++rows;
          break;
        }
    return rows;
  };
  EXPECT_GT(dark_rows(0, static_cast<int>(found[0].top) - 40), 20);
  EXPECT_GT(dark_rows(static_cast<int>(found[0].bottom) + 40, image.height), 20);
}

}  // namespace
}  // namespace nok::print
