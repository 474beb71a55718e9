#include "web/pages/wording.h"

#include <cmath>
#include <cstdio>

#include "app/registry/reference_data.h"

namespace nok::web {

std::string plural(std::int64_t n, const char* one, const char* few, const char* many) {
  const auto mod100 = n % 100, mod10 = n % 10;
  const char* word = (mod100 >= 11 && mod100 <= 14) ? many : mod10 == 1 ? one : (mod10 >= 2 && mod10 <= 4) ? few : many;
  return std::to_string(n) + " " + word;
}

std::string region_name(std::string_view code) {
  for (const auto& r : known_regions())
    if (r.code == code) return r.name;
  return std::string(code);
}

std::string score_text(const std::optional<double>& value) {
  if (!value) return "нет данных";
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", std::round(*value * 100) / 100);
  std::string out(text);
  if (auto dot = out.find('.'); dot != std::string::npos) out[dot] = ',';
  return out;
}

}  // namespace nok::web
