#include "print/phone_screens.h"

#include <array>
#include <cmath>

#include "print/text_block.h"

namespace nok::print {
namespace {

constexpr Rgb kBody{0x2B2B2B}, kLine{0xC9CED6}, kWhite{0xFFFFFF};

// A grey bar standing for a line of text.
void text_line(cairo_t* cr, double x, double y, double width, double height) {
  set_source(cr, kLine);
  rounded_rectangle(cr, {x, y, width, height}, height / 2);
  cairo_fill(cr);
}

// A label centred in `box` at a size that fits it.
Result<Ok> label(cairo_t* cr, const char* text, Box box, Rgb colour, bool bold) {
  const Paragraph paragraph[] = {{text}};
  auto block = fit_text(cr, paragraph, {.bold = bold, .colour = colour, .max_pt = 7, .min_pt = 3, .align = Align::centre},
                        box.width, box.height);
  if (!block) return block.error();
  block->draw(cr, box.x, box.y + (box.height - block->height_mm()) / 2);
  return Ok{};
}

void finder(cairo_t* cr, double x, double y, double side) {  // one of a QR code's three corner squares
  cairo_rectangle(cr, x, y, side, side);
  cairo_rectangle(cr, x + side / 7, y + side / 7, side * 5 / 7, side * 5 / 7);
  cairo_rectangle(cr, x + side * 2 / 7, y + side * 2 / 7, side * 3 / 7, side * 3 / 7);
}

void camera(cairo_t* cr, Box s) {
  set_source(cr, kBody);
  cairo_rectangle(cr, s.x, s.y, s.width, s.height);
  cairo_fill(cr);
  const double side = s.width * 0.6, x = s.x + (s.width - side) / 2, y = s.y + (s.height - side) / 2;
  set_source(cr, kWhite);
  cairo_rectangle(cr, x, y, side, side);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  const double f = side * 0.3, pad = side * 0.08;
  finder(cr, x + pad, y + pad, f);
  finder(cr, x + side - pad - f, y + pad, f);
  finder(cr, x + pad, y + side - pad - f, f);
  cairo_rectangle(cr, x + side * 0.55, y + side * 0.55, side * 0.15, side * 0.15);
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_fill(cr);
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
  // The viewfinder's corners around the code.
  set_source(cr, kWhite);
  cairo_set_line_width(cr, s.width * 0.04);
  const double m = side * 0.16, l = side * 0.22, left = x - m, top = y - m, right = x + side + m, bottom = y + side + m;
  for (const auto& [cx, cy, dx, dy] : {std::array<double, 4>{left, top, 1, 1}, {right, top, -1, 1},
                                       {left, bottom, 1, -1}, {right, bottom, -1, -1}}) {
    cairo_move_to(cr, cx, cy + dy * l);
    cairo_line_to(cr, cx, cy);
    cairo_line_to(cr, cx + dx * l, cy);
  }
  cairo_stroke(cr);
}

// A band of the design's colour on top, as the site's header.
void header(cairo_t* cr, Box s, const Design& d) {
  set_source(cr, d.band);
  cairo_rectangle(cr, s.x, s.y, s.width, s.height * 0.12);
  cairo_fill(cr);
}

Result<Ok> button(cairo_t* cr, const char* text, Box b, const Design& d) {
  set_source(cr, d.accent);
  rounded_rectangle(cr, b, b.height * 0.25);
  cairo_fill(cr);
  return label(cr, text, {b.x + b.height * 0.2, b.y, b.width - b.height * 0.4, b.height}, d.on_band, true);
}

Result<Ok> organisation(cairo_t* cr, Box s, const Design& d) {
  header(cr, s, d);
  const double pad = s.width * 0.1, w = s.width - 2 * pad, h = s.height * 0.04;
  text_line(cr, s.x + pad, s.y + s.height * 0.2, w * 0.9, h * 1.4);
  text_line(cr, s.x + pad, s.y + s.height * 0.28, w * 0.6, h * 1.4);
  const auto pressed = button(cr, "Пройти анкету", {s.x + pad, s.y + s.height * 0.4, w, s.height * 0.14}, d);
  for (int i = 0; i < 3; ++i) text_line(cr, s.x + pad, s.y + s.height * (0.64 + 0.08 * i), w * (i == 2 ? 0.5 : 1), h);
  return pressed;
}

Result<Ok> question(cairo_t* cr, Box s, const Design& d) {
  header(cr, s, d);
  const double pad = s.width * 0.1, w = s.width - 2 * pad, h = s.height * 0.05;
  text_line(cr, s.x + pad, s.y + s.height * 0.2, w, h);
  text_line(cr, s.x + pad, s.y + s.height * 0.28, w * 0.7, h);
  const char* answers[] = {"Да", "Нет"};
  for (int i = 0; i < 2; ++i) {
    const double r = s.width * 0.08, cx = s.x + pad + r, cy = s.y + s.height * (0.45 + 0.15 * i);
    set_source(cr, d.accent);
    cairo_set_line_width(cr, r * 0.3);
    cairo_new_path(cr);  // a label leaves a current point, which the arc would join
    cairo_arc(cr, cx, cy, r, 0, 2 * M_PI);
    cairo_stroke(cr);
    if (i == 0) {
      cairo_arc(cr, cx, cy, r * 0.5, 0, 2 * M_PI);
      cairo_fill(cr);
    }
    if (auto said = label(cr, answers[i], {cx + 1.8 * r, cy - 1.5 * r, w * 0.45, 3 * r}, {0x1A1A1A}, false); !said)
      return said;
  }
  return button(cr, "Отправить", {s.x + pad, s.y + s.height * 0.8, w, s.height * 0.11}, d);
}

void sent(cairo_t* cr, Box s, const Design& d) {
  header(cr, s, d);
  const double r = s.width * 0.26, cx = s.x + s.width / 2, cy = s.y + s.height * 0.42;
  set_source(cr, d.accent);
  cairo_new_path(cr);
  cairo_arc(cr, cx, cy, r, 0, 2 * M_PI);
  cairo_fill(cr);
  set_source(cr, d.on_band);
  cairo_set_line_width(cr, r * 0.2);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to(cr, cx - r * 0.45, cy);
  cairo_line_to(cr, cx - r * 0.1, cy + r * 0.35);
  cairo_line_to(cr, cx + r * 0.5, cy - r * 0.35);
  cairo_stroke(cr);
  const double pad = s.width * 0.1, w = s.width - 2 * pad;
  text_line(cr, s.x + pad, s.y + s.height * 0.72, w, s.height * 0.05);
  text_line(cr, s.x + pad + w * 0.15, s.y + s.height * 0.8, w * 0.7, s.height * 0.05);
}

}  // namespace

Result<Ok> draw_phone(cairo_t* cr, PhoneScreen screen, Box box, const Design& design) {
  cairo_save(cr);
  set_source(cr, kBody);
  rounded_rectangle(cr, box, box.width * 0.14);
  cairo_fill(cr);
  const double bezel = box.width * 0.06;
  const Box glass{box.x + bezel, box.y + bezel * 2.2, box.width - 2 * bezel, box.height - bezel * 4.4};
  set_source(cr, kWhite);
  cairo_rectangle(cr, glass.x, glass.y, glass.width, glass.height);
  cairo_fill(cr);
  Result<Ok> drawn = Ok{};
  switch (screen) {
    case PhoneScreen::camera: camera(cr, glass); break;
    case PhoneScreen::organisation: drawn = organisation(cr, glass, design); break;
    case PhoneScreen::question: drawn = question(cr, glass, design); break;
    case PhoneScreen::sent: sent(cr, glass, design); break;
  }
  cairo_restore(cr);
  return drawn;
}

}  // namespace nok::print
