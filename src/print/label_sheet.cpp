// An A4 sheet of QR labels for paper carriers (at least 32×32 mm, with text: docs/printing.md).
#include <cmath>

#include "print/card.h"
#include "print/carriers.h"
#include "print/qr_render.h"
#include "print/scan_distance.h"
#include "print/wording.h"

namespace nok::print {
namespace {

constexpr PageSize kA4{210, 297};
constexpr double kSheetMargin = 8;  // inside what office printers can reach
constexpr double kCellPadding = 3;  // between a label's content and the cut line

void draw_cut_lines(cairo_t* cr, int columns, int rows, double cell_w, double cell_h) {
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.75, 0.75, 0.75);
  cairo_set_line_width(cr, 0.2);
  const double dash[] = {1.5, 1.5};
  cairo_set_dash(cr, dash, 2, 0);
  for (int c = 0; c <= columns; ++c) {
    cairo_move_to(cr, kSheetMargin + c * cell_w, kSheetMargin);
    cairo_line_to(cr, kSheetMargin + c * cell_w, kSheetMargin + rows * cell_h);
  }
  for (int r = 0; r <= rows; ++r) {
    cairo_move_to(cr, kSheetMargin, kSheetMargin + r * cell_h);
    cairo_line_to(cr, kSheetMargin + columns * cell_w, kSheetMargin + r * cell_h);
  }
  cairo_stroke(cr);
  cairo_restore(cr);
}

}  // namespace

Result<std::string> label_sheet_pdf(const Organisation& organisation, const std::string& url, double qr_side_mm) {
  if (!(qr_side_mm >= kMinPrintedQrMm && qr_side_mm <= kMaxLabelQrMm))
    return Error{"bad_size", "сторона QR-кода на наклейке — от 32 до 80 мм"};
  auto qr = encode_qr(url);
  if (!qr) return qr.error();
  const double usable_w = kA4.width_mm - 2 * kSheetMargin, usable_h = kA4.height_mm - 2 * kSheetMargin;
  const double outer = qr_side_mm + 2 * quiet_zone_mm(*qr, qr_side_mm);
  const int columns = std::max(1, static_cast<int>(usable_w / (outer + 2 * kCellPadding)));
  const double cell_w = usable_w / columns;

  Card card{.width_mm = cell_w - 2 * kCellPadding, .qr_side_mm = qr_side_mm, .gap_mm = 1.5};
  card.below.push_back({std::string(kCarrierText),
                        {.bold = true, .colour = {0x000000}, .max_pt = 10, .min_pt = 7, .align = Align::centre},
                        12});
  card.below.push_back({display_name(organisation),
                        {.colour = {0x4D4D4D}, .max_pt = 7.5, .min_pt = 6, .align = Align::centre, .ellipsize = true},
                        6});
  return render_pdf(kA4, "Наклейки с QR-кодом — " + display_name(organisation), [&](cairo_t* cr) -> Result<Ok> {
    auto layout = lay_out_card(cr, card, *qr);
    if (!layout) return layout.error();
    const int rows = std::max(1, static_cast<int>(usable_h / (layout->height_mm() + 2 * kCellPadding)));
    const double cell_h = usable_h / rows;
    draw_cut_lines(cr, columns, rows, cell_w, cell_h);
    for (int r = 0; r < rows; ++r)
      for (int c = 0; c < columns; ++c)
        layout->draw(cr, kSheetMargin + c * cell_w + kCellPadding,
                     kSheetMargin + r * cell_h + (cell_h - layout->height_mm()) / 2);
    return Ok{};
  });
}

}  // namespace nok::print
