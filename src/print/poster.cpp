#include "print/poster.h"

#include <cmath>

#include "print/design.h"
#include "print/qr_code.h"
#include "print/qr_render.h"
#include "print/scan_distance.h"
#include "print/shapes.h"
#include "print/text_block.h"

namespace nok::print {
namespace {

// The A4 design in millimetres and points; A3 is the same design scaled by √2, except the
// QR code, whose side comes from the scanning distance alone.
constexpr double kA4Width = 210;
constexpr double kMargin = 10, kBandPadding = 4, kCaptionHeight = 14, kFooterHeight = 9;

// How much room the band and the headline take. A large QR code (A3 at 2 m) leaves too
// little for the text, and the poster is laid out again with the compact proportions.
struct Density {
  double band_height, headline_height, headline_max_pt, headline_min_pt, body_min_pt, gap;
};
constexpr Density kRoomy{36, 22, 34, 18, 9, 5}, kCompact{26, 16, 26, 14, 8, 3};

// A logo on a white plate, so that any logo keeps its own colours on any band.
void draw_logo_plate(cairo_t* cr, const Logo& logo, Box box, double k) {
  cairo_set_source_rgb(cr, 1, 1, 1);
  rounded_rectangle(cr, box, 2 * k);
  cairo_fill(cr);
  const double inset = 2 * k;
  logo.draw(cr, box.x + inset, box.y + inset, box.width - 2 * inset, box.height - 2 * inset);
}

std::string format_title(PaperFormat f) { return f == PaperFormat::a4 ? "А4" : "А3"; }

std::string size_statement(double side_mm) {
  const auto mm = std::to_string(static_cast<int>(std::lround(side_mm)));
  return "QR-код " + mm + " × " + mm + " мм: сканируйте с расстояния до " +
         format_metres(distance_for_qr_side(side_mm));
}

// The band: organisation logo (or the sphere's pictogram), sphere and name, authority logo.
Result<Ok> draw_band(cairo_t* cr, const Poster& p, const Design& d, Box band, double k) {
  set_source(cr, d.band);
  rounded_rectangle(cr, band, 3 * k);
  cairo_fill(cr);
  const double pad = kBandPadding * k, side = band.height - 2 * pad;
  const Box left{band.x + pad, band.y + pad, side, side};
  if (p.organisation_logo) draw_logo_plate(cr, *p.organisation_logo, left, k);
  else draw_pictogram(cr, p.organisation.sphere, left.x + 3 * k, left.y + 3 * k, side - 6 * k, d.on_band);
  double text_right = band.right() - pad;
  if (p.authority_logo) {
    const Box right{band.right() - pad - side, band.y + pad, side, side};
    draw_logo_plate(cr, *p.authority_logo, right, k);
    text_right = right.x - pad;
  }
  const Box text{left.right() + pad, band.y + pad, text_right - left.right() - pad, side};

  const Paragraph sphere[] = {{std::string(title(p.organisation.sphere))}};
  auto sphere_block = fit_text(cr, sphere, {.colour = d.on_band, .max_pt = 11 * k, .min_pt = 8 * k, .ellipsize = true},
                               text.width, 6 * k);
  if (!sphere_block) return sphere_block.error();
  const Paragraph name[] = {{display_name(p.organisation)}};
  auto name_block =
      fit_text(cr, name, {.bold = true, .colour = d.on_band, .max_pt = 20 * k, .min_pt = 10 * k, .ellipsize = true},
               text.width, text.height - sphere_block->height_mm() - k);
  if (!name_block) return name_block.error();
  const double group = sphere_block->height_mm() + k + name_block->height_mm();
  const double top = text.y + (text.height - group) / 2;
  sphere_block->draw(cr, text.x, top);
  name_block->draw(cr, text.x, top + sphere_block->height_mm() + k);
  return Ok{};
}

Result<Ok> draw_poster(cairo_t* cr, const Poster& p, const QrCode& qr, double side, const Density& density) {
  const auto page = page_size(p.format);
  const double k = page.width_mm / kA4Width, margin = kMargin * k, width = page.width_mm - 2 * margin;
  const Design& d = design_for(p.organisation.sphere);

  const Box band{margin, margin, width, density.band_height * k};
  if (auto drawn = draw_band(cr, p, d, band, k); !drawn) return drawn;

  const Paragraph headline[] = {{p.text.headline}};
  auto headline_block = fit_text(cr, headline,
                                 {.family = d.headline_family,
                                  .bold = true,
                                  .colour = d.accent,
                                  .max_pt = density.headline_max_pt * k,
                                  .min_pt = density.headline_min_pt * k,
                                  .align = Align::centre},
                                 width, density.headline_height * k);
  if (!headline_block) return Error{"text_does_not_fit", "заголовок плаката не помещается в две строки: сократите его"};
  const double headline_y = band.bottom() + density.gap * k;
  headline_block->draw(cr, margin, headline_y);

  // From the bottom up: footer, caption with the link and the printed size, the QR code.
  const double footer_y = page.height_mm - margin - kFooterHeight * k;
  set_source(cr, d.accent);
  cairo_set_line_width(cr, 0.6 * k);
  cairo_move_to(cr, margin, footer_y);
  cairo_line_to(cr, margin + width, footer_y);
  cairo_stroke(cr);
  const Paragraph footer[] = {{"Независимая оценка качества условий оказания услуг"}};
  auto footer_block =
      fit_text(cr, footer, {.colour = d.muted, .max_pt = 9 * k, .min_pt = 7 * k, .align = Align::centre}, width,
               (kFooterHeight - 2) * k);
  if (!footer_block) return footer_block.error();
  footer_block->draw(cr, margin, footer_y + 2 * k);

  const Paragraph caption[] = {{p.url}, {size_statement(side)}};
  auto caption_block =
      fit_text(cr, caption, {.colour = d.muted, .max_pt = 10 * k, .min_pt = 7 * k, .align = Align::centre}, width,
               kCaptionHeight * k);
  if (!caption_block) return Error{"text_does_not_fit", "адрес сайта слишком длинный для подписи под QR-кодом"};
  const double caption_y = footer_y - 2 * k - caption_block->height_mm();
  caption_block->draw(cr, margin, caption_y);

  const double outer = side + 2 * quiet_zone_mm(qr, side);
  const double qr_y = caption_y - outer;
  draw_qr(cr, qr, (page.width_mm - outer) / 2, qr_y, side);

  const double body_top = headline_y + headline_block->height_mm() + density.gap * k;
  const double body_bottom = qr_y - k;
  const Error no_room{"text_does_not_fit", "текст не помещается на плакат " + format_title(p.format) +
                                               " рядом с QR-кодом " + std::to_string(static_cast<int>(side)) +
                                               " мм: сократите текст или уменьшите расстояние сканирования" +
                                               (p.format == PaperFormat::a4 ? " (или выберите А3)" : "")};
  if (body_bottom - body_top < 20 * k) return no_room;
  const auto body = paragraphs_from_text(p.text.body);
  // One column reads best; two when a large QR code leaves a wide but low space.
  TextStyle style{.colour = d.text, .max_pt = 18 * k, .min_pt = density.body_min_pt * k};
  auto body_block = fit_text(cr, body, style, width - 16 * k, body_bottom - body_top);
  if (!body_block) {
    style.columns = 2;
    body_block = fit_text(cr, body, style, width, body_bottom - body_top);
  }
  if (!body_block) return no_room;
  body_block->draw(cr, margin + (width - body_block->width_mm()) / 2,
                   body_top + (body_bottom - body_top - body_block->height_mm()) / 2);
  return Ok{};
}

// Checks what does not depend on drawing, then renders with `render`.
template <class Render>
Result<std::string> render_poster(const Poster& p, Render render) {
  auto qr = encode_qr(p.url);
  if (!qr) return qr.error();
  const double side = p.distance_m ? qr_side_for_distance(*p.distance_m) : default_poster_qr_side(p.format);
  const auto page = page_size(p.format);
  const double outer = side + 2 * quiet_zone_mm(*qr, side);
  if (outer > page.width_mm - 2 * kMargin * page.width_mm / kA4Width)
    return Error{"qr_does_not_fit", "QR-код " + std::to_string(static_cast<int>(side)) + " мм для расстояния " +
                                        format_metres(distance_for_qr_side(side)) + " не помещается на плакат " +
                                        format_title(p.format) + ": уменьшите расстояние сканирования" +
                                        (p.format == PaperFormat::a4 ? " или выберите А3" : "")};
  auto rendered = render(page, [&](cairo_t* cr) { return draw_poster(cr, p, *qr, side, kRoomy); });
  if (!rendered && rendered.error().code == "text_does_not_fit")
    rendered = render(page, [&](cairo_t* cr) { return draw_poster(cr, p, *qr, side, kCompact); });
  return rendered;
}

}  // namespace

std::string_view code(PaperFormat format) { return format == PaperFormat::a4 ? "a4" : "a3"; }

Result<PaperFormat> parse_paper_format(std::string_view text) {
  if (text == "a4" || text == "A4") return PaperFormat::a4;
  if (text == "a3" || text == "A3") return PaperFormat::a3;
  return Error{"bad_format", "формат плаката «" + std::string(text) + "» не поддерживается: нужен a4 или a3"};
}

PageSize page_size(PaperFormat format) { return format == PaperFormat::a4 ? PageSize{210, 297} : PageSize{297, 420}; }

double default_poster_qr_side(PaperFormat format) { return format == PaperFormat::a4 ? 80 : 120; }

Result<std::string> poster_pdf(const Poster& poster) {
  return render_poster(poster, [&](PageSize page, const Drawing& draw) {
    return render_pdf(page, "Плакат НОК — " + display_name(poster.organisation), draw);
  });
}

Result<std::string> poster_png(const Poster& poster, double dpi) {
  return render_poster(poster, [&](PageSize page, const Drawing& draw) { return render_png(page, dpi, draw); });
}

}  // namespace nok::print
