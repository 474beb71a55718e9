#include "http/header.h"

#include "core/file_name.h"
#include "http/message.h"

namespace nok::http {
namespace {

bool control(unsigned char c) { return c < 0x20 || c == 0x7f; }

// RFC 9110 tchar.
bool token_char(unsigned char c) {
  if (std::isalnum(c)) return true;
  static constexpr std::string_view kMarks = "!#$%&'*+-.^_`|~";
  return c < 0x80 && kMarks.find(static_cast<char>(c)) != std::string_view::npos;
}

}  // namespace

UnsafeHeader::UnsafeHeader(std::string header_name)
    : std::invalid_argument("header " + header_name + " refused: it holds a control character"),
      name(std::move(header_name)) {}

bool valid_header_name(std::string_view name) {
  if (name.empty()) return false;
  for (unsigned char c : name)
    if (!token_char(c)) return false;
  return true;
}

bool valid_header_value(std::string_view value) {
  for (unsigned char c : value)
    if (control(c)) return false;
  return true;
}

std::string header_value(std::string_view name, std::string_view text) {
  if (!valid_header_value(text)) throw UnsafeHeader(std::string(name));
  return std::string(text);
}

std::string content_disposition(std::string_view disposition, std::string_view file_name) {
  if (!valid_header_value(file_name)) throw UnsafeHeader("Content-Disposition");
  std::string fallback = latin_file_name(file_name);
  for (char& c : fallback)  // what a quoted string or a careless decoder would misread
    if (c == '"' || c == '\\' || c == '%') c = '_';
  std::string out = std::string(disposition) + "; filename=\"" + fallback + "\"";
  // percent_encode leaves only unreserved characters, a subset of RFC 5987's attr-char.
  if (fallback != file_name) out += "; filename*=UTF-8''" + percent_encode(file_name);
  return header_value("Content-Disposition", out);
}

}  // namespace nok::http
