#include "core/file_name.h"

#include <array>
#include <cctype>
#include <utility>

#include "core/text.h"

namespace nok {
namespace {

// а … я in order, then ё: the passport rules (ICAO Doc 9303, as Russian passports print them).
constexpr std::array<std::string_view, 33> kLatin{
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l",  "m",    "n", "o", "p", "r",
    "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia", "e"};

// The code point at `at` (UTF-8, already valid) and its length in bytes.
std::pair<char32_t, std::size_t> decode(std::string_view s, std::size_t at) {
  const auto b = static_cast<unsigned char>(s[at]);
  auto next = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[at + i]) & 0x3F); };
  if (b < 0x80) return {b, 1};
  if (b >> 5 == 6 && at + 1 < s.size()) return {static_cast<char32_t>(b & 0x1F) << 6 | next(1), 2};
  if (b >> 4 == 14 && at + 2 < s.size()) return {static_cast<char32_t>(b & 0x0F) << 12 | next(1) << 6 | next(2), 3};
  if (b >> 3 == 30 && at + 3 < s.size())
    return {static_cast<char32_t>(b & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4};
  return {0xFFFD, 1};
}

}  // namespace

std::string file_name_part(std::string_view title, std::size_t max_letters) {
  std::string plain(title);
  for (std::string_view mark : {"«", "»", "—", "–", "№"})  // marks a file name does without
    for (auto at = plain.find(mark); at != std::string::npos; at = plain.find(mark, at)) plain.replace(at, mark.size(), " ");
  std::string out;
  std::size_t letters = 0;
  for (auto word : text::split(plain, ' ')) {
    std::string kept;
    for (char c : word)  // letters and digits of any script; ASCII punctuation goes
      if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)) != 0) kept += c;
    if (kept.empty()) continue;
    const auto length = text::length(kept);
    if (letters > 0 && letters + length > max_letters) break;
    letters += length;
    out += (out.empty() ? "" : "-") + kept;
  }
  return out;
}

std::string latin_file_name(std::string_view utf8) {
  std::string out;
  for (std::size_t at = 0; at < utf8.size();) {
    const auto [c, length] = decode(utf8, at);
    at += length;
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else if (c == U'№') {
      out += 'N';
    } else if ((c >= U'а' && c <= U'я') || c == U'ё') {
      out += kLatin[c == U'ё' ? 32 : c - U'а'];
    } else if ((c >= U'А' && c <= U'Я') || c == U'Ё') {
      std::string letter(kLatin[c == U'Ё' ? 32 : c - U'А']);
      if (!letter.empty()) letter[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(letter[0])));
      out += letter;
    } else {
      out += '_';
    }
  }
  return out;
}

}  // namespace nok
