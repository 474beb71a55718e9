#pragma once
#include <cairo.h>

#include <optional>
#include <string>

#include "core/result.h"
#include "print/qr_code.h"

namespace nok::print {

// Sizes in millimetres refer to the symbol itself — the dark square a ruler measures and
// the 1:10 rule and the 32 mm minimum speak of. The quiet zone is added around it.
double quiet_zone_mm(const QrCode& qr, double symbol_side_mm);

// Paints the quiet zone white and the dark modules black, as one path (no hairline seams
// between modules in any viewer). (x, y) is the top left corner of the quiet zone.
void draw_qr(cairo_t* cr, const QrCode& qr, double x, double y, double symbol_side_mm);

// Scalable: the viewBox counts modules, quiet zone included; `symbol_side_mm` adds a
// physical width and height, without it the SVG fills whatever box the page gives it.
std::string qr_svg(const QrCode& qr, std::optional<double> symbol_side_mm = std::nullopt);

// A bi-level PNG with a whole number of pixels per module (sharp edges), as close to
// `symbol_side_mm` at `dpi` as that allows; the DPI is recorded in the file.
Result<std::string> qr_png(const QrCode& qr, double dpi, double symbol_side_mm);

// A vector PDF whose page is the symbol and its quiet zone.
Result<std::string> qr_pdf(const QrCode& qr, double symbol_side_mm);

// Limits on what callers may ask for (HTTP parameters, CLI flags).
inline constexpr double kMinDpi = 72, kMaxDpi = 1200;
inline constexpr double kMinQrSideMm = 10, kMaxQrSideMm = 1000;
inline constexpr int kMaxQrPixels = 10000;  // per side of a PNG

}  // namespace nok::print
