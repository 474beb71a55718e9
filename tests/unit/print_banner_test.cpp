// An authority's web banners: exactly the pixel size asked for at 1× and 2×, only the known
// sizes, and the authority's words on them.
#include <gtest/gtest.h>

#include "print/banner.h"
#include "unit/print_scan.h"

namespace nok::print {
namespace {

Banner banner(BannerSize size, int scale) {
  return {"Министерство образования Пензенской области", "nok.example.ru/search?authority=7", size, scale};
}

TEST(PrintBanner, EverySizeIsExactAtOneAndTwoTimes) {
  ASSERT_EQ(banner_sizes().size(), 4u);
  for (const auto& size : banner_sizes())
    for (int scale : {1, 2}) {
      auto png = banner_png(banner(size, scale));
      ASSERT_TRUE(png) << code(size) << ": " << png.error().message;
      const auto image = test::decode_png(*png);
      EXPECT_EQ(image.width, size.width * scale) << code(size);
      EXPECT_EQ(image.height, size.height * scale) << code(size);
      // White text and a white button on the blue: a fair share of light pixels.
      std::size_t light = 0;
      for (auto p : image.pixels) light += p > 200;
      EXPECT_GT(light, image.pixels.size() / 20) << code(size);
    }
}

TEST(PrintBanner, SizesAndScalesAreParsedStrictly) {
  EXPECT_EQ(*parse_banner_size("728x90"), (BannerSize{728, 90}));
  EXPECT_EQ(code(*parse_banner_size("240x400")), "240x400");
  for (const char* bad : {"", "300х250", "300x251", "300X250", "1x1", "300x250 "}) {
    auto size = parse_banner_size(bad);
    ASSERT_FALSE(size) << bad;
    EXPECT_EQ(size.error().code, "bad_size");
    EXPECT_NE(size.error().message.find("240x400, 300x250, 728x90 или 1000x120"), std::string::npos);
  }
  EXPECT_EQ(*parse_banner_scale("2"), 2);
  EXPECT_EQ(parse_banner_scale("3").error().code, "bad_scale");
}

TEST(PrintBanner, ALongAuthorityNameIsShortenedNotRefused) {
  auto b = banner({728, 90}, 1);
  for (int i = 0; i < 40; ++i) b.authority += "Министерство ";
  EXPECT_TRUE(banner_png(b));
}

}  // namespace
}  // namespace nok::print
