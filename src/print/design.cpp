#include "print/design.h"

#include <array>
#include <cmath>

namespace nok::print {
namespace {

void portico(cairo_t* cr) {  // culture: pediment, columns, base
  cairo_move_to(cr, 0.05, 0.32);
  cairo_line_to(cr, 0.5, 0.05);
  cairo_line_to(cr, 0.95, 0.32);
  cairo_close_path(cr);
  for (double x : {0.14, 0.4, 0.66}) cairo_rectangle(cr, x, 0.4, 0.2, 0.42);
  cairo_rectangle(cr, 0.05, 0.86, 0.9, 0.1);
  cairo_fill(cr);
}

void cross(cairo_t* cr) {  // health
  cairo_rectangle(cr, 0.36, 0.08, 0.28, 0.84);
  cairo_rectangle(cr, 0.08, 0.36, 0.84, 0.28);
  cairo_fill(cr);
}

void book(cairo_t* cr) {  // education: two open pages
  cairo_move_to(cr, 0.48, 0.22);
  cairo_curve_to(cr, 0.35, 0.12, 0.18, 0.12, 0.04, 0.18);
  cairo_line_to(cr, 0.04, 0.86);
  cairo_curve_to(cr, 0.18, 0.8, 0.35, 0.8, 0.48, 0.9);
  cairo_close_path(cr);
  cairo_move_to(cr, 0.52, 0.22);
  cairo_curve_to(cr, 0.65, 0.12, 0.82, 0.12, 0.96, 0.18);
  cairo_line_to(cr, 0.96, 0.86);
  cairo_curve_to(cr, 0.82, 0.8, 0.65, 0.8, 0.52, 0.9);
  cairo_close_path(cr);
  cairo_fill(cr);
}

void heart(cairo_t* cr) {  // social services
  cairo_move_to(cr, 0.5, 0.92);
  cairo_curve_to(cr, 0.1, 0.62, 0.0, 0.42, 0.05, 0.28);
  cairo_curve_to(cr, 0.12, 0.06, 0.42, 0.04, 0.5, 0.26);
  cairo_curve_to(cr, 0.58, 0.04, 0.88, 0.06, 0.95, 0.28);
  cairo_curve_to(cr, 1.0, 0.42, 0.9, 0.62, 0.5, 0.92);
  cairo_close_path(cr);
  cairo_fill(cr);
}

void shield(cairo_t* cr) {  // medical-social expertise: a shield with a tick cut out
  cairo_move_to(cr, 0.5, 0.04);
  cairo_line_to(cr, 0.9, 0.18);
  cairo_curve_to(cr, 0.9, 0.6, 0.75, 0.82, 0.5, 0.96);
  cairo_curve_to(cr, 0.25, 0.82, 0.1, 0.6, 0.1, 0.18);
  cairo_close_path(cr);
  cairo_move_to(cr, 0.3, 0.5);
  cairo_line_to(cr, 0.44, 0.64);
  cairo_line_to(cr, 0.72, 0.34);
  cairo_line_to(cr, 0.67, 0.29);
  cairo_line_to(cr, 0.44, 0.54);
  cairo_line_to(cr, 0.35, 0.45);
  cairo_close_path(cr);
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_fill(cr);
}

constexpr Rgb kWhite{0xFFFFFF}, kInk{0x1A1A1A}, kGrey{0x4D4D4D};

const std::array<Design, 5> kDesigns{{
    {Sphere::culture, {0x7A1F3D}, kWhite, {0x7A1F3D}, kInk, kGrey, kWhite, "PT Serif", portico},  // burgundy
    {Sphere::health, {0x00695C}, kWhite, {0x00695C}, kInk, kGrey, kWhite, "PT Sans", cross},      // teal
    {Sphere::education, {0x0B4F9C}, kWhite, {0x0B4F9C}, kInk, kGrey, kWhite, "PT Sans", book},    // the site's blue
    {Sphere::social, {0x9C3D0A}, kWhite, {0x9C3D0A}, kInk, kGrey, kWhite, "PT Sans", heart},      // terracotta
    {Sphere::mse, {0x3E4A89}, kWhite, {0x3E4A89}, kInk, kGrey, kWhite, "PT Sans", shield},        // indigo
}};

}  // namespace

const Design& design_for(Sphere sphere) {
  for (const auto& d : kDesigns)
    if (d.sphere == sphere) return d;
  return kDesigns.front();
}

std::vector<ColourPair> text_colour_pairs(const Design& d) {
  return {{"название на полосе", d.on_band, d.band},
          {"заголовок", d.accent, d.paper},
          {"текст", d.text, d.paper},
          {"подписи", d.muted, d.paper}};
}

void draw_pictogram(cairo_t* cr, Sphere sphere, double x, double y, double side, Rgb colour) {
  cairo_save(cr);
  cairo_translate(cr, x, y);
  cairo_scale(cr, side, side);
  set_source(cr, colour);
  design_for(sphere).pictogram(cr);
  cairo_restore(cr);
}

}  // namespace nok::print
