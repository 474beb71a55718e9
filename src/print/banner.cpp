#include "print/banner.h"

#include <algorithm>

#include "print/canvas.h"
#include "print/shapes.h"
#include "print/text_block.h"
#include "print/units.h"

namespace nok::print {
namespace {

constexpr BannerSize kSizes[] = {{240, 400}, {300, 250}, {728, 90}, {1000, 120}};
constexpr Rgb kBackground{0x0B4F9C}, kOnBackground{0xFFFFFF};  // the site's blue: contrast 8.1

constexpr double kCssPixelsPerInch = 96;
constexpr double px(double css_pixels) { return css_pixels / kCssPixelsPerInch * kMmPerInch; }

constexpr const char* kHeadline = "Оцените качество условий оказания услуг";
constexpr const char* kButton = "Выбрать организацию";

struct Texts {
  TextBlock headline, authority;
};

Result<Ok> draw_button(cairo_t* cr, Box box) {
  set_source(cr, kOnBackground);
  rounded_rectangle(cr, box, px(6));
  cairo_fill(cr);
  const Paragraph text[] = {{kButton}};
  auto block = fit_text(cr, text, {.bold = true, .colour = kBackground, .max_pt = 14, .min_pt = 9, .align = Align::centre},
                        box.width - px(16), box.height - px(6));
  if (!block) return block.error();
  block->draw(cr, box.x + px(8), box.y + (box.height - block->height_mm()) / 2);
  return Ok{};
}

// Headline and authority, fitted to a column.
Result<Texts> fit_texts(cairo_t* cr, const Banner& b, double width, double headline_height, double authority_height,
                        double headline_pt) {
  const Paragraph headline[] = {{kHeadline}};
  const Paragraph authority[] = {{b.authority}};
  auto h = fit_text(cr, headline, {.bold = true, .colour = kOnBackground, .max_pt = headline_pt, .min_pt = 9}, width,
                    headline_height);
  if (!h) return h.error();
  auto a = fit_text(cr, authority,
                    {.colour = kOnBackground, .max_pt = headline_pt * 0.6, .min_pt = 7, .ellipsize = true}, width,
                    authority_height);
  if (!a) return a.error();
  return Texts{std::move(*h), std::move(*a)};
}

// Wide strips (728×90, 1000×120): the texts on the left, the button on the right.
Result<Ok> draw_strip(cairo_t* cr, const Banner& b, double width, double height) {
  const double pad = px(12), button_width = px(b.size.width >= 1000 ? 240 : 190);
  auto texts = fit_texts(cr, b, width - 3 * pad - button_width, (height - 2 * pad) * 0.62, (height - 2 * pad) * 0.38,
                         b.size.height >= 120 ? 22 : 18);
  if (!texts) return texts.error();
  const double group = texts->headline.height_mm() + texts->authority.height_mm();
  const double top = (height - group) / 2;
  texts->headline.draw(cr, pad, top);
  texts->authority.draw(cr, pad, top + texts->headline.height_mm());
  const double button_height = std::min(px(48), height - 2 * pad);
  return draw_button(cr, {width - pad - button_width, (height - button_height) / 2, button_width, button_height});
}

// Rectangles (300×250, 240×400): everything stacked, the address under the button.
Result<Ok> draw_block(cairo_t* cr, const Banner& b, double width, double height) {
  const double pad = px(16), column = width - 2 * pad, button_height = px(44);
  const Paragraph address[] = {{b.address}};
  auto address_block = fit_text(
      cr, address, {.colour = kOnBackground, .max_pt = 10, .min_pt = 6, .align = Align::centre, .ellipsize = true},
      column, px(20));
  if (!address_block) return address_block.error();
  const double address_y = height - pad - address_block->height_mm();
  const double button_y = address_y - px(8) - button_height;
  auto texts = fit_texts(cr, b, column, (button_y - 2 * pad) * 0.65, (button_y - 2 * pad) * 0.35, 24);
  if (!texts) return texts.error();
  texts->headline.draw(cr, pad, pad);
  texts->authority.draw(cr, pad, pad + texts->headline.height_mm() + px(8));
  address_block->draw(cr, pad, address_y);
  return draw_button(cr, {pad, button_y, column, button_height});
}

}  // namespace

std::span<const BannerSize> banner_sizes() { return kSizes; }

std::string code(BannerSize size) { return std::to_string(size.width) + "x" + std::to_string(size.height); }

Result<BannerSize> parse_banner_size(std::string_view text) {
  for (const auto& size : kSizes)
    if (code(size) == text) return size;
  return Error{"bad_size", "размер баннера «" + std::string(text) +
                               "» не поддерживается: 240x400, 300x250, 728x90 или 1000x120"};
}

Result<int> parse_banner_scale(std::string_view text) {
  if (text == "1") return 1;
  if (text == "2") return 2;
  return Error{"bad_scale", "плотность баннера «" + std::string(text) + "» не поддерживается: 1 или 2"};
}

Result<std::string> banner_png(const Banner& b) {
  const double width = px(b.size.width), height = px(b.size.height);
  return render_png_pixels(b.size.width * b.scale, b.size.height * b.scale, b.scale * kCssPixelsPerInch / kMmPerInch,
                           [&](cairo_t* cr) -> Result<Ok> {
                             set_source(cr, kBackground);
                             cairo_paint(cr);
                             return b.size.width > 2 * b.size.height ? draw_strip(cr, b, width, height)
                                                                     : draw_block(cr, b, width, height);
                           });
}

}  // namespace nok::print
