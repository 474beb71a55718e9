#include "print/scan_distance.h"

#include <cmath>

#include "core/csv.h"
#include "core/embedded.h"
#include "core/parse_number.h"

namespace nok::print_data {
const std::vector<nok::EmbeddedFile>& files();
}

namespace nok::print {
namespace {

constexpr double kMinDistanceM = 0.3, kMaxDistanceM = 10;

Result<double> parse_metres(const std::string& text) {
  const auto value = text::parse_decimal(text);
  if (!value) return Error{"bad_distance", "расстояние «" + text + "» должно быть числом метров, например 1,5"};
  return *value;
}

}  // namespace

double qr_side_for_distance(double metres) {
  return std::max(kMinPrintedQrMm, std::round(metres * 1000 / kDistanceToSide));
}

double distance_for_qr_side(double side_mm) { return side_mm * kDistanceToSide / 1000; }

std::string format_metres(double metres) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", std::round(metres * 100) / 100);
  std::string text = buffer;
  while (text.ends_with('0')) text.pop_back();
  if (text.ends_with('.')) text.pop_back();
  for (char& c : text)
    if (c == '.') c = ',';
  return text + " м";
}

Result<double> parse_distance(std::string_view text) {
  auto metres = parse_metres(std::string(text));
  if (!metres) return metres.error();
  if (*metres < kMinDistanceM || *metres > kMaxDistanceM)
    return Error{"bad_distance", "расстояние сканирования должно быть от 0,3 до 10 м"};
  return *metres;
}

const std::vector<PlaceType>& place_types() {
  static const std::vector<PlaceType> types = [] {
    std::vector<PlaceType> out;
    for (const auto& f : print_data::files()) {
      if (f.name != "scan_distances.csv") continue;
      auto table = csv::parse(f.contents);
      for (const auto& r : table->records)
        out.push_back({r.fields.at(0), r.fields.at(1), parse_metres(r.fields.at(2)).value()});
    }
    return out;
  }();
  return types;
}

Result<PlaceType> find_place_type(std::string_view code) {
  for (const auto& p : place_types())
    if (p.code == code) return p;
  std::string known;
  for (const auto& p : place_types()) known += (known.empty() ? "" : ", ") + p.code;
  return Error{"bad_place", "неизвестный тип места «" + std::string(code) + "»; возможные: " + known};
}

}  // namespace nok::print
