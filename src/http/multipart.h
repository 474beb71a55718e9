#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// multipart/form-data (RFC 7578): how a browser posts a form with a file, without JavaScript.
namespace nok::http {

struct FormPart {
  std::string name;      // the form field's name
  std::string filename;  // as the browser sent it; empty for a plain field
  std::string body;      // the bytes as sent (a file's content is not text)
};

// The parts of a multipart/form-data body; nullopt when the Content-Type has no boundary
// or the body does not follow it (a truncated upload). `content_type` is the header value.
std::optional<std::vector<FormPart>> parse_multipart(std::string_view content_type, std::string_view body);

}  // namespace nok::http
