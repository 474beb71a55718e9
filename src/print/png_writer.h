#pragma once
#include <cstdint>
#include <functional>
#include <span>
#include <string>

namespace nok::print {

// A greyscale PNG: 1 bit per pixel (0 black, 1 white) for QR codes, 8 for anything else.
struct GrayPng {
  int width = 0;
  int height = 0;
  int bit_depth = 1;  // 1 or 8
  double dpi = 0;     // written as pHYs so print dialogs keep the physical size; 0: none
};

// Fills `row` (packed, most significant bit first) with image row `y`.
using PngRowSource = std::function<void(int y, std::span<std::uint8_t> row)>;

// Encodes row by row, so memory stays at two rows and the compressor's window whatever
// the image size. Cairo's writer is not used for QR codes: it knows only 32-bit pixels
// and no pHYs, and is several times slower for bi-level images.
std::string encode_gray_png(const GrayPng& format, const PngRowSource& rows);

}  // namespace nok::print
