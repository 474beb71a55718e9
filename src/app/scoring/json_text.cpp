#include "app/scoring/json_text.h"

#include <boost/json/serialize.hpp>
#include <charconv>
#include <cmath>

namespace nok::scoring {
namespace {

void write(const boost::json::value& v, int depth, std::string& out) {
  switch (v.kind()) {
    case boost::json::kind::double_: out += format_number(v.get_double()); return;
    case boost::json::kind::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, member] : v.get_object()) {
        if (!first) out += ", ";
        first = false;
        out += boost::json::serialize(boost::json::string_view(key));
        out += ": ";
        write(member, depth + 1, out);
      }
      out += '}';
      return;
    }
    case boost::json::kind::array: {
      const bool one_per_line = depth == 1 && !v.get_array().empty();
      out += '[';
      bool first = true;
      for (const auto& element : v.get_array()) {
        if (!first) out += ",";
        out += one_per_line ? "\n  " : first ? "" : " ";
        first = false;
        write(element, depth + 1, out);
      }
      out += one_per_line ? "\n]" : "]";
      return;
    }
    default: out += boost::json::serialize(v); return;  // strings, integers, booleans, null
  }
}

}  // namespace

std::string format_number(double value) {
  double rounded = std::round(value * 100) / 100;
  if (rounded == 0) rounded = 0;  // no "-0"
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 2);
  std::string text(buffer, end);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

std::string to_json_text(const boost::json::value& document) {
  std::string out;
  write(document, 0, out);
  out += '\n';
  return out;
}

}  // namespace nok::scoring
