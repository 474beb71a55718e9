#include "http/json_text.h"

#include <array>
#include <boost/json/serialize.hpp>
#include <charconv>
#include <cmath>
#include <string_view>

namespace nok::http {
namespace {

void write_double(double d, std::string& out) {
  if (!std::isfinite(d)) {
    out += "null";
    return;
  }
  std::array<char, 400> digits;  // a fixed-notation double has at most 309 integer digits
  const auto [end, ec] = std::to_chars(digits.data(), digits.data() + digits.size(), d, std::chars_format::fixed);
  if (ec != std::errc{}) {  // cannot happen with room for 309 digits; null rather than broken JSON
    out += "null";
    return;
  }
  const std::string_view written(digits.data(), end - digits.data());
  out += written;
  // A whole double keeps a decimal point, so a typed client still reads a double.
  if (written.find('.') == std::string_view::npos) out += ".0";
}

void write(const boost::json::value& v, std::string& out) {
  switch (v.kind()) {
    case boost::json::kind::double_: write_double(v.get_double(), out); return;
    case boost::json::kind::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, member] : v.get_object()) {
        if (!first) out += ',';
        first = false;
        out += boost::json::serialize(boost::json::string_view(key));
        out += ':';
        write(member, out);
      }
      out += '}';
      return;
    }
    case boost::json::kind::array: {
      out += '[';
      bool first = true;
      for (const auto& element : v.get_array()) {
        if (!first) out += ',';
        first = false;
        write(element, out);
      }
      out += ']';
      return;
    }
    default: out += boost::json::serialize(v); return;  // strings, integers, booleans, null
  }
}

}  // namespace

std::string json_text(const boost::json::value& value) {
  std::string out;
  write(value, out);
  return out;
}

}  // namespace nok::http
