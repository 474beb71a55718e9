#include "core/number_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace nok::text {
namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::string_view kMinus = "\xE2\x88\x92";

}  // namespace

std::string number_text(double value, int decimals) {
  decimals = std::clamp(decimals, 0, 6);
  if (!std::isfinite(value)) return "—";
  // Halves round away from zero, as the published scores do (web/pages/wording.h).
  const double scale = std::pow(10.0, decimals);
  const double magnitude = std::round(std::fabs(value) * scale) / scale;
  char buffer[64];
  const auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, magnitude, std::chars_format::fixed, decimals);
  if (error != std::errc()) return "—";  // beyond 10^56: nothing nok counts
  const std::string_view digits(buffer, end);
  const auto point = std::min(digits.find('.'), digits.size());
  const auto whole = digits.substr(0, point);

  std::string out;
  // "−0,0" would claim a sign the rounded number does not have.
  if (std::signbit(value) && digits.find_first_not_of("0.") != std::string_view::npos) out += kMinus;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += kNoBreakSpace;
    out += whole[i];
  }
  if (point < digits.size()) {
    out += ',';
    out += digits.substr(point + 1);
  }
  return out;
}

std::string percent_text(double percent, int decimals) {
  return number_text(percent, decimals) + std::string(kNoBreakSpace) + "%";
}

}  // namespace nok::text
