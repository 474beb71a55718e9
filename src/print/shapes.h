#pragma once
#include <cairo.h>

namespace nok::print {

// A rectangle on the page, in millimetres from the top left corner.
struct Box {
  double x, y, width, height;
  double right() const { return x + width; }
  double bottom() const { return y + height; }
};

// Adds the outline of `box` with corners of `radius` to the current path (fill or stroke it).
void rounded_rectangle(cairo_t* cr, Box box, double radius);

}  // namespace nok::print
