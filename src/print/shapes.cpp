#include "print/shapes.h"

#include <cmath>

namespace nok::print {

void rounded_rectangle(cairo_t* cr, Box b, double radius) {
  cairo_new_sub_path(cr);
  cairo_arc(cr, b.right() - radius, b.y + radius, radius, -M_PI / 2, 0);
  cairo_arc(cr, b.right() - radius, b.bottom() - radius, radius, 0, M_PI / 2);
  cairo_arc(cr, b.x + radius, b.bottom() - radius, radius, M_PI / 2, M_PI);
  cairo_arc(cr, b.x + radius, b.y + radius, radius, M_PI, 3 * M_PI / 2);
  cairo_close_path(cr);
}

}  // namespace nok::print
