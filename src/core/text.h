#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace nok::text {

bool valid_utf8(std::string_view s);

// Text from outside made safe to store and show: each byte that starts no valid UTF-8
// sequence becomes U+FFFD, each control character (NUL, tab, line breaks, ESC, DEL) a space,
// and the result ends before `max_bytes`, at a character's end.
std::string printable(std::string_view s, std::size_t max_bytes);

// Lower-cases ASCII and Cyrillic (А-Я, Ё) and maps ё to е, so that search is
// case-insensitive for Russian names without pulling in ICU.
std::string fold(std::string_view s);

// Trims ASCII white space (and NBSP, which Excel exports leave behind) at both ends.
std::string_view trim(std::string_view s);

// Number of Unicode code points (for length limits people understand).
std::size_t length(std::string_view utf8);

// The pieces between separators, empty ones included ("a,,b" → "a", "", "b"; "" → one
// empty piece), so that the n-th piece of a text split at '\n' is its line n + 1.
std::vector<std::string_view> split(std::string_view text, char separator);

// An address as a browser sends what a page or a Location header holds: spaces, control
// characters, non-ASCII bytes (raw UTF-8 or windows-1251) and the characters URLs may not
// carry percent-encoded, the rest as it is.
std::string encode_url_loosely(std::string_view address);

// Percent-encodes every byte for which `kept` is false ("%D0%BD" for a Cyrillic letter's
// bytes), leaving the others as they are.
std::string percent_encode_except(std::string_view text, bool (*kept)(unsigned char c));

}  // namespace nok::text
