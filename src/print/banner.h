#pragma once
#include <span>
#include <string>
#include <string_view>

#include "core/result.h"

namespace nok::print {

// Web banners by which an authority invites people to assess its organisations, for
// ministries' sites, reception rooms' screens and school platforms (docs/printing.md).

// A banner's size in CSS pixels: the common ad-slot sizes sites already have room for.
struct BannerSize {
  int width = 0, height = 0;
  bool operator==(const BannerSize&) const = default;
};

std::span<const BannerSize> banner_sizes();  // 240×400, 300×250, 728×90, 1000×120
inline constexpr BannerSize kDefaultBannerSize{300, 250};
std::string code(BannerSize size);                         // "300x250"
Result<BannerSize> parse_banner_size(std::string_view text);  // one of banner_sizes(), as code() writes it
// 1 for ordinary screens, 2 for dense ones (HTML's srcset "2x").
Result<int> parse_banner_scale(std::string_view text);

struct Banner {
  std::string authority;  // its name, as the registry gives it
  std::string address;    // where the banner leads, as a person would type it
  BannerSize size = kDefaultBannerSize;
  int scale = 1;
};

// A PNG of size × scale pixels: the call to assess, the authority, a button-like «Выбрать
// организацию» and, where there is room, the address.
Result<std::string> banner_png(const Banner& banner);

}  // namespace nok::print
