// The QR codes in an image: PNG and SVG as nok itself draws them, data: URLs, and images
// built to exhaust memory or to reach outside.
#include "crawl/qr_image.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <gtest/gtest.h>

#include <memory>

#include "print/png_writer.h"
#include "print/qr_code.h"
#include "print/qr_render.h"

namespace nok::crawl {
namespace {

constexpr std::string_view kUrl = "https://nok.example.ru/o/school-5?p=42";

TEST(QrImage, ReadsPngAndSvgAsNokDrawsThem) {
  const auto qr = print::encode_qr(kUrl);
  ASSERT_TRUE(qr);
  const auto png = print::qr_png(*qr, 150, 30);
  ASSERT_TRUE(png);
  EXPECT_EQ(decode_qr_codes(*png).texts, std::vector<std::string>{std::string(kUrl)});
  const auto svg = print::qr_svg(*qr, 30);
  EXPECT_EQ(decode_qr_codes(svg).texts, std::vector<std::string>{std::string(kUrl)});
}

// The PNG re-encoded by gdk-pixbuf in another format; empty when no saver for it is installed.
std::string reencoded(const std::string& png, const char* format) {
  std::unique_ptr<GdkPixbufLoader, decltype(&g_object_unref)> loader(gdk_pixbuf_loader_new(), &g_object_unref);
  gdk_pixbuf_loader_write(loader.get(), reinterpret_cast<const guchar*>(png.data()), png.size(), nullptr);
  gdk_pixbuf_loader_close(loader.get(), nullptr);
  // JPEG and WebP have no 1-bit greyscale: the saver wants RGB.
  std::unique_ptr<GdkPixbuf, decltype(&g_object_unref)> rgb(
      gdk_pixbuf_add_alpha(gdk_pixbuf_loader_get_pixbuf(loader.get()), false, 0, 0, 0), &g_object_unref);
  std::unique_ptr<GdkPixbuf, decltype(&g_object_unref)> opaque(
      gdk_pixbuf_new(GDK_COLORSPACE_RGB, false, 8, gdk_pixbuf_get_width(rgb.get()), gdk_pixbuf_get_height(rgb.get())),
      &g_object_unref);
  gdk_pixbuf_fill(opaque.get(), 0xffffffff);
  gdk_pixbuf_composite(rgb.get(), opaque.get(), 0, 0, gdk_pixbuf_get_width(rgb.get()), gdk_pixbuf_get_height(rgb.get()), 0,
                       0, 1, 1, GDK_INTERP_NEAREST, 255);
  gchar* buffer = nullptr;
  gsize size = 0;
  if (!gdk_pixbuf_save_to_buffer(opaque.get(), &buffer, &size, format, nullptr, nullptr)) return {};
  std::string out(buffer, size);
  g_free(buffer);
  return out;
}

TEST(QrImage, ReadsJpegAndWebp) {
  const auto png = *print::qr_png(*print::encode_qr(kUrl), 150, 30);
  const auto jpeg = reencoded(png, "jpeg");
  ASSERT_TRUE(jpeg.starts_with("\xff\xd8\xff"));
  EXPECT_EQ(decode_qr_codes(jpeg).texts, std::vector<std::string>{std::string(kUrl)});
  const auto webp = reencoded(png, "webp");
  if (webp.empty()) GTEST_SKIP() << "no WebP loader for gdk-pixbuf (Debian: webp-pixbuf-loader)";
  EXPECT_EQ(decode_qr_codes(webp).texts, std::vector<std::string>{std::string(kUrl)});
}

TEST(QrImage, AnImageWithoutACodeOrNotAnImage) {
  const auto blank = print::encode_gray_png({64, 64, 8, 0}, [](int, std::span<std::uint8_t> row) {
    std::fill(row.begin(), row.end(), 200);
  });
  const auto none = decode_qr_codes(blank);
  EXPECT_TRUE(none.texts.empty());
  EXPECT_EQ(none.fault, ImageFault::none);
  EXPECT_EQ(decode_qr_codes("<html>not an image</html>").fault, ImageFault::unreadable);
  EXPECT_EQ(decode_qr_codes(std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16)).fault, ImageFault::unreadable);
  EXPECT_EQ(decode_qr_codes("").fault, ImageFault::unreadable);
}

TEST(QrImage, AHugeImageIsRefusedBeforeItIsDecoded) {
  // 20000 × 20000 white pixels: a few hundred kilobytes compressed, 400 MB as pixels.
  const auto huge = print::encode_gray_png({20000, 20000, 1, 0}, [](int, std::span<std::uint8_t> row) {
    std::fill(row.begin(), row.end(), 0xff);
  });
  EXPECT_EQ(decode_qr_codes(huge).fault, ImageFault::too_large);
  // A JPEG header can declare the same: its loader stops at the size check.
  const std::string jpeg_sof =
      std::string("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20) +
      std::string("\xff\xc0\x00\x0b\x08\x4e\x20\x4e\x20\x01\x01\x11\x00", 13);
  EXPECT_NE(decode_qr_codes(jpeg_sof).fault, ImageFault::none);
}

TEST(QrImage, AnSvgReachesForNothingOutside) {
  const auto qr = print::encode_qr(kUrl);
  auto svg = print::qr_svg(*qr, 30);
  // An external entity and a script beside the code: the entity is not loaded, the script
  // not run, the code still read.
  const auto open = svg.find("<svg");
  svg.insert(open, "<!DOCTYPE svg [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>");
  svg.insert(svg.rfind("</svg>"), "<text>&secret;</text><script>while(1){}</script>"
                                  "<image href=\"file:///etc/hostname\" width=\"10\" height=\"10\"/>");
  const auto codes = decode_qr_codes(svg);
  for (const auto& text : codes.texts) EXPECT_EQ(text.find("root:"), std::string::npos);
}

TEST(QrImage, DataUrls) {
  EXPECT_EQ(data_url_bytes("data:image/png;base64,aGVsbG8="), "hello");
  EXPECT_EQ(data_url_bytes("DATA:image/svg+xml;charset=utf-8,%3Csvg%3E"), "<svg>");
  EXPECT_EQ(data_url_bytes("data:image/png;base64,!!!"), "");
  EXPECT_EQ(data_url_bytes("https://x/y.png"), "");
}

}  // namespace
}  // namespace nok::crawl
