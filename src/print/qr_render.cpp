#include "print/qr_render.h"

#include <cmath>

#include "print/canvas.h"
#include "print/png_writer.h"
#include "print/units.h"

namespace nok::print {
namespace {

// Calls `run(x, y, length)` for every horizontal run of dark modules.
template <class F>
void for_each_dark_run(const QrCode& qr, F run) {
  for (int y = 0; y < qr.size(); ++y)
    for (int x = 0; x < qr.size();) {
      if (!qr.dark(x, y)) {
        ++x;
        continue;
      }
      int end = x;
      while (end < qr.size() && qr.dark(end, y)) ++end;
      run(x, y, end - x);
      x = end;
    }
}

}  // namespace

double quiet_zone_mm(const QrCode& qr, double symbol_side_mm) { return symbol_side_mm / qr.size() * kQuietZoneModules; }

void draw_qr(cairo_t* cr, const QrCode& qr, double x, double y, double symbol_side_mm) {
  const double module = symbol_side_mm / qr.size();
  const double outer = module * qr.size_with_quiet_zone();
  cairo_save(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_rectangle(cr, x, y, outer, outer);
  cairo_fill(cr);
  cairo_translate(cr, x + module * kQuietZoneModules, y + module * kQuietZoneModules);
  cairo_scale(cr, module, module);
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
  for_each_dark_run(qr, [cr](int rx, int ry, int length) { cairo_rectangle(cr, rx, ry, length, 1); });
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_fill(cr);
  cairo_restore(cr);
}

std::string qr_svg(const QrCode& qr, std::optional<double> symbol_side_mm) {
  const int outer = qr.size_with_quiet_zone();
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(outer) + " " +
                    std::to_string(outer) + "\"";
  if (symbol_side_mm) {
    char size[48];
    std::snprintf(size, sizeof size, "%.2fmm", *symbol_side_mm * outer / qr.size());
    out += std::string(" width=\"") + size + "\" height=\"" + size + "\"";
  }
  out +=
      " shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR-код\"><rect width=\"100%\" height=\"100%\" "
      "fill=\"#fff\"/><path fill=\"#000\" d=\"";
  // One subpath per run: "M{x} {y}h{length}v1h-{length}z".
  for_each_dark_run(qr, [&out](int x, int y, int length) {
    out += 'M' + std::to_string(x + kQuietZoneModules) + ' ' + std::to_string(y + kQuietZoneModules) + 'h' +
           std::to_string(length) + "v1h-" + std::to_string(length) + 'z';
  });
  out += "\"/></svg>\n";
  return out;
}

Result<std::string> qr_png(const QrCode& qr, double dpi, double symbol_side_mm) {
  const int per_module = std::max(1, static_cast<int>(std::lround(mm_to_pixels(symbol_side_mm, dpi) / qr.size())));
  const int side = per_module * qr.size_with_quiet_zone();
  if (side > kMaxQrPixels)
    return Error{"qr_too_large", "изображение больше " + std::to_string(kMaxQrPixels) +
                                     " точек по стороне: уменьшите размер или разрешение"};
  // One packed row per row of modules; every pixel row of a module row is the same.
  const std::size_t row_bytes = (static_cast<std::size_t>(side) + 7) / 8;
  std::vector<std::uint8_t> module_row(row_bytes);
  int packed_for = -1;
  return encode_gray_png({side, side, 1, dpi}, [&](int y, std::span<std::uint8_t> row) {
    const int my = y / per_module - kQuietZoneModules;
    if (my != packed_for) {
      packed_for = my;
      std::fill(module_row.begin(), module_row.end(), 0xFF);  // white
      if (my >= 0 && my < qr.size())
        for (int mx = 0; mx < qr.size(); ++mx) {
          if (!qr.dark(mx, my)) continue;
          const int from = (mx + kQuietZoneModules) * per_module;
          for (int px = from; px < from + per_module; ++px) module_row[px >> 3] &= ~(0x80 >> (px & 7));
        }
    }
    std::copy(module_row.begin(), module_row.end(), row.begin());
  });
}

Result<std::string> qr_pdf(const QrCode& qr, double symbol_side_mm) {
  const double outer = symbol_side_mm + 2 * quiet_zone_mm(qr, symbol_side_mm);
  return render_pdf({outer, outer}, "QR-код", [&](cairo_t* cr) -> Result<Ok> {
    draw_qr(cr, qr, 0, 0, symbol_side_mm);
    return Ok{};
  });
}

}  // namespace nok::print
