// QR codes: the URL they carry (an external interface), and that every file format
// decodes to it with a real reader at the size it claims.
#include <gtest/gtest.h>

#include "print/qr_code.h"
#include "print/qr_render.h"
#include "print/target_url.h"
#include "unit/print_scan.h"

namespace nok::print {
namespace {

using test::px_to_mm;

TEST(PrintUrl, IsExactlyBaseSlashOSlashCodeAndPlacementAsP) {
  EXPECT_EQ(organisation_url("https://nok.example.ru", "sch1"), "https://nok.example.ru/o/sch1");
  EXPECT_EQ(organisation_url("https://nok.example.ru", "sch1", 42), "https://nok.example.ru/o/sch1?p=42");
  EXPECT_EQ(organisation_url("http://127.0.0.1:8080", "a-b_C9", 9223372036854775807),
            "http://127.0.0.1:8080/o/a-b_C9?p=9223372036854775807");
  EXPECT_EQ(organisation_url("http://h", "код 1"), "http://h/o/%D0%BA%D0%BE%D0%B4%201");
}

TEST(PrintUrl, PublicUrlIsNormalisedOrRefused) {
  EXPECT_EQ(parse_public_url("https://nok.example.ru/").value(), "https://nok.example.ru");
  EXPECT_EQ(parse_public_url("http://10.0.0.1:8080/nok//").value(), "http://10.0.0.1:8080/nok");
  for (const char* bad : {"nok.example.ru", "ftp://x", "https://", "https:///path", "https://x/?a=1", "https://x/#f",
                          "https://a b", "https://пример.рф"})
    EXPECT_FALSE(parse_public_url(bad)) << bad;
  EXPECT_FALSE(parse_public_url("https://" + std::string(80, 'a') + ".ru"));
  EXPECT_EQ(parse_public_url("ftp://x").error().code, "bad_public_url");
}

TEST(PrintUrl, PlacementIdsArePositiveDecimal64BitIntegers) {
  EXPECT_EQ(parse_placement_id("1").value(), 1);
  EXPECT_EQ(parse_placement_id("9223372036854775807").value(), 9223372036854775807);
  for (const char* bad : {"", "0", "-1", "01", "1.5", "abc", "12a", "9223372036854775808", " 1"})
    EXPECT_FALSE(parse_placement_id(bad)) << bad;
}

TEST(PrintQr, UsesQUnlessItNeedsALargerSymbolThanM) {
  // Version 3 holds 32 bytes at Q and 42 at M (ISO/IEC 18004, table 7).
  auto short_url = encode_qr("http://x.example/o/" + std::string(12, 'a'));  // 31 bytes
  ASSERT_TRUE(short_url);
  EXPECT_EQ(short_url->level(), QrLevel::q);
  EXPECT_EQ(short_url->version(), 3);
  auto longer_url = encode_qr("http://x.example/o/" + std::string(20, 'a'));  // 39 bytes: Q needs version 4
  ASSERT_TRUE(longer_url);
  EXPECT_EQ(longer_url->level(), QrLevel::m);
  EXPECT_EQ(longer_url->version(), 3);
  EXPECT_EQ(longer_url->size(), 29);
  EXPECT_EQ(longer_url->size_with_quiet_zone(), 37);
}

TEST(PrintQr, RefusesEmptyAndOverlongText) {
  EXPECT_EQ(encode_qr("").error().code, "qr_bad_text");
  EXPECT_EQ(encode_qr(std::string(301, 'a')).error().code, "qr_bad_text");
}

const std::string kUrl = "https://nok.example.ru/o/sch1?p=1234567890123";

TEST(PrintQr, SvgDecodesToTheUrlAndKeepsAQuietZone) {
  auto qr = encode_qr(kUrl);
  ASSERT_TRUE(qr);
  const auto svg = qr_svg(*qr);
  const int pixels = 8 * qr->size_with_quiet_zone();
  const auto image = test::rasterise_svg(svg, pixels);
  const auto found = test::scan_qr(image);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, kUrl);
  for (int y = 0; y < 4 * 8; ++y)  // four modules of white all round
    for (int x = 0; x < pixels; ++x) {
      ASSERT_GT(image.pixels[y * pixels + x], 200) << x << "," << y;
      ASSERT_GT(image.pixels[(pixels - 1 - y) * pixels + x], 200);
      ASSERT_GT(image.pixels[x * pixels + y], 200);
    }
  EXPECT_NE(qr_svg(*qr, 40).find("width=\"51.03mm\""), std::string::npos) << "40 mm symbol + 2 × 4 modules";
}

TEST(PrintQr, PngAtAnyDpiDecodesAtThePrintedSize) {
  auto qr = encode_qr(kUrl);
  ASSERT_TRUE(qr);
  for (int dpi : {150, 300, 600}) {
    auto png = qr_png(*qr, dpi, 40);
    ASSERT_TRUE(png);
    const auto image = test::decode_png(*png);
    EXPECT_EQ(image.width, image.height);
    EXPECT_EQ(image.width % qr->size_with_quiet_zone(), 0) << "whole pixels per module";
    const auto found = test::scan_qr(image);
    ASSERT_EQ(found.size(), 1u) << dpi;
    EXPECT_EQ(found[0].text, kUrl);
    // zbar's corners are module centres of the finder patterns' outer edge: side within a module.
    EXPECT_NEAR(px_to_mm(found[0].side_px, dpi), 40, 40.0 / qr->size() * 1.5) << dpi;
    EXPECT_NE(png->find("pHYs"), std::string::npos);
  }
  EXPECT_EQ(qr_png(*qr, 1200, 1000).error().code, "qr_too_large");
}

TEST(PrintQr, PdfPageIsTheSymbolAndItsQuietZone) {
  auto qr = encode_qr(kUrl);
  ASSERT_TRUE(qr);
  auto pdf = qr_pdf(*qr, 50);
  ASSERT_TRUE(pdf);
  const auto page = test::pdf_words(*pdf);
  const double expected_mm = 50.0 * qr->size_with_quiet_zone() / qr->size();
  EXPECT_NEAR(page.width_pt / 72 * 25.4, expected_mm, 0.1);
  EXPECT_NEAR(page.height_pt / 72 * 25.4, expected_mm, 0.1);
  const auto image = test::rasterise_pdf(*pdf, 200);
  const auto found = test::scan_qr(image);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, kUrl);
  EXPECT_NEAR(px_to_mm(found[0].side_px, 200), 50, 50.0 / qr->size() * 1.5);
}

}  // namespace
}  // namespace nok::print
