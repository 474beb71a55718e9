#include "web/pages/wording.h"

#include "app/registry/reference_data.h"
#include "core/number_text.h"

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
  return value ? text::number_text(*value, 2) : "нет данных";
}

std::string points_text(double value) { return text::number_text(value, 1); }

std::string sentence(std::string_view message) {
  std::string out(message);
  if (out.empty()) return out;
  const auto first = static_cast<unsigned char>(out[0]);
  if (first >= 'a' && first <= 'z') {
    out[0] = static_cast<char>(first - 'a' + 'A');
  } else if (out.size() >= 2 && first == 0xD0) {  // а–п are D0 B0–BF; А–П are D0 90–9F
    if (const auto second = static_cast<unsigned char>(out[1]); second >= 0xB0 && second <= 0xBF)
      out[1] = static_cast<char>(second - 0x20);
  } else if (out.size() >= 2 && first == 0xD1) {  // р–я are D1 80–8F; Р–Я are D0 A0–AF; ё D1 91 → Ё D0 81
    const auto second = static_cast<unsigned char>(out[1]);
    if (second >= 0x80 && second <= 0x8F) {
      out[0] = static_cast<char>(0xD0);
      out[1] = static_cast<char>(second + 0x20);
    } else if (second == 0x91) {
      out[0] = static_cast<char>(0xD0);
      out[1] = static_cast<char>(0x81);
    }
  }
  return out;
}

}  // namespace nok::web
