#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace nok::print {

// The QR side is one tenth of the scanning distance (1:10), and a QR code on a paper
// carrier is at least 32×32 mm (docs/domain.md#qr-recommendations).
inline constexpr double kDistanceToSide = 10;
inline constexpr double kMinPrintedQrMm = 32;

// The symbol side for a distance, in whole millimetres, never below 32 mm.
double qr_side_for_distance(double metres);
// The farthest distance a printed side serves by the same rule.
double distance_for_qr_side(double side_mm);

// "1 м", "1,5 м", "0,65 м" — how the poster states the distance.
std::string format_metres(double metres);

// A distance typed by a person: "2", "1.5" or "1,5" metres, from 0.3 to 10.
Result<double> parse_distance(std::string_view text);

// A kind of place the QR recommendations name, with the distance a poster there is scanned from
// (data/scan_distances.csv — a project choice, documented in docs/printing.md).
struct PlaceType {
  std::string code;   // entrance, corridor, waiting_area, reception, …
  std::string title;  // Russian, for forms
  double distance_m = 1;
};
const std::vector<PlaceType>& place_types();
Result<PlaceType> find_place_type(std::string_view code);

}  // namespace nok::print
