#pragma once
#include <cairo.h>

#include <cstdint>

namespace nok::print {

// An sRGB colour as written in designs: 0xRRGGBB.
struct Rgb {
  std::uint32_t hex = 0;
  double red() const { return ((hex >> 16) & 0xFF) / 255.0; }
  double green() const { return ((hex >> 8) & 0xFF) / 255.0; }
  double blue() const { return (hex & 0xFF) / 255.0; }
};

inline void set_source(cairo_t* cr, Rgb c) { cairo_set_source_rgb(cr, c.red(), c.green(), c.blue()); }

// WCAG 2.1 contrast ratio, 1 … 21; text needs at least 4.5 (success criterion 1.4.3).
double contrast_ratio(Rgb a, Rgb b);

inline constexpr double kMinTextContrast = 4.5;

}  // namespace nok::print
