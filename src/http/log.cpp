#include "http/log.h"

#include <cstdio>
#include <string>

#include "core/time.h"

namespace nok::log {
namespace {

void write(std::string_view level, std::string_view msg, std::string_view fields) {
  std::string line = "{\"ts\":\"" + iso_utc_now() + "\",\"level\":\"" + std::string(level) + "\",\"msg\":\"" +
                     json_escape(msg) + "\"";
  if (!fields.empty()) line += "," + std::string(fields);
  line += "}\n";
  std::fwrite(line.data(), 1, line.size(), stderr);  // one write per line: lines never interleave
}

}  // namespace

void info(std::string_view msg, std::string_view fields) { write("info", msg, fields); }
void error(std::string_view msg, std::string_view fields) { write("error", msg, fields); }

std::string json_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out;
}

}  // namespace nok::log
