#pragma once
#include <cairo.h>

#include <string_view>
#include <vector>

#include "domain/registry/sphere.h"
#include "print/colour.h"

namespace nok::print {

// The look of a sphere's posters (the QR recommendations: "design from the sector's specifics, with
// contrast enough to scan"). Paper stays white — no ink where nothing is printed, and
// the QR code keeps black on white whatever the design.
struct Design {
  Sphere sphere;
  Rgb band;     // the header band
  Rgb on_band;  // organisation name and sphere on the band
  Rgb accent;   // headline and rules on paper
  Rgb text;     // body text on paper
  Rgb muted;    // captions on paper
  Rgb paper{0xFFFFFF};
  const char* headline_family;     // PT Serif for culture, PT Sans elsewhere
  void (*pictogram)(cairo_t* cr);  // fills the sphere's sign inside the unit square
};

const Design& design_for(Sphere sphere);

// Every text colour of a design with the background it is printed on; each must reach
// kMinTextContrast (tests check all five designs).
struct ColourPair {
  std::string_view what;
  Rgb text;
  Rgb background;
};
std::vector<ColourPair> text_colour_pairs(const Design& design);

// The sphere's pictogram (a portico, a cross, a book, a heart, a shield) in `colour`,
// inside the square (x, y, side).
void draw_pictogram(cairo_t* cr, Sphere sphere, double x, double y, double side, Rgb colour);

}  // namespace nok::print
