#include "core/text.h"

#include <cstdint>

namespace nok::text {

namespace {

// The length of the valid UTF-8 sequence at p (1 to 4), or 0 when none starts there.
int sequence_length(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = *p;
  int extra;
  std::uint32_t cp;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) { extra = 1; cp = c & 0x1F; }
  else if ((c & 0xF0) == 0xE0) { extra = 2; cp = c & 0x0F; }
  else if ((c & 0xF8) == 0xF0) { extra = 3; cp = c & 0x07; }
  else return 0;
  if (end - p <= extra) return 0;
  for (int i = 1; i <= extra; ++i) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  // Reject overlong forms, surrogates and code points past U+10FFFF.
  if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) ||
      (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
    return 0;
  return extra + 1;
}

}  // namespace

bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    const int length = sequence_length(p, end);
    if (length == 0) return false;
    p += length;
  }
  return true;
}

std::string printable(std::string_view s, std::size_t max_bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  std::string out;
  while (p < end) {
    const int length = sequence_length(p, end);
    const std::string_view piece = length == 0 ? std::string_view("\xEF\xBF\xBD")  // U+FFFD
                                   : *p < 0x20 || *p == 0x7f ? std::string_view(" ")
                                                             : std::string_view(reinterpret_cast<const char*>(p), length);
    if (out.size() + piece.size() > max_bytes) break;
    out += piece;
    p += length == 0 ? 1 : length;
  }
  return out;
}

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') { out += static_cast<char>(c + 32); continue; }
    if ((c == 0xD0 || c == 0xD1) && i + 1 < s.size()) {
      auto d = static_cast<unsigned char>(s[i + 1]);
      if (c == 0xD0 && d >= 0x90 && d <= 0x9F) { out += '\xD0'; out += static_cast<char>(d + 0x20); ++i; continue; }  // А-П → а-п
      if (c == 0xD0 && d >= 0xA0 && d <= 0xAF) { out += '\xD1'; out += static_cast<char>(d - 0x20); ++i; continue; }  // Р-Я → р-я
      if ((c == 0xD0 && d == 0x81) || (c == 0xD1 && d == 0x91)) { out += "\xD0\xB5"; ++i; continue; }            // Ё, ё → е
    }
    out += static_cast<char>(c);
  }
  return out;
}

std::string_view trim(std::string_view s) {
  auto is_space = [](std::string_view v, std::size_t i) -> std::size_t {
    unsigned char c = v[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    if (c == 0xC2 && i + 1 < v.size() && static_cast<unsigned char>(v[i + 1]) == 0xA0) return 2;
    return 0;
  };
  while (!s.empty()) {
    std::size_t n = is_space(s, 0);
    if (!n) break;
    s.remove_prefix(n);
  }
  while (!s.empty()) {
    std::size_t last = s.size() - 1;
    if (is_space(s, last)) { s.remove_suffix(1); continue; }
    if (s.size() >= 2 && is_space(s, s.size() - 2) == 2) { s.remove_suffix(2); continue; }
    break;
  }
  return s;
}

std::size_t length(std::string_view utf8) {
  std::size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0;;) {
    const auto end = text.find(separator, start);
    out.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

std::string percent_encode_except(std::string_view text, bool (*kept)(unsigned char c)) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (kept(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string encode_url_loosely(std::string_view address) {
  return percent_encode_except(address, [](unsigned char c) {
    return c > 0x20 && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`' && c != '{' &&
           c != '|' && c != '}';
  });
}

}  // namespace nok::text
