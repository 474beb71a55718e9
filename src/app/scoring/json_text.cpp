#include "app/scoring/json_text.h"

#include <boost/json/serialize.hpp>
#include <charconv>
#include <cmath>

namespace nok::scoring {
namespace {

void write(const boost::json::value& v, int depth, std::string& out) {
  switch (v.kind()) {
    case boost::json::kind::double_: out += methodology::format_points(v.get_double()); return;
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

std::string to_json_text(const boost::json::value& document) {
  std::string out;
  write(document, 0, out);
  out += '\n';
  return out;
}

}  // namespace nok::scoring
