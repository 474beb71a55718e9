#pragma once

namespace nok::print {

// Drawing code works in millimetres, as print specifications do; cairo's PDF unit is
// the PostScript point (1/72 inch) and raster output is in pixels at some DPI.
inline constexpr double kMmPerInch = 25.4;
inline constexpr double kPointsPerMm = 72.0 / kMmPerInch;

constexpr double points_to_mm(double points) { return points / kPointsPerMm; }
constexpr double mm_to_pixels(double mm, double dpi) { return mm / kMmPerInch * dpi; }

}  // namespace nok::print
