// Uploaded logos: good PNG and SVG files print; broken, huge and hostile ones are refused
// with a message that says why, before anything decodes them.
#include <cairo.h>
#include <gtest/gtest.h>

#include "print/logo.h"
#include "print/png_writer.h"
#include "print/poster.h"
#include "unit/print_scan.h"

namespace nok::print {
namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// A real 120×60 PNG drawn by cairo: a red disc on transparency.
std::string small_png() {
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 120, 60);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 0.8, 0.1, 0.1);
  cairo_arc(cr, 60, 30, 25, 0, 6.3);
  cairo_fill(cr);
  cairo_destroy(cr);
  std::string out;
  cairo_surface_write_to_png_stream(surface, append, &out);
  cairo_surface_destroy(surface);
  return out;
}

const std::string kSvg =
    R"svg(<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50">)svg"
    R"svg(<defs><linearGradient id="g"><stop offset="0" stop-color="#0b4f9c"/><stop offset="1" stop-color="#fff"/></linearGradient></defs>)svg"
    R"svg(<rect width="100" height="50" fill="url(#g)"/><use xlink:href="#g"/><circle cx="50" cy="25" r="20" fill="#7a1f3d"/></svg>)svg";

std::string svg_with(const std::string& inside) {
  return R"svg(<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">)svg" +
         inside + "</svg>";
}

void expect_refused(const std::string& bytes, const std::string& why) {
  auto logo = Logo::from_bytes(bytes);
  ASSERT_FALSE(logo) << why;
  EXPECT_EQ(logo.error().code, "bad_logo");
  EXPECT_NE(logo.error().message.find(why), std::string::npos) << logo.error().message;
}

TEST(PrintLogo, GoodPngAndSvgArePrintedOnThePoster) {
  auto png = Logo::from_bytes(small_png());
  ASSERT_TRUE(png) << png.error().message;
  auto svg = Logo::from_bytes(kSvg);
  ASSERT_TRUE(svg) << svg.error().message;
  Poster poster{{}, "https://nok.example.ru/o/m1", PaperFormat::a4};
  poster.organisation.short_name = "Музей";
  poster.organisation_logo = std::make_shared<const Logo>(std::move(*png));
  poster.authority_logo = std::make_shared<const Logo>(std::move(*svg));
  auto pdf = poster_pdf(poster);
  ASSERT_TRUE(pdf) << pdf.error().message;
  const auto image = test::rasterise_pdf(*pdf, 72);
  const auto found = test::scan_qr(image);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, poster.url);
  // The PNG's red disc sits in the band's left plate, the SVG's burgundy disc in the right one.
  auto darkest_in = [&](double x_mm, double y_mm) {
    int darkest = 255;
    for (int dy = -3; dy <= 3; ++dy)
      for (int dx = -3; dx <= 3; ++dx)
        darkest =
            std::min<int>(darkest, image.pixels[int(y_mm / 25.4 * 72 + dy) * image.width + int(x_mm / 25.4 * 72 + dx)]);
    return darkest;
  };
  EXPECT_LT(darkest_in(28, 28), 160) << "organisation logo";
  EXPECT_LT(darkest_in(182, 28), 160) << "authority logo";
}

TEST(PrintLogo, A20000By20000PngIsRefusedBeforeDecoding) {
  // A real, valid file of 400 million white pixels — about 50 KB compressed, 1.6 GB decoded.
  const auto bomb = encode_gray_png({20000, 20000, 1, 0},
                                    [](int, std::span<std::uint8_t> row) { std::fill(row.begin(), row.end(), 0xFF); });
  ASSERT_LT(bomb.size(), 200'000u);
  expect_refused(bomb, "20000×20000");
}

TEST(PrintLogo, BrokenAndForeignFilesAreRefused) {
  auto png = small_png();
  expect_refused(png.substr(0, png.size() / 2), "повреждён");
  expect_refused(png.substr(0, 20), "повреждён");
  expect_refused("\xFF\xD8\xFF\xE0 JFIF", "нужен файл PNG или SVG");
  expect_refused("%PDF-1.5", "нужен файл PNG или SVG");
  expect_refused("", "пуст");
  expect_refused(png + std::string(2 * 1024 * 1024, '\0'), "больше 2 МБ");
  expect_refused(svg_with(std::string(600 * 1024, ' ')), "больше 512 КБ");
  expect_refused("<svg><circle", "повреждён");
}

TEST(PrintLogo, HostileSvgIsRefused) {
  expect_refused(svg_with("<script>alert(1)</script>"), "script");
  expect_refused(svg_with(R"svg(<circle r="5" onload="alert(1)"/>)svg"), "обработчик событий");
  expect_refused(svg_with(R"svg(<circle r="5" ONCLICK = 'x()'/>)svg"), "обработчик событий");
  expect_refused(svg_with(R"svg(<image href="http://evil.example/x.png" width="10" height="10"/>)svg"), "href");
  expect_refused(svg_with(R"svg(<image xlink:href="file:///etc/passwd"/>)svg"), "href");
  expect_refused(svg_with(R"svg(<image href="data:image/png;base64,iVBORw0KGgo="/>)svg"), "href");
  expect_refused(svg_with(R"svg(<use href = "other.svg#x"/>)svg"), "href");
  expect_refused(svg_with(R"svg(<rect style="fill:url(https://evil.example/p)"/>)svg"), "url");
  expect_refused(svg_with(R"svg(<style>@import 'https://evil.example/a.css';</style>)svg"), "@import");
  expect_refused(svg_with(R"svg(<foreignObject><iframe src="https://evil.example"/></foreignObject>)svg"),
                 "foreignObject");
  expect_refused(svg_with(R"svg(<a href="javascript:alert(1)"><circle r="5"/></a>)svg"), "javascript");
  expect_refused(
      R"svg(<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>)svg" +
          svg_with("<text>&b;</text>"),
      "DOCTYPE");
  expect_refused(R"svg(<?xml-stylesheet href="https://evil.example/s.css"?>)svg" + svg_with(""), "таблица стилей");
  EXPECT_TRUE(Logo::from_bytes(svg_with(R"svg(<circle r="5" fill="url( '#g' )"/><use href="#c"/>)svg")));
  auto words = Logo::from_bytes(svg_with(R"svg(<text>photon on = off</text>)svg"));  // words, not attributes
  EXPECT_TRUE(words) << words.error().message;
}

}  // namespace
}  // namespace nok::print
