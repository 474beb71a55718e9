#pragma once
// Colours, fill patterns and line markers of the charts. Every colour reaches 4.5:1 against
// white (WCAG 2.1 1.4.3, so it may colour text as well as shapes), and each series has a
// pattern and a marker of its own as well, so that no meaning rests on colour alone — in
// print on a monochrome printer, or for someone who does not tell the colours apart.
#include <cstddef>
#include <string>
#include <string_view>

namespace nok::web::charts {

inline constexpr unsigned kInk = 0x1A1A1A;    // the site's text colour
inline constexpr unsigned kMuted = 0x555555;  // axis labels, notes: 7.5:1 on white
inline constexpr unsigned kGrid = 0xD0D0D0;   // grid lines: decoration, values are labelled
inline constexpr unsigned kWhite = 0xFFFFFF;

// Series (categories, lines) take these in order: the site's blue first. More series than
// colours repeat them, so a chart should keep to kSeriesCount.
inline constexpr std::size_t kSeriesCount = 8;
unsigned series_colour(std::size_t index);

// <defs> with the fill pattern of every series below `count`, ids "<prefix>-p<index>":
// series 0 is solid, the others lay white lines, dots or grids over their colour.
std::string pattern_defs(std::string_view prefix, std::size_t count);

// The fill attribute value of series `index`: its colour, or its pattern from pattern_defs.
std::string series_fill(std::string_view prefix, std::size_t index);

// The marker of series `index` on a line (circle, square, triangle, diamond, …) centred at
// (x, y), white-edged so that it stands out where lines cross.
std::string series_marker(std::size_t index, double x, double y);

// A sequential scale of `kStepCount` blues from light to dark for values on a map, with the
// text colour that reaches 4.5:1 on each.
inline constexpr std::size_t kStepCount = 5;
unsigned step_colour(std::size_t step);
unsigned step_ink(std::size_t step);

}  // namespace nok::web::charts
