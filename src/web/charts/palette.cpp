#include "web/charts/palette.h"

#include <array>

#include "web/charts/svg.h"

namespace nok::web::charts {
namespace {

constexpr std::array<unsigned, kSeriesCount> kSeries = {
    0x0B4F9C,  // blue (the site's)
    0xB34700,  // orange
    0x00695C,  // teal
    0x6A3D9A,  // purple
    0x7A1F3D,  // burgundy
    0x4D6B00,  // olive
    0x5C5C5C,  // grey
    0x9C2F6B,  // magenta
};

// White marks on an 8×8 tile, one kind per series after the first.
constexpr std::array<std::string_view, kSeriesCount> kMarks = {
    "",
    R"(<path d="M-2 2l4-4M0 8l8-8M6 10l4-4" stroke="#fff" stroke-width="1.5"/>)",  // diagonal
    R"(<circle cx="4" cy="4" r="1.6" fill="#fff"/>)",                             // dots
    R"(<path d="M0 4h8" stroke="#fff" stroke-width="1.5"/>)",                     // horizontal
    R"(<path d="M0 0l8 8M8 0l-8 8" stroke="#fff" stroke-width="1.2"/>)",          // cross-hatch
    R"(<path d="M4 0v8" stroke="#fff" stroke-width="1.5"/>)",                     // vertical
    R"(<path d="M-2 6l4 4M0 0l8 8M6-2l4 4" stroke="#fff" stroke-width="1.5"/>)",  // back-diagonal
    R"(<path d="M0 4h8M4 0v8" stroke="#fff" stroke-width="1.2"/>)",               // grid
};

constexpr std::array<unsigned, kStepCount> kSteps = {0xE3EDF8, 0xB3CDEB, 0x6F9FD8, 0x2E6DB4, 0x0B3D78};

}  // namespace

unsigned series_colour(std::size_t index) { return kSeries[index % kSeriesCount]; }

std::string pattern_defs(std::string_view prefix, std::size_t count) {
  std::string out = "<defs>";
  for (std::size_t i = 1; i < count && i < kSeriesCount; ++i)
    out += "<pattern id=\"" + std::string(prefix) + "-p" + std::to_string(i) +
           R"(" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill=")" +
           hex(series_colour(i)) + "\"/>" + std::string(kMarks[i]) + "</pattern>";
  return out + "</defs>";
}

std::string series_fill(std::string_view prefix, std::size_t index) {
  index %= kSeriesCount;
  if (index == 0) return hex(series_colour(0));
  return "url(#" + std::string(prefix) + "-p" + std::to_string(index) + ")";
}

std::string series_marker(std::size_t index, double x, double y) {
  const std::string colour = hex(series_colour(index));
  const std::string edge = "\" fill=\"" + colour + "\" stroke=\"#fff\" stroke-width=\"1.5\"/>";
  const auto at = [&](double dx, double dy) { return number(x + dx) + ' ' + number(y + dy); };
  switch (index % kSeriesCount) {
    case 0: return "<circle cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\"4.5" + edge;
    case 1: return "<rect x=\"" + number(x - 4) + "\" y=\"" + number(y - 4) + "\" width=\"8\" height=\"8" + edge;
    case 2: return "<path d=\"M" + at(0, -5) + "L" + at(5, 4) + "L" + at(-5, 4) + "Z" + edge;
    case 3: return "<path d=\"M" + at(0, -5.5) + "L" + at(5.5, 0) + "L" + at(0, 5.5) + "L" + at(-5.5, 0) + "Z" + edge;
    case 4: return "<path d=\"M" + at(0, 5) + "L" + at(5, -4) + "L" + at(-5, -4) + "Z" + edge;
    case 5:
      return "<path d=\"M" + at(-1.8, -5) + "h3.6v3.2h3.2v3.6h-3.2v3.2h-3.6v-3.2h-3.2v-3.6h3.2Z" + edge;  // plus
    case 6: return "<rect x=\"" + number(x - 3) + "\" y=\"" + number(y - 5) + "\" width=\"6\" height=\"10" + edge;
    default: return "<path d=\"M" + at(-5, -3) + "h10v6h-10Z" + edge;
  }
}

unsigned step_colour(std::size_t step) { return kSteps[step < kStepCount ? step : kStepCount - 1]; }

unsigned step_ink(std::size_t step) { return step < 3 ? kInk : kWhite; }

}  // namespace nok::web::charts
