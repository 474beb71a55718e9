#pragma once
#include <stdexcept>
#include <string>
#include <string_view>

// Header values that carry input (a path, a file name, a token). A CR or LF inside one would
// end the header and let whoever chose the text write headers of their own (a cookie, a second
// Location); NUL and the other control characters make parsers disagree on where it ends.
namespace nok::http {

// A header that would carry a control character: text that should have been checked or
// encoded before it got here, so a bug, not a person's mistake. The router answers 500 and
// logs the header's name; the server never sends such a header (server.cpp checks again).
struct UnsafeHeader : std::invalid_argument {
  explicit UnsafeHeader(std::string name);
  std::string name;  // the header's name, for the log
};

// Whether `name` is an RFC 9110 token, as a header name must be.
bool valid_header_name(std::string_view name);

// Whether `value` may be sent as it is: no control characters at all (0x00–0x1F, 0x7F; a
// horizontal tab too, which no header of ours needs).
bool valid_header_value(std::string_view value);

// The one way to make the value of header `name` from text that carries input: returns the
// text unchanged, or throws UnsafeHeader when it holds a control character.
std::string header_value(std::string_view name, std::string_view text);

// The Content-Disposition value for a file named `file_name` (UTF-8), as RFC 6266 asks: an
// ASCII fallback for old clients (Russian letters in Latin: latin_file_name, core/file_name.h)
// and, when that had to change the name, the exact name in RFC 5987 form, which browsers prefer:
//   content_disposition("attachment", "Отчёт 2026.csv")
//     → attachment; filename="Otchet 2026.csv"; filename*=UTF-8''%D0%9E%D1%82…%202026.csv
//   content_disposition("inline", "abc-qr.pdf") → inline; filename="abc-qr.pdf"
// In the fallback, quotes, backslashes, '%' and characters with no Latin form become '_'.
// `disposition` is "inline" or "attachment". Throws UnsafeHeader for a name with a control
// character (file names are ours: titles, codes and years). Every download names its file here.
std::string content_disposition(std::string_view disposition, std::string_view file_name);

}  // namespace nok::http
