#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace nok::crawl {

enum class ImageFault {
  none,
  unreadable,  // not an image any library here reads
  too_large,   // more pixels than max_pixels: not decoded at all
};

struct ImageCodes {
  std::vector<std::string> texts;  // every QR code found, as decoded
  ImageFault fault = ImageFault::none;
};

struct ImageLimits {
  std::size_t max_pixels = 16'000'000;  // refused before decoding (header sizes)
  int max_side = 2000;                  // larger images are scaled down before the search
};

// The QR codes in an image: PNG, JPEG, GIF (first frame), WebP where its gdk-pixbuf loader is
// installed, and SVG. An SVG is drawn by librsvg from memory: no scripts, no external files
// or entities; one that embeds or links images is refused (too_large: its pixels are not
// bounded). At most four images are decoded at once in the process; more callers wait.
ImageCodes decode_qr_codes(std::string_view bytes, const ImageLimits& limits = {});

// Decodes a data: URL's payload (base64 or percent-encoded); nullopt-like empty when it is
// not one.
std::string data_url_bytes(std::string_view url);

}  // namespace nok::crawl
