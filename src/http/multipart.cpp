#include "http/multipart.h"

#include <algorithm>
#include <cctype>

namespace nok::http {
namespace {

// The value of `key="…"` (or key=token) in a header's parameters, or nullopt.
std::optional<std::string> parameter(std::string_view header, std::string_view key) {
  std::size_t at = 0;
  while ((at = header.find(key, at)) != std::string_view::npos) {
    const bool starts = at == 0 || header[at - 1] == ';' || header[at - 1] == ' ';
    at += key.size();
    if (!starts || at >= header.size() || header[at] != '=') continue;
    ++at;
    if (at < header.size() && header[at] == '"') {
      const auto end = header.find('"', at + 1);
      if (end == std::string_view::npos) return std::nullopt;
      return std::string(header.substr(at + 1, end - at - 1));
    }
    const auto end = header.find(';', at);
    return std::string(header.substr(at, end == std::string_view::npos ? end : end - at));
  }
  return std::nullopt;
}

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  return true;
}

}  // namespace

std::optional<std::vector<FormPart>> parse_multipart(std::string_view content_type, std::string_view body) {
  if (!starts_with_nocase(content_type, "multipart/form-data")) return std::nullopt;
  const auto boundary = parameter(content_type, "boundary");
  if (!boundary || boundary->empty() || boundary->size() > 70) return std::nullopt;
  const std::string delimiter = "--" + *boundary;
  if (!body.starts_with(delimiter)) return std::nullopt;

  std::vector<FormPart> parts;
  std::size_t at = delimiter.size();
  for (;;) {
    if (body.substr(at).starts_with("--")) return parts;  // the closing delimiter
    if (!body.substr(at).starts_with("\r\n")) return std::nullopt;
    at += 2;
    const auto headers_end = body.find("\r\n\r\n", at);
    if (headers_end == std::string_view::npos) return std::nullopt;
    FormPart part;
    bool disposition = false;
    for (std::size_t line = at; line < headers_end;) {
      const auto eol = std::min(body.find("\r\n", line), headers_end);
      const auto header = body.substr(line, eol - line);
      if (starts_with_nocase(header, "content-disposition:")) {
        auto name = parameter(header, "name");
        if (!name) return std::nullopt;
        part.name = std::move(*name);
        part.filename = parameter(header, "filename").value_or("");
        disposition = true;
      }
      line = eol + 2;
    }
    if (!disposition) return std::nullopt;
    const auto content = headers_end + 4;
    const auto end = body.find("\r\n" + delimiter, content);
    if (end == std::string_view::npos) return std::nullopt;
    part.body = body.substr(content, end - content);
    parts.push_back(std::move(part));
    at = end + 2 + delimiter.size();
  }
}

}  // namespace nok::http
